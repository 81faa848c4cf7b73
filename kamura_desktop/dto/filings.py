"""What the yearly filings print (issue 19 §2–5): the cash flow statement, the notes to the
financial statements (CALK), the budget (RK/RAPB) and its realisation, the Kemenkop ODS data
sheet and the reminders. Built by ``services.cash_flow``, ``services.budget``, ``services.ods``
and ``services.reminders``; drawn by ``documents.filings``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

# ------------------------------------------------------------------ cash flow (§2)

@dataclass(frozen=True)
class CashFlowLine:
    label: str
    amount: int  # + received, − paid
    account_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class CashFlowSection:
    activity: str  # operasi | investasi | pendanaan
    title: str
    lines: tuple[CashFlowLine, ...]
    net: int


@dataclass(frozen=True)
class CashBalance:
    code: str
    name: str
    amount: int


@dataclass(frozen=True)
class CashFlowStatement:
    date_from: dt.date
    date_to: dt.date
    sections: tuple[CashFlowSection, ...]
    net_change: int
    opening: tuple[CashBalance, ...]  # Kas and Bank on the balance sheet the day before date_from
    closing: tuple[CashBalance, ...]  # Kas and Bank on the balance sheet at date_to
    method: str = "langsung"

    @property
    def opening_total(self) -> int:
        return sum(b.amount for b in self.opening)

    @property
    def closing_total(self) -> int:
        return sum(b.amount for b in self.closing)

    @property
    def reconciled(self) -> bool:
        """Opening cash + the period's net flow = closing cash of the balance sheet."""
        return self.opening_total + self.net_change == self.closing_total

    def section(self, activity: str) -> CashFlowSection:
        return next(s for s in self.sections if s.activity == activity)


@dataclass(frozen=True)
class CalkPolicy:
    title: str
    text: str


@dataclass(frozen=True)
class CalkLine:
    """One balance-sheet line with its figure at the year's end and the year before, and its
    breakdown (label, amount) where the books have one."""

    section: str
    label: str
    code: str
    amount: int
    previous: int
    details: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class CalkNotes:
    year: int
    cooperative: str
    policies: tuple[CalkPolicy, ...]
    lines: tuple[CalkLine, ...]
    free_text: str
    saved_by: str | None
    saved_at: dt.datetime | None


# ------------------------------------------------------------------ budget (§3)

@dataclass(frozen=True)
class BudgetLineDTO:
    code: str
    name: str
    kind: str  # income | expense
    amount: int


@dataclass(frozen=True)
class BudgetDTO:
    year: int
    status: str  # draft | approved
    approved_on: dt.date | None
    approved_by: str | None
    lines: tuple[BudgetLineDTO, ...]
    targets: dict[str, int]
    saved_by: str | None
    saved_at: dt.datetime | None

    @property
    def total_income(self) -> int:
        return sum(x.amount for x in self.lines if x.kind == "income")

    @property
    def total_expense(self) -> int:
        return sum(x.amount for x in self.lines if x.kind == "expense")


@dataclass(frozen=True)
class RealisationRow:
    code: str
    name: str
    kind: str
    budget: int
    actual: int
    difference: int  # actual − budget
    pct: Decimal | None


@dataclass(frozen=True)
class TargetRow:
    key: str
    label: str
    unit: str
    target: int
    actual: int | Decimal
    pct: Decimal | None


@dataclass(frozen=True)
class Realisation:
    year: int
    month: int | None  # None: the whole year (through date_to)
    date_from: dt.date
    date_to: dt.date
    status: str
    approved_on: dt.date | None
    rows: tuple[RealisationRow, ...]
    income: RealisationRow
    expense: RealisationRow
    surplus: RealisationRow
    targets: tuple[TargetRow, ...]


# ------------------------------------------------------------------ ODS (§4)

@dataclass(frozen=True)
class OdsItem:
    no: str
    label: str
    value: int | str | dt.date | None
    unit: str  # orang | rupiah | tanggal | teks
    source: str  # where the program took it from
    confirmed: bool = True  # the field's place in the ministry's form was confirmed


@dataclass(frozen=True)
class OdsSheet:
    year: int
    cooperative: str
    items: tuple[OdsItem, ...]
    notes: tuple[str, ...]

    def value(self, no: str):
        return next(i.value for i in self.items if i.no == no)


# ------------------------------------------------------------------ reminders (§5)

@dataclass(frozen=True)
class ReminderRow:
    kind: str  # besok | tunggakan
    member_id: int
    member_number: str
    member_name: str
    group_code: str
    credit_number: str
    due_date: dt.date  # the instalment due tomorrow, or the oldest one unpaid
    amount: int  # what is due tomorrow, or everything unpaid that is already due
    instalments: int
    days_past_due: int
    kolektibilitas: int
    phone: str | None  # normalised 62…; None: no usable number (listed apart)
    raw_phone: str | None
    message: str
    link: str | None


@dataclass(frozen=True)
class GroupReminder:
    """One group's reminders sent to its leader (joint liability): every member to remind."""

    group_code: str
    leader_name: str | None
    members: int
    total: int
    phone: str | None  # the leader's, normalised; None: no usable number
    raw_phone: str | None
    message: str
    link: str | None


@dataclass(frozen=True)
class ReminderLetter:
    level: int  # 1, 2, 3
    number: str  # the letter's number
    credit_number: str
    member_name: str
    member_number: str
    address: str
    group_code: str
    leader_name: str | None
    principal_outstanding: int
    overdue_amount: int
    oldest_due: dt.date | None
    days_past_due: int
    kolektibilitas: int
    kol_label: str
    pay_by: dt.date
    letter_date: dt.date
