"""Survey rounds, their respondents and answers, and the IKM result.

A round is an instrument + a date + respondents (members or free names), scored on a scale
chosen when the round is made (the instrument's by default). Answers are entered one cell
at a time (:func:`set_answer`) or replaced wholesale from the Excel template
(:func:`replace_round_answers`); a blank is simply no answer. :func:`round_result` is the
IKM of :func:`kamura_desktop.domain.ikm.compute_ikm`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.evaluation import (
    EvalAnswer,
    EvalInstrument,
    EvalItem,
    EvalRespondent,
    EvalRound,
)
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.ikm import IkmResult, compute_ikm
from kamura_desktop.domain.instruments import BUILTIN_SCALES, Scale, get_scale
from kamura_desktop.domain.text import clean_text

from .. import audit
from ..actor import Actor
from ..changes import Outcome
from ..permissions import require
from .base import _MAX_TITLE, CHANGED, _check_date, _now, _person, _text
from .instruments import _instrument_in, _item_ids
from .scales import _office_scale_rows, _scale_in


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
                        scale_code=scale.code, created_at=_now(),
                        notes=clean_text(notes, field="notes", label="Catatan", kind="note",
                                         multiline=True) or "")
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
    notes = clean_text(notes, field="notes", label="Catatan", kind="note", multiline=True) or ""
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


# ---------------------------------------------------------------- respondents and answers

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


# ---------------------------------------------------------------- IKM

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
