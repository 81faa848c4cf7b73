"""Instruments (questionnaires) as data: indicators and their items in questionnaire
order, in the database.

The two KOTAKU instruments (codes ``ksm`` and ``upk``) are seeded from
:mod:`kamura_desktop.domain.instruments` into every file (new or old) when it is opened
(:func:`ensure_builtin_instruments`), and are read-only; the chair copies one
(:func:`copy_instrument`) and edits the copy (:func:`save_instrument`) or makes a new one.
Once a round uses an instrument its indicators and items are frozen, so an answer always
means what it meant when given.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.evaluation import EvalIndicator, EvalInstrument, EvalItem, EvalRound
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.instruments import (
    BUILTIN_INSTRUMENTS,
    Indicator,
    Instrument,
    Item,
    validate_instrument,
)

from .. import audit
from ..actor import Actor
from ..changes import Outcome
from ..permissions import require
from .base import CHANGED, _now, _text
from .scales import _scale_in

RESPONDENT_KINDS = {"ksm": "Peminjam (KSM)", "upk": "Pengelola (UPK)", "lainnya": "Lainnya"}
#: built-in instruments answer to these codes; a custom instrument may not take them
BUILTIN_CODES = frozenset(BUILTIN_INSTRUMENTS)

# column widths of the tables (the service refuses longer text rather than truncating it)
_MAX_CODE, _MAX_NAME, _MAX_INDICATOR, _MAX_ITEM_CODE = 30, 200, 120, 20


@dataclass(frozen=True)
class ItemDTO:
    code: str
    text: str


@dataclass(frozen=True)
class IndicatorDTO:
    name: str
    items: tuple[ItemDTO, ...]


@dataclass(frozen=True)
class InstrumentDTO:
    id: int
    code: str
    name: str
    respondent_kind: str  # "ksm" | "upk" | "lainnya"
    scale_code: str
    builtin: bool
    indicators: tuple[IndicatorDTO, ...]

    @property
    def items(self) -> tuple[ItemDTO, ...]:
        """All items in questionnaire order (the order of a respondent's answers)."""
        return tuple(item for indicator in self.indicators for item in indicator.items)

    @property
    def item_count(self) -> int:
        return sum(len(indicator.items) for indicator in self.indicators)

    @property
    def respondent_kind_label(self) -> str:
        return RESPONDENT_KINDS.get(self.respondent_kind, self.respondent_kind)

    def indicator_of(self, index: int) -> str:
        """The indicator name of the item at ``index`` (0-based, questionnaire order)."""
        for indicator in self.indicators:
            if index < len(indicator.items):
                return indicator.name
            index -= len(indicator.items)
        raise IndexError(index)

    def to_domain(self) -> Instrument:
        """The domain :class:`~kamura_desktop.domain.instruments.Instrument` (for compute_ikm)."""
        return Instrument(
            code=self.code, name=self.name, scale_code=self.scale_code,
            indicators=tuple(Indicator(ind.name, tuple(Item(i.code, i.text) for i in ind.items))
                             for ind in self.indicators),
        )


def _load_instruments(s: Session, ids: Sequence[int] | None = None) -> list[InstrumentDTO]:
    q = select(EvalInstrument).order_by(EvalInstrument.builtin.desc(), EvalInstrument.code)
    if ids is not None:
        q = q.where(EvalInstrument.id.in_(ids))
    instruments = list(s.scalars(q))
    if not instruments:
        return []
    wanted = [i.id for i in instruments]
    indicators: dict[int, list[EvalIndicator]] = defaultdict(list)
    for ind in s.scalars(select(EvalIndicator).where(EvalIndicator.instrument_id.in_(wanted))
                         .order_by(EvalIndicator.instrument_id, EvalIndicator.position)):
        indicators[ind.instrument_id].append(ind)
    items: dict[int, list[EvalItem]] = defaultdict(list)
    for item in s.scalars(select(EvalItem).where(EvalItem.instrument_id.in_(wanted))
                          .order_by(EvalItem.instrument_id, EvalItem.position)):
        items[item.indicator_id].append(item)
    return [
        InstrumentDTO(
            id=i.id, code=i.code, name=i.name, respondent_kind=i.respondent_kind,
            scale_code=i.scale_code, builtin=bool(i.builtin),
            indicators=tuple(
                IndicatorDTO(ind.name, tuple(ItemDTO(it.code, it.text) for it in items[ind.id]))
                for ind in indicators[i.id]
            ),
        )
        for i in instruments
    ]


def _instrument_in(s: Session, instrument_id: int) -> InstrumentDTO:
    found = _load_instruments(s, [instrument_id])
    if not found:
        raise NotFound(f"Instrumen #{instrument_id} tidak ditemukan.", field="instrument")
    return found[0]


def _item_ids(s: Session, instrument_id: int) -> list[int]:
    return list(s.scalars(select(EvalItem.id).where(EvalItem.instrument_id == instrument_id)
                          .order_by(EvalItem.position)))


def list_instruments(db: Database) -> list[InstrumentDTO]:
    """Every instrument: the built-ins first, then the office's own by code."""
    with db.read() as s:
        return _load_instruments(s)


def get_instrument(db: Database, instrument_id: int) -> InstrumentDTO:
    with db.read() as s:
        return _instrument_in(s, instrument_id)


def instrument_by_code(db: Database, code: str) -> InstrumentDTO:
    """The instrument with this code (case-insensitive); built-ins are ``ksm`` and ``upk``."""
    with db.read() as s:
        found = s.scalar(select(EvalInstrument.id)
                         .where(func.lower(EvalInstrument.code) == (code or "").strip().lower()))
        if found is None:
            known = ", ".join(s.scalars(select(EvalInstrument.code).order_by(EvalInstrument.code)))
            raise NotFound(f"Instrumen '{code}' tidak ditemukan (yang ada: {known}).",
                           field="instrument")
        return _instrument_in(s, found)


def _write_structure(s: Session, instrument_id: int, indicators: Sequence[Indicator]) -> None:
    position = 0
    for number, indicator in enumerate(indicators):
        row = EvalIndicator(instrument_id=instrument_id, position=number, name=indicator.name)
        s.add(row)
        s.flush()
        for item in indicator.items:
            s.add(EvalItem(instrument_id=instrument_id, indicator_id=row.id, position=position,
                           code=item.code, text=item.text))
            position += 1
    s.flush()


def ensure_builtin_instruments(session: Session) -> None:
    """Seeder: add the KOTAKU instruments (ksm, upk) a file does not have yet."""
    existing = set(session.scalars(select(EvalInstrument.code)
                                   .where(EvalInstrument.code.in_(list(BUILTIN_CODES)))))
    for code, spec in BUILTIN_INSTRUMENTS.items():
        if code in existing:
            continue
        row = EvalInstrument(code=spec.code, name=spec.name, respondent_kind=spec.code,
                             scale_code=spec.scale_code, builtin=True, updated_at=_now())
        session.add(row)
        session.flush()
        _write_structure(session, row.id, spec.indicators)


def _check_code_free(s: Session, code: str, *, except_id: int | None = None) -> None:
    if code.lower() in BUILTIN_CODES:
        raise UserError(f"Kode '{code}' dipakai instrumen bawaan; pilih kode lain.", field="code")
    q = select(EvalInstrument.id).where(func.lower(EvalInstrument.code) == code.lower())
    if except_id is not None:
        q = q.where(EvalInstrument.id != except_id)
    if s.scalar(q) is not None:
        raise UserError(f"Kode instrumen '{code}' sudah dipakai instrumen lain.", field="code")


def _rounds_using(s: Session, instrument_id: int) -> int:
    return s.scalar(select(func.count()).select_from(EvalRound)
                    .where(EvalRound.instrument_id == instrument_id)) or 0


def copy_instrument(db: Database, *, actor: Actor, instrument_id: int, code: str,
                    name: str) -> Outcome[InstrumentDTO]:
    """A custom copy of an instrument (built-in or not) under a new code and name."""
    require(actor, "evaluation.manage")
    code = _text(code, what="Kode instrumen", field="code", limit=_MAX_CODE)
    name = _text(name, what="Nama instrumen", field="name", limit=_MAX_NAME)
    with db.write() as s:
        source = _instrument_in(s, instrument_id)
        domain = validate_instrument(Instrument(code=code, name=name, scale_code=source.scale_code,
                                                indicators=source.to_domain().indicators))
        _check_code_free(s, code)
        row = EvalInstrument(code=code, name=name, respondent_kind=source.respondent_kind,
                             scale_code=source.scale_code, builtin=False, updated_at=_now())
        s.add(row)
        s.flush()
        _write_structure(s, row.id, domain.indicators)
        audit.record(s, actor, action="evaluation.instrument_copy", entity="eval_instrument",
                     entity_id=code, summary=f"salinan dari '{source.code}': {name}")
        return Outcome(_instrument_in(s, row.id), CHANGED)


def save_instrument(db: Database, *, actor: Actor, instrument_id: int | None, code: str,
                    name: str, respondent_kind: str, scale_code: str,
                    indicators: list[tuple[str, list[tuple[str, str]]]]) -> Outcome[InstrumentDTO]:
    """Create (``instrument_id=None``) or change an office instrument.

    ``indicators`` = ``[(indicator name, [(item code, item text), ...]), ...]`` in
    questionnaire order. Built-in instruments are refused (copy them first); an instrument a
    round already uses may change its code, name, kind and default scale but not its
    indicators or items.
    """
    require(actor, "evaluation.manage")
    code = _text(code, what="Kode instrumen", field="code", limit=_MAX_CODE)
    name = _text(name, what="Nama instrumen", field="name", limit=_MAX_NAME)
    if respondent_kind not in RESPONDENT_KINDS:
        raise UserError("Jenis responden harus KSM, UPK atau lainnya.", field="respondent_kind")
    structure = []
    for ind_name, items in indicators:
        ind_name = (ind_name or "").strip()
        if len(ind_name) > _MAX_INDICATOR:
            raise UserError(f"Nama indikator '{ind_name[:30]}…' terlalu panjang "
                            f"(paling banyak {_MAX_INDICATOR} karakter).", field="indicators")
        its = []
        for item_code, item_text in items:
            item_code = (item_code or "").strip()
            if len(item_code) > _MAX_ITEM_CODE:
                raise UserError(f"Kode butir '{item_code}' terlalu panjang (paling banyak "
                                f"{_MAX_ITEM_CODE} karakter).", field="items")
            its.append(Item(item_code, (item_text or "").strip()))
        structure.append(Indicator(ind_name, tuple(its)))
    domain = validate_instrument(Instrument(code=code, name=name, scale_code=scale_code,
                                            indicators=tuple(structure)))
    with db.write() as s:
        scale_code = _scale_in(s, scale_code).code
        if instrument_id is None:
            _check_code_free(s, code)
            row = EvalInstrument(code=code, name=name, respondent_kind=respondent_kind,
                                 scale_code=scale_code, builtin=False, updated_at=_now())
            s.add(row)
            s.flush()
            _write_structure(s, row.id, domain.indicators)
            audit.record(s, actor, action="evaluation.instrument_create", entity="eval_instrument",
                         entity_id=code, summary=f"{name}: {domain.item_count} butir")
            return Outcome(_instrument_in(s, row.id), CHANGED)

        before = _instrument_in(s, instrument_id)
        if before.builtin:
            raise UserError(f"Instrumen bawaan '{before.code}' tidak dapat diubah. Salin dulu "
                            "instrumen itu, lalu ubah salinannya.", field="instrument",
                            code="eval_builtin")
        _check_code_free(s, code, except_id=instrument_id)
        same_structure = before.to_domain().indicators == domain.indicators
        if not same_structure:
            used = _rounds_using(s, instrument_id)
            if used:
                raise UserError(
                    f"Instrumen '{before.code}' sudah dipakai {used} putaran survei, sehingga "
                    "indikator dan butirnya tidak dapat diubah lagi. Salin instrumen itu untuk "
                    "membuat versi baru.", field="indicators", code="eval_instrument_used")
            s.execute(delete(EvalItem).where(EvalItem.instrument_id == instrument_id))
            s.execute(delete(EvalIndicator).where(EvalIndicator.instrument_id == instrument_id))
            _write_structure(s, instrument_id, domain.indicators)
        row = s.get(EvalInstrument, instrument_id)
        after = dict(code=code, name=name, respondent_kind=respondent_kind, scale_code=scale_code)
        summary = audit.describe_change(
            {k: getattr(row, k) for k in after}, after)
        if not same_structure:
            summary += f"; butir diganti ({domain.item_count} butir)"
        for key, value in after.items():
            setattr(row, key, value)
        row.updated_at = _now()
        s.flush()
        audit.record(s, actor, action="evaluation.instrument_update", entity="eval_instrument",
                     entity_id=code, summary=summary)
        return Outcome(_instrument_in(s, instrument_id), CHANGED)
