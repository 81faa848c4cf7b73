"""Table models of the repayment windows, fed with DTOs from the services (Vorta's pattern).

DisplayRole is formatted for people (``Rp4.200``, ``28 Maret 2024``); ``SORT_ROLE`` gives the
raw value (int rupiah, ``date``) for sorting and for tests; ``ID_ROLE`` the row's id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services.credits import CreditDTO
from kamura_desktop.services.repayments import (
    CoverDebt,
    CreditStatement,
    InstalmentView,
    LoanStanding,
)

from ..table_model import ID_ROLE, LEFT, RIGHT, SORT_ROLE, DtoTableModel
from .labels import RepaymentLabels
from .widgets import GREY, KOL_COLOURS, OVERDUE_BG, PAID_BG, RED, TODAY_BG


def short_date(value: dt.date | None) -> str:
    """A date on screen: "28 Maret 2024", as in every list (issue 17: one style)."""
    return format_date_id(value) if value else ""


class _Model(DtoTableModel):
    """Rows of frozen DTOs; subclasses say what each column shows: ``value()`` (the raw
    value), ``text()`` and ``extra(row, col, role)`` for the other roles. Unlike the shared
    base, only the money columns' headers are aligned (the others keep Qt's centre), a money
    cell is formatted only when it holds an int, and alignment is given as an int."""

    HEADERS: tuple[str, ...] = ()
    MONEY: tuple[int, ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.labels = RepaymentLabels(self)
        self.headers = self.header_texts()

    def header_texts(self) -> list[str]:
        return list(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
                return self.headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in self.MONEY:
                return int(RIGHT)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(row, col)
            if col in self.MONEY and isinstance(value, int):
                return format_rupiah(value)
            if isinstance(value, dt.date):
                return format_date_id(value)
            return self.text(row, col, value)
        if role == SORT_ROLE:
            return self.value(row, col)
        if role == ID_ROLE:
            return self.row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if col in self.MONEY else LEFT)
        return self.extra(row, col, role)

    # ---- for subclasses
    def value(self, row: Any, col: int) -> Any:
        raise NotImplementedError

    def raw(self, row: Any, col: int) -> Any:
        return self.value(row, col)

    def text(self, row: Any, col: int, value: Any) -> Any:
        return "" if value is None else str(value)

    def extra(self, row: Any, col: int, role: int) -> Any:
        return None


# ------------------------------------------------------------------ finding a credit

class CreditSearchModel(_Model):
    """Credits matching what the clerk typed: number, member, group, status."""

    COL_NUMBER, COL_MEMBER, COL_MEMBER_NO, COL_GROUP, COL_STATUS = range(5)

    def header_texts(self) -> list[str]:
        return [self.tr("No. kredit"), self.tr("Anggota"), self.tr("No. anggota"),
                self.tr("Kelompok"), self.tr("Status")]

    def value(self, c: CreditDTO, col: int) -> Any:
        return {self.COL_NUMBER: c.number, self.COL_MEMBER: c.member_name,
                self.COL_MEMBER_NO: c.member_number, self.COL_GROUP: c.group_code,
                self.COL_STATUS: c.status}[col]

    def text(self, c: CreditDTO, col: int, value: Any) -> Any:
        if col == self.COL_STATUS:
            return self.labels.credit_status(c.status)
        return value

    def extra(self, c: CreditDTO, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and c.status != "active":
            return QBrush(GREY)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{number} · {name} ({member}) · kelompok {group} · {status}").format(
                number=c.number, name=c.member_name, member=c.member_number, group=c.group_code,
                status=self.labels.credit_status(c.status))
        return None


# ------------------------------------------------------------------ one credit

class ScheduleModel(_Model):
    """A credit's instalments; overdue rows red, today's yellow, paid ones green."""

    COL_NO, COL_DUE, COL_AMOUNT, COL_PAID, COL_PAID_ON, COL_REMAINING = range(6)
    MONEY = (COL_AMOUNT, COL_PAID, COL_REMAINING)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.as_of = dt.date.today()

    def header_texts(self) -> list[str]:
        return [self.tr("No."), self.tr("Jatuh tempo"), self.tr("Angsuran"), self.tr("Dibayar"),
                self.tr("Tanggal lunas"), self.tr("Sisa")]

    def set_statement(self, st: CreditStatement | None) -> None:
        self.as_of = st.as_of if st else dt.date.today()
        self.set_rows(st.instalments if st else ())

    def state(self, r: InstalmentView) -> str:
        """'paid', 'overdue', 'today' or 'later' — for colours and tests."""
        if r.remaining == 0:
            return "paid"
        if r.due_date < self.as_of:
            return "overdue"
        return "today" if r.due_date == self.as_of else "later"

    def value(self, r: InstalmentView, col: int) -> Any:
        return {self.COL_NO: r.no, self.COL_DUE: r.due_date, self.COL_AMOUNT: r.amount,
                self.COL_PAID: r.paid, self.COL_PAID_ON: r.paid_on,
                self.COL_REMAINING: r.remaining}[col]

    def row_id(self, r: InstalmentView) -> Any:
        return r.no

    def extra(self, r: InstalmentView, col: int, role: int) -> Any:
        state = self.state(r)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush({"overdue": OVERDUE_BG, "today": TODAY_BG, "paid": PAID_BG}.get(state, QColor(0, 0, 0, 0)))
        if role == Qt.ItemDataRole.ForegroundRole and state == "overdue" and col in (self.COL_DUE, self.COL_REMAINING):
            return QBrush(RED)
        if role == Qt.ItemDataRole.FontRole and state == "overdue" and col == self.COL_REMAINING:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            return {"overdue": self.tr("Terlambat: jatuh tempo sudah lewat dan belum lunas"),
                    "today": self.tr("Jatuh tempo hari ini"),
                    "paid": self.tr("Lunas")}.get(state)
        return None


@dataclass(frozen=True)
class PaymentLine:
    """One row of a credit's payment history as the window shows it."""

    id: int
    on_date: dt.date
    receipt_no: str | None
    amount: int
    principal: int
    service: int
    source: str
    payer_name: str | None
    received_by: str | None
    note: str | None
    reversed_on: dt.date | None  # this payment was reversed on that date
    reversal_of: str | None  # this row reverses the payment with that receipt

    @property
    def reversible(self) -> bool:
        return self.source != "reversal" and self.reversed_on is None


