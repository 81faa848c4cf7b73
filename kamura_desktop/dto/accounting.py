"""What the financial statements print (``services.accounting`` builds these from the ledger
and re-exports them; ``documents.financial_statements`` and the annual report draw them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

SECTION_ASSETS = "Aset"
SECTION_LIABILITIES = "Liabilitas"
SECTION_EQUITY = "Ekuitas"
SECTION_INCOME = "Pendapatan"
SECTION_EXPENSE = "Beban"


@dataclass(frozen=True)
class StatementLine:
    label: str
    amount: int
    code: str | None = None
    level: int = 0
    is_total: bool = False
    account_codes: tuple[str, ...] = ()  # what the drill-down opens
    group: str = ""  # the balance sheet's group (domain/statement_groups): "Aset lancar", …


@dataclass(frozen=True)
class StatementGroup:
    """A group of a balance-sheet section (current assets, …) with its subtotal."""

    title: str
    total: int


@dataclass(frozen=True)
class StatementSection:
    title: str
    lines: tuple[StatementLine, ...]
    total: int
    groups: tuple[StatementGroup, ...] = ()  # in order; each line names its group

    def group_total(self, title: str) -> int:
        return next((g.total for g in self.groups if g.title == title), 0)


@dataclass(frozen=True)
class BalanceSheet:
    as_of: dt.date
    sections: tuple[StatementSection, ...]  # Aset, Liabilitas, Ekuitas
    total_assets: int
    total_liabilities_equity: int
    balanced: bool
    compare_as_of: dt.date | None = None
    compare: BalanceSheet | None = None
    notes: tuple[str, ...] = ()  # what the reader must know (the surplus closed or not, a provision to adjust)

    def section(self, title: str) -> StatementSection:
        return next(s for s in self.sections if s.title == title)

    @property
    def total_liabilities(self) -> int:
        return self.section(SECTION_LIABILITIES).total

    @property
    def total_equity(self) -> int:
        return self.section(SECTION_EQUITY).total


@dataclass(frozen=True)
class IncomeStatement:
    date_from: dt.date
    date_to: dt.date
    sections: tuple[StatementSection, ...]  # Pendapatan, Beban
    total_income: int
    total_expense: int
    surplus: int  # SHU before tax; year-close entries excluded
    compare: IncomeStatement | None = None  # the same period a year earlier, same lines


@dataclass(frozen=True)
class EquityRow:
    code: str  # "" for the surplus not yet closed
    name: str
    opening: int
    increase: int
    decrease: int
    closing: int
    account_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class EquityChanges:
    date_from: dt.date
    date_to: dt.date
    rows: tuple[EquityRow, ...]
    total_opening: int
    total_increase: int
    total_decrease: int
    total_closing: int
    surplus: int  # the period's SHU (as in the income statement)


@dataclass(frozen=True)
class TBRow:
    code: str
    name: str
    kind: str
    opening_debit: int
    opening_credit: int
    debit: int  # movements in the period
    credit: int
    closing_debit: int
    closing_credit: int


@dataclass(frozen=True)
class TrialBalanceReport:
    date_from: dt.date
    date_to: dt.date
    rows: tuple[TBRow, ...]
    total_opening_debit: int
    total_opening_credit: int
    total_debit: int
    total_credit: int
    total_closing_debit: int
    total_closing_credit: int

    @property
    def balanced(self) -> bool:
        return (self.total_opening_debit == self.total_opening_credit
                and self.total_debit == self.total_credit
                and self.total_closing_debit == self.total_closing_credit)


@dataclass(frozen=True)
class LedgerRow:
    entry_id: int
    date: dt.date
    number: str
    description: str
    debit: int
    credit: int
    balance: int  # running
    source_type: str | None
    account_code: str = ""


@dataclass(frozen=True)
class AccountLedger:
    code: str
    name: str
    kind: str
    date_from: dt.date
    date_to: dt.date
    opening: int  # on the account's normal side
    rows: tuple[LedgerRow, ...] = field(default_factory=tuple)
    closing: int = 0

    @property
    def total_debit(self) -> int:
        return sum(r.debit for r in self.rows)

    @property
    def total_credit(self) -> int:
        return sum(r.credit for r in self.rows)
