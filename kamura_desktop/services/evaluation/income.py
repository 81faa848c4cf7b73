"""Income surveys and the paired t-test.

Each respondent's monthly net income at two points (labels editable, e.g. "Sebelum
Covid-19" / "Setelah Covid-19"); :func:`income_ttest` is
:func:`kamura_desktop.domain.stats.paired_t_test` on the rows with both values
(difference = second − first).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.evaluation import EvalIncomeRow, EvalIncomeSurvey
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.limits import check_amount
from kamura_desktop.domain.stats import PairedTTestResult, paired_t_test

from .. import audit
from ..actor import Actor
from ..changes import Outcome
from ..permissions import require
from .base import _MAX_TITLE, CHANGED, _check_date, _now, _person, _text

# column width of the labels (the service refuses longer text rather than truncating it)
_MAX_LABEL = 80


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
    check_amount(value, field=field, label=f"{who}: pendapatan {label}", allow_zero=True)
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
