"""Lembar penagihan: a group meeting's collection sheet, typed in and posted in one go.

Choose the group and the meeting date; the services fill in what each member owes
(``open_collection_sheet``). The clerk types what each paid, clears the presence of the
absent (Space), and where the group covered a member's shortfall (tanggung renteng) picks
the coverer and the amount. "Bukukan" posts the whole sheet in ONE call
(``post_collection_sheet``): a refused row is highlighted with the service's message and
nothing is posted. Then "Cetak kwitansi (Ctrl+P)" prints the kwitansi of every payment of
the sheet in one PDF, one per page; on a sheet posted earlier the same key reprints them,
marked CETAK ULANG. Below, what each member still owes the members who covered for them
(``cover_debts``) and a small form to record a settlement (``settle_cover``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import groups, receipt_print, repayments
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.permissions import allowed
from kamura_desktop.services.repayments import CoverDebt

from ..messages import show_error
from ..widgets import FieldErrors, keep_columns_whole, why_disabled
from .models import CoverDebtsModel
from .printing import PRINT_RECEIPT_KEY, print_collection_sheet, print_receipts
from .sheet_model import SheetModel, SheetTable
from .widgets import DateEdit, NoticeBar, RupiahEdit, fit_columns, hint, table_view

SHEET_WIDTHS = {
    SheetModel.COL_MEMBER: 176, SheetModel.COL_DUE_TODAY: 62, SheetModel.COL_OVERDUE: 72,
    SheetModel.COL_SUGGESTED: 62, SheetModel.COL_PAID: 72, SheetModel.COL_PRESENT: 44,
    SheetModel.COL_COVERER: 112, SheetModel.COL_COVER_AMOUNT: 78, SheetModel.COL_SHORT: 64,
}


class SettlementPanel(QGroupBox):
    """Utang tanggung renteng of the group, and recording what a member pays back."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Tanggung renteng: utang anggota kepada penanggungnya"))
        self.group_id: int | None = None
        self.errors = FieldErrors()
        self.model = CoverDebtsModel(self)
        self.table = table_view(self.model)
        self.table.setObjectName("coverDebts")
        fit_columns(self.table, {0: 120, 1: 120, 2: 80, 3: 90})
        self.table.setMinimumHeight(80)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.on_selected())
        self.empty = hint()

        self.who = QLabel(self.tr("Pilih baris utang di kiri."))
        self.who.setObjectName("settleWho")
        self.who.setWordWrap(True)
        self.amount = RupiahEdit(field="amount")
        self.amount.setObjectName("settleAmount")
        self.on_date = DateEdit(maximum=dt.date.today())
        self.on_date.setObjectName("settleDate")
        self.note = QLineEdit()
        self.note.setObjectName("settleNote")
        self.note.setPlaceholderText(self.tr("boleh dikosongkan"))
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.button = QPushButton(self.tr("Catat pengembalian"))
        why_disabled(self.button, self.tr("Pilih dulu utang tanggung renteng di daftar."))
        self.button.setObjectName("settle")
        self.button.clicked.connect(self.settle)
        self.amount.returnPressed.connect(self.settle)
        self.setToolTip(self.tr("Anggota yang ditalangi mengembalikan uangnya langsung kepada "
                                "penanggung; dicatat di sini (tidak lewat kas koperasi)."))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(4)
        self.errors.add_row(form, self.tr("Pengembalian"), self.who, "coverer")
        self.errors.add_row(form, self.tr("Jumlah (Rp)"), self.amount, "amount")
        self.errors.add_row(form, self.tr("Tanggal"), self.on_date, "on_date")
        self.errors.add_row(form, self.tr("Keterangan"), self.note, "note")
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(6, 0, 0, 0)
        rl.setSpacing(4)
        rl.addLayout(form)
        rl.addWidget(self.general_error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        rl.addLayout(row)
        rl.addStretch(1)
        right.setFixedWidth(340)

        # the table and the form show only when the group has covers to settle
        self.body = QWidget()
        bl = QHBoxLayout(self.body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.table, 1)
        bl.addWidget(right)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 6)
        lay.setSpacing(2)
        lay.addWidget(self.body, 1)
        lay.addWidget(self.empty)
        self.update_form()

    def load(self, group_id: int | None) -> None:
        self.group_id = group_id
        debts = repayments.cover_debts(self.ctx.db, group_id=group_id) if group_id else []
        self.model.set_rows(debts)
        self.body.setVisible(bool(debts))
        open_debts = sum(d.outstanding for d in debts)
        self.empty.setText(self.tr("Sisa utang tanggung renteng kelompok: {amount}.").format(
            amount=format_rupiah(open_debts)) if debts else
            self.tr("Belum ada tanggungan dalam kelompok ini."))
        self.update_form()

    def selected(self) -> CoverDebt | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def on_selected(self) -> None:
        self.errors.clear()
        self.general_error.hide()
        d = self.selected()
        if d is not None:
            self.amount.set_value(d.outstanding or None)
        self.update_form()

    def update_form(self) -> None:
        d = self.selected()
        can = allowed(self.ctx.actor, "repayments.settle")
        if d is None:
            self.who.setText(self.tr("Pilih baris utang di kiri."))
        else:
            self.who.setText(self.tr("{debtor} mengembalikan kepada {coverer} (sisa {amount})").format(
                debtor=d.debtor_name, coverer=d.coverer_name, amount=format_rupiah(d.outstanding)))
        enabled = bool(can and d is not None and d.outstanding > 0)
        for w in (self.amount, self.on_date, self.note, self.button):
            w.setEnabled(enabled)
        self.button.setToolTip("" if can else self.tr("Hanya petugas atau bendahara yang mencatat pengembalian."))

    def settle(self) -> bool:
        d = self.selected()
        if d is None or not self.button.isEnabled():
            return False
        self.errors.clear()
        self.general_error.hide()

        def settle(db, *, actor):
            return repayments.settle_cover(
                db, actor=actor, debtor_member_id=d.debtor_member_id,
                coverer_member_id=d.coverer_member_id, amount=self.amount.value(),
                on_date=self.on_date.value(), note=self.note.text())

        if self.ctx.perform(settle, source=self, errors=self.errors,
                            general=self.general_error) is None:
            return False
        self.note.clear()
        return True


class CollectionSheetTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._groups_loaded = False
        self._stale = False
        self.last_receipts: list = []
        self._posted_here: tuple[int, dt.date] | None = None  # the sheet last_receipts belong to

        # ---- which sheet
        self.group = QComboBox()
        self.group.setObjectName("sheetGroup")
        self.group.setMinimumWidth(240)
        self.group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group.setMinimumContentsLength(24)
        self.meeting_date = DateEdit(maximum=dt.date.today())
        self.meeting_date.setObjectName("meetingDate")
        self.group_info = hint()
        self.print_button = QPushButton(self.tr("Cetak lembar kosong && daftar hadir"))
        self.print_button.setObjectName("printSheet")
        self.print_button.clicked.connect(lambda: self.print_sheet())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kelompok")))
        top.addWidget(self.group, 1)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Tanggal")))
        top.addWidget(self.meeting_date)
        top.addStretch(1)
        top.addWidget(self.print_button)
        self.notice = NoticeBar()

        # ---- the grid
        self.model = SheetModel(self)
        self.model.input_error.connect(self.on_input_error)
        self.model.dataChanged.connect(lambda *_: self.on_entries_changed())
        self.table = SheetTable()
        self.table.setObjectName("sheetTable")
        self.table.setModel(self.model)
        for col, width in SHEET_WIDTHS.items():
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.horizontalHeader().setStretchLastSection(True)
        # names with their numbers and the JUMLAH row are read whole (never "864.0…"), and every
        # row of a group up to ten, JUMLAH included, shows without scrolling (the tanggung
        # renteng panel below gives way)
        keep_columns_whole(self.table, tuple(SHEET_WIDTHS))
        self.model.modelReset.connect(self._fit_rows)
        keys = hint(self.tr("Ketik angka: isi sel · Tab: sel berikutnya · Enter: baris berikutnya · "
                            "Spasi: hadir/tidak hadir · Del: kosongkan · Ctrl+Enter: bukukan"))
        self.fill_button = QPushButton(self.tr("Isi Dibayar = saran (Ctrl+I)"))
        why_disabled(self.fill_button, self.tr("Pilih dulu kelompok dan tanggal lembar yang belum dibukukan."))
        self.fill_button.setObjectName("fillSuggested")
        self.fill_button.setToolTip(self.tr("Isi kolom Dibayar dengan saran bayar untuk semua anggota; "
                                            "lalu ubah yang berbeda"))
        self.fill_button.clicked.connect(self.fill_suggested)
        QShortcut(QKeySequence("Ctrl+I"), self, activated=self.fill_suggested)
        self.clear_button = QPushButton(self.tr("Kosongkan"))
        why_disabled(self.clear_button, self.tr("Pilih dulu kelompok dan tanggal lembar yang belum dibukukan."))
        self.clear_button.setObjectName("clearSheet")
        self.clear_button.clicked.connect(self.clear_entries)
        self.summary = QLabel()
        self.summary.setObjectName("sheetSummary")
        self.summary.setStyleSheet("font-weight: bold; color: #12503f;")
        self.summary.setWordWrap(True)
        self.post_button = QPushButton(self.tr("Bukukan (Ctrl+Enter)"))
        self.post_button.setObjectName("postSheet")
        self.post_button.setStyleSheet("QPushButton { background: #12503f; color: white; border-radius: 3px;"
                                       " padding: 6px 18px; font-weight: bold; }"
                                       "QPushButton:disabled { background: #9fb5ae; }")
        self.post_button.clicked.connect(lambda: self.post())
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self.post)
        self.receipt_button = QPushButton(self.tr("Cetak kwitansi (Ctrl+P)"))
        self.receipt_button.setObjectName("printSheetReceipts")
        self.receipt_button.clicked.connect(lambda: self.print_receipts())
        QShortcut(QKeySequence(PRINT_RECEIPT_KEY), self, activated=self.print_receipts)
        bottom = QHBoxLayout()
        bottom.addWidget(self.fill_button)
        bottom.addWidget(self.clear_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.receipt_button)
        bottom.addWidget(self.post_button)

        sheet_box = QWidget()
        sl = QVBoxLayout(sheet_box)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.table, 1)
        sl.addWidget(keys)
        sl.addLayout(bottom)

        self.settlement = SettlementPanel(ctx)
        self.settlement.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.group_info)
        lay.addWidget(self.notice)
        lay.addWidget(sheet_box, 1)
        lay.addWidget(self.settlement)

        self.group.currentIndexChanged.connect(lambda _i: self.choice_changed())
        self.meeting_date.dateChanged.connect(lambda _d: self.choice_changed())
        self._shown: tuple[int | None, dt.date] | None = None  # the group and date on screen
        ctx.hub.changed.connect(self.on_changed)
        self.update_buttons()

    # ------------------------------------------------------------ loading
    def load_groups(self) -> None:
        keep = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        for g in groups.list_groups(self.ctx.db):
            self.group.addItem(self.tr("{code} — {name} (ketua: {leader}, {n} anggota)").format(
                code=g.code, name=g.name, leader=g.leader_name, n=len(g.members)), g.id)
        if keep is not None and self.group.findData(keep) >= 0:
            self.group.setCurrentIndex(self.group.findData(keep))
        self.group.blockSignals(False)
        self._groups_loaded = True
        if self.group.count() == 0:
            self.group_info.setText(self.tr("Belum ada kelompok aktif."))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._groups_loaded:
            self.load_groups()
            self.open_sheet()
        elif self._stale and not self.model.dirty:
            self._stale = False
            self.open_sheet(keep_notice=True)
        self.update_buttons()

    def select(self, group_id: int, meeting_date: dt.date | None = None) -> None:
        """Open the sheet of a group (and date) — for the page and for tests."""
        if not self._groups_loaded:
            self.load_groups()
        self.group.blockSignals(True)
        self.group.setCurrentIndex(self.group.findData(group_id))
        self.group.blockSignals(False)
        if meeting_date is not None:
            self.meeting_date.blockSignals(True)
            self.meeting_date.set_value(meeting_date)
            self.meeting_date.blockSignals(False)
        self.open_sheet()

    def choice_changed(self) -> None:
        """Another group or date chosen: never throw away typed entries without asking."""
        wanted = (self.group.currentData(), self.meeting_date.value())
        if wanted == self._shown:
            return
        if self.model.dirty and not self.model.read_only and self._shown is not None:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Isian belum dibukukan"),
                              self.tr("Isian lembar penagihan ini belum dibukukan. Buang isian itu dan "
                                      "buka lembar yang lain?"),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Buang isian"))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("Kembali ke isian"))
            if box.exec() != QMessageBox.StandardButton.Yes:
                group_id, day = self._shown
                for w in (self.group, self.meeting_date):
                    w.blockSignals(True)
                self.group.setCurrentIndex(max(0, self.group.findData(group_id)))
                self.meeting_date.set_value(day)
                for w in (self.group, self.meeting_date):
                    w.blockSignals(False)
                return
        self.open_sheet()

    def open_sheet(self, *, keep_notice: bool = False) -> None:
        self._shown = (self.group.currentData(), self.meeting_date.value())
        if not keep_notice:
            self.notice.clear()
        group_id = self.group.currentData()
        if group_id is None:
            self.model.set_sheet(None)
            self.settlement.load(None)
            self.update_buttons()
            return
        day = self.meeting_date.value()
        try:
            sheet = repayments.open_collection_sheet(self.ctx.db, group_id=group_id, meeting_date=day)
        except UserError as exc:
            show_error(self, exc)
            return
        self.model.set_sheet(sheet, read_only=sheet.already_posted)
        with_credit = sum(1 for ln in sheet.lines if ln.credit_id is not None)
        self.group_info.setText(self.tr("{n} anggota, {c} dengan kredit berjalan · saran bayar hari ini "
                                        "{total}").format(n=len(sheet.lines), c=with_credit,
                                                         total=format_rupiah(sheet.total_suggested)))
        if sheet.already_posted and not keep_notice:
            self.notice.show_message(self.tr(
                "Lembar penagihan {group} tanggal {date} sudah dibukukan. Yang tampil adalah sisa "
                "tagihan sekarang; angsuran susulan dicatat di tab Angsuran per kredit.").format(
                group=sheet.group_code, date=format_date_id(day)), kind="info")
        self.settlement.load(group_id)
        self.update_summary()
        self.update_buttons()

    # ------------------------------------------------------------ entering
    def _fit_rows(self) -> None:
        rows = min(self.model.rowCount(), 11)
        self.table.setMinimumHeight(self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
                                    + sum(self.table.rowHeight(r) for r in range(rows)) + 2)

    def fill_suggested(self) -> None:
        if self.model.sheet is None or self.model.read_only:
            return
        self.model.fill_suggested()
        self.update_summary()
        self.table.setFocus()

    def clear_entries(self) -> None:
        self.model.clear_entries()
        self.notice.clear()
        self.update_summary()

    def on_input_error(self, row: int, message: str) -> None:
        name = self.model.lines[row].member_name
        self.notice.show_message(self.tr("Baris {row} ({name}): {message}").format(
            row=row + 1, name=name, message=message), kind="error")

    def on_entries_changed(self) -> None:
        if self.notice.kind == "error":
            self.notice.clear()
        self.update_summary()

    def update_summary(self) -> None:
        m = self.model
        if m.sheet is None:
            self.summary.clear()
            return
        t = m.totals()
        self.summary.setText(self.tr("Setoran {paid} + ditanggung {covered} = {total} · hadir "
                                     "{present}/{n}").format(
            paid=format_rupiah(t[m.COL_PAID]), covered=format_rupiah(t[m.COL_COVER_AMOUNT]),
            total=format_rupiah(t[m.COL_PAID] + t[m.COL_COVER_AMOUNT]), present=m.present_count(),
            n=len(m.lines)))

    def update_buttons(self) -> None:
        m = self.model
        can = allowed(self.ctx.actor, "repayments.record")
        editable = m.sheet is not None and not m.read_only
        self.post_button.setEnabled(bool(editable and can))
        why_disabled(self.post_button, self.tr("Pilih dulu kelompok dan tanggal lembar yang belum dibukukan.")
                     if can else self.tr("Hanya petugas atau bendahara yang membukukan lembar penagihan."))
        self.fill_button.setEnabled(editable)
        self.clear_button.setEnabled(editable)
        self.print_button.setEnabled(m.sheet is not None)
        posted = m.sheet is not None and (m.sheet.already_posted or self._just_posted())
        self.receipt_button.setEnabled(bool(posted))
        self.receipt_button.setToolTip(
            self.tr("Kwitansi setiap setoran lembar ini dalam satu PDF, satu per halaman")
            if self._just_posted() else
            self.tr("Cetak ulang kwitansi lembar ini (ditandai CETAK ULANG)") if posted else
            self.tr("Kwitansi dicetak setelah lembar penagihan dibukukan"))
        self.print_button.setToolTip(
            self.tr("Lembar penagihan kosong dan daftar hadir pertemuan ini, untuk diisi tangan di "
                    "pertemuan kelompok"))

    # ------------------------------------------------------------ posting
    def post(self, *, confirm: bool = True) -> bool:
        m = self.model
        if m.sheet is None or m.read_only or not self.post_button.isEnabled():
            return False
        self.table.commit_editing()  # the cell being typed counts too
        self.notice.clear()
        m.set_error_row(None)
        try:
            entries = m.sheet_entries()
        except UserError as exc:
            self.show_row_error(exc)
            return False
        t = m.totals()
        total = t[m.COL_PAID] + t[m.COL_COVER_AMOUNT]
        if confirm and not self._confirm(total):
            return False

        def refused(exc: UserError) -> None:
            if isinstance(exc, PermissionDenied):
                self.ctx.show_refusal(exc, self)
            else:
                self.show_row_error(exc)

        outcome = self.ctx.perform(repayments.post_collection_sheet, source=self, on_error=refused,
                                   group_id=m.sheet.group_id, meeting_date=m.sheet.meeting_date,
                                   entries=entries)
        if outcome is None:
            return False
        receipts = outcome.value
        self.last_receipts = receipts
        self._posted_here = (m.sheet.group_id, m.sheet.meeting_date)
        m.dirty = False
        m.set_read_only(True)
        numbers = [r.receipt_no for r in receipts]
        if numbers:
            span = numbers[0] if len(numbers) == 1 else f"{numbers[0]} s.d. {numbers[-1]}"
            text = self.tr("Lembar penagihan {group} tanggal {date} dibukukan: {n} setoran, jumlah "
                           "{total}; kwitansi {span}.").format(
                group=m.sheet.group_code, date=format_date_id(m.sheet.meeting_date), n=len(receipts),
                total=format_rupiah(sum(r.amount for r in receipts)), span=span)
        else:
            text = self.tr("Lembar penagihan {group} tanggal {date} dibukukan (daftar hadir saja, tanpa "
                           "setoran).").format(group=m.sheet.group_code,
                                               date=format_date_id(m.sheet.meeting_date))
        self.notice.show_message(text, kind="ok")
        self.update_buttons()
        return True

    def _confirm(self, total: int) -> bool:
        m = self.model
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Bukukan lembar penagihan"),
                          self.tr("Bukukan lembar penagihan {group} tanggal {date}?\n\nSetoran {total} "
                                  "dari {n} anggota; {present} hadir. Setelah dibukukan, kesalahan "
                                  "dibetulkan dengan membalik angsurannya.").format(
                              group=m.sheet.group_code, date=format_date_id(m.sheet.meeting_date),
                              total=format_rupiah(total), n=len(m.lines), present=m.present_count()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Bukukan"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Batal"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_row_error(self, exc: UserError) -> None:
        row = None
        if exc.field and exc.field.startswith("row:"):
            try:
                row = int(exc.field.split(":", 1)[1]) - 1
            except ValueError:
                row = None
        if row is not None and 0 <= row < len(self.model.lines):
            self.model.set_error_row(row)
            self.table.go_to(self.model.index(row, SheetModel.COL_PAID))
            self.table.setFocus()
        self.notice.show_message(exc.message, kind="error")

    def _just_posted(self) -> bool:
        m = self.model
        return bool(m.sheet is not None and self.last_receipts
                    and self._posted_here == (m.sheet.group_id, m.sheet.meeting_date))

    def print_receipts(self, on_shown=None):
        """The kwitansi of the sheet on screen, one per page: those just posted here, or a
        reprint of a sheet posted before (marked CETAK ULANG, in the audit log)."""
        m = self.model
        if m.sheet is None or not self.receipt_button.isEnabled():
            return None
        if self._just_posted():
            return print_receipts(self.ctx, self, receipt_nos=[r.receipt_no for r in self.last_receipts],
                                  on_shown=on_shown)
        numbers = receipt_print.sheet_receipt_numbers(self.ctx.db, group_id=m.sheet.group_id,
                                                      meeting_date=m.sheet.meeting_date)
        if not numbers:
            self.notice.show_message(self.tr("Lembar ini dibukukan tanpa setoran; tidak ada kwitansi."),
                                     kind="info")
            return None
        return print_receipts(self.ctx, self, receipt_nos=numbers, reprint=True, on_shown=on_shown)

    def print_sheet(self, on_shown=None):
        m = self.model
        if m.sheet is None:
            return None
        return print_collection_sheet(self.ctx, self, group_id=m.sheet.group_id, group_code=m.sheet.group_code,
                                      meeting_date=m.sheet.meeting_date, on_shown=on_shown)

    def on_changed(self, changes: Changes, source: object | None = None) -> None:
        if changes.touches("groups"):
            self._groups_loaded = False
        if changes.touches("repayments", "credits", "groups", "members"):
            if self.model.dirty or source is self:
                self.settlement.load(self.settlement.group_id)
                return  # never wipe what the clerk is typing (or just posted here)
            if not self.isVisible():
                self._stale = True
                return
            if not self._groups_loaded:
                self.load_groups()
            if self.model.sheet is not None and self.model.read_only and not self.model.sheet.already_posted:
                # just posted here: keep the grid as typed, with its notice; refresh the debts
                self.settlement.load(self.settlement.group_id)
            else:
                self.open_sheet(keep_notice=True)
