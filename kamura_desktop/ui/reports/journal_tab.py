"""Jurnal: every journal entry of a period (search by number or text), the treasurer's manual
entries (expenses, bank deposits, adjustments) with a live balance check, and reversal
instead of editing — a posted entry is never changed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_number, format_rupiah, parse_rupiah
from kamura_desktop.services import accounting, journal, ledger
from kamura_desktop.services.permissions import allowed

from ..widgets import DateEdit, FieldErrors
from .common import NoticeBar, PeriodBar, ReportTable
from .models import Column, RowsModel
from .statements_tab import open_entry


class ManualEntryDialog(QDialog):
    """A manual journal entry: date, description, attachment note and at least two lines.
    The totals and the difference show while typing; the service decides."""

    posted = Signal(object)

    LINES = 6

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.setObjectName("manualEntry")
        self.setWindowTitle(self.tr("Jurnal manual"))
        self.resize(760, 460)
        self.on_date = DateEdit(dt.date.today())
        self.on_date.setObjectName("on_date")
        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.description.setPlaceholderText(self.tr("mis. Pembelian alat tulis kantor bulan Maret"))
        self.note = QLineEdit()
        self.note.setObjectName("attachment_note")
        self.note.setPlaceholderText(self.tr("mis. nota toko No. 118, disimpan di map bukti 2024"))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Tanggal"), self.on_date, "on_date")
        self.errors.add_row(form, self.tr("Keterangan"), self.description, "description")
        self.errors.add_row(form, self.tr("Catatan bukti"), self.note, "attachment_note")

        self.accounts = [(a.code, a.name) for a in accounting.list_accounts(ctx.db)]
        self.grid = QTableWidget(self.LINES, 4)
        self.grid.setObjectName("lines")
        self.grid.setHorizontalHeaderLabels([self.tr("Akun"), self.tr("Debit"), self.tr("Kredit"),
                                             self.tr("Memo")])
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.grid.setColumnWidth(1, 120)
        self.grid.setColumnWidth(2, 120)
        self.grid.setColumnWidth(3, 160)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for row in range(self.LINES):
            box = QComboBox()
            box.addItem("", None)
            for code, name in self.accounts:
                box.addItem(f"{code} {name}", code)
            self.grid.setCellWidget(row, 0, box)
            for col in (1, 2, 3):
                item = QTableWidgetItem("")
                if col in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.setItem(row, col, item)
        self.grid.itemChanged.connect(lambda _item: self.update_totals())
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.lines_error = QLabel()
        self.lines_error.setObjectName("fieldError")
        self.lines_error.setWordWrap(True)
        self.lines_error.hide()

        self.save_button = QPushButton(self.tr("Bukukan"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.totals, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        explain = QLabel(self.tr("Isi debit atau kredit pada setiap baris; jumlah debit harus sama "
                                 "dengan jumlah kredit. Jurnal yang sudah dibukukan tidak dapat diubah — "
                                 "kesalahan dibalik dengan jurnal pembalik."))
        explain.setObjectName("pageHint")
        explain.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.grid, 1)
        lay.addWidget(self.lines_error)
        lay.addWidget(explain)
        lay.addLayout(buttons)
        self.update_totals()

    # ------------------------------------------------------------ lines
    def set_line(self, row: int, code: str, debit: int = 0, credit: int = 0, memo: str = "") -> None:
        box: QComboBox = self.grid.cellWidget(row, 0)
        box.setCurrentIndex(max(box.findData(code), 0))
        self.grid.item(row, 1).setText(format_number(debit) if debit else "")
        self.grid.item(row, 2).setText(format_number(credit) if credit else "")
        self.grid.item(row, 3).setText(memo)

    def _amount(self, row: int, col: int) -> int:
        text = self.grid.item(row, col).text().strip()
        if not text:
            return 0
        return parse_rupiah(text, field="lines")

    def collect(self) -> list[ledger.Line]:
        lines = []
        for row in range(self.LINES):
            code = self.grid.cellWidget(row, 0).currentData()
            try:
                debit, credit = self._amount(row, 1), self._amount(row, 2)
            except UserError as exc:
                raise UserError(self.tr("Baris {row}: {message}").format(row=row + 1, message=exc.message),
                                field="lines") from exc
            memo = self.grid.item(row, 3).text().strip() or None
            if not code and not debit and not credit:
                continue
            if not code:
                raise UserError(self.tr("Baris {row}: pilih akunnya.").format(row=row + 1), field="lines")
            lines.append(ledger.Line(account=code, debit=debit, credit=credit, memo=memo))
        return lines

    def update_totals(self) -> None:
        debit = credit = 0
        for row in range(self.LINES):
            try:
                debit += self._amount(row, 1)
                credit += self._amount(row, 2)
            except UserError:
                continue
        diff = debit - credit
        text = self.tr("Debit {d} · Kredit {c}").format(d=format_rupiah(debit), c=format_rupiah(credit))
        if diff:
            text += " · " + self.tr("selisih {x}").format(x=format_rupiah(abs(diff)))
            self.totals.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.totals.setStyleSheet("color: #12503f; font-weight: bold;")
        self.totals.setText(text)

    def submit(self) -> bool:
        self.errors.clear()
        self.lines_error.hide()

        def post(db, *, actor):
            return journal.post_manual_entry(
                db, actor=actor, on_date=self.on_date.value(), description=self.description.text(),
                lines=self.collect(), attachment_note=self.note.text())

        # a refusal of the lines ("lines" is no field of the form) goes under the grid
        outcome = self.ctx.perform(post, source=self, errors=self.errors, general=self.lines_error)
        if outcome is None:
            return False
        self.posted.emit(outcome.value)
        self.accept()
        return True


class JournalTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.notice = NoticeBar()
        self.dialog: ManualEntryDialog | None = None
        self.period = PeriodBar()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Cari nomor jurnal atau keterangan…"))
        self.search.setClearButtonEnabled(True)
        self.manual_only = QComboBox()
        self.manual_only.setObjectName("sourceFilter")
        self.manual_only.addItem(self.tr("Semua jurnal"), None)
        self.manual_only.addItem(self.tr("Jurnal manual"), "manual")
        self.new_button = QPushButton(self.tr("Jurnal manual baru…"))
        self.new_button.setObjectName("newEntry")
        self.reverse_button = QPushButton(self.tr("Balik jurnal…"))
        self.reverse_button.setObjectName("reverseEntry")
        can_post = allowed(ctx.actor, "ledger.post_manual")
        self.new_button.setVisible(can_post)
        self.reverse_button.setVisible(allowed(ctx.actor, "ledger.reverse"))

        self.model = RowsModel([
            Column(self.tr("Tanggal"), lambda r: r.date, "date"),
            Column(self.tr("No. jurnal"), lambda r: r.number),
            Column(self.tr("Keterangan"), lambda r: r.description),
            Column(self.tr("Jumlah"), lambda r: r.total, "money"),
            Column(self.tr("Sumber"), lambda r: self.source_label(r.source_type)),
            Column(self.tr("Catatan bukti"), lambda r: r.attachment_note or ""),
            Column(self.tr("Status"), self._status),
        ], self, key=lambda r: r.entry_id, muted=lambda r: bool(r.reversed_by_id or r.reversal_of_id))
        self.table = ReportTable()
        self.table.setObjectName("journalTable")
        self.table.setModel(self.model)
        self.table.fit({0: 130, 1: 130, 3: 130, 4: 110, 5: 200, 6: 100}, stretch=2)
        self.table.open_requested.connect(lambda entry_id: open_entry(self, ctx, entry_id))
        self.count = QLabel()
        self.count.setObjectName("pageHint")

        top = QHBoxLayout()
        top.addWidget(self.period, 1)
        top.addWidget(self.manual_only)
        top.addWidget(self.search, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.reverse_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addLayout(actions)

        self.period.changed.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.manual_only.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.reverse_button.clicked.connect(lambda: self.reverse_selected())
        self.refresh()

    def source_label(self, source: str | None) -> str:
        labels = {
            "manual": self.tr("Manual"), "savings": self.tr("Simpanan"), "repayment": self.tr("Angsuran"),
            "credit_application": self.tr("Pencairan"), "purchase": self.tr("Pembelian paket"),
            "flowback": self.tr("Lender"), "flowback_adjust": self.tr("Lender"),
            "capital": self.tr("Modal"), "grant": self.tr("Hibah"), "member_leave": self.tr("Anggota keluar"),
            "provision": self.tr("Penyisihan"), "shu": self.tr("SHU"), "shu_payment": self.tr("Bayar SHU"),
            "write_off": self.tr("Hapus buku"), "year_close": self.tr("Tutup buku"),
        }
        return labels.get(source or "", source or "")

    def _status(self, r) -> str:
        if r.reversal_of_id:
            return self.tr("pembalik")
        if r.reversed_by_id:
            return self.tr("sudah dibalik")
        return ""

    def on_changes(self, changes) -> None:
        if changes.touches("ledger", "books", "savings", "repayments", "credits", "lenders"):
            self.refresh()

    def refresh(self) -> None:
        date_from, date_to = self.period.period()
        try:
            rows = journal.list_journal(self.ctx.db, date_from=date_from, date_to=date_to,
                                        search=self.search.text().strip() or None,
                                        source_type=self.manual_only.currentData())
        except Exception as exc:  # noqa: BLE001 - said in place, not in a dialog on every refresh
            self.model.set_rows([])
            self.count.setText(str(getattr(exc, "message", exc)))
            return
        self.model.set_rows(rows)
        self.count.setText(self.tr("{n} jurnal · jumlah {total}").format(
            n=len(rows), total=format_rupiah(sum(r.total for r in rows if not r.reversal_of_id))))

    def new_entry(self) -> ManualEntryDialog:
        self.dialog = ManualEntryDialog(self.ctx, self)
        self.dialog.posted.connect(lambda e: self.notice.show_message(
            self.tr("Jurnal {number} dibukukan.").format(number=e.number)))
        self.dialog.open()
        return self.dialog

    def reverse_selected(self, reason: str | None = None) -> bool:
        entry_id = self.table.selected_key()
        if entry_id is None:
            self.notice.show_message(self.tr("Pilih dulu jurnal yang akan dibalik."), kind="warn")
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Balik jurnal"),
                                              self.tr("Alasan pembalikan (wajib):"))
            if not ok:
                return False
        outcome = self.ctx.perform(journal.reverse_manual_entry, source=self, entry_id=entry_id,
                                   reason=reason, on_date=dt.date.today())
        if outcome is None:
            return False
        number = getattr(outcome.value, "number", "")
        self.notice.show_message(self.tr("Jurnal dibalik dengan {number}.").format(number=number))
        return True
