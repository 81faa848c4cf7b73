"""Evaluation book: instruments as data, survey rounds and answers, IKM results, income
surveys and the paired t-test, report notes (issue 7).

* **Instruments** (questionnaires) live in the database: indicators and their items in
  questionnaire order. The two KOTAKU instruments (codes ``ksm`` and ``upk``) are seeded
  from :mod:`kamura_desktop.domain.instruments` into every file (new or old) when it is
  opened, and are read-only; the chair copies one (:func:`copy_instrument`) and edits the
  copy (:func:`save_instrument`) or makes a new one. Once a round uses an instrument its
  indicators and items are frozen, so an answer always means what it meant when given.
* **Rounds**: an instrument + a date + respondents (members or free names), scored on a
  scale chosen when the round is made (the instrument's by default). Answers are entered one
  cell at a time (:func:`set_answer`) or replaced wholesale from the Excel template
  (:func:`replace_round_answers`); a blank is simply no answer. :func:`round_result` is the
  IKM of :func:`kamura_desktop.domain.ikm.compute_ikm`.
* **Income surveys**: each respondent's monthly net income at two points (labels editable);
  :func:`income_ttest` is :func:`kamura_desktop.domain.stats.paired_t_test` on the rows with
  both values (difference = second − first).
* **Report notes**: the chair's process notes, conclusions and recommendations for the
  evaluation report (one row).

Permissions: ``evaluation.view`` (every role), ``evaluation.enter`` (petugas, bendahara,
ketua: rounds, respondents, answers, income surveys), ``evaluation.manage`` (ketua:
instruments, report notes, deleting rounds and income surveys). Every write records an
audit row and returns ``Changes(evaluation=True)``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.eval_scales import EvalScale, EvalScaleBand, EvalScalePoint
from kamura_desktop.db.models.evaluation import (
    EvalAnswer,
    EvalIncomeRow,
    EvalIncomeSurvey,
    EvalIndicator,
    EvalInstrument,
    EvalItem,
    EvalReportNotes,
    EvalRespondent,
    EvalRound,
)
from kamura_desktop.db.models.membership import Member
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.ikm import IkmResult, compute_ikm
from kamura_desktop.domain.instruments import (
    BUILTIN_INSTRUMENTS,
    BUILTIN_SCALES,
    ClassifyOn,
    Indicator,
    Instrument,
    Item,
    Scale,
    get_scale,
    is_builtin_scale,
    make_scale,
    validate_instrument,
)
from kamura_desktop.domain.roles import ADMIN, BENDAHARA, KETUA, PETUGAS
from kamura_desktop.domain.stats import PairedTTestResult, paired_t_test

from . import audit
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import PERMISSIONS, require

PERMISSIONS.update({
    "evaluation.view": (frozenset({PETUGAS, BENDAHARA, KETUA, ADMIN}), "melihat data evaluasi"),
    "evaluation.enter": (frozenset({PETUGAS, BENDAHARA, KETUA}),
                         "mengisi survei evaluasi (putaran, responden, jawaban, pendapatan)"),
    "evaluation.manage": (frozenset({KETUA}),
                          "mengelola instrumen evaluasi, catatan laporan evaluasi dan "
                          "menghapus putaran survei dan survei pendapatan"),
})

RESPONDENT_KINDS = {"ksm": "Peminjam (KSM)", "upk": "Pengelola (UPK)", "lainnya": "Lainnya"}
#: built-in instruments answer to these codes; a custom instrument may not take them
BUILTIN_CODES = frozenset(BUILTIN_INSTRUMENTS)

CHANGED = Changes(evaluation=True)

# column widths of the tables (the service refuses longer text rather than truncating it)
_MAX_CODE, _MAX_NAME, _MAX_INDICATOR, _MAX_ITEM_CODE = 30, 200, 120, 20
_MAX_TITLE, _MAX_PERSON, _MAX_LABEL = 200, 120, 80


# ---------------------------------------------------------------- DTOs

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


@dataclass(frozen=True)
class RoundDTO:
    id: int
    instrument_id: int
    instrument_code: str
    instrument_name: str
    title: str
    held_on: dt.date
    scale_code: str
    respondents: int
    complete: int  # respondents who answered every item
    notes: str
    #: the round's scale as resolved when the DTO was read (an office scale lives in the
    #: database, so ``get_scale(scale_code)`` alone would not find it)
    scale_obj: Scale | None = field(default=None, compare=False, repr=False)

    @property
    def scale(self) -> Scale:
        return self.scale_obj if self.scale_obj is not None else get_scale(self.scale_code)


@dataclass(frozen=True)
class ScaleDTO:
    """An answer scale as the Instrumen tab lists it: built-in (``id`` None, read-only) or
    the office's own; ``rounds``/``instruments`` count who uses it (a scale a round uses
    keeps its points and bands)."""

    id: int | None
    builtin: bool
    rounds: int
    instruments: int
    scale: Scale

    @property
    def code(self) -> str:
        return self.scale.code

    @property
    def name(self) -> str:
        return self.scale.name


@dataclass(frozen=True)
class RespondentDTO:
    id: int
    round_id: int
    name: str
    member_id: int | None
    answers: tuple[int | None, ...]  # in the instrument's item order; None = not answered

    @property
    def answered(self) -> int:
        return sum(value is not None for value in self.answers)

    @property
    def complete(self) -> bool:
        return all(value is not None for value in self.answers)


@dataclass(frozen=True)
class IncomeRowDTO:
    id: int
    name: str
    member_id: int | None
    first: int | None  # rupiah per month
    second: int | None

    @property
    def difference(self) -> int | None:
        """second − first, or None when a half is missing."""
        if self.first is None or self.second is None:
            return None
        return self.second - self.first


@dataclass(frozen=True)
class IncomeSurveyDTO:
    id: int
    title: str
    held_on: dt.date
    first_label: str
    second_label: str
    rows: tuple[IncomeRowDTO, ...]

    @property
    def complete_pairs(self) -> int:
        return sum(r.first is not None and r.second is not None for r in self.rows)


@dataclass(frozen=True)
class ReportNotesDTO:
    process_notes: str = ""
    conclusions: str = ""
    recommendations: str = ""


# ---------------------------------------------------------------- helpers

def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _text(value: str | None, *, what: str, field: str, limit: int, required: bool = True) -> str:
    text = (value or "").strip()
    if required and not text:
        raise UserError(f"{what} belum diisi.", field=field)
    if len(text) > limit:
        raise UserError(f"{what} terlalu panjang (paling banyak {limit} karakter).", field=field)
    return text


def _check_date(value: object, *, field: str = "held_on") -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if not isinstance(value, dt.date):
        raise UserError("Tanggal belum diisi atau tidak sah.", field=field)
    return value


def _member_name(s: Session, member_id: int, *, who: str = "") -> str:
    lead = f"{who}anggota" if who else "Anggota"
    if isinstance(member_id, bool) or not isinstance(member_id, int):
        raise UserError(f"{lead} dengan ID {member_id!r} tidak sah.", field="member_id")
    m = s.get(Member, member_id)
    if m is None:
        raise UserError(f"{lead} #{member_id} tidak terdaftar sebagai anggota koperasi.",
                        field="member_id", code="eval_not_member")
    return m.name


def _person(s: Session, name: str | None, member_id: int | None, *,
            who: str = "") -> tuple[str, int | None]:
    """(name, member_id) of a respondent: a member's name when none is given. ``who``
    ("Baris 3: ") starts the error messages of a row in a batch."""
    if member_id is not None:
        member_name = _member_name(s, member_id, who=who)
        if not (name or "").strip():
            name = member_name
    what = f"{who}nama responden" if who else "Nama responden"
    return _text(name, what=what, field="name", limit=_MAX_PERSON), member_id


# ---------------------------------------------------------------- scales & instruments

_MAX_SCALE_CODE = 20


def _office_scale_rows(s: Session, codes: Sequence[str] | None = None) -> list[tuple[int, Scale]]:
    q = select(EvalScale).order_by(EvalScale.code)
    if codes is not None:
        q = q.where(EvalScale.code.in_(list(codes)))
    rows = list(s.scalars(q))
    if not rows:
        return []
    ids = [r.id for r in rows]
    points: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for p in s.scalars(select(EvalScalePoint).where(EvalScalePoint.scale_id.in_(ids))
                       .order_by(EvalScalePoint.scale_id, EvalScalePoint.value)):
        points[p.scale_id].append((p.value, p.label))
    bands: dict[int, list[tuple[str | None, ...]]] = defaultdict(list)
    for b in s.scalars(select(EvalScaleBand).where(EvalScaleBand.scale_id.in_(ids))
                       .order_by(EvalScaleBand.scale_id, EvalScaleBand.position)):
        bands[b.scale_id].append((b.lower, b.upper, b.label, b.grade, b.converted_lower,
                                  b.converted_upper))
    return [(r.id, make_scale(code=r.code, name=r.name, points=points[r.id],
                              categories=bands[r.id], conversion_factor=r.conversion_factor,
                              classify_on=r.classify_on, source="Skala kantor"))
            for r in rows]


def _scale_in(s: Session, code: str | None) -> Scale:
    """The scale with this code: a built-in one or the office's own (exact code)."""
    code = (code or "").strip()
    if code in BUILTIN_SCALES:
        return BUILTIN_SCALES[code]
    found = _office_scale_rows(s, [code])
    if not found:
        raise UserError(f"Skala '{code}' tidak dikenal.", field="scale_code")
    return found[0][1]


