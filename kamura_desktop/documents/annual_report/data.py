"""What the annual report prints: the frozen inputs ``services.annual_report`` gathers for one
financial year (it re-exports them under the same names).

The parts other books make are carried as those books give them, as their own DTOs from
:mod:`kamura_desktop.dto`: the profile (``settings.CooperativeProfile``), the revolving fund's
years (``lender_pool.FundYear``), the statements (``accounting``) and the SHU
(``shu.ShuDTO``); the mentoring figures come as
``report_inputs.MentoringSection``, the same input the evaluation report prints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from kamura_desktop.domain.portfolio import Ratio
from kamura_desktop.dto.accounting import BalanceSheet, EquityChanges, IncomeStatement
from kamura_desktop.dto.filings import BudgetDTO, CalkNotes, CashFlowStatement, Realisation
from kamura_desktop.dto.lender_pool import FundYear
from kamura_desktop.dto.rat import RatBookDTO
from kamura_desktop.dto.settings import CooperativeProfile
from kamura_desktop.dto.shu import ShuDTO

from ..report_inputs import MentoringSection


@dataclass(frozen=True)
class SexCount:
    male: int = 0
    female: int = 0

    @property
    def total(self) -> int:
        return self.male + self.female


@dataclass(frozen=True)
class MembershipDTO:
    start: SexCount  # members on 1 January
    joined: SexCount  # became members (activated) during the year
    left: SexCount  # left during the year
    end: SexCount  # members on 31 December
    poor_end: SexCount  # of them, poor-family members
    applicants_end: int  # registered, not yet active (pokok not paid) on 31 December


@dataclass(frozen=True)
class Officer:
    role: str  # Ketua | Sekretaris | Bendahara | Ketua Pengawas | Anggota Pengawas
    name: str
    term_start: dt.date | None = None  # from the board register; None: a user of the program
    term_end: dt.date | None = None


@dataclass(frozen=True)
class TkmMember:
    role: str
    number: str
    name: str
    sex: str  # L | P
    poor_family: bool


@dataclass(frozen=True)
class SavingsRow:
    kind: str  # pokok | wajib | sukarela
    label: str
    opening: int  # balance on 1 January (everything before)
    inflow: int  # deposits and other money in during the year (net of their reversals)
    outflow: int  # withdrawals and other money out during the year (positive)
    closing: int  # balance on 31 December
    savers: int  # members with a positive balance on 31 December


@dataclass(frozen=True)
class DisbursedRow:
    product_code: str
    product_name: str
    cycle: int | None  # the borrower's cycle (1 = first credit); None when not recorded
    credits: int
    amount: int


@dataclass(frozen=True)
class KolRow:
    kol: int
    label: str
    credits: int
    outstanding: int  # principal still owed (the base)
    share: Ratio
    service_outstanding: int = 0  # service still owed, beside it


@dataclass(frozen=True)
class ProvisionRowDTO:
    kol: int
    label: str
    loans: int
    base: int  # the amount the rate applies to: own-risk principal outstanding
    pct: Decimal  # the rate in percent
    required: int


@dataclass(frozen=True)
class ProvisionDTO:
    """``provisions.provision_quote`` at 31 December."""

    as_of: dt.date
    rule_set: str  # the rule set's name
    required: int
    booked: int  # balance of Cadangan Kerugian Piutang on 31 December
    change: int  # required − booked: what a provision entry would still post
    rows: tuple[ProvisionRowDTO, ...] = ()


@dataclass(frozen=True)
class CreditDTO:
    disbursed: tuple[DisbursedRow, ...]
    disbursed_credits: int
    disbursed_amount: int
    borrowers: int  # different members who received a credit in the year
    outstanding_credits: int  # running credits on 31 December
    outstanding: int  # the principal they still owe on 31 December (= the receivable, PAR's base)
    collected: int  # paid towards the instalments due in the year
    due: int  # instalments due in the year
    repayment_rate: Ratio
    kol_rule_set: str
    kolektibilitas: tuple[KolRow, ...]
    par: tuple[tuple[int, Ratio], ...]  # (days, PAR) for 1, 30, 90
    written_off_credits: int
    written_off_amount: int
    provision: ProvisionDTO
    service_outstanding: int = 0  # the service still owed on 31 December, shown beside it


@dataclass(frozen=True)
class LenderRow:
    number: str
    name: str
    deployed: int
    returned: int
    earned: int


@dataclass(frozen=True)
class LenderPoolDTO:
    lenders: int  # registered lenders on 31 December
    active_lenders: int  # lenders whose money moved in the year
    deployed: int  # sukarela put into credits in the year
    returned: int  # principal that flowed back in the year
    earned: int  # service shares received in the year
    lost: int  # lenders' shares of write-offs in the year
    out_end: int  # lenders' money still out in credits on 31 December
    capital_received: tuple[tuple[str, int], ...]  # (fund label, amount) received in the year
    rows: tuple[LenderRow, ...]  # each lender with money moving in the year


@dataclass(frozen=True)
class ShuStatus:
    source: str  # stored (a draft, approved or paid distribution) | computed (a proposal) | none
    label: str  # what the report says about it


@dataclass(frozen=True)
class Signers:
    chair: str | None
    secretary: str | None
    treasurer: str | None
    pengawas_chair: str | None = None  # the Pengawas sign their report
    pengawas_members: tuple[str, ...] = ()


@dataclass(frozen=True)
class AnnualReportDTO:
    year: int
    date_from: dt.date
    date_to: dt.date
    profile: CooperativeProfile
    officers: tuple[Officer, ...]
    tkm: tuple[TkmMember, ...]
    membership: MembershipDTO
    savings: tuple[SavingsRow, ...]
    credit: CreditDTO
    lenders: LenderPoolDTO
    fund_years: tuple[FundYear, ...]  # up to the report's year
    mentoring: MentoringSection
    balance_sheet: BalanceSheet  # at 31 Dec, beside the year before
    income_statement: IncomeStatement  # for the year
    equity_changes: EquityChanges  # for the year
    shu: ShuDTO | None  # None when there is nothing to share (shu_status says why)
    shu_status: ShuStatus
    signers: Signers
    year_closed: bool
    # issue 19: the cash flow statement and the notes (BAB VII), the year's budget realisation
    # and next year's RAPB (BAB IX); None when the books have none
    cash_flow: CashFlowStatement | None = None
    calk: CalkNotes | None = None
    realisation: Realisation | None = None
    next_budget: BudgetDTO | None = None
    rat: RatBookDTO | None = None  # issue 18: the meeting (number, date, place) and its texts

    @property
    def savings_total_end(self) -> int:
        return sum(r.closing for r in self.savings)

    @property
    def surplus(self) -> int:
        return self.income_statement.surplus
