"""The member list (Anggota): search as you type, filters, sortable columns, paging.

The list can hold 20,000 members, so the table fetches ``PAGE_SIZE`` rows at a time from
``membership.list_members`` and the next page when the clerk scrolls to the end. Sorting
by a balance or filtering on wajib arrears makes the service sum every member's savings
(about a second and a half at 20,000 members), so those queries run through ``ctx.tasks``
(each superseding the one before) and return all rows at once; the usual queries take a few
milliseconds and run directly.

Search as you type: the search runs once the clerk pauses (``SEARCH_DEBOUNCE_MS``), so a
word typed quickly is one search, not one per letter; it asks for one page (its balances
only) and counts the matches only when that page is full. The count of all members beside
it ("12 dari 20.000 anggota") is read once and again only after a change of the members.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kamura_desktop.domain.money import format_number
from kamura_desktop.services import membership
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.membership import (
    BALANCE_SORTS,
    MemberFilter,
    MemberPage,
    MemberSaved,
    list_members,
)
from kamura_desktop.services.permissions import allowed

from ..save_dialog import ask_save_path
from ..widgets import ColumnChooser, RoleBanner, keep_columns_whole, only_roles, why_disabled
from .detail import MemberDetailDialog
from .form import MemberFormDialog
from .models import ID_ROLE, MemberTableModel
from .printing import export_members, print_registration_form
from .savings_dialogs import DepositDialog, WithdrawalDialog
from .widgets import SEARCH_DEBOUNCE_MS, NoticeBar

#: rows asked for at a time: a screenful or two (the next page comes on scrolling)
PAGE_SIZE = membership.LIST_PAGE_ROWS

COLUMN_WIDTHS = {
    MemberTableModel.COL_NUMBER: 92, MemberTableModel.COL_NAME: 190, MemberTableModel.COL_SEX: 36,
    MemberTableModel.COL_RT_RW: 66, MemberTableModel.COL_KAMPUNG: 130,
    MemberTableModel.COL_TRADE: 190, MemberTableModel.COL_STATUS: 108,
    MemberTableModel.COL_POKOK: 82, MemberTableModel.COL_WAJIB: 90,
    MemberTableModel.COL_SUKARELA: 100, MemberTableModel.COL_ARREARS: 92,
    MemberTableModel.COL_NIK: 145, MemberTableModel.COL_JOINED: 135,
}

#: the columns' keys for the remembered choice (ui/view_prefs.py), in the model's order
COLUMN_KEYS = ["number", "name", "sex", "rt_rw", "kampung", "trade", "status", "pokok", "wajib",
               "sukarela", "arrears", "nik", "joined_on"]
#: what the counter needs at a glance on a 1366×768 screen; the rest by a right click on the
#: header (L/P, simpanan pokok — the same for nearly everyone —, NIK, date joined)
DEFAULT_HIDDEN = {"sex", "pokok", "nik", "joined_on"}
#: text columns widened to their longest entry (never cut: "Babakan
#: Pindang", "Pengolahan ikan pindang")
FIT_COLUMNS = (MemberTableModel.COL_NAME, MemberTableModel.COL_KAMPUNG, MemberTableModel.COL_TRADE,
               MemberTableModel.COL_STATUS)


class MemberTable(QTableView):
    """The list; Enter or a double click opens the member."""

    open_requested = Signal(int)  # member id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doubleClicked.connect(self._open_index)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open_index(self, index: QModelIndex) -> None:
        member_id = index.siblingAtColumn(0).data(ID_ROLE)
        if member_id is not None:
            self.open_requested.emit(int(member_id))


class MembersPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.sort_key = "number"
        self.descending = False
        self.loading = False
        self._generation = 0
        self._all_count: int | None = None  # all members, read again after a change
        self._task = None  # the running heavy query, superseded by the next one
        self._stale = False
        self.detail: MemberDetailDialog | None = None
        self.dialog: QWidget | None = None  # the last counter or form dialog opened here

        title = QLabel(self.tr("Anggota"))
        title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("memberCount")
        self.count_label.setStyleSheet("font-size: 11pt; color: #12503f;")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        self.notice = NoticeBar()

        # ---- actions
        self.new_button = QPushButton(self.tr("Anggota baru (Ctrl+N)"))
        why_disabled(self.new_button, only_roles("members.edit"))
        self.new_button.setObjectName("newMember")
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.new_button.setToolTip(self.tr("Daftarkan anggota baru (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_member())
        self.deposit_button = QPushButton(self.tr("Setoran (Ctrl+D)"))
        why_disabled(self.deposit_button, only_roles("savings.deposit"))
        self.deposit_button.setObjectName("deposit")
        self.deposit_button.setShortcut(QKeySequence("Ctrl+D"))
        self.deposit_button.setToolTip(self.tr("Catat setoran simpanan (Ctrl+D)"))
        self.deposit_button.clicked.connect(lambda: self.open_deposit())
        self.withdraw_button = QPushButton(self.tr("Penarikan"))
        why_disabled(self.withdraw_button, only_roles("savings.withdraw"))
        self.withdraw_button.setObjectName("withdraw")
        self.withdraw_button.setToolTip(self.tr("Catat penarikan simpanan sukarela"))
        self.withdraw_button.clicked.connect(lambda: self.open_withdrawal())
        self.open_button = QPushButton(self.tr("Buka data anggota"))
        why_disabled(self.open_button, self.tr("Pilih dulu anggota di daftar."))
        self.open_button.setObjectName("openMember")
        self.open_button.setToolTip(self.tr("Atau tekan Enter / klik dua kali pada baris"))
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = QPushButton(self.tr("Ekspor Excel…"))
        why_disabled(self.export_button, only_roles("members.export"))
        self.export_button.setObjectName("exportExcel")
        self.export_button.setToolTip(self.tr("Simpan daftar yang tampil (sesuai pencarian dan "
                                              "saringan) ke berkas Excel"))
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.blank_form_button = QPushButton(self.tr("Formulir kosong"))
        self.blank_form_button.setObjectName("blankForm")
        self.blank_form_button.setToolTip(self.tr("Cetak formulir pendaftaran kosong untuk diisi "
                                                  "tangan"))
        self.blank_form_button.clicked.connect(lambda: self.print_blank_form())
        actions = QHBoxLayout()
        for b in (self.new_button, self.deposit_button, self.withdraw_button, self.open_button):
            actions.addWidget(b)
        actions.addStretch(1)
        # the printing and export buttons sit in the heading row, right of the title: the
        # counter's four actions keep their row, and the page fits 1024 px in the program's font
        heading.insertWidget(2, self.blank_form_button)
        heading.insertWidget(3, self.export_button)
        heading.insertSpacing(4, 12)

        # ---- search and filters
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Cari nama, nomor, NIK, RT/RW, kampung atau usaha…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)  # room for the filters at 1024 px in the program's font
        self.search.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Semua status"), None)
        self.status_filter.addItem(self.tr("Aktif"), "active")
        self.status_filter.addItem(self.tr("Calon anggota"), "applicant")
        self.status_filter.addItem(self.tr("Keluar"), "left")
        self.arrears_filter = QCheckBox(self.tr("Menunggak wajib"))
        self.arrears_filter.setObjectName("arrearsFilter")
        self.lender_filter = QComboBox()
        self.lender_filter.setObjectName("lenderFilter")
        self.lender_filter.addItem(self.tr("Lender: semua"), None)
        self.lender_filter.addItem(self.tr("Lender saja"), True)
        self.lender_filter.addItem(self.tr("Bukan lender"), False)
        self.borrower_filter = QComboBox()
        self.borrower_filter.setObjectName("borrowerFilter")
        self.borrower_filter.addItem(self.tr("Peminjam: semua"), None)
        self.borrower_filter.addItem(self.tr("Peminjam saja"), True)
        self.borrower_filter.addItem(self.tr("Bukan peminjam"), False)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.arrears_filter)
        filters.addWidget(self.lender_filter)
        filters.addWidget(self.borrower_filter)

        # ---- the table
        self.model = MemberTableModel(self)
        self.model.sort_requested.connect(self.set_sort)
        self.table = MemberTable()
        self.table.setObjectName("memberTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        for col, width in COLUMN_WIDTHS.items():
            header.resizeSection(col, width)
        self.columns = ColumnChooser(self.table, name="members", username=ctx.actor.username,
                                     keys=COLUMN_KEYS, default_hidden=DEFAULT_HIDDEN)
        keep_columns_whole(self.table, FIT_COLUMNS)
        header.setSortIndicator(MemberTableModel.COL_NUMBER, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self.header_clicked)
        self.table.open_requested.connect(self.open_member)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.hint = QLabel(self.tr("Enter atau klik dua kali: buka data anggota · Ctrl+F: cari · "
                                   "klik judul kolom: urutkan"))
        self.hint.setObjectName("pageHint")

        lay = QVBoxLayout(self)
        lay.addLayout(heading)
        #: who is logged in and what their role cannot do on this page
        self.role_banner = RoleBanner(ctx.actor, ["members.edit", "savings.deposit", "savings.withdraw", "savings.reverse", "members.leave"])
        lay.addWidget(self.role_banner)
        lay.addWidget(self.notice)
        lay.addLayout(actions)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.hint)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        for combo in (self.status_filter, self.lender_filter, self.borrower_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.arrears_filter.toggled.connect(lambda _on: self.reload())
        ctx.hub.changed.connect(self.on_changed)

        self.update_buttons()
        self.reload()

    # ------------------------------------------------------------ querying
    def filter(self) -> MemberFilter:
        return MemberFilter(
            query=self.search.text(),
            status=self.status_filter.currentData(),
            wajib_arrears=True if self.arrears_filter.isChecked() else None,
            lender=self.lender_filter.currentData(),
            borrower=self.borrower_filter.currentData(),
        )

    def is_filtered(self, flt: MemberFilter) -> bool:
        return bool(flt.query.strip()) or any(
            v is not None for v in (flt.status, flt.wajib_arrears, flt.lender, flt.borrower))

    def reload(self, keep_id: int | None = None) -> None:
        """Ask the service for the first page again (search, filter or sort changed)."""
        self.search_timer.stop()
        if keep_id is None:
            keep_id = self.selected_id()
        self._generation += 1
        generation = self._generation
        flt, sort, desc, db = self.filter(), self.sort_key, self.descending, self.ctx.db
        actor = self.ctx.actor  # the NIK as this role may see it in a list (masked for some)
        if self._all_count is None and self.is_filtered(flt):
            self._all_count = membership.count_members(db)
        heavy = flt.wajib_arrears is not None or sort in BALANCE_SORTS
        if not heavy:
            def fetch(offset: int) -> MemberPage:
                return list_members(db, flt, offset=offset, limit=PAGE_SIZE, sort=sort,
                                    descending=desc, actor=actor)
            self._apply(generation, fetch(0), fetch, flt, keep_id)
            return
        self.loading = True
        self.count_label.setText(self.tr("Memuat…"))
        self._task = self.ctx.tasks.run(
            lambda: list_members(db, flt, limit=None, sort=sort, descending=desc, actor=actor),
            label=self.tr("Menghitung saldo dan tunggakan anggota…"),
            parent_widget=self,
            on_done=lambda page: self._apply(generation, page, None, flt, keep_id),
            on_error=lambda exc: self._failed(generation, exc),
            supersedes=self._task,
        )

    def _apply(self, generation: int, page: MemberPage,
               fetch: Callable[[int], MemberPage] | None, flt: MemberFilter,
               keep_id: int | None) -> None:
        if not isValid(self) or generation != self._generation:
            return  # a newer query was asked meanwhile, or the page is gone
        self.loading = False
        self.model.fetch = fetch
        self.model.set_page(page)
        if keep_id is not None:
            row = self.model.row_of(keep_id)
            if row >= 0:
                self.table.selectRow(row)
        n = format_number(page.total)
        if self.is_filtered(flt):
            self.count_label.setText(self.tr("{n} dari {all} anggota").format(
                n=n, all=format_number(self._all_count or 0)))
        else:
            self._all_count = page.total  # the whole list: its count is everyone
            self.count_label.setText(self.tr("{n} anggota").format(n=n))
        self.update_buttons()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.loading = False
        self.count_label.setText(self.tr("Daftar tidak dapat dimuat: {error}").format(error=exc))

    def set_sort(self, key: str, descending: bool) -> None:
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.reload()

    def header_clicked(self, column: int) -> None:
        key = MemberTableModel.SORT_KEYS.get(column)
        header = self.table.horizontalHeader()
        if not key:
            # not sortable: put the indicator back where the list is really sorted
            current = next(c for c, k in MemberTableModel.SORT_KEYS.items() if k == self.sort_key)
            header.setSortIndicator(current, Qt.SortOrder.DescendingOrder if self.descending
                                    else Qt.SortOrder.AscendingOrder)
            return
        if key == self.sort_key:
            descending = not self.descending
        else:
            descending = key in BALANCE_SORTS  # the biggest balances first
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        self.model.sort(column, Qt.SortOrder.DescendingOrder if descending
                        else Qt.SortOrder.AscendingOrder)

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("members", "savings"):
            if changes.touches("members"):
                self._all_count = None  # a member added or gone: count them again
            if self.isVisible():
                self.reload()
            else:
                self._stale = True  # another book is showing: reload when we are shown

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    # ------------------------------------------------------------ selection and keys
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = self.model.row_at(rows[0].row())
        return row.id if row else None

    def update_buttons(self) -> None:
        actor = self.ctx.actor
        self.new_button.setEnabled(allowed(actor, "members.edit"))
        self.deposit_button.setEnabled(allowed(actor, "savings.deposit"))
        self.withdraw_button.setEnabled(allowed(actor, "savings.withdraw"))
        self.export_button.setEnabled(allowed(actor, "members.export"))
        self.open_button.setEnabled(self.selected_id() is not None)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.search_timer.isActive():
                    self.reload()
                if self.model.rowCount() == 1:
                    self.open_member(self.model.rows[0].id)
                elif self.model.rowCount():
                    self._focus_table()
                return True
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self._focus_table()
                return True
        return super().eventFilter(obj, event)

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)

    # ------------------------------------------------------------ opening things
    def open_selected(self) -> None:
        member_id = self.selected_id()
        if member_id is not None:
            self.open_member(member_id)

    def open_member(self, member_id: int) -> MemberDetailDialog:
        dlg = MemberDetailDialog(self.ctx, member_id, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.detail = dlg
        return dlg

    def new_member(self) -> MemberFormDialog:
        dlg = MemberFormDialog(self.ctx, None, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.saved.connect(self.on_member_saved)
        dlg.open()
        self.dialog = dlg
        return dlg

    def on_member_saved(self, saved: MemberSaved) -> None:
        m = saved.member
        # show the new member in the list, selected, whatever the sort
        self.search.setText(m.number)
        self.reload(keep_id=m.id)
        text = self.tr("{name} terdaftar sebagai {number} (calon anggota sampai simpanan pokok "
                       "dibayar).").format(name=m.name, number=m.number)
        if saved.warnings:
            text += " " + self.tr("Perhatian: ") + " ".join(saved.warnings)
        action = self.tr("Setor simpanan pokok") if allowed(self.ctx.actor, "savings.deposit") else None
        self.notice.show_message(text, kind="warn" if saved.warnings else "ok", action=action,
                                 callback=lambda: self.open_deposit(member=m, kind="pokok"))

    def selected_member(self):
        """The member row selected in the list (it carries into Ctrl+D and the withdrawal)."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def open_deposit(self, member=None, kind: str | None = None) -> DepositDialog:
        """The member selected in the list carries into the dialog; "Setoran berikutnya"
        then clears it for the next member of the queue."""
        dlg = DepositDialog(self.ctx, member or self.selected_member(), kind=kind, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.dialog = dlg
        return dlg

    def open_withdrawal(self, member=None) -> WithdrawalDialog:
        dlg = WithdrawalDialog(self.ctx, member or self.selected_member(), parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.dialog = dlg
        return dlg

    def export_excel(self, path: str | Path | None = None, on_done=None):
        default = Path.home() / f"daftar-anggota-{dt.date.today():%Y-%m-%d}.xlsx"
        path = ask_save_path(self, self.tr("Ekspor daftar anggota"), default, kind="xlsx", path=path)
        if path is None:
            return None
        return export_members(self.ctx, self, flt=self.filter(), path=path, on_done=on_done)

    def print_blank_form(self):
        return print_registration_form(self.ctx, self, member_id=None)
