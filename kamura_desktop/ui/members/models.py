"""Table models fed with DTOs from the services (Vorta's pattern).

``MemberTableModel`` holds :class:`MemberRow` pages of the member list and fetches the next
page when the view scrolls to the end (``canFetchMore``/``fetchMore``): the list may hold
20,000 members. Sorting is done by the service (``list_members(sort=...)``); clicking a
header only asks for it through ``sort_requested``. ``SavingsHistoryModel`` holds a member's
savings transactions, newest first.

DisplayRole is formatted for people (``Rp125.000``, ``28 Maret 2024``); ``SORT_ROLE`` gives
the raw value (int rupiah, ``date``) for sorting and for tests.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services.membership import MemberPage, MemberRow
from kamura_desktop.services.savings import SavingsTxDTO

from ..table_model import CENTER, DtoTableModel

# the roles are re-exported: the page and the tests read them from the book's models module
from ..table_model import ID_ROLE as ID_ROLE
from ..table_model import SORT_ROLE as SORT_ROLE

GREY = QColor("#8a8a8a")
RED = QColor("#b00020")


class Labels(QObject):
    """Indonesian words for the services' codes, through Qt's translation system."""

    def status(self, code: str) -> str:
        return {"applicant": self.tr("Calon anggota"), "active": self.tr("Aktif"),
                "left": self.tr("Keluar")}.get(code, code)

    def kind(self, code: str) -> str:
        return {"pokok": self.tr("Pokok"), "wajib": self.tr("Wajib"),
                "sukarela": self.tr("Sukarela")}.get(code, code)

    def kind_long(self, code: str) -> str:
        return {"pokok": self.tr("Simpanan pokok"), "wajib": self.tr("Simpanan wajib"),
                "sukarela": self.tr("Simpanan sukarela")}.get(code, code)

    def tx_type(self, code: str) -> str:
        return {"setoran": self.tr("Setoran"), "penarikan": self.tr("Penarikan"),
                "saldo_awal": self.tr("Saldo awal"), "pengembalian": self.tr("Pengembalian (keluar)"),
                "pembalikan": self.tr("Pembalikan"), "shu": self.tr("SHU"),
                "penyaluran": self.tr("Disalurkan ke kredit"),
                "pengembalian_dana": self.tr("Pengembalian pokok (lender)"),
                "bagi_hasil": self.tr("Bagi hasil jasa (lender)")}.get(code, code)

    def sex(self, code: str) -> str:
        return {"L": self.tr("Laki-laki"), "P": self.tr("Perempuan")}.get(code, code)


class MemberTableModel(DtoTableModel):
    # the balances come before NIK and join date: on a 1366-pixel screen they stay in view
    (COL_NUMBER, COL_NAME, COL_SEX, COL_RT_RW, COL_KAMPUNG, COL_TRADE, COL_STATUS, COL_POKOK,
     COL_WAJIB, COL_SUKARELA, COL_ARREARS, COL_NIK, COL_JOINED) = range(13)
    MONEY_COLUMNS = (COL_POKOK, COL_WAJIB, COL_SUKARELA, COL_ARREARS)
    #: column -> the sort key list_members understands (None: not sortable)
    SORT_KEYS = {
        COL_NUMBER: "number", COL_NAME: "name", COL_NIK: "nik", COL_SEX: None,
        COL_RT_RW: "rt_rw", COL_KAMPUNG: "kampung", COL_TRADE: "trade", COL_JOINED: "joined_on",
        COL_STATUS: "status", COL_POKOK: "pokok", COL_WAJIB: "wajib", COL_SUKARELA: "sukarela",
        COL_ARREARS: "wajib_arrears",
    }

    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.total = 0
        #: fetch(offset) -> the next MemberPage; set by the page, None when all rows are in
        self.fetch: Callable[[int], MemberPage] | None = None
        self.labels = Labels(self)
        headers = {
            self.COL_NUMBER: self.tr("No. anggota"), self.COL_NAME: self.tr("Nama"),
            self.COL_SEX: self.tr("L/P"), self.COL_RT_RW: self.tr("RT/RW"),
            self.COL_KAMPUNG: self.tr("Kampung"), self.COL_TRADE: self.tr("Usaha"),
            self.COL_STATUS: self.tr("Status"), self.COL_POKOK: self.tr("Pokok"),
            self.COL_WAJIB: self.tr("Wajib"), self.COL_SUKARELA: self.tr("Sukarela"),
            self.COL_ARREARS: self.tr("Tunggakan"), self.COL_NIK: self.tr("NIK"),
            self.COL_JOINED: self.tr("Tgl. masuk"),
        }
        self.headers = [headers[c] for c in range(len(headers))]
        self.tooltips = {
            self.COL_ARREARS: self.tr("Tunggakan simpanan wajib: yang belum dibayar sampai bulan ini"),
        }

    # ------------------------------------------------------------ filling
    def set_rows(self, rows: Sequence[MemberRow], total: int | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.total = len(self.rows) if total is None else total
        self.endResetModel()

    def set_page(self, page: MemberPage) -> None:
        self.set_rows(page.rows, page.total)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self.fetch is not None and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        page = self.fetch(len(self.rows))
        new = list(page.rows)
        if not new:  # the list shrank meanwhile; stop asking
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(new) - 1)
        self.rows.extend(new)
        self.endInsertRows()

    def raw(self, r: MemberRow, col: int):
        c = self
        return {
            c.COL_NUMBER: r.number, c.COL_NAME: r.name, c.COL_SEX: r.sex,
            c.COL_RT_RW: (r.rw or "", r.rt or ""), c.COL_KAMPUNG: r.kampung or "",
            c.COL_TRADE: r.trade or "", c.COL_STATUS: r.status, c.COL_POKOK: r.pokok,
            c.COL_WAJIB: r.wajib, c.COL_SUKARELA: r.sukarela, c.COL_ARREARS: r.wajib_arrears,
            c.COL_NIK: r.nik, c.COL_JOINED: r.joined_on,
        }[col]

    def display(self, r: MemberRow, col: int) -> str:
        if col in self.MONEY_COLUMNS:
            return format_rupiah(self.raw(r, col))
        if col == self.COL_JOINED:
            return format_date_id(r.joined_on)
        if col == self.COL_STATUS:
            return self.labels.status(r.status)
        if col == self.COL_RT_RW:
            return r.rt_rw
        value = self.raw(r, col)
        return value if isinstance(value, str) else str(value)

    def alignment(self, col: int) -> Qt.AlignmentFlag:
        if col in (self.COL_SEX, self.COL_RT_RW):
            return CENTER
        return super().alignment(col)

    def header_alignment(self, section: int) -> Qt.AlignmentFlag:
        return super().alignment(section)  # the L/P and RT/RW titles stay on the left

    def foreground(self, r: MemberRow, col: int) -> QColor | None:
        if r.status == "left":
            return GREY
        if col == self.COL_ARREARS and r.wajib_arrears > 0:
            return RED
        return None

    def zero_colour(self, r: MemberRow, col: int) -> QColor | None:
        return None  # the member list never greyed a Rp0; it keeps the row's colour

    def tooltip(self, r: MemberRow, col: int) -> str | None:
        if col == self.COL_STATUS and r.status == "applicant":
            return self.tr("Menjadi anggota aktif setelah simpanan pokok dibayar")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)


class SavingsHistoryModel(DtoTableModel):
    """A member's savings transactions, newest first, with reversal marks."""

    (COL_DATE, COL_RECEIPT, COL_TYPE, COL_KIND, COL_AMOUNT, COL_MARK, COL_NOTE,
     COL_CASHIER) = range(8)
    MONEY_COLUMNS = (COL_AMOUNT,)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.by_id: dict[int, SavingsTxDTO] = {}
        self.labels = Labels(self)
        self.headers = [self.tr("Tanggal"), self.tr("No. kwitansi"), self.tr("Transaksi"),
                        self.tr("Jenis"), self.tr("Jumlah"), self.tr("Tanda"),
                        self.tr("Keterangan"), self.tr("Petugas")]

    def set_rows(self, rows: Sequence[SavingsTxDTO]) -> None:
        rows = list(rows)
        self.by_id = {t.id: t for t in rows}
        super().set_rows(rows)

    def tx_at(self, row: int) -> SavingsTxDTO | None:
        return self.row_at(row)

    def mark(self, t: SavingsTxDTO) -> str:
        if t.reversed_by_id is not None:
            return self.tr("Dibalik")
        if t.reversal_of_id is not None:
            original = self.by_id.get(t.reversal_of_id)
            ref = original.receipt_no if original and original.receipt_no else f"#{t.reversal_of_id}"
            return self.tr("Membalik {ref}").format(ref=ref)
        return ""

    def raw(self, t: SavingsTxDTO, col: int):
        return (t.on_date, t.receipt_no or "", t.tx_type, t.kind, t.amount, self.mark(t),
                t.note or "", t.cashier)[col]

    def display(self, t: SavingsTxDTO, col: int) -> str:
        if col == self.COL_TYPE:
            return self.labels.tx_type(t.tx_type)
        if col == self.COL_KIND:
            return self.labels.kind(t.kind)
        if col == self.COL_CASHIER:
            return t.cashier
        return super().display(t, col)

    def foreground(self, t: SavingsTxDTO, col: int) -> QColor | None:
        if t.reversed_by_id is not None or t.reversal_of_id is not None:
            return GREY
        if col == self.COL_AMOUNT and t.amount < 0:
            return RED
        return None

    def zero_colour(self, t: SavingsTxDTO, col: int) -> QColor | None:
        return None  # the history never greyed a Rp0

    def strike_out(self, t: SavingsTxDTO, col: int) -> bool:
        return t.reversed_by_id is not None and col == self.COL_AMOUNT
