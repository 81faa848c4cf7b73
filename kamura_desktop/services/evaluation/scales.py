"""Answer scales: the three built in (:mod:`kamura_desktop.domain.instruments`, read-only)
and the office's own (the ``eval_scales`` tables). The chair makes, copies, changes and
deletes the office's scales; a scale a round uses keeps its points, bands and code, so an
answer always means what it meant when given.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.eval_scales import EvalScale, EvalScaleBand, EvalScalePoint
from kamura_desktop.db.models.evaluation import EvalInstrument, EvalRound
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.instruments import (
    BUILTIN_SCALES,
    ClassifyOn,
    Scale,
    is_builtin_scale,
    make_scale,
)

from .. import audit
from ..actor import Actor
from ..changes import Outcome
from ..permissions import require
from .base import CHANGED, _now

_MAX_SCALE_CODE = 20


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
