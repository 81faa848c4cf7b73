"""The evaluation report: assembles its DTOs and writes the PDF and Excel workbook (issue 7).

* :func:`evaluation_report_data` gathers, for a period, the programme summary (read here from
  the credit book: participants, poor-family members, groups, cycles, money disbursed), the
  chair's notes (:func:`evaluation.get_report_notes`), each survey round's IKM
  (:func:`evaluation.round_result`), each income survey's t-test
  (:func:`evaluation.income_ttest`), the portfolio (:func:`collected_and_due_by` — the
  repayment book's rate counting only payments made by the period's end —,
  :func:`repayments.loan_standings`, :mod:`~kamura_desktop.domain.portfolio`,
  :func:`lender_pool.revolving_fund_development`) and :func:`mentoring.mentoring_summary`
  (as :func:`mentoring_section`, which the annual report prints too).
* :func:`write_evaluation_report_pdf` and :func:`write_evaluation_report_xlsx` are generators
  yielding ``(done, total, text)``; iterate them to the end to write the file (the path is
  their return value).
* :func:`write_ikm_pdf` and :func:`write_ttest_pdf` print one result on its own (the CLI's
  ``--pdf`` and the Evaluasi page); :func:`write_ikm_xlsx` writes one round's IKM workbook.

Rounds and surveys default to those held within the period; a round whose IKM cannot be
computed yet (an item nobody answered) or a survey whose t-test cannot (fewer than two pairs)
is printed with the reason instead of stopping the whole report. Reading and printing change
nothing; with an ``actor`` the read permission "evaluation.view" is checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import User
from kamura_desktop.db.models.credit import (
    BorrowerGroup,
    Credit,
    CreditApplication,
    CreditFunding,
)
from kamura_desktop.db.models.lender import LenderProfile
from kamura_desktop.db.models.membership import Member
from kamura_desktop.db.models.repayment import Repayment
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.ikm import IkmResult
from kamura_desktop.domain.instruments import Scale, get_scale
from kamura_desktop.domain.portfolio import (
    STANDARD_PAR_DAYS,
    aging_by_kol,
    par_summary,
    pnpm_indicators,
    repayment_rate,
)
from kamura_desktop.domain.stats import PairedTTestResult

from . import evaluation, lender_pool, mentoring, repayments
from . import settings as settings_service
from .actor import Actor
from .permissions import require

if TYPE_CHECKING:
    from kamura_desktop.documents.evaluation_report import (
        EvaluationReport,
        IkmSection,
        PortfolioSection,
        ProgrammeSummary,
        TTestSection,
    )
    from kamura_desktop.documents.report_inputs import MentoringSection


Progress = Generator[tuple[int, int, str], None, Path]

#: the contract's name for the report's DTO: the dataclass lives with its printout and is
#: handed out from here on first use, so that opening the books imports no ReportLab
_DOCUMENT_NAMES = {"EvaluationReportDTO": "EvaluationReport"}


def __getattr__(name: str):
    if name in _DOCUMENT_NAMES:
        from kamura_desktop.documents import evaluation_report as doc

        return getattr(doc, _DOCUMENT_NAMES[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    *_DOCUMENT_NAMES,
    "collected_and_due_by",
    "evaluation_report_data",
    "mentoring_section",
    "portfolio_section",
    "programme_summary",
    "write_evaluation_report_pdf",
    "write_evaluation_report_xlsx",
    "write_ikm_pdf",
    "write_ttest_pdf",
]


#: the letterhead when no database is given (``kamura eval ttest FILE --pdf`` on a file)
_BLANK_PROFILE = settings_service.CooperativeProfile(
    name="Kamura Desktop", short_name="", address="", village="", district="", regency="", province="",
    legal_number="", phone="", founded_year=None)


def _profile(db: Database | None) -> settings_service.CooperativeProfile:
    return _BLANK_PROFILE if db is None else settings_service.get_profile(db)


def _check_period(date_from: dt.date, date_to: dt.date) -> None:
    if date_to < date_from:
        raise UserError("Tanggal akhir periode tidak boleh sebelum tanggal awal.", field="date_to")


# ---------------------------------------------------------------- single printouts

def _scale_of(db: Database | None, code: str, scale: Scale | None = None) -> Scale:
    """The scale a result was computed on: given, or found by code (an office scale lives in
    the books, so a database is needed to find it)."""
    if scale is not None and scale.code == code:
        return scale
    if db is None:
        return get_scale(code)
    return evaluation.scale_by_code(db, code)


def _ikm_section(*, title: str, instrument: evaluation.InstrumentDTO, result: IkmResult, held_on: dt.date | None = None,
                 respondents: int | None = None, complete: int | None = None, notes: str = "",
                 scale: Scale | None = None) -> IkmSection:
    from kamura_desktop.documents.evaluation_report import IkmSection

    n = result.respondents if respondents is None else respondents
    return IkmSection(
        title=title, instrument_code=instrument.code, instrument_name=instrument.name,
        respondent_kind=instrument.respondent_kind, held_on=held_on,
        respondents=n, complete=(n - result.blank_rows) if complete is None else complete,
        scale=scale if scale is not None else get_scale(result.scale_code), result=result,
        notes=notes)


def write_ikm_pdf(db: Database | None, *, instrument: evaluation.InstrumentDTO, result: IkmResult, title: str,
                  path: Path | str, held_on: dt.date | None = None, scale: Scale | None = None) -> Path:
    """Print one round's IKM: item and indicator tables, NP, IKM, category, converted score
    and the charts. ``scale``: the scale of the result (found by its code in ``db`` when not
    given)."""

    from kamura_desktop.documents.evaluation_report import build_ikm_pdf

    section = _ikm_section(title=title, instrument=instrument, result=result, held_on=held_on,
                           scale=_scale_of(db, result.scale_code, scale))
    return build_ikm_pdf(path, profile=_profile(db), section=section, title=title)


def write_ikm_xlsx(db: Database, *, round_id: int, path: Path | str,
                   actor: Actor | None = None) -> Path:
    """One round's IKM as a workbook (the Hasil IKM tab's "Simpan Excel"): per item (answered,
    total, mean, mean × NP), per indicator (total, mean, category), NP, IKM, category and the
    converted score where the scale has one, the answers a row per respondent, and the
    scale's category table — numbers as numbers. Raises :class:`UserError` when the IKM
    cannot be computed yet (no respondent, an item nobody answered)."""

    from kamura_desktop.documents.evaluation_report import RespondentAnswers, write_ikm_workbook

    if actor is not None:
        require(actor, "evaluation.view")
    rnd = evaluation.get_round(db, round_id)
    instrument = evaluation.get_instrument(db, rnd.instrument_id)
    result = evaluation.round_result(db, round_id)
    respondents = evaluation.round_respondents(db, round_id)
    section = _ikm_section(title=rnd.title, instrument=instrument, result=result,
                           held_on=rnd.held_on, respondents=rnd.respondents,
                           complete=rnd.complete, notes=rnd.notes, scale=rnd.scale)
    return write_ikm_workbook(path, section=section, organisation=_profile(db).name,
                              respondents=tuple(RespondentAnswers(r.name, r.answers) for r in respondents))


def write_ttest_pdf(db: Database | None, *, result: PairedTTestResult, first_label: str, second_label: str,
                    title: str, path: Path | str, held_on: dt.date | None = None) -> Path:
    """Print one paired-sample t-test as SPSS lays it out, with the decision in words."""

    from kamura_desktop.documents.evaluation_report import TTestSection, build_ttest_pdf

    section = TTestSection(title=title, held_on=held_on, first_label=first_label, second_label=second_label,
                           rows=result.n, result=result)
    return build_ttest_pdf(path, profile=_profile(db), section=section, title=title)


# ---------------------------------------------------------------- the report's data

def _in_period(on: dt.date, date_from: dt.date, date_to: dt.date) -> bool:
    return date_from <= on <= date_to


def _ikm_sections(db: Database, rounds: list, instruments: dict) -> tuple[IkmSection, ...]:
    from kamura_desktop.documents.evaluation_report import IkmSection

    out = []
    for r in rounds:
        inst = instruments.get(r.instrument_id)
        scale = r.scale
        result, error = None, None
        try:
            result = evaluation.round_result(db, r.id)
        except UserError as exc:
            error = str(exc)
        out.append(IkmSection(
            title=r.title, instrument_code=r.instrument_code, instrument_name=r.instrument_name,
            respondent_kind=inst.respondent_kind if inst else "lainnya", held_on=r.held_on,
            respondents=r.respondents, complete=r.complete, scale=scale, result=result, notes=r.notes or "",
            error=error))
    return tuple(out)


def _ttest_sections(db: Database, surveys: list) -> tuple[TTestSection, ...]:
    from kamura_desktop.documents.evaluation_report import IncomePair, TTestSection

    out = []
    for sv in surveys:
        result, error = None, None
        try:
            result = evaluation.income_ttest(db, sv.id)
        except UserError as exc:
            error = str(exc)
        pairs = tuple(IncomePair(row.first, row.second) for row in sv.rows
                      if row.first is not None or row.second is not None)
        out.append(TTestSection(title=sv.title, held_on=sv.held_on, first_label=sv.first_label,
                                second_label=sv.second_label, rows=len(pairs), result=result, pairs=pairs,
                                error=error))
    return tuple(out)


def programme_summary(db: Database, *, date_from: dt.date, date_to: dt.date) -> ProgrammeSummary:
    """Participants, poor-family members, groups, cycles and money of the credits disbursed in
    the period, with the membership and lender counts at its end."""
    with db.read() as s:
        return _summary_in(s, date_from, date_to)


def _summary_in(s: Session, date_from: dt.date, date_to: dt.date) -> ProgrammeSummary:
    from kamura_desktop.documents.evaluation_report import GroupLine, ProgrammeSummary

    disbursed = (Credit.disbursed_on.is_not(None), Credit.disbursed_on >= date_from,
                 Credit.disbursed_on <= date_to)
    rows = s.execute(
        select(Credit.id, Credit.member_id, Credit.principal, CreditApplication.id, BorrowerGroup.id,
               BorrowerGroup.code, BorrowerGroup.name, BorrowerGroup.kind, Member.poor_family, Member.sex)
        .join(CreditApplication, CreditApplication.id == Credit.application_id)
        .join(BorrowerGroup, BorrowerGroup.id == CreditApplication.group_id)
        .join(Member, Member.id == Credit.member_id)
        .where(*disbursed)
        .order_by(BorrowerGroup.code)).all()
    participants: dict[int, tuple[bool, str]] = {}
    groups: dict[int, dict] = {}
    for _cid, mid, principal, app_id, gid, code, name, kind, poor, sex in rows:
        participants[mid] = (bool(poor), sex)
        g = groups.setdefault(gid, {"code": code, "name": name, "kind": kind, "members": {}, "apps": set(),
                                    "disbursed": 0})
        g["members"][mid] = bool(poor)
        g["apps"].add(app_id)
        g["disbursed"] += principal
    lines = tuple(GroupLine(g["code"], g["name"], g["kind"], len(g["members"]), sum(g["members"].values()),
                            len(g["apps"]), g["disbursed"]) for g in groups.values())
    repaid = s.scalar(select(func.coalesce(func.sum(Repayment.amount), 0))
                      .where(Repayment.on_date >= date_from, Repayment.on_date <= date_to)) or 0
    lender_funded = s.scalar(
        select(func.coalesce(func.sum(CreditFunding.amount), 0))
        .join(Credit, Credit.id == CreditFunding.credit_id)
        .where(CreditFunding.source == "lender", CreditFunding.released_at.is_(None), *disbursed)) or 0
    members_active = s.scalar(select(func.count(Member.id)).where(
        Member.status.in_(("active", "left")), Member.joined_on <= date_to,
        (Member.left_on.is_(None)) | (Member.left_on > date_to))) or 0
    members_joined = s.scalar(select(func.count(Member.id)).where(
        Member.status.in_(("active", "left")), Member.joined_on >= date_from, Member.joined_on <= date_to)) or 0
    lenders = s.scalar(select(func.count(LenderProfile.member_id)).where(
        LenderProfile.active.is_(True), LenderProfile.registered_on <= date_to)) or 0
    return ProgrammeSummary(
        members_active=members_active, members_joined=members_joined, participants=len(participants),
        poor_family=sum(poor for poor, _ in participants.values()),
        women=sum(sex == "P" for _, sex in participants.values()), groups=len(groups),
        cycles=sum(line.cycles for line in lines), credits=len(rows), disbursed=sum(r[2] for r in rows),
        repaid=int(repaid), lenders=lenders, lender_funded=int(lender_funded), group_lines=lines)


def collected_and_due_by(db: Database, *, date_from: dt.date, date_to: dt.date) -> tuple[int, int]:
    """Money paid by the end of the period towards the instalments due in it ÷ the amount due
    (:func:`repayments.collected_and_due`, the one definition the reports share)."""
    return repayments.collected_and_due(db, date_from=date_from, date_to=date_to)


def portfolio_section(db: Database, *, date_from: dt.date, date_to: dt.date) -> PortfolioSection:
    """Repayment rate of the period, the loan book on its last day (principal as the base of
    PAR and the classes, the service still owed beside it), the revolving fund."""

    from kamura_desktop.documents.evaluation_report import PortfolioSection

    collected, due = collected_and_due_by(db, date_from=date_from, date_to=date_to)
    with db.read() as s:
        rs = repayments.rule_set(s)
        standings = repayments.standings_in_session(s, date_to)
    positions = [st.position() for st in standings]
    pnpm = pnpm_indicators(positions)
    years = tuple(y for y in lender_pool.revolving_fund_development(db) if y.year <= date_to.year)
    return PortfolioSection(
        as_of=date_to, rule_set_name=rs.name, repayment=repayment_rate(collected, due), loans=len(standings),
        outstanding=sum(st.principal_outstanding for st in standings),
        service_outstanding=sum(st.service_outstanding for st in standings),
        by_kol=tuple(aging_by_kol(positions, rs)),
        par=tuple(par_summary(positions, STANDARD_PAR_DAYS).items()), pnpm_lar=pnpm.lar, pnpm_par=pnpm.par,
        pnpm_rr=pnpm.rr, fund_years=years)


def mentoring_section(db: Database, *, date_from: dt.date, date_to: dt.date) -> MentoringSection:
    """The mentoring book's figures for the period (:func:`mentoring.mentoring_summary`) as the
    evaluation and annual reports print them."""

    from kamura_desktop.documents.report_inputs import MentoringGroupLine, MentoringSection

    m = mentoring.mentoring_summary(db, date_from=date_from, date_to=date_to)
    groups = tuple(MentoringGroupLine(g.group_code, g.group_name, g.meetings, g.attendance_pct)
                   for g in m.meetings_by_group)
    return MentoringSection(meetings=m.meetings, groups_met=m.groups_met, attendance=m.attendance_rate,
                            home_visits=m.home_visits, followups_open=m.followups_open,
                            followups_done=m.followups_done, by_group=groups)


def _only_user(s: Session, role: str) -> str | None:
    names = list(s.scalars(select(User.full_name).where(User.role == role, User.active.is_(True))
                           .order_by(User.id).limit(2)))
    return names[0] if len(names) == 1 else None


def _officer(s: Session, role: str, tkm_role: str) -> str | None:
    """The chair/treasurer's name: the one active user with that role, else the TKM member."""
    return _only_user(s, role) or s.scalar(
        select(Member.name).where(Member.tkm_role == tkm_role, Member.status == "active")
        .order_by(Member.id).limit(1))