def scale_by_code(db: Database, code: str) -> Scale:
    """The answer scale with this code, built-in or the office's own."""
    if code in BUILTIN_SCALES:
        return BUILTIN_SCALES[code]
    with db.read() as s:
        return _scale_in(s, code)


def list_scales(db: Database | None = None) -> list[Scale]:
    """The answer scales the office can pick: the built-ins (likert5 first: the default),
    then — given ``db`` — the office's own by code."""
    out = list(BUILTIN_SCALES.values())
    if db is not None:
        with db.read() as s:
            out += [scale for _, scale in _office_scale_rows(s)]
    return out


def _scale_usage(s: Session) -> tuple[dict[str, int], dict[str, int]]:
    rounds = dict(s.execute(select(EvalRound.scale_code, func.count())
                            .group_by(EvalRound.scale_code)).all())
    instruments = dict(s.execute(select(EvalInstrument.scale_code, func.count())
                                 .group_by(EvalInstrument.scale_code)).all())
    return rounds, instruments


def list_scale_entries(db: Database) -> list[ScaleDTO]:
    """Every scale with whether it is built in and how many rounds/instruments use it."""
    with db.read() as s:
        rounds, instruments = _scale_usage(s)
        out = [ScaleDTO(None, True, rounds.get(c, 0), instruments.get(c, 0), scale)
               for c, scale in BUILTIN_SCALES.items()]
        out += [ScaleDTO(sid, False, rounds.get(scale.code, 0), instruments.get(scale.code, 0),
                         scale)
                for sid, scale in _office_scale_rows(s)]
        return out


def _scale_entry_in(s: Session, scale_id: int) -> ScaleDTO:
    row = s.get(EvalScale, scale_id)
    if row is None:
        raise NotFound(f"Skala #{scale_id} tidak ditemukan.", field="scale")
    rounds, instruments = _scale_usage(s)
    scale = _scale_in(s, row.code)
    return ScaleDTO(row.id, False, rounds.get(row.code, 0), instruments.get(row.code, 0), scale)


def _check_scale_code_free(s: Session, code: str, *, except_id: int | None = None) -> None:
    if is_builtin_scale(code):
        raise UserError(f"Kode '{code}' dipakai skala bawaan; pilih kode lain.", field="code")
    q = select(EvalScale.id).where(func.lower(EvalScale.code) == code.lower())
    if except_id is not None:
        q = q.where(EvalScale.id != except_id)
    if s.scalar(q) is not None:
        raise UserError(f"Kode skala '{code}' sudah dipakai skala lain.", field="code")


