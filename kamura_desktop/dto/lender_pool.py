"""The lender pool as printed: the lender's statement, the revolving fund year by year and its
grants, the group fact sheet (``services.lender_pool`` builds these and re-exports them;
``documents.lender_docs`` and the annual and evaluation reports draw them). The fact sheet
holds no NIK, and nor does the print.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# ---------------------------------------------------------------- the lender's statement

@dataclass(frozen=True)
class LenderCreditLine:
    """One credit the lender funded, as of the statement's end date."""

    credit_number: str
    group_code: str
    group_name: str
    borrower_name: str
    disbursed_on: dt.date
    status: str  # label: Berjalan, Lunas, Dihapusbukukan
    part: int
    returned: int
    earned: int
    lost: int
    days_past_due: int | None
    kolektibilitas: int | None  # None when repaid or written off by the end date

    @property
    def outstanding(self) -> int:
        """The lender's money still out in this credit (at risk)."""
        return max(0, self.part - self.returned - self.lost)


@dataclass(frozen=True)
class LenderMovement:
    on_date: dt.date
    description: str
    amount: int
    balance: int


@dataclass(frozen=True)
class RiskBucket:
    kolektibilitas: int
    label: str
    credits: int
    amount: int


@dataclass(frozen=True)
class PendingCommitment:
    credit_number: str
    group_code: str
    borrower_name: str
    amount: int


@dataclass(frozen=True)
class LenderStatement:
    member_id: int
    number: str
    name: str
    address: str
    registered_on: dt.date | None
    max_per_group: int | None
    preferred_trades: tuple[str, ...]
    date_from: dt.date
    date_to: dt.date
    opening: int  # sukarela on the day before date_from
    closing: int  # sukarela at the end of date_to
    deposits: int  # in the period
    withdrawals: int
    deployed: int
    returned: int
    earned: int
    lost: int  # write-offs dated in the period
    movements: tuple[LenderMovement, ...]
    credits: tuple[LenderCreditLine, ...]
    risk: tuple[RiskBucket, ...]  # the money still out, by kolektibilitas class
    pending: tuple[PendingCommitment, ...]  # committed today, not yet disbursed
    share_pct: int

    @property
    def at_risk(self) -> int:
        return sum(b.amount for b in self.risk)

    @property
    def returned_to_date(self) -> int:
        return sum(c.returned for c in self.credits)

    @property
    def earned_to_date(self) -> int:
        return sum(c.earned for c in self.credits)

    @property
    def lost_to_date(self) -> int:
        return sum(c.lost for c in self.credits)

    @property
    def deployed_to_date(self) -> int:
        return sum(c.part for c in self.credits)


# ---------------------------------------------------------------- the revolving fund

@dataclass(frozen=True)
class FundYear:
    year: int
    grants: int
    lent: int  # principal disbursed from the revolving fund that year
    repaid: int  # its principal repaid that year
    income: int  # its service income that year
    losses: int  # its write-offs that year
    capital_end: int  # grants + income − losses, cumulative to the end of the year
    outstanding_end: int  # revolving-fund loans outstanding at the end of the year
    loans: int = 0  # credits disbursed (in part) from the revolving fund that year


@dataclass(frozen=True)
class FundGrant:
    on_date: dt.date
    journal_number: str
    description: str
    amount: int  # negative for a reversal


# ---------------------------------------------------------------- the group fact sheet

@dataclass(frozen=True)
class FactSheetMember:
    """A borrower as the fact sheet shows them: no NIK, no KK, no phone."""

    name: str
    sex: str
    trade: str | None
    kampung: str | None
    rt: str | None
    member_since: dt.date
    is_leader: bool
    amount: int
    purpose: str | None
    cycles_before: int
    eligible: bool


@dataclass(frozen=True)
class PastCycle:
    """One earlier credit round of the group and how it was repaid."""

    application_number: str
    product_name: str
    disbursed_on: dt.date
    members: int
    principal: int
    total_due: int
    due_so_far: int  # instalments fallen due by the sheet's date
    paid: int
    instalments: int  # every member's instalments together
    on_time: int  # paid in full by their due date
    late: int  # paid in full after their due date, or due and still unpaid
    max_days_late: int
    status: str  # Lunas | Berjalan | Dihapusbukukan
    kolektibilitas: int | None  # the worst class of its running credits today

    @property
    def repayment_rate(self) -> float:
        """Collected ÷ due so far (1.0 when nothing has fallen due yet)."""
        return min(self.paid, self.due_so_far) / self.due_so_far if self.due_so_far else 1.0


@dataclass(frozen=True)
class GroupFactSheet:
    as_of: dt.date
    application_id: int
    application_number: str
    application_status: str
    prepared_on: dt.date
    group_code: str
    group_name: str
    group_kind: str
    formed_on: dt.date
    kampung: str | None
    rt: str | None
    rw: str | None
    meeting_day: str | None
    meeting_place: str | None
    leader_name: str
    supervisors: tuple[str, ...]
    product_name: str
    credit_kind: str  # in_kind | cash
    instalments: int
    frequency: str
    instalment_amount: int  # one member's regular instalment
    service_total: int  # all members together
    package_items: tuple[str, ...]
    members: tuple[FactSheetMember, ...]
    amount_asked: int
    funded_own: int
    funded_revolving: int
    committed_lenders: int
    lenders: int
    past_cycles: tuple[PastCycle, ...]
    kolektibilitas: int | None  # the worst class of the group's running credits today
    kolektibilitas_label: str | None

    @property
    def gap(self) -> int:
        return self.amount_asked - self.funded_own - self.funded_revolving - self.committed_lenders

    @property
    def purposes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.purpose for m in self.members if m.purpose))

    @property
    def trades(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.trade for m in self.members if m.trade))
