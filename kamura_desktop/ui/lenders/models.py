"""Table models of the lender pool window, fed with the services' DTOs (Vorta's pattern).

Each model has ``COL_*`` constants and ``set_rows()`` inside begin/endResetModel.
DisplayRole is formatted for people (``Rp125.000``, ``28 Maret 2024``); ``SORT_ROLE`` gives
the raw value (int rupiah, ``date``) for QSortFilterProxyModel and for tests; ``ID_ROLE``
the row's id.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.services.lender_pool import FundYear, LenderBalance, ProspectDTO
from kamura_desktop.services.savings import SavingsTxDTO

from ..table_model import CENTER, ZERO, DtoTableModel

# the roles are re-exported: the tabs and the tests read them from the book's models module
from ..table_model import ID_ROLE as ID_ROLE
from ..table_model import SORT_ROLE as SORT_ROLE
from .labels import CLOSED_PROSPECT_STATUSES, LenderLabels

#: (funded, principal) of a marketplace row, for the progress bar delegate
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3

GREY = QColor("#8a8a8a")
RED = QColor("#b00020")
GREEN = QColor("#12503f")


class _DtoModel(DtoTableModel):
    """Rows of one DTO type with the pool's words at hand (``labels``)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.labels = LenderLabels(self)


# ------------------------------------------------------------------ lenders

class LenderTableModel(_DtoModel):
    (COL_NUMBER, COL_NAME, COL_SUKARELA, COL_COMMITTED, COL_DEPLOYED, COL_AVAILABLE,
     COL_RETURNED, COL_EARNED, COL_LOST, COL_NOTE) = range(10)
    MONEY_COLUMNS = (COL_SUKARELA, COL_COMMITTED, COL_DEPLOYED, COL_AVAILABLE, COL_RETURNED,
                     COL_EARNED, COL_LOST)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = [self.tr("No. anggota"), self.tr("Nama"), self.tr("Sukarela"),
                        self.tr("Komitmen"), self.tr("Tersalur"), self.tr("Tersedia"),
                        self.tr("Kembali"), self.tr("Bagi hasil"), self.tr("Kerugian"),
                        self.tr("Catatan")]
        self.tooltips = {
            self.COL_SUKARELA: self.tr("Saldo simpanan sukarela sekarang"),
            self.COL_COMMITTED: self.tr("Dijanjikan untuk kredit yang belum dicairkan (tidak dapat ditarik)"),
            self.COL_DEPLOYED: self.tr("Dana yang sedang dipinjam kelompok (belum kembali)"),
            self.COL_AVAILABLE: self.tr("Sukarela yang masih dapat dijanjikan atau ditarik"),
            self.COL_RETURNED: self.tr("Pokok yang sudah kembali ke sukarela"),
            self.COL_EARNED: self.tr("Bagian jasa yang sudah diterima"),
            self.COL_LOST: self.tr("Bagian kerugian kredit yang dihapusbukukan"),
        }

    def row_id(self, r: LenderBalance) -> int:
        return r.member_id

    def row_of(self, member_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.member_id == member_id), -1)

    def raw(self, r: LenderBalance, col: int) -> Any:
        return (r.number, r.name, r.sukarela, r.committed, r.deployed, r.available, r.returned,
                r.earned, r.lost, "; ".join(r.requirements))[col]

    def display(self, r: LenderBalance, col: int) -> str:
        if col == self.COL_NOTE:
            return self.tr("Belum memenuhi syarat") if r.requirements else ""
        return super().display(r, col)

    def foreground(self, r: LenderBalance, col: int) -> QColor | None:
        if col == self.COL_NOTE or (col == self.COL_LOST and r.lost):
            return RED
        if col == self.COL_AVAILABLE and r.available:
            return GREEN
        return None

    def tooltip(self, r: LenderBalance, col: int) -> str | None:
        if r.requirements and col in (self.COL_NAME, self.COL_NOTE):
            return self.tr("Belum memenuhi syarat lender: {reasons}. Komitmen baru ditolak sampai "
                           "dipenuhi.").format(reasons=", ".join(r.requirements))
        return self.tooltips.get(col)


# ------------------------------------------------------------------ the marketplace

@dataclass(frozen=True)
class MarketRow:
    """A credit waiting for funds, with what the application tells about it."""

    credit_id: int
    number: str
    group_code: str
    principal: int
    funded: int
    application_id: int | None = None
    application_number: str = ""
    group_name: str = ""
    borrower: str = ""
    purpose: str = ""
    product: str = ""

    @property
    def gap(self) -> int:
        return max(0, self.principal - self.funded)

    @property
    def group_label(self) -> str:
        return f"{self.group_code} · {self.group_name}" if self.group_name else self.group_code