def _dec_text(value: object) -> str | None:
    return None if value is None else format(value, "f")


def _write_scale_rows(s: Session, scale_id: int, scale: Scale) -> None:
    s.execute(delete(EvalScalePoint).where(EvalScalePoint.scale_id == scale_id))
    s.execute(delete(EvalScaleBand).where(EvalScaleBand.scale_id == scale_id))
    s.flush()
    for value, label in sorted(scale.points):
        s.add(EvalScalePoint(scale_id=scale_id, value=value, label=label))
    for position, c in enumerate(scale.categories):
        s.add(EvalScaleBand(scale_id=scale_id, position=position, lower=_dec_text(c.low),
                            upper=_dec_text(c.high), label=c.label, grade=c.quality,
                            converted_lower=_dec_text(c.converted_low),
                            converted_upper=_dec_text(c.converted_high)))
    s.flush()


def _same_table(a: Scale, b: Scale) -> bool:
    """Same points and bands (names aside): what the answers and the verdict depend on."""
    return (sorted(a.points) == sorted(b.points) and a.categories == b.categories
            and a.conversion_factor == b.conversion_factor and a.classify_on == b.classify_on)


def save_scale(db: Database, *, actor: Actor, scale_id: int | None, code: str, name: str,
               points: list[tuple[int, str]],
               categories: list[tuple[str, str, str, str | None]]
               | list[tuple[str, str, str, str | None, str | None, str | None]],
               conversion_factor: str | None = None,
               classify_on: ClassifyOn = "ikm") -> Outcome[ScaleDTO]:
    """Create (``scale_id=None``) or change an office answer scale (the chair).

    ``points`` = ``[(value, label), ...]`` with values 1..k; ``categories`` =
    ``[(lower, upper, label, grade[, converted lower, converted upper]), ...]`` from the
    lowest band up, bounds as text ("1,66"). The bands must cover the whole range without
    gaps or overlaps (the message names the band). Built-in scales are read-only (copy
    them); a scale a round uses keeps its points, bands and code (its name may change).
    ``classify_on="converted"`` classes the converted score instead of the IKM (the
    converted ranges then tile the converted range, as in SKM 14/2017).
    """
    require(actor, "evaluation.manage")
    scale = make_scale(code=code, name=name, points=points, categories=categories,
                       conversion_factor=conversion_factor, classify_on=classify_on,
                       source="Skala kantor")
    with db.write() as s:
        if scale_id is None:
            _check_scale_code_free(s, scale.code)
            row = EvalScale(code=scale.code, name=scale.name,
                            conversion_factor=_dec_text(scale.conversion_factor),
                            classify_on=scale.classify_on, updated_at=_now())
            s.add(row)
            s.flush()
            _write_scale_rows(s, row.id, scale)
            audit.record(s, actor, action="evaluation.scale_create", entity="eval_scale",
                         entity_id=scale.code, summary=f"{scale.name}: {len(scale.points)} nilai, "
                                                       f"{len(scale.categories)} kategori")
            return Outcome(_scale_entry_in(s, row.id), CHANGED)
        row = s.get(EvalScale, scale_id)
        if row is None:
            raise NotFound(f"Skala #{scale_id} tidak ditemukan.", field="scale")
        before = _scale_in(s, row.code)
        rounds, instruments = _scale_usage(s)
        used_rounds = rounds.get(row.code, 0)
        if scale.code != row.code:
            if used_rounds or instruments.get(row.code, 0):
                raise UserError(
                    f"Kode skala '{row.code}' sudah dipakai putaran survei atau instrumen, "
                    "sehingga tidak dapat diganti.", field="code", code="eval_scale_used")
            _check_scale_code_free(s, scale.code, except_id=scale_id)
        same = _same_table(before, scale)
        if not same:
            if used_rounds:
                raise UserError(
                    f"Skala '{row.code}' sudah dipakai {used_rounds} putaran survei, sehingga "
                    "nilai jawaban dan kategorinya tidak dapat diubah lagi. Salin skala itu "
                    "untuk membuat versi baru.", field="points", code="eval_scale_used")
            _write_scale_rows(s, scale_id, scale)
        summary = audit.describe_change(dict(code=row.code, name=row.name),
                                        dict(code=scale.code, name=scale.name))
        if not same:
            summary += "; nilai/kategori diganti"
        row.code, row.name = scale.code, scale.name
        row.conversion_factor = _dec_text(scale.conversion_factor)
        row.classify_on = scale.classify_on
        row.updated_at = _now()
        s.flush()
        audit.record(s, actor, action="evaluation.scale_update", entity="eval_scale",
                     entity_id=scale.code, summary=summary)
        return Outcome(_scale_entry_in(s, scale_id), CHANGED)


def copy_scale(db: Database, *, actor: Actor, code: str, new_code: str,
               name: str) -> Outcome[ScaleDTO]:
    """An office copy of a scale (built-in or the office's own) under a new code and name."""
    require(actor, "evaluation.manage")
    with db.read() as s:
        source = _scale_in(s, code)
    bands = [(c.low, c.high, c.label, c.quality, c.converted_low, c.converted_high)
             for c in source.categories]
    return save_scale(db, actor=actor, scale_id=None, code=new_code, name=name,
                      points=list(source.points), categories=bands,
                      conversion_factor=None if source.conversion_factor is None
                      else format(source.conversion_factor, "f"),
                      classify_on=source.classify_on)


def delete_scale(db: Database, *, actor: Actor, scale_id: int) -> Outcome[None]:
    """Delete an office scale no round or instrument uses (the chair)."""
    require(actor, "evaluation.manage")
    with db.write() as s:
        entry = _scale_entry_in(s, scale_id)
        if entry.rounds or entry.instruments:
            raise UserError(f"Skala '{entry.code}' masih dipakai {entry.rounds} putaran dan "
                            f"{entry.instruments} instrumen, sehingga tidak dapat dihapus.",
                            field="scale", code="eval_scale_used")
        s.execute(delete(EvalScalePoint).where(EvalScalePoint.scale_id == scale_id))
        s.execute(delete(EvalScaleBand).where(EvalScaleBand.scale_id == scale_id))
        row = s.get(EvalScale, scale_id)
        s.delete(row)
        audit.record(s, actor, action="evaluation.scale_delete", entity="eval_scale",
                     entity_id=entry.code, summary=entry.name)
        return Outcome(None, CHANGED)


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


