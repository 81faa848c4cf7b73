"""One printed receipt, whatever the money was: a kwitansi for money received (a savings
deposit, an instalment; KW- series) or a bukti kas keluar for money paid out to a member (a
withdrawal, a leaving member's refund, SHU paid in cash; BKK- series).

The services fill :class:`ReceiptDoc` from the posted rows (``services.receipt_print``);
``documents.receipts`` draws it. A reprint carries :class:`Reprint` (when and by whom), and
the paper says "CETAK ULANG" with that date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Reprint:
    at: dt.datetime
    by: str


@dataclass(frozen=True)
class ReceiptDoc:
    receipt_no: str
    cash_out: bool  # a bukti kas keluar (money paid out), else a kwitansi
    what: str  # under the title: "Setoran Simpanan Sukarela", "Angsuran Kredit"
    on_date: dt.date
    member_name: str  # who paid, or who was paid
    member_number: str
    purpose: str  # the "Untuk" row
    amount: int  # positive, as handed over
    rows: tuple[tuple[str, str], ...] = ()  # more (label, value) rows after "Untuk"
    after: str | None = None  # the line under the amount (balance or what is still owed)
    cashier: str = ""
    journal_number: str = ""
    reprint: Reprint | None = None

    @property
    def title(self) -> str:
        return "BUKTI KAS KELUAR" if self.cash_out else "KWITANSI"
