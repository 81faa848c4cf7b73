"""Lender: the registered lenders with their balances, registration of a new lender, and
each lender's detail (commitments, deployed funds, returns and earnings)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import lender_pool
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.lender_pool import LenderBalance
from kamura_desktop.services.permissions import allowed

from ..members.widgets import NoticeBar
from ..widgets import only_roles, why_disabled
from .detail import LenderDetailDialog
from .models import SORT_ROLE, LenderTableModel
from .register_dialog import RegisterLenderDialog
from .widgets import DataTable

L = LenderTableModel
COLUMN_WIDTHS = {L.COL_NUMBER: 104, L.COL_NAME: 180, L.COL_SUKARELA: 108, L.COL_COMMITTED: 100,
                 L.COL_DEPLOYED: 100, L.COL_AVAILABLE: 108, L.COL_RETURNED: 100, L.COL_EARNED: 92,
                 L.COL_LOST: 88}


class LendersTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        self.detail: LenderDetailDialog | None = None
        self.dialog: RegisterLenderDialog | None = None

        self.notice = NoticeBar()
        self.register_button = QPushButton(self.tr("Daftarkan lender…"))
        why_disabled(self.register_button, only_roles("lenders.register"))
        self.register_button.setObjectName("registerLender")
        self.register_button.setToolTip(self.tr("Daftarkan anggota yang memenuhi syarat sebagai lender"))
        self.register_button.clicked.connect(lambda: self.register_lender())
        self.open_button = QPushButton(self.tr("Buka data lender"))
        why_disabled(self.open_button, self.tr("Pilih dulu lender di daftar."))
        self.open_button.setObjectName("openLender")
        self.open_button.setToolTip(self.tr("Atau tekan Enter / klik dua kali pada baris"))
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.search = QLineEdit()
        self.search.setObjectName("lenderSearch")
        self.search.setPlaceholderText(self.tr("Cari nama atau nomor lender…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        actions = QHBoxLayout()
        actions.addWidget(self.register_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.search)

        self.model = LenderTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = DataTable()
        self.table.setObjectName("lenderTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(L.COL_NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.set_widths(COLUMN_WIDTHS, stretch=L.COL_NOTE)
        self.table.open_requested.connect(lambda member_id: self.open_lender(int(member_id)))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())

        self.totals = QLabel()
        self.totals.setObjectName("lenderTotals")
        self.totals.setStyleSheet("font-size: 10pt; color: #12503f;")
        self.totals.setWordWrap(True)
        self.empty = QLabel(self.tr("Belum ada lender. Daftarkan anggota yang memenuhi syarat: "
                                    "anggota aktif, fotokopi KTP/KK ada, simpanan pokok dan wajib lunas."))
        self.empty.setObjectName("pageHint")
        self.empty.setWordWrap(True)
        self.hint = QLabel(self.tr("Tersedia = sukarela − dana yang dijanjikan untuk kredit yang belum "
                                   "cair · Tersalur = dana yang sedang dipinjam kelompok"))
        self.hint.setObjectName("pageHint")

        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addLayout(actions)
        lay.addWidget(self.empty)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.totals)
        lay.addWidget(self.hint)

        ctx.hub.changed.connect(self.on_changed)
        self.reload()

    # ------------------------------------------------------------ loading
    def reload(self, keep_id: int | None = None) -> None:
        if keep_id is None:
            keep_id = self.table.selected_id()
        rows = lender_pool.list_lenders(self.ctx.db)
        self.model.set_rows(rows)
        if (keep_id is None or not self.table.select_id(keep_id)) and rows:
            self.table.selectRow(0)
        self.empty.setVisible(not rows)
        self.totals.setVisible(bool(rows))
        self.totals.setText(self.tr(
            "{n} lender · sukarela {sukarela} · dijanjikan {committed} · tersalur {deployed} · "
            "tersedia {available} · bagi hasil diterima {earned}").format(
            n=len(rows), sukarela=format_rupiah(sum(r.sukarela for r in rows)),
            committed=format_rupiah(sum(r.committed for r in rows)),
            deployed=format_rupiah(sum(r.deployed for r in rows)),
            available=format_rupiah(sum(r.available for r in rows)),
            earned=format_rupiah(sum(r.earned for r in rows))))
        self.update_buttons()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("lenders", "savings", "members", "credits", "repayments"):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True  # another tab or book is showing: reload when shown

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def balance_of(self, member_id: int) -> LenderBalance | None:
        return self.model.row_at(self.model.row_of(member_id))

    def update_buttons(self) -> None:
        self.register_button.setEnabled(allowed(self.ctx.actor, "lenders.register"))
        self.open_button.setEnabled(self.table.selected_id() is not None)

    # ------------------------------------------------------------ actions
    def open_selected(self) -> LenderDetailDialog | None:
        member_id = self.table.selected_id()
        return self.open_lender(int(member_id)) if member_id is not None else None

    def open_lender(self, member_id: int) -> LenderDetailDialog:
        dlg = LenderDetailDialog(self.ctx, member_id, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.detail = dlg
        return dlg

    def register_lender(self, member=None) -> RegisterLenderDialog:
        dlg = RegisterLenderDialog(self.ctx, member, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.registered.connect(self.on_registered)
        dlg.open()
        self.dialog = dlg
        return dlg

    def on_registered(self, balance: LenderBalance) -> None:
        self.search.clear()
        self.reload(keep_id=balance.member_id)
        self.notice.show_message(self.tr("{name} ({number}) terdaftar sebagai lender. Sukarela tersedia "
                                         "{available}.").format(name=balance.name, number=balance.number,
                                                                available=format_rupiah(balance.available)))