# ---------------------------------------------------------------- rounds

def _round_dtos(s: Session, rounds: Sequence[EvalRound]) -> list[RoundDTO]:
    if not rounds:
        return []
    ids = [r.id for r in rounds]
    instruments = {i.id: i for i in s.scalars(
        select(EvalInstrument).where(EvalInstrument.id.in_({r.instrument_id for r in rounds})))}
    item_counts = dict(s.execute(
        select(EvalItem.instrument_id, func.count()).where(
            EvalItem.instrument_id.in_(list(instruments))).group_by(EvalItem.instrument_id)).all())
    per_respondent = s.execute(
        select(EvalRespondent.round_id, func.count(EvalAnswer.item_id))
        .outerjoin(EvalAnswer, EvalAnswer.respondent_id == EvalRespondent.id)
        .where(EvalRespondent.round_id.in_(ids))
        .group_by(EvalRespondent.id)).all()
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    need = {r.id: item_counts.get(r.instrument_id, 0) for r in rounds}
    for round_id, n in per_respondent:
        counts[round_id][0] += 1
        if n >= need[round_id] > 0:
            counts[round_id][1] += 1
    office = {scale.code: scale for _, scale in _office_scale_rows(
        s, [r.scale_code for r in rounds if r.scale_code not in BUILTIN_SCALES])}
    out = []
    for r in rounds:
        inst = instruments[r.instrument_id]
        total, complete = counts[r.id]
        out.append(RoundDTO(id=r.id, instrument_id=r.instrument_id, instrument_code=inst.code,
                            instrument_name=inst.name, title=r.title, held_on=r.held_on,
                            scale_code=r.scale_code, respondents=total, complete=complete,
                            notes=r.notes or "",
                            scale_obj=BUILTIN_SCALES.get(r.scale_code) or office.get(r.scale_code)))
    return out


def _round_row(s: Session, round_id: int) -> EvalRound:
    r = s.get(EvalRound, round_id)
    if r is None:
        raise NotFound(f"Putaran survei #{round_id} tidak ditemukan.", field="round")
    return r


def _round_in(s: Session, round_id: int) -> RoundDTO:
    return _round_dtos(s, [_round_row(s, round_id)])[0]


def create_round(db: Database, *, actor: Actor, instrument_id: int, title: str, held_on: dt.date,
                 scale_code: str | None = None, notes: str = "") -> Outcome[RoundDTO]:
    """A new survey round of an instrument, scored on ``scale_code`` (default: the
    instrument's scale)."""
    require(actor, "evaluation.enter")
    title = _text(title, what="Judul putaran survei", field="title", limit=_MAX_TITLE)
    held_on = _check_date(held_on)
    with db.write() as s:
        if scale_code is not None:
            _scale_in(s, scale_code)
        inst = _instrument_in(s, instrument_id)
        if inst.item_count == 0:
            raise UserError(f"Instrumen '{inst.code}' belum memiliki butir pertanyaan.",
                            field="instrument")
        scale = _scale_in(s, scale_code or inst.scale_code)
        row = EvalRound(instrument_id=instrument_id, title=title, held_on=held_on,
                        scale_code=scale.code, notes=(notes or "").strip(), created_at=_now())
        s.add(row)
        s.flush()
        audit.record(s, actor, action="evaluation.round_create", entity="eval_round",
                     entity_id=row.id, summary=f"{title} ({inst.code}, {format_date_id(held_on)}, "
                                               f"skala {scale.code})")
        return Outcome(_round_in(s, row.id), CHANGED)


def list_rounds(db: Database) -> list[RoundDTO]:
    """Every survey round, the newest first."""
    with db.read() as s:
        rounds = list(s.scalars(select(EvalRound).order_by(EvalRound.held_on.desc(),
                                                           EvalRound.id.desc())))
        return _round_dtos(s, rounds)


def get_round(db: Database, round_id: int) -> RoundDTO:
    with db.read() as s:
        return _round_in(s, round_id)


def delete_round(db: Database, *, actor: Actor, round_id: int) -> Outcome[None]:
    """Delete a round with its respondents and answers (the chair only)."""
    require(actor, "evaluation.manage")
    with db.write() as s:
        r = _round_row(s, round_id)
        respondents = select(EvalRespondent.id).where(EvalRespondent.round_id == round_id)
        count = s.scalar(select(func.count()).select_from(respondents.subquery())) or 0
        s.execute(delete(EvalAnswer).where(EvalAnswer.respondent_id.in_(respondents)))
        s.execute(delete(EvalRespondent).where(EvalRespondent.round_id == round_id))
        title = r.title
        s.delete(r)
        audit.record(s, actor, action="evaluation.round_delete", entity="eval_round",
                     entity_id=round_id, summary=f"{title} ({count} responden)")
        return Outcome(None, CHANGED)


def update_round(db: Database, *, actor: Actor, round_id: int, title: str, held_on: dt.date,
                 notes: str = "") -> Outcome[RoundDTO]:
    """Correct a round's title, date and notes (its instrument and scale stay: the answers
    were given on them)."""
    require(actor, "evaluation.enter")
    title = _text(title, what="Judul putaran survei", field="title", limit=_MAX_TITLE)
    held_on = _check_date(held_on)
    notes = (notes or "").strip()
    if len(notes) > 20_000:
        raise UserError("Catatan putaran terlalu panjang (paling banyak 20.000 karakter).",
                        field="notes")
    with db.write() as s:
        r = _round_row(s, round_id)
        before = dict(title=r.title, held_on=r.held_on, notes=r.notes or "")
        after = dict(title=title, held_on=held_on, notes=notes)
        r.title, r.held_on, r.notes = title, held_on, notes
        s.flush()
        audit.record(s, actor, action="evaluation.round_update", entity="eval_round",
                     entity_id=round_id, summary=audit.describe_change(before, after))
        return Outcome(_round_in(s, round_id), CHANGED)