def evaluation_report_data(db: Database, *, date_from: dt.date, date_to: dt.date,
                           round_ids: list[int] | None = None, survey_ids: list[int] | None = None,
                           actor: Actor | None = None) -> EvaluationReport:
    """Everything the evaluation report prints. ``round_ids``/``survey_ids`` choose the survey
    rounds and income surveys (in that order); None takes those held in the period."""
    if actor is not None:
        require(actor, "evaluation.view")
    return _drain(_report_steps(db, date_from=date_from, date_to=date_to, round_ids=round_ids,
                                survey_ids=survey_ids))


def _report_steps(db: Database, *, date_from: dt.date, date_to: dt.date, round_ids: list[int] | None,
                  survey_ids: list[int] | None) -> Generator[tuple[int, str], None, EvaluationReport]:
    """Gathers the report, yielding ``(steps done, text)`` between the slow parts."""

    from kamura_desktop.documents.evaluation_report import EvaluationReport, ReportNotes

    _check_period(date_from, date_to)
    all_rounds = evaluation.list_rounds(db)
    if round_ids is None:
        rounds = sorted((r for r in all_rounds if _in_period(r.held_on, date_from, date_to)),
                        key=lambda r: (r.held_on, r.id))
    else:
        by_id = {r.id: r for r in all_rounds}
        missing = [i for i in round_ids if i not in by_id]
        if missing:
            raise UserError(f"Putaran survei #{missing[0]} tidak ditemukan.", field="round_ids")
        rounds = [by_id[i] for i in round_ids]
    all_surveys = evaluation.list_income_surveys(db)
    if survey_ids is None:
        surveys = sorted((sv for sv in all_surveys if _in_period(sv.held_on, date_from, date_to)),
                         key=lambda sv: (sv.held_on, sv.id))
    else:
        by_id = {sv.id: sv for sv in all_surveys}
        missing = [i for i in survey_ids if i not in by_id]
        if missing:
            raise UserError(f"Survei pendapatan #{missing[0]} tidak ditemukan.", field="survey_ids")
        surveys = [by_id[i] for i in survey_ids]
    # full rows of each survey (the list may hold them already; get_income_survey always does)
    surveys = [evaluation.get_income_survey(db, sv.id) for sv in surveys]
    instruments = {i.id: i for i in evaluation.list_instruments(db)}

    summary = programme_summary(db, date_from=date_from, date_to=date_to)
    yield 1, "Ringkasan program"
    ikm = _ikm_sections(db, rounds, instruments)
    yield 2, "Indeks kepuasan (IKM)"
    ttests = _ttest_sections(db, surveys)
    yield 3, "Uji-t pendapatan"
    portfolio = portfolio_section(db, date_from=date_from, date_to=date_to)
    yield 4, "Portofolio pinjaman"
    mentoring_part = mentoring_section(db, date_from=date_from, date_to=date_to)
    notes = evaluation.get_report_notes(db)
    with db.read() as s:
        chair = _officer(s, "ketua", "Ketua")
        treasurer = _officer(s, "bendahara", "Bendahara")
        secretary = s.scalar(select(Member.name).where(Member.tkm_role == "Sekretaris",
                                                       Member.status == "active").limit(1))
    report = EvaluationReport(
        profile=settings_service.get_profile(db), date_from=date_from, date_to=date_to,
        prepared_on=dt.date.today(), summary=summary,
        notes=ReportNotes(notes.process_notes, notes.conclusions, notes.recommendations), ikm=ikm,
        ttests=ttests, portfolio=portfolio, mentoring=mentoring_part, chair=chair, treasurer=treasurer,
        secretary=secretary)
    yield 5, "Pendampingan dan catatan"
    return report