def payment_lines(rows: Sequence[Any], names: dict[int, str],
                  borrower: str | None = None) -> list[PaymentLine]:
    """Payment rows of ``repayments.payments_of`` with the reversal marks joined in; a payment
    with no other payer was paid by the ``borrower`` (named in "Dibayar oleh")."""
    by_id = {r.id: r for r in rows}
    reversed_on = {r.reversal_of_id: r.on_date for r in rows if r.reversal_of_id is not None}
    out = []
    for r in rows:
        original = by_id.get(r.reversal_of_id) if r.reversal_of_id is not None else None
        out.append(PaymentLine(
            id=r.id, on_date=r.on_date, receipt_no=r.receipt_no, amount=r.amount,
            principal=r.principal_part, service=r.service_part, source=r.source,
            payer_name=(names.get(r.payer_member_id) if r.payer_member_id
                        else borrower if r.source != "reversal" else None),
            received_by=r.received_by, note=r.note, reversed_on=reversed_on.get(r.id),
            reversal_of=(original.receipt_no if original is not None else None)))
    return out


class PaymentsModel(_Model):
    """A credit's payments, oldest first; reversed payments struck through, reversals red.
    The principal and service parts show in the amount's tooltip."""

    COL_DATE, COL_RECEIPT, COL_AMOUNT, COL_SOURCE, COL_RECEIVED, COL_NOTE = range(6)
    MONEY = (COL_AMOUNT,)

    def header_texts(self) -> list[str]:
        return [self.tr("Tanggal"), self.tr("Kwitansi"), self.tr("Jumlah"), self.tr("Dibayar oleh"),
                self.tr("Diterima oleh"), self.tr("Keterangan")]

    def value(self, p: PaymentLine, col: int) -> Any:
        return {self.COL_DATE: p.on_date, self.COL_RECEIPT: p.receipt_no, self.COL_AMOUNT: p.amount,
                self.COL_SOURCE: p.source, self.COL_RECEIVED: p.received_by,
                self.COL_NOTE: p.note}[col]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == self.COL_DATE:
            return short_date(self.rows[index.row()].on_date)
        return super().data(index, role)

    def text(self, p: PaymentLine, col: int, value: Any) -> Any:
        if col == self.COL_RECEIPT:
            return p.receipt_no or "—"
        if col == self.COL_SOURCE:
            if p.source == "group_cover":
                return self.tr("Ditanggung {name}").format(name=p.payer_name or "-")
            if p.source == "reversal":
                return self.tr("Pembalikan")
            return p.payer_name or self.tr("Anggota")
        if col == self.COL_NOTE:
            parts = []
            if p.reversal_of:
                parts.append(self.tr("membalik {receipt}").format(receipt=p.reversal_of))
            if p.reversed_on:
                parts.append(self.tr("DIBALIK {date}").format(date=short_date(p.reversed_on)))
            if p.note and p.source != "group_cover":
                parts.append(p.note)
            return " · ".join(parts)
        return "" if value is None else str(value)

    def extra(self, p: PaymentLine, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if p.source == "reversal":
                return QBrush(RED)
            if p.reversed_on:
                return QBrush(GREY)
        if role == Qt.ItemDataRole.FontRole and p.reversed_on and col in self.MONEY:
            f = QFont()
            f.setStrikeOut(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_AMOUNT:
                return self.tr("Pokok {principal}, jasa {service}").format(
                    principal=format_rupiah(p.principal), service=format_rupiah(p.service))
            if col == self.COL_NOTE:
                return self.text(p, col, p.note) or None
        return None


# ------------------------------------------------------------------ arrears

class StandingsModel(_Model):
    """Running credits on a date, the worst first: the columns a collector needs come first.
    The principal still owed (the base of PAR and the classes) and the service still owed
    are two columns."""

    (COL_MEMBER, COL_GROUP, COL_OUTSTANDING, COL_SERVICE, COL_DPD, COL_ARREARS, COL_KOL, COL_PHONE,
     COL_LEADER, COL_CREDIT, COL_PRODUCT) = range(11)
    MONEY = (COL_OUTSTANDING, COL_SERVICE)
    NUMBERS = (COL_DPD, COL_ARREARS)

    def header_texts(self) -> list[str]:
        return [self.tr("Anggota"), self.tr("Kelompok"), self.tr("Pokok\nterutang"), self.tr("Jasa\nterutang"),
                self.tr("Hari\nterlambat"), self.tr("Angsuran\ntertunggak"), self.tr("Kolektibilitas"),
                self.tr("Telepon"), self.tr("Ketua kelompok"), self.tr("No. kredit"), self.tr("Produk")]

    def value(self, s: LoanStanding, col: int) -> Any:
        return {self.COL_MEMBER: s.member_name, self.COL_PHONE: s.phone, self.COL_GROUP: s.group_code,
                self.COL_LEADER: s.leader_name, self.COL_CREDIT: s.number, self.COL_PRODUCT: s.product_code,
                self.COL_OUTSTANDING: s.principal_outstanding, self.COL_SERVICE: s.service_outstanding,
                self.COL_DPD: s.days_past_due,
                self.COL_ARREARS: s.instalments_in_arrears, self.COL_KOL: s.kolektibilitas}[col]

    def text(self, s: LoanStanding, col: int, value: Any) -> Any:
        if col == self.COL_KOL:
            return self.labels.kol(s.kolektibilitas)
        if value is None:
            return "-"
        return str(value)

    def row_id(self, s: LoanStanding) -> Any:
        return s.credit_id

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {self.COL_OUTSTANDING: self.tr("Pokok pinjaman yang masih terutang: dasar PAR, kolektibilitas "
                                                  "dan PPKA, sama dengan piutang di neraca"),
                    self.COL_SERVICE: self.tr("Jasa yang masih terutang; ditampilkan tersendiri, tidak ikut "
                                              "dihitung dalam PAR"),
                    self.COL_DPD: self.tr("Hari sejak angsuran tertua yang belum dibayar jatuh tempo"),
                    self.COL_ARREARS: self.tr("Kali angsuran yang tertunggak; setelah angsuran terakhir "
                                              "lewat, terus bertambah satu tiap periode (cara dana "
                                              "bergulir)")}.get(section)
        return super().headerData(section, orientation, role)

    def extra(self, s: LoanStanding, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.NUMBERS:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.COL_KOL:
                return QBrush(QColor(KOL_COLOURS[s.kolektibilitas - 1]))
            if col == self.COL_DPD and s.days_past_due:
                return QBrush(RED)
        if role == Qt.ItemDataRole.FontRole and col == self.COL_KOL and s.kolektibilitas > 1:
            f = QFont()
            f.setBold(True)
            return f
        return None


# ------------------------------------------------------------------ tanggung renteng

class CoverDebtsModel(_Model):
    COL_DEBTOR, COL_COVERER, COL_COVERED, COL_SETTLED, COL_OUTSTANDING = range(5)
    MONEY = (COL_COVERED, COL_SETTLED, COL_OUTSTANDING)

    def header_texts(self) -> list[str]:
        return [self.tr("Yang ditanggung"), self.tr("Penanggung"), self.tr("Ditanggung"),
                self.tr("Dikembalikan"), self.tr("Sisa utang")]

    def value(self, d: CoverDebt, col: int) -> Any:
        return {self.COL_DEBTOR: d.debtor_name, self.COL_COVERER: d.coverer_name,
                self.COL_COVERED: d.covered, self.COL_SETTLED: d.settled,
                self.COL_OUTSTANDING: d.outstanding}[col]

    def row_id(self, d: CoverDebt) -> Any:
        return (d.debtor_member_id, d.coverer_member_id)

    def extra(self, d: CoverDebt, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if d.outstanding == 0:
                return QBrush(GREY)
            if col == self.COL_OUTSTANDING:
                return QBrush(RED)
        return None
