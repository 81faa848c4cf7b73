"""What the evaluation printouts print: the frozen inputs ``services.evaluation_report``
builds, holding the domain's own results (:class:`~kamura_desktop.domain.ikm.IkmResult`,
:class:`~kamura_desktop.domain.stats.PairedTTestResult`, :class:`~kamura_desktop.domain.
portfolio.Ratio`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kamura_desktop.domain.ikm import IkmResult
from kamura_desktop.domain.instruments import Scale
from kamura_desktop.domain.portfolio import AgingBucket, Ratio
from kamura_desktop.domain.stats import PairedTTestResult
from kamura_desktop.dto.lender_pool import FundYear
from kamura_desktop.dto.settings import CooperativeProfile

from ..pdf import tanggal
from ..report_inputs import MentoringSection


@dataclass(frozen=True)
class ReportNotes:
    process_notes: str = ""
    conclusions: str = ""
    recommendations: str = ""


@dataclass(frozen=True)
class IkmSection:
    """One survey round and its IKM (``result`` is None when it cannot be computed yet, and
    ``error`` says why, e.g. an item nobody answered)."""

    title: str
    instrument_code: str
    instrument_name: str
    respondent_kind: str  # ksm | upk | lainnya
    held_on: dt.date | None
    respondents: int
    complete: int  # respondents who answered every item
    scale: Scale
    result: IkmResult | None
    notes: str = ""
    error: str | None = None


@dataclass(frozen=True)
class IncomePair:
    """One respondent's two incomes (rupiah a month); the workbook lists them as R01, R02, …"""

    first: int | None
    second: int | None


@dataclass(frozen=True)
class TTestSection:
    """One income survey and its paired-sample t-test (``result`` None with ``error``)."""

    title: str
    held_on: dt.date | None
    first_label: str
    second_label: str
    rows: int  # respondents listed
    result: PairedTTestResult | None
    pairs: tuple[IncomePair, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class GroupLine:
    code: str
    name: str
    kind: str  # peer | ksm
    members: int  # borrowers of the group with a credit disbursed in the period
    poor_family: int
    cycles: int  # group applications disbursed in the period
    disbursed: int


@dataclass(frozen=True)
class ProgrammeSummary:
    members_active: int  # active members at the end of the period
    members_joined: int  # joined during the period
    participants: int  # members with a credit disbursed in the period
    poor_family: int  # of whom from poor families
    women: int
    groups: int
    cycles: int
    credits: int
    disbursed: int  # principal disbursed in the period
    repaid: int  # instalments received in the period (principal and service)
    lenders: int  # registered lenders at the end of the period
    lender_funded: int  # money lenders put into credits disbursed in the period
    group_lines: tuple[GroupLine, ...] = ()


@dataclass(frozen=True)
class PortfolioSection:
    as_of: dt.date
    rule_set_name: str
    repayment: Ratio  # collected ÷ due in the period
    loans: int  # credits still owing on as_of
    outstanding: int  # principal still owed: the base of PAR and the classes (the receivable)
    by_kol: tuple[AgingBucket, ...]
    par: tuple[tuple[int, Ratio], ...]  # (days, ratio)
    pnpm_lar: Ratio | None = None
    pnpm_par: Ratio | None = None
    pnpm_rr: Ratio | None = None
    fund_years: tuple[FundYear, ...] = ()
    service_outstanding: int = 0  # service still owed, shown beside the principal



@dataclass(frozen=True)
class EvaluationReport:
    """Everything the evaluation report prints (``services.evaluation_report``'s DTO)."""

    profile: CooperativeProfile
    date_from: dt.date
    date_to: dt.date
    prepared_on: dt.date
    summary: ProgrammeSummary
    notes: ReportNotes
    ikm: tuple[IkmSection, ...]
    ttests: tuple[TTestSection, ...]
    portfolio: PortfolioSection
    mentoring: MentoringSection
    chair: str | None = None
    treasurer: str | None = None
    secretary: str | None = None

    @property
    def period_text(self) -> str:
        return f"{tanggal(self.date_from)} – {tanggal(self.date_to)}"


@dataclass(frozen=True)
class RespondentAnswers:
    """One respondent's answers in item order (None = not answered), for the IKM workbook."""

    name: str
    answers: tuple[int | None, ...]