class MarketModel(_DtoModel):
    (COL_GROUP, COL_NUMBER, COL_BORROWER, COL_PURPOSE, COL_PRINCIPAL, COL_FUNDED, COL_GAP,
     COL_PROGRESS) = range(8)
    MONEY_COLUMNS = (COL_PRINCIPAL, COL_FUNDED, COL_GAP)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = [self.tr("Kelompok"), self.tr("No. kredit"), self.tr("Peminjam"),
                        self.tr("Keperluan"), self.tr("Pokok"), self.tr("Terdanai"),
                        self.tr("Kekurangan"), self.tr("Pendanaan")]

    def row_id(self, r: MarketRow) -> int:
        return r.credit_id

    def row_of(self, credit_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.credit_id == credit_id), -1)

    def raw(self, r: MarketRow, col: int) -> Any:
        return (r.group_label, r.number, r.borrower, r.purpose, r.principal, r.funded, r.gap,
                r.funded * 100 // r.principal if r.principal else 0)[col]

    def display(self, r: MarketRow, col: int) -> str:
        if col == self.COL_PROGRESS:
            return f"{self.raw(r, col)} %"
        return super().display(r, col)

    def foreground(self, r: MarketRow, col: int) -> QColor | None:
        if col == self.COL_GAP:
            return RED if r.gap else GREEN
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == PROGRESS_ROLE:
            r = self.rows[index.row()]
            return (r.funded, r.principal)
        return super().data(index, role)


# ------------------------------------------------------------------ one lender's movements

class LenderHistoryModel(_DtoModel):
    """A lender's pool movements on their sukarela (deployed, returned, earned, reversed)."""

    COL_DATE, COL_TYPE, COL_AMOUNT, COL_JOURNAL, COL_NOTE = range(5)
    MONEY_COLUMNS = (COL_AMOUNT,)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = [self.tr("Tanggal"), self.tr("Gerakan"), self.tr("Jumlah"),
                        self.tr("No. jurnal"), self.tr("Keterangan")]

    def raw(self, t: SavingsTxDTO, col: int) -> Any:
        return (t.on_date, t.tx_type, t.amount, t.journal_number or "", t.note or "")[col]

    def display(self, t: SavingsTxDTO, col: int) -> str:
        if col == self.COL_TYPE:
            return self.labels.tx_type(t.tx_type)
        return super().display(t, col)

    def foreground(self, t: SavingsTxDTO, col: int) -> QColor | None:
        if t.tx_type == "pembalikan" or t.reversed_by_id is not None:
            return GREY
        if col == self.COL_AMOUNT and t.amount < 0:
            return RED
        return None

    def strike_out(self, t: SavingsTxDTO, col: int) -> bool:
        return col == self.COL_AMOUNT and t.reversed_by_id is not None


# ------------------------------------------------------------------ the revolving fund

class FundYearModel(_DtoModel):
    (COL_YEAR, COL_GRANTS, COL_LOANS, COL_LENT, COL_REPAID, COL_INCOME, COL_LOSSES, COL_CAPITAL,
     COL_OUTSTANDING) = range(9)
    MONEY_COLUMNS = (COL_GRANTS, COL_LENT, COL_REPAID, COL_INCOME, COL_LOSSES, COL_CAPITAL,
                     COL_OUTSTANDING)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = [self.tr("Tahun"), self.tr("Hibah diterima"), self.tr("Jml. kredit"),
                        self.tr("Disalurkan"), self.tr("Pokok kembali"), self.tr("Pendapatan jasa"),
                        self.tr("Kerugian"), self.tr("Modal akhir tahun"), self.tr("Pinjaman beredar")]
        self.tooltips = {
            self.COL_LOANS: self.tr("Banyaknya kredit yang dicairkan dari dana bergulir tahun itu"),
            self.COL_CAPITAL: self.tr("Hibah + pendapatan jasa − kerugian, sampai akhir tahun"),
            self.COL_OUTSTANDING: self.tr("Pokok pinjaman dana bergulir yang belum kembali pada "
                                          "akhir tahun"),
        }

    def row_id(self, r: FundYear) -> int:
        return r.year

    def raw(self, r: FundYear, col: int) -> Any:
        return (r.year, r.grants, r.loans, r.lent, r.repaid, r.income, r.losses, r.capital_end,
                r.outstanding_end)[col]

    def display(self, r: FundYear, col: int) -> str:
        if col == self.COL_LOANS:
            return str(r.loans) if r.loans else "-"
        return super().display(r, col)

    def foreground(self, r: FundYear, col: int) -> QColor | None:
        if col == self.COL_LOSSES and r.losses:
            return RED
        if col == self.COL_LOANS and not r.loans:
            return ZERO
        return None

    def alignment(self, col: int) -> Qt.AlignmentFlag:
        return CENTER if col == self.COL_LOANS else super().alignment(col)


class FundGrantModel(_DtoModel):
    """Every entry that moved the revolving fund's capital (grants and their corrections)."""

    COL_DATE, COL_AMOUNT, COL_DESCRIPTION, COL_JOURNAL = range(4)
    MONEY_COLUMNS = (COL_AMOUNT,)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = [self.tr("Tanggal"), self.tr("Jumlah"), self.tr("Uraian"), self.tr("No. jurnal")]

    def row_id(self, r: Any) -> str:
        return r.journal_number

    def raw(self, r: Any, col: int) -> Any:
        return (r.on_date, r.amount, r.description, r.journal_number)[col]

    def foreground(self, r: Any, col: int) -> QColor | None:
        return RED if col == self.COL_AMOUNT and r.amount < 0 else None

    def tooltip(self, r: Any, col: int) -> str | None:
        return f"{r.journal_number}: {r.description}"


# ------------------------------------------------------------------ prospects

class ProspectModel(_DtoModel):
    (COL_NAME, COL_ORGANISATION, COL_CONTACT, COL_INTEREST, COL_STATUS,
     COL_FOLLOW_UP) = range(6)

    def __init__(self, parent: QObject | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today
        self.headers = [self.tr("Nama"), self.tr("Lembaga"), self.tr("Kontak"), self.tr("Minat"),
                        self.tr("Status"), self.tr("Tindak lanjut berikutnya")]

    def row_of(self, prospect_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == prospect_id), -1)

    def raw(self, p: ProspectDTO, col: int) -> Any:
        return (p.name, p.organisation or "", p.contact or "", p.interest or "", p.status,
                p.next_follow_up)[col]

    def display(self, p: ProspectDTO, col: int) -> str:
        if col == self.COL_STATUS:
            return self.labels.prospect_status(p.status)
        if col == self.COL_FOLLOW_UP:
            return format_date_id(p.next_follow_up) if p.next_follow_up else "-"
        if col == self.COL_INTEREST:
            return " ".join((p.interest or "").split())  # one line in the table
        return super().display(p, col)

    def is_due(self, p: ProspectDTO) -> bool:
        today = self.today or dt.date.today()
        return (p.next_follow_up is not None and p.next_follow_up <= today
                and p.status not in CLOSED_PROSPECT_STATUSES)

    def foreground(self, p: ProspectDTO, col: int) -> QColor | None:
        if p.status == "tidak berminat":
            return GREY
        if col == self.COL_FOLLOW_UP and self.is_due(p):
            return RED
        return None

    def tooltip(self, p: ProspectDTO, col: int) -> str | None:
        if col == self.COL_INTEREST and p.interest:
            return p.interest
        if col == self.COL_FOLLOW_UP and self.is_due(p):
            return self.tr("Sudah waktunya dihubungi lagi")
        return None


# ------------------------------------------------------------------ one lender's commitments

class CommitmentModel(_DtoModel):
    """A lender's commitments to credits: waiting for disbursement (may be withdrawn),
    deployed with the running credit, or withdrawn. Rows are the lender pool's commitment
    DTOs (funding id, credit, group, borrower, amount, credit status, dates, and whether the
    service would still let it be withdrawn)."""

    COL_DATE, COL_CREDIT, COL_GROUP, COL_BORROWER, COL_AMOUNT, COL_STATE = range(6)
    MONEY_COLUMNS = (COL_AMOUNT,)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = [self.tr("Tanggal"), self.tr("No. kredit"), self.tr("Kelompok"),
                        self.tr("Peminjam"), self.tr("Jumlah"), self.tr("Keadaan")]

    def row_id(self, r: Any) -> int:
        return r.funding_id

    def row_of(self, funding_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.funding_id == funding_id), -1)

    def raw(self, r: Any, col: int) -> Any:
        committed = r.committed_at.date() if isinstance(r.committed_at, dt.datetime) else r.committed_at
        return (committed, r.credit_number, f"{r.group_code} · {r.group_name}", r.borrower, r.amount,
                r.credit_status)[col]

    def display(self, r: Any, col: int) -> str:
        if col == self.COL_STATE:
            if r.released_at is not None:
                when = r.released_at.date() if isinstance(r.released_at, dt.datetime) else r.released_at
                return self.tr("Ditarik {date}").format(date=format_date_id(when))
            if r.withdrawable:
                return self.tr("Menunggu pencairan")
            if r.credit_status == "active":
                return self.tr("Tersalur, kredit berjalan")
            return self.tr("Tersalur, kredit {status}").format(
                status=self.labels.credit_status(r.credit_status).lower())
        return super().display(r, col)

    def foreground(self, r: Any, col: int) -> QColor | None:
        if r.released_at is not None:
            return GREY
        if col == self.COL_STATE and r.credit_status == "written_off":
            return RED
        if col == self.COL_STATE and r.withdrawable:
            return QColor("#8a5a00")
        return None