def _respondent_dtos(s: Session, round_id: int, item_ids: list[int],
                     only: int | None = None) -> list[RespondentDTO]:
    index = {item_id: n for n, item_id in enumerate(item_ids)}
    q = select(EvalRespondent).where(EvalRespondent.round_id == round_id)
    if only is not None:
        q = q.where(EvalRespondent.id == only)
    respondents = list(s.scalars(q.order_by(EvalRespondent.position, EvalRespondent.id)))
    answers: dict[int, list[int | None]] = {r.id: [None] * len(item_ids) for r in respondents}
    if respondents:
        aq = select(EvalAnswer.respondent_id, EvalAnswer.item_id, EvalAnswer.value)
        if only is not None:
            aq = aq.where(EvalAnswer.respondent_id == only)
        else:
            aq = aq.join(EvalRespondent, EvalRespondent.id == EvalAnswer.respondent_id).where(
                EvalRespondent.round_id == round_id)
        for respondent_id, item_id, value in s.execute(aq):
            if item_id in index:
                answers[respondent_id][index[item_id]] = value
    return [RespondentDTO(id=r.id, round_id=r.round_id, name=r.name, member_id=r.member_id,
                          answers=tuple(answers[r.id])) for r in respondents]


def round_respondents(db: Database, round_id: int) -> list[RespondentDTO]:
    """The round's respondents in entry order, each with answers in item order."""
    with db.read() as s:
        r = _round_row(s, round_id)
        return _respondent_dtos(s, round_id, _item_ids(s, r.instrument_id))


def _respondent_in(s: Session, respondent_id: int) -> RespondentDTO:
    p = s.get(EvalRespondent, respondent_id)
    if p is None:
        raise NotFound(f"Responden #{respondent_id} tidak ditemukan.", field="respondent")
    r = _round_row(s, p.round_id)
    return _respondent_dtos(s, r.id, _item_ids(s, r.instrument_id), only=respondent_id)[0]


def add_respondent(db: Database, *, actor: Actor, round_id: int, name: str | None = None,
                   member_id: int | None = None) -> Outcome[RespondentDTO]:
    """Add a respondent to a round: a member (named as in the member book unless ``name`` is
    given) or a free name. A member answers a round at most once."""
    require(actor, "evaluation.enter")
    with db.write() as s:
        r = _round_row(s, round_id)
        name, member_id = _person(s, name, member_id)
        if member_id is not None and s.scalar(
                select(EvalRespondent.id).where(EvalRespondent.round_id == round_id,
                                                EvalRespondent.member_id == member_id)):
            raise UserError(f"{name} sudah menjadi responden pada putaran '{r.title}'.",
                            field="member_id")
        position = (s.scalar(select(func.max(EvalRespondent.position))
                             .where(EvalRespondent.round_id == round_id)) or 0) + 1
        row = EvalRespondent(round_id=round_id, position=position, name=name, member_id=member_id)
        s.add(row)
        s.flush()
        audit.record(s, actor, action="evaluation.respondent_add", entity="eval_round",
                     entity_id=round_id, summary=f"responden {name}"
                     + (f" (anggota #{member_id})" if member_id else ""))
        return Outcome(_respondent_in(s, row.id), CHANGED)


def remove_respondent(db: Database, *, actor: Actor, respondent_id: int) -> Outcome[None]:
    require(actor, "evaluation.enter")
    with db.write() as s:
        p = s.get(EvalRespondent, respondent_id)
        if p is None:
            raise NotFound(f"Responden #{respondent_id} tidak ditemukan.", field="respondent")
        s.execute(delete(EvalAnswer).where(EvalAnswer.respondent_id == respondent_id))
        round_id, name = p.round_id, p.name
        s.delete(p)
        audit.record(s, actor, action="evaluation.respondent_remove", entity="eval_round",
                     entity_id=round_id, summary=f"responden {name} dihapus")
        return Outcome(None, CHANGED)


def rename_respondent(db: Database, *, actor: Actor, respondent_id: int, name: str | None,
                      member_id: int | None = None) -> Outcome[RespondentDTO]:
    """Correct a respondent's name and/or the member they are (``member_id=None``: a free
    name). A member still answers a round at most once; the answers stay as they are."""
    require(actor, "evaluation.enter")
    with db.write() as s:
        p = s.get(EvalRespondent, respondent_id)
        if p is None:
            raise NotFound(f"Responden #{respondent_id} tidak ditemukan.", field="respondent")
        r = _round_row(s, p.round_id)
        name, member_id = _person(s, name, member_id)
        if member_id is not None and s.scalar(
                select(EvalRespondent.id).where(EvalRespondent.round_id == p.round_id,
                                                EvalRespondent.member_id == member_id,
                                                EvalRespondent.id != respondent_id)):
            raise UserError(f"{name} sudah menjadi responden pada putaran '{r.title}'.",
                            field="member_id")
        before = dict(name=p.name, member_id=p.member_id)
        after = dict(name=name, member_id=member_id)
        p.name, p.member_id = name, member_id
        s.flush()
        audit.record(s, actor, action="evaluation.respondent_rename", entity="eval_round",
                     entity_id=p.round_id, summary=f"responden #{respondent_id}: "
                     + audit.describe_change(before, after))
        return Outcome(_respondent_in(s, respondent_id), CHANGED)