_GATHER_STEPS = 5


def _drain(steps: Generator) -> EvaluationReport:
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def write_evaluation_report_pdf(db: Database, *, path: Path | str, date_from: dt.date, date_to: dt.date,
                                round_ids: list[int] | None = None, survey_ids: list[int] | None = None,
                                actor: Actor | None = None) -> Progress:
    """Write the evaluation report PDF; yields ``(done, total, text)`` and returns the path."""

    from kamura_desktop.documents.evaluation_report import build_evaluation_report

    if actor is not None:
        require(actor, "evaluation.view")
    total = _GATHER_STEPS + 2
    yield 0, total, "Mengumpulkan data"
    steps = _report_steps(db, date_from=date_from, date_to=date_to, round_ids=round_ids,
                          survey_ids=survey_ids)
    while True:
        try:
            done, text = next(steps)
        except StopIteration as stop:
            report = stop.value
            break
        yield done, total, text
    yield _GATHER_STEPS + 1, total, "Menyusun PDF"
    out = build_evaluation_report(path, report)
    yield total, total, "Selesai"
    return out


def write_evaluation_report_xlsx(db: Database, *, path: Path | str, date_from: dt.date, date_to: dt.date,
                                 round_ids: list[int] | None = None, survey_ids: list[int] | None = None,
                                 actor: Actor | None = None) -> Progress:
    """Write the report's tables to a workbook; yields ``(done, total, text)``, returns the path."""

    from kamura_desktop.documents.evaluation_report import write_evaluation_workbook

    if actor is not None:
        require(actor, "evaluation.view")
    yield 0, _GATHER_STEPS + 1, "Mengumpulkan data"
    steps = _report_steps(db, date_from=date_from, date_to=date_to, round_ids=round_ids,
                          survey_ids=survey_ids)
    while True:
        try:
            done, text = next(steps)
        except StopIteration as stop:
            report = stop.value
            break
        yield done, _GATHER_STEPS + 1, text
    writer = write_evaluation_workbook(path, report)
    while True:
        try:
            done, sheets, text = next(writer)
        except StopIteration as stop:
            out = stop.value
            break
        yield _GATHER_STEPS + done, _GATHER_STEPS + sheets, text if done == sheets else f"Lembar {text}"
    return out
