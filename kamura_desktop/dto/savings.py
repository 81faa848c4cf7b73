"""A member's savings as printed: balances, transactions, the kwitansi and the statement
(``services.savings`` builds these and re-exports them; ``documents.receipts`` and
``documents.passbook`` draw them).

``TX_LABELS`` is the one table of transaction labels: later books add theirs to it
(``savings.TX_LABELS`` is this dict).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kamura_desktop.domain.wajib import WajibStatus

KINDS = ("pokok", "wajib", "sukarela")
KIND_LABELS = {"pokok": "Simpanan Pokok", "wajib": "Simpanan Wajib", "sukarela": "Simpanan Sukarela"}
TX_LABELS = {"setoran": "Setoran", "penarikan": "Penarikan", "saldo_awal": "Saldo awal",
             "pengembalian": "Pengembalian (keluar)", "pembalikan": "Pembalikan", "shu": "SHU"}


@dataclass(frozen=True)
class SavingsBalances:
    member_id: int
    as_of: dt.date
    pokok: int
    wajib: int
    sukarela: int
    sukarela_held: int
    pokok_required: int
    wajib_status: WajibStatus

    @property
    def sukarela_available(self) -> int:
        return max(0, self.sukarela - self.sukarela_held)

    @property
    def pokok_outstanding(self) -> int:
        return max(0, self.pokok_required - self.pokok)

    @property
    def wajib_arrears(self) -> int:
        return self.wajib_status.arrears

    @property
    def total(self) -> int:
        return self.pokok + self.wajib + self.sukarela


@dataclass(frozen=True)
class SavingsTxDTO:
    id: int
    member_id: int
    kind: str
    tx_type: str
    on_date: dt.date
    amount: int
    receipt_no: str | None
    note: str | None
    reversal_of_id: int | None
    reversed_by_id: int | None
    journal_number: str | None
    cashier: str

    @property
    def label(self) -> str:
        return f"{TX_LABELS[self.tx_type]} {KIND_LABELS[self.kind].split()[-1].lower()}"


@dataclass(frozen=True)
class Receipt:
    """What a kwitansi prints."""

    receipt_no: str
    tx_id: int
    member_id: int
    member_number: str
    member_name: str
    kind: str
    tx_type: str
    amount: int  # positive, as handed over
    on_date: dt.date
    balance_after: int
    cashier: str
    journal_number: str
    note: str | None

    @property
    def title(self) -> str:
        return "Bukti Kas Keluar" if self.tx_type == "penarikan" else "Kwitansi Setoran"


@dataclass(frozen=True)
class StatementLine:
    tx: SavingsTxDTO
    balance: int  # running balance of this kind after the line


@dataclass(frozen=True)
class Statement:
    member_id: int
    date_from: dt.date
    date_to: dt.date
    opening: dict[str, int]
    lines: dict[str, tuple[StatementLine, ...]]
    closing: dict[str, int]