def _check_value(value: object, scale: Scale, *, who: str, item_code: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in scale.values:
        raise UserError(
            f"{who}, butir {item_code}: nilai {value!r} tidak ada pada skala {scale.name} "
            f"({scale.min_value}–{scale.max_value}).", field="value", code="eval_value_out_of_scale")
    return value


def set_answer(db: Database, *, actor: Actor, respondent_id: int, item_index: int,
               value: int | None) -> Outcome[RespondentDTO]:
    """Set (or, with ``None``, clear) one answer; ``item_index`` is 0-based in item order."""
    require(actor, "evaluation.enter")
    with db.write() as s:
        p = s.get(EvalRespondent, respondent_id)
        if p is None:
            raise NotFound(f"Responden #{respondent_id} tidak ditemukan.", field="respondent")
        r = _round_row(s, p.round_id)
        items = list(s.scalars(select(EvalItem).where(EvalItem.instrument_id == r.instrument_id)
                               .order_by(EvalItem.position)))
        if isinstance(item_index, bool) or not isinstance(item_index, int) \
                or not 0 <= item_index < len(items):
            raise UserError(f"Butir ke-{item_index} tidak ada pada instrumen ini "
                            f"({len(items)} butir).", field="item")
        item = items[item_index]
        value = _check_value(value, _scale_in(s, r.scale_code), who=f"Responden {p.name}",
                             item_code=item.code)
        existing = s.get(EvalAnswer, (respondent_id, item.id))
        old = None if existing is None else existing.value
        if value is None:
            if existing is not None:
                s.delete(existing)
        elif existing is None:
            s.add(EvalAnswer(respondent_id=respondent_id, item_id=item.id, value=value))
        else:
            existing.value = value
        s.flush()
        audit.record(s, actor, action="evaluation.answer", entity="eval_respondent",
                     entity_id=respondent_id,
                     summary=f"{p.name}, {item.code}: {old if old is not None else '-'} → "
                             f"{value if value is not None else '-'}")
        return Outcome(_respondent_in(s, respondent_id), CHANGED)


def replace_round_answers(db: Database, *, actor: Actor, round_id: int,
                          rows: list[tuple[str, int | None, list[int | None]]]) -> Outcome[RoundDTO]:
    """Replace every respondent and answer of a round with ``rows`` = ``[(name, member_id,
    answers in item order), ...]`` — all or nothing (the Excel import)."""
    require(actor, "evaluation.enter")
    with db.write() as s:
        return Outcome(replace_round_answers_in(s, actor, round_id, rows), CHANGED)


def replace_round_answers_in(s: Session, actor: Actor, round_id: int,
                             rows: Sequence[tuple[str, int | None, Sequence[int | None]]]) -> RoundDTO:
    """:func:`replace_round_answers` inside the caller's write transaction (the importer
    uses it for a dry run that is rolled back). The caller checks the permission."""
    r = _round_row(s, round_id)
    scale = _scale_in(s, r.scale_code)
    items = list(s.scalars(select(EvalItem).where(EvalItem.instrument_id == r.instrument_id)
                           .order_by(EvalItem.position)))
    prepared = []
    seen_members: dict[int, int] = {}
    for number, row in enumerate(rows, start=1):
        name, member_id, answers = row
        label = (name or "").strip() or (f"anggota #{member_id}" if member_id else "")
        who = f"Baris {number}" + (f" ({label})" if label else "")
        name, member_id = _person(s, name, member_id, who=f"{who}: ")
        if member_id is not None:
            if member_id in seen_members:
                raise UserError(f"{who}: anggota {name} sudah tercantum pada baris "
                                f"{seen_members[member_id]}.", field="member_id")
            seen_members[member_id] = number
        answers = list(answers)
        if len(answers) != len(items):
            raise UserError(f"{who}: ada {len(answers)} jawaban, sedangkan instrumen memiliki "
                            f"{len(items)} butir.", field="answers")
        values = [_check_value(v, scale, who=who, item_code=item.code)
                  for v, item in zip(answers, items, strict=True)]
        prepared.append((name, member_id, values))
    old = select(EvalRespondent.id).where(EvalRespondent.round_id == round_id)
    s.execute(delete(EvalAnswer).where(EvalAnswer.respondent_id.in_(old)))
    s.execute(delete(EvalRespondent).where(EvalRespondent.round_id == round_id))
    answer_rows = []
    if prepared:
        ids = s.scalars(
            insert(EvalRespondent).returning(EvalRespondent.id, sort_by_parameter_order=True),
            [dict(round_id=round_id, position=position, name=name, member_id=member_id)
             for position, (name, member_id, _) in enumerate(prepared, start=1)]).all()
        for respondent_id, (_, _, values) in zip(ids, prepared, strict=True):
            answer_rows += [dict(respondent_id=respondent_id, item_id=item.id, value=v)
                            for item, v in zip(items, values, strict=True) if v is not None]
    if answer_rows:
        s.execute(insert(EvalAnswer), answer_rows)
    audit.record(s, actor, action="evaluation.round_replace", entity="eval_round",
                 entity_id=round_id, summary=f"{r.title}: {len(prepared)} responden, "
                                             f"{len(answer_rows)} jawaban")
    return _round_in(s, round_id)


def round_result(db: Database, round_id: int) -> IkmResult:
    """The round's IKM (per item, per indicator, NP, IKM, category, converted score).

    Raises :class:`UserError` when the round has no respondents or an item has no answer."""
    with db.read() as s:
        r = _round_row(s, round_id)
        inst = _instrument_in(s, r.instrument_id)
        respondents = _respondent_dtos(s, round_id, _item_ids(s, r.instrument_id))
        scale = _scale_in(s, r.scale_code)
        title = r.title
    if not respondents:
        raise UserError(f"Putaran '{title}' belum memiliki responden.", field="answers",
                        code="ikm_no_rows")
    return compute_ikm(inst.to_domain(), scale, [p.answers for p in respondents])


# ---------------------------------------------------------------- income surveys

def _survey_in(s: Session, survey_id: int) -> IncomeSurveyDTO:
    sv = s.get(EvalIncomeSurvey, survey_id)
    if sv is None:
        raise NotFound(f"Survei pendapatan #{survey_id} tidak ditemukan.", field="survey")
    rows = s.scalars(select(EvalIncomeRow).where(EvalIncomeRow.survey_id == survey_id)
                     .order_by(EvalIncomeRow.position, EvalIncomeRow.id))
    return IncomeSurveyDTO(
        id=sv.id, title=sv.title, held_on=sv.held_on, first_label=sv.first_label,
        second_label=sv.second_label,
        rows=tuple(IncomeRowDTO(id=r.id, name=r.name, member_id=r.member_id, first=r.first,
                                second=r.second) for r in rows))


def _labels(first_label: str, second_label: str) -> tuple[str, str]:
    first = _text(first_label, what="Label nilai pertama", field="first_label", limit=_MAX_LABEL)
    second = _text(second_label, what="Label nilai kedua", field="second_label", limit=_MAX_LABEL)
    if first.casefold() == second.casefold():
        raise UserError("Label nilai pertama dan kedua harus berbeda.", field="second_label")
    return first, second


def create_income_survey(db: Database, *, actor: Actor, title: str, held_on: dt.date,
                         first_label: str, second_label: str) -> Outcome[IncomeSurveyDTO]:
    """A new income survey, e.g. labels "Sebelum Covid-19" / "Setelah Covid-19"."""
    require(actor, "evaluation.enter")
    title = _text(title, what="Judul survei pendapatan", field="title", limit=_MAX_TITLE)
    held_on = _check_date(held_on)
    first_label, second_label = _labels(first_label, second_label)
    with db.write() as s:
        sv = EvalIncomeSurvey(title=title, held_on=held_on, first_label=first_label,
                              second_label=second_label, created_at=_now())
        s.add(sv)
        s.flush()
        audit.record(s, actor, action="evaluation.income_create", entity="eval_income_survey",
                     entity_id=sv.id, summary=f"{title} ({first_label} / {second_label})")
        return Outcome(_survey_in(s, sv.id), CHANGED)


def list_income_surveys(db: Database) -> list[IncomeSurveyDTO]:
    """Every income survey with its rows, the newest first."""
    with db.read() as s:
        ids = list(s.scalars(select(EvalIncomeSurvey.id).order_by(
            EvalIncomeSurvey.held_on.desc(), EvalIncomeSurvey.id.desc())))
        return [_survey_in(s, i) for i in ids]


def get_income_survey(db: Database, survey_id: int) -> IncomeSurveyDTO:
    with db.read() as s:
        return _survey_in(s, survey_id)


def update_income_survey(db: Database, *, actor: Actor, survey_id: int, title: str,
                         held_on: dt.date, first_label: str,
                         second_label: str) -> Outcome[IncomeSurveyDTO]:
    """Correct a survey's title, date and the two labels (e.g. "Sebelum Covid-19" /
    "Setelah Covid-19"); the rows stay as they are."""
    require(actor, "evaluation.enter")
    title = _text(title, what="Judul survei pendapatan", field="title", limit=_MAX_TITLE)
    held_on = _check_date(held_on)
    first_label, second_label = _labels(first_label, second_label)
    with db.write() as s:
        sv = _survey_row(s, survey_id)
        after = dict(title=title, held_on=held_on, first_label=first_label,
                     second_label=second_label)
        before = {k: getattr(sv, k) for k in after}
        for key, value in after.items():
            setattr(sv, key, value)
        s.flush()
        audit.record(s, actor, action="evaluation.income_update", entity="eval_income_survey",
                     entity_id=survey_id, summary=audit.describe_change(before, after))
        return Outcome(_survey_in(s, survey_id), CHANGED)


def delete_income_survey(db: Database, *, actor: Actor, survey_id: int) -> Outcome[None]:
    """Delete an income survey with all its rows (the chair only)."""
    require(actor, "evaluation.manage")
    with db.write() as s:
        sv = _survey_row(s, survey_id)
        count = s.scalar(select(func.count()).select_from(EvalIncomeRow)
                         .where(EvalIncomeRow.survey_id == survey_id)) or 0
        s.execute(delete(EvalIncomeRow).where(EvalIncomeRow.survey_id == survey_id))
        title = sv.title
        s.delete(sv)
        audit.record(s, actor, action="evaluation.income_delete", entity="eval_income_survey",
                     entity_id=survey_id, summary=f"{title} ({count} baris)")
        return Outcome(None, CHANGED)


def _income_value(value: object, *, who: str, label: str, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise UserError(f"{who}: pendapatan {label} ({value!r}) harus rupiah utuh.", field=field)
    if value < 0:
        raise UserError(f"{who}: pendapatan {label} tidak boleh negatif.", field=field)
    return value


def _income_row(s: Session, sv: EvalIncomeSurvey, name: str | None, member_id: int | None,
                first: object, second: object, *, who: str) -> tuple[str, int | None, int | None, int | None]:
    name, member_id = _person(s, name, member_id, who=f"{who}: " if who else "")
    label_who = who or name
    return (name, member_id,
            _income_value(first, who=label_who, label=sv.first_label, field="first"),
            _income_value(second, who=label_who, label=sv.second_label, field="second"))


def _survey_row(s: Session, survey_id: int) -> EvalIncomeSurvey:
    sv = s.get(EvalIncomeSurvey, survey_id)
    if sv is None:
        raise NotFound(f"Survei pendapatan #{survey_id} tidak ditemukan.", field="survey")
    return sv


def save_income_row(db: Database, *, actor: Actor, survey_id: int, row_id: int | None,
                    name: str | None, member_id: int | None, first: int | None,
                    second: int | None) -> Outcome[IncomeSurveyDTO]:
    """Add (``row_id=None``) or change one respondent's two monthly incomes (rupiah)."""
    require(actor, "evaluation.enter")
    with db.write() as s:
        sv = _survey_row(s, survey_id)
        name, member_id, first, second = _income_row(s, sv, name, member_id, first, second, who="")
        if member_id is not None and s.scalar(select(EvalIncomeRow.id).where(
                EvalIncomeRow.survey_id == survey_id, EvalIncomeRow.member_id == member_id,
                EvalIncomeRow.id != (row_id or 0))):
            raise UserError(f"{name} sudah tercantum pada survei '{sv.title}'.", field="member_id")
        if row_id is None:
            position = (s.scalar(select(func.max(EvalIncomeRow.position))
                                 .where(EvalIncomeRow.survey_id == survey_id)) or 0) + 1
            s.add(EvalIncomeRow(survey_id=survey_id, position=position, name=name,
                                member_id=member_id, first=first, second=second))
            summary = f"{name}: {first} / {second}"
        else:
            row = s.get(EvalIncomeRow, row_id)
            if row is None or row.survey_id != survey_id:
                raise NotFound(f"Baris pendapatan #{row_id} tidak ditemukan.", field="row")
            after = dict(name=name, member_id=member_id, first=first, second=second)
            summary = f"{name}: " + audit.describe_change(
                {k: getattr(row, k) for k in after}, after)
            for key, value in after.items():
                setattr(row, key, value)
        s.flush()
        audit.record(s, actor, action="evaluation.income_row", entity="eval_income_survey",
                     entity_id=survey_id, summary=summary)
        return Outcome(_survey_in(s, survey_id), CHANGED)


def remove_income_row(db: Database, *, actor: Actor, row_id: int) -> Outcome[IncomeSurveyDTO]:
    require(actor, "evaluation.enter")
    with db.write() as s:
        row = s.get(EvalIncomeRow, row_id)
        if row is None:
            raise NotFound(f"Baris pendapatan #{row_id} tidak ditemukan.", field="row")
        survey_id, name = row.survey_id, row.name
        s.delete(row)
        s.flush()
        audit.record(s, actor, action="evaluation.income_row_remove", entity="eval_income_survey",
                     entity_id=survey_id, summary=f"{name} dihapus")
        return Outcome(_survey_in(s, survey_id), CHANGED)


def replace_income_rows(db: Database, *, actor: Actor, survey_id: int,
                        rows: list[tuple[str, int | None, int | None, int | None]]
                        ) -> Outcome[IncomeSurveyDTO]:
    """Replace every row of an income survey with ``rows`` = ``[(name, member_id, first,
    second), ...]`` — all or nothing (the Excel import)."""
    require(actor, "evaluation.enter")
    with db.write() as s:
        return Outcome(replace_income_rows_in(s, actor, survey_id, rows), CHANGED)


def replace_income_rows_in(s: Session, actor: Actor, survey_id: int,
                           rows: Sequence[tuple[str, int | None, int | None, int | None]]
                           ) -> IncomeSurveyDTO:
    """:func:`replace_income_rows` inside the caller's write transaction."""
    sv = _survey_row(s, survey_id)
    prepared = []
    seen: dict[int, int] = {}
    for number, (name, member_id, first, second) in enumerate(rows, start=1):
        label = (name or "").strip()
        who = f"Baris {number}" + (f" ({label})" if label else "")
        row = _income_row(s, sv, name, member_id, first, second, who=who)
        if row[1] is not None:
            if row[1] in seen:
                raise UserError(f"{who}: anggota {row[0]} sudah tercantum pada baris "
                                f"{seen[row[1]]}.", field="member_id")
            seen[row[1]] = number
        prepared.append(row)
    s.execute(delete(EvalIncomeRow).where(EvalIncomeRow.survey_id == survey_id))
    if prepared:
        s.execute(insert(EvalIncomeRow), [
            dict(survey_id=survey_id, position=n, name=name, member_id=member_id,
                 first=first, second=second)
            for n, (name, member_id, first, second) in enumerate(prepared, start=1)])
    audit.record(s, actor, action="evaluation.income_replace", entity="eval_income_survey",
                 entity_id=survey_id, summary=f"{sv.title}: {len(prepared)} baris")
    return _survey_in(s, survey_id)


def income_pairs(survey: IncomeSurveyDTO) -> tuple[list[int], list[int]]:
    """The (first, second) values of the rows to test: wholly blank rows are skipped; a row
    with only one half raises :class:`UserError` naming the respondent."""
    first: list[int] = []
    second: list[int] = []
    for number, row in enumerate(survey.rows, start=1):
        if row.first is None and row.second is None:
            continue
        if row.first is None or row.second is None:
            missing = survey.first_label if row.first is None else survey.second_label
            raise UserError(
                f"Baris {number} ({row.name}): pendapatan {missing} belum diisi; setiap "
                "responden harus memiliki kedua nilai (atau kosongkan keduanya).",
                field="first" if row.first is None else "second", code="ttest_missing_value")
        first.append(row.first)
        second.append(row.second)
    return first, second


def income_ttest(db: Database, survey_id: int) -> PairedTTestResult:
    """The paired-sample t-test of the survey (second − first), as SPSS reports it."""
    survey = get_income_survey(db, survey_id)
    first, second = income_pairs(survey)
    return paired_t_test(first, second, first_label=survey.first_label,
                         second_label=survey.second_label)


# ---------------------------------------------------------------- report notes

def get_report_notes(db: Database) -> ReportNotesDTO:
    with db.read() as s:
        row = s.get(EvalReportNotes, 1)
        if row is None:
            return ReportNotesDTO()
        return ReportNotesDTO(row.process_notes, row.conclusions, row.recommendations)


def save_report_notes(db: Database, *, actor: Actor, notes: ReportNotesDTO) -> Outcome[ReportNotesDTO]:
    """The chair's texts for the evaluation report."""
    require(actor, "evaluation.manage")
    values = dict(process_notes=(notes.process_notes or "").strip(),
                  conclusions=(notes.conclusions or "").strip(),
                  recommendations=(notes.recommendations or "").strip())
    for key, value in values.items():
        if len(value) > 20_000:
            raise UserError("Catatan terlalu panjang (paling banyak 20.000 karakter).", field=key)
    with db.write() as s:
        row = s.get(EvalReportNotes, 1)
        if row is None:
            row = EvalReportNotes(id=1, updated_at=_now(), **values)
            s.add(row)
            changed = [k for k, v in values.items() if v]
        else:
            changed = [k for k, v in values.items() if getattr(row, k) != v]
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at = _now()
        s.flush()
        audit.record(s, actor, action="evaluation.notes", entity="eval_report_notes", entity_id=1,
                     summary="diubah: " + (", ".join(changed) or "tidak ada"))
        return Outcome(ReportNotesDTO(**values), CHANGED)
