"""The yearly filings on the Laporan page (issue 19 §2–5), one tab each:

- **Arus kas & CALK**: a year's cash flow statement (direct method) as printed, the notes'
  free text the treasurer writes for that year, PDF (statement + CALK) and Excel;
- **Anggaran (RAPB)**: next year's budget per income and expense account and the targets,
  entered by the chair or the treasurer, approved at the RAT (chair); the realisation of a
  month or the year beside it; PDF and Excel;
- **Data ODS**: the Kemenkop Online Data System figures in the form's order; PDF and Excel;
- **Pengingat**: instalments due tomorrow and in arrears with their WhatsApp links (opened
  with QDesktopServices), members without a number apart, and the surat peringatan 1/2/3.

Every figure comes from the services; the reports are read off the UI thread.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.budget import MONTHS_ID, TARGETS
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_rupiah, parse_rupiah
from kamura_desktop.domain.text import is_digits
from kamura_desktop.services import accounting, budget, cash_flow, ods, reminders
from kamura_desktop.services.permissions import allowed

from ..messages import show_error
from ..widgets import DateEdit, why_disabled
from .common import NoticeBar, export_xlsx, show_pdf

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _money(value: int) -> str:
    if value == 0:
        return "-"
    return f"({format_rupiah(-value)})" if value < 0 else format_rupiah(value)


def _cell_text(value, kind: str) -> str:
    if value is None:
        return ""
    if kind == "money":
        return _money(int(value))
    if kind == "percent":
        return f"{value:.1f}".replace(".", ",") + " %"
    if kind == "number":
        return f"{int(value):,}".replace(",", ".")
    if kind == "date":
        return format_date_id(value)
    return str(value)


class GridTable(QTableWidget):
    """A read-only table showing a report grid exactly as the PDF prints it (headings and
    totals bold, amounts right-aligned, negatives in brackets)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(22)
        self.setAlternatingRowColors(True)
        self.grid = None

    def set_grid(self, grid) -> None:
        self.grid = grid
        self.clear()
        self.setColumnCount(len(grid.columns))
        names = self._headers()
        self.setHorizontalHeaderLabels([names.get(c.header, c.header) for c in grid.columns])
        self.setRowCount(len(grid.rows))
        for i, row in enumerate(grid.rows):
            bold = row.style in ("heading", "total", "grand")
            for j, (value, col) in enumerate(zip(row.values, grid.columns, strict=True)):
                text = _cell_text(value, col.kind)
                if j == grid.label_column and row.level > 1:
                    text = "    " * (row.level - 1) + text
                item = QTableWidgetItem(text)
                if col.kind in ("money", "percent", "number"):
                    item.setTextAlignment(RIGHT)
                if bold:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(i, j, item)
        header = self.horizontalHeader()
        for j in range(len(grid.columns)):
            header.setSectionResizeMode(j, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(grid.label_column, QHeaderView.ResizeMode.Stretch)

    def _headers(self) -> dict[str, str]:
        """The grids' column headers in the interface's language (dates pass through)."""
        return {"Uraian": self.tr("Uraian"), "Akun": self.tr("Akun"), "Jumlah": self.tr("Jumlah"),
                "Anggaran": self.tr("Anggaran"), "Realisasi": self.tr("Realisasi"),
                "Selisih": self.tr("Selisih"), "Realisasi %": self.tr("Realisasi %"), "No.": self.tr("No."),
                "Isian formulir ODS": self.tr("Isian formulir ODS"), "Nilai": self.tr("Nilai"),
                "Sumber di Kamura": self.tr("Sumber di Kamura")}

    def texts(self) -> list[list[str]]:
        return [[self.item(i, j).text() if self.item(i, j) else "" for j in range(self.columnCount())]
                for i in range(self.rowCount())]


def _year_box(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(2000, 2100)
    box.setValue(value)
    return box


# ------------------------------------------------------------------ Arus kas & CALK

class CashFlowTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.notice = NoticeBar()
        self.year = _year_box(dt.date.today().year - 1)
        self.year.setObjectName("cashFlowYear")
        self.run_button = QPushButton(self.tr("Tampilkan"))
        self.run_button.setDefault(True)
        self.pdf_button = QPushButton(self.tr("Pratinjau / cetak PDF"))
        self.xlsx_button = QPushButton(self.tr("Simpan Excel"))
        self.status = QLabel()
        self.status.setObjectName("cashFlowStatus")
        self.status.setWordWrap(True)
        self.table = GridTable()
        self.table.setObjectName("cashFlowTable")
        self.note = QPlainTextEdit()
        self.note.setObjectName("calkNote")
        self.note.setPlaceholderText(self.tr("Catatan pengurus untuk CALK tahun ini (kejadian penting, "
                                             "penjelasan pos neraca, komitmen)…"))
        self.save_note = QPushButton(self.tr("Simpan catatan CALK"))
        self.note_info = QLabel()
        self.note_info.setWordWrap(True)
        box = QGroupBox(self.tr("Catatan atas laporan keuangan (CALK): catatan pengurus"))
        bl = QVBoxLayout(box)
        bl.addWidget(self.note, 1)
        row = QHBoxLayout()
        row.addWidget(self.note_info, 1)
        row.addWidget(self.save_note)
        bl.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun buku")))
        top.addWidget(self.year)
        top.addWidget(self.run_button)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addLayout(top)
        lay.addWidget(self.status)
        lay.addWidget(split, 1)
        if not allowed(ctx.actor, "calk.edit"):
            self.save_note.setEnabled(False)
            self.note.setReadOnly(True)
            self.save_note.setToolTip(self.tr("Hanya bendahara yang menulis catatan CALK."))
        why_disabled(self.run_button, self.tr("Sedang menghitung…"))
        self.run_button.clicked.connect(self.refresh)
        self.save_note.clicked.connect(self.save)
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())
        self.refresh()

    def on_changes(self, changes) -> None:
        if changes.touches("books", "ledger", "repayments", "credits", "savings", "settings"):
            self.refresh()

    def refresh(self):
        db, actor, year = self.ctx.db, self.ctx.actor, self.year.value()
        self.run_button.setEnabled(False)

        def work():
            return (cash_flow.year_statement(db, year=year, actor=actor), cash_flow.statement_grid(db, year=year),
                    cash_flow.calk_notes(db, year=year))

        def done(result) -> None:
            self.run_button.setEnabled(True)
            cf, grid, notes = result
            self.table.set_grid(grid)
            self.status.setText(
                (self.tr("Kas dan bank {a} + arus kas bersih {n} = {b}: cocok dengan neraca.") if cf.reconciled
                 else self.tr("PERHATIAN: kas dan bank {a} + arus kas bersih {n} tidak sama dengan neraca {b}."))
                .format(a=format_rupiah(cf.opening_total), n=_money(cf.net_change), b=format_rupiah(cf.closing_total)))
            self.note.setPlainText(notes.free_text)
            self.note_info.setText(self.tr("Disimpan oleh {name}, {date}.").format(
                name=notes.saved_by or "-", date=format_date_id(notes.saved_at)) if notes.saved_at else "")

        def failed(exc: BaseException) -> None:
            self.run_button.setEnabled(True)
            show_error(self, exc)

        self.task = self.ctx.tasks.run(
            supersedes=getattr(self, "task", None),
            fn=work, label=self.tr("Menyusun laporan arus kas…"), parent_widget=self,
            on_done=done, on_error=failed)
        return self.task

    def save(self) -> None:
        outcome = self.ctx.perform(cash_flow.save_calk_text, year=self.year.value(),
                                   text=self.note.toPlainText(), source=self)
        if outcome is not None:
            self.notice.show_message(self.tr("Catatan CALK {year} disimpan.").format(year=self.year.value()))
            self.note_info.setText(self.tr("Disimpan oleh {name}, {date}.").format(
                name=outcome.value.saved_by or "-", date=format_date_id(outcome.value.saved_at)))

    def preview_pdf(self):
        db, actor, year = self.ctx.db, self.ctx.actor, self.year.value()
        return show_pdf(self.ctx, self, lambda p: cash_flow.write_cash_flow_pdf(db, year=year, path=p, actor=actor),
                        title=self.tr("Laporan arus kas dan CALK {year}").format(year=year),
                        filename=f"arus-kas-calk-{year}.pdf")

    def save_xlsx(self, path: str | None = None):
        db, actor, year = self.ctx.db, self.ctx.actor, self.year.value()
        return export_xlsx(self.ctx, self, lambda p: cash_flow.write_cash_flow_xlsx(db, year=year, path=p, actor=actor),
                           suggested=f"arus-kas-calk-{year}.xlsx", notice=self.notice, path=path)


# ------------------------------------------------------------------ Anggaran (RAPB)

class BudgetTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.notice = NoticeBar()
        today = dt.date.today()
        self.year = _year_box(today.year)
        self.year.setObjectName("budgetYear")
        self.status = QLabel()
        self.status.setObjectName("budgetStatus")
        self.status.setWordWrap(True)
        # the plan: one row per income and expense account
        self.lines = QTableWidget(0, 3)
        self.lines.setObjectName("budgetLines")
        self.lines.setHorizontalHeaderLabels([self.tr("Akun"), self.tr("Uraian"), self.tr("Anggaran setahun")])
        self.lines.verticalHeader().setVisible(False)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines.setColumnWidth(0, 52)
        self.lines.setColumnWidth(2, 130)
        self.targets: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {"new_members": self.tr("Anggota baru"), "credits_disbursed": self.tr("Pinjaman yang dicairkan"),
                  "repayment_rate": self.tr("Tingkat pengembalian (terkumpul ÷ jatuh tempo)")}
        for key, (_label, unit) in TARGETS.items():
            edit = QLineEdit()
            edit.setObjectName(f"target_{key}")
            edit.setPlaceholderText({"rupiah": "Rp", "persen": "%", "orang": self.tr("orang")}[unit])
            self.targets[key] = edit
            form.addRow(labels[key], edit)
        self.save_button = QPushButton(self.tr("Simpan rancangan"))
        self.rat_date = DateEdit(today, maximum=today)
        self.approve_button = QPushButton(self.tr("Catat pengesahan RAT"))
        plan = QGroupBox(self.tr("RK/RAPB: anggaran per akun dan target"))
        pl = QVBoxLayout(plan)
        pl.addWidget(self.lines, 1)
        pl.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.rat_label = QLabel(self.tr("Tanggal RAT"))
        row.addWidget(self.rat_label)
        row.addWidget(self.rat_date)
        row.addWidget(self.approve_button)
        pl.addLayout(row)
        # the realisation
        self.period = QComboBox()
        self.period.setObjectName("budgetPeriod")
        self.period.addItem(self.tr("Setahun"), None)
        for i, name in enumerate(MONTHS_ID, start=1):
            self.period.addItem(name, i)
        self.real_table = GridTable()
        self.real_table.setObjectName("realisationTable")
        self.pdf_button = QPushButton(self.tr("Pratinjau / cetak PDF"))
        self.xlsx_button = QPushButton(self.tr("Simpan Excel"))
        real = QGroupBox(self.tr("Realisasi anggaran"))
        rl = QVBoxLayout(real)
        rrow = QHBoxLayout()
        rrow.addWidget(QLabel(self.tr("Periode")))
        rrow.addWidget(self.period)
        rrow.addStretch(1)
        rrow.addWidget(self.pdf_button)
        rrow.addWidget(self.xlsx_button)
        rl.addLayout(rrow)
        rl.addWidget(self.real_table, 1)
        self.real_notes = QLabel()
        self.real_notes.setObjectName("realisationNotes")
        self.real_notes.setWordWrap(True)
        rl.addWidget(self.real_notes)
        split = QSplitter()
        split.addWidget(plan)
        split.addWidget(real)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun anggaran")))
        top.addWidget(self.year)
        top.addWidget(self.status, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        for button in (self.pdf_button, self.xlsx_button):
            why_disabled(button, self.tr("Simpan dulu RAPB tahun ini."))
        if not allowed(ctx.actor, "budget.edit"):
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(self.tr("Hanya ketua dan bendahara yang menyusun anggaran."))
        if not allowed(ctx.actor, "budget.approve"):
            self.approve_button.setEnabled(False)
            self.approve_button.setToolTip(self.tr("Hanya ketua yang mencatat pengesahan RAT."))
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.save_button.clicked.connect(self.save)
        self.approve_button.clicked.connect(self.approve)
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())
        self.accounts = [a for a in accounting.list_accounts(ctx.db) if a.kind in ("income", "expense") and a.active]
        self.refresh()

    def on_changes(self, changes) -> None:
        if changes.touches("books", "ledger", "repayments", "credits", "members"):
            self.refresh()

    def refresh(self) -> None:
        year = self.year.value()
        try:
            b = budget.get_budget(self.ctx.db, year=year)
        except UserError as exc:
            show_error(self, exc)
            return
        amounts = {x.code: x.amount for x in b.lines} if b else {}
        self.lines.setRowCount(len(self.accounts))
        for i, a in enumerate(self.accounts):
            for j, text in enumerate((a.code, a.name, format_rupiah(amounts[a.code]) if a.code in amounts else "")):
                item = QTableWidgetItem(text)
                if j < 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                else:
                    item.setTextAlignment(RIGHT)
                self.lines.setItem(i, j, item)
        for key, edit in self.targets.items():
            value = b.targets.get(key) if b else None
            edit.setText("" if value is None else (format_rupiah(value) if TARGETS[key][1] == "rupiah" else str(value)))
        approved = b is not None and b.status == "approved"
        for w in (self.lines, *self.targets.values()):
            w.setEnabled(not approved)
        self.save_button.setVisible(not approved)
        self.approve_button.setVisible(b is not None and not approved)
        self.rat_date.setVisible(b is not None and not approved)
        self.rat_label.setVisible(b is not None and not approved)
        if b is None:
            self.status.setText(self.tr("Belum ada RAPB {year}: isi anggaran per akun lalu simpan.").format(year=year))
        elif approved:
            self.status.setText(self.tr("RAPB {year} disahkan RAT tanggal {date}.").format(
                year=year, date=format_date_id(b.approved_on)))
        else:
            self.status.setText(self.tr("RAPB {year} masih rancangan (disimpan oleh {name}).").format(
                year=year, name=b.saved_by or "-"))
        self.real_table.setRowCount(0)
        self.real_notes.setText("")
        self.pdf_button.setEnabled(b is not None)
        self.xlsx_button.setEnabled(b is not None)
        if b is not None:
            db, actor, month = self.ctx.db, self.ctx.actor, self.period.currentData()
            self.task = self.ctx.tasks.run(
                supersedes=getattr(self, "task", None),
                fn=lambda: budget.realisation_grid(db, year=year, month=month, actor=actor),
                label=self.tr("Menghitung realisasi…"), parent_widget=self,
                on_done=self._show_realisation,
                on_error=lambda exc: show_error(self, exc))

    def _show_realisation(self, grid) -> None:
        self.real_table.set_grid(grid)
        self.real_notes.setText("\n".join(grid.notes))

    def values(self) -> tuple[dict[str, int], dict[str, int]]:
        lines = {}
        for i in range(self.lines.rowCount()):
            code, text = self.lines.item(i, 0).text(), self.lines.item(i, 2).text().strip()
            if text:
                try:
                    lines[code] = parse_rupiah(text, field=f"line.{code}")
                except UserError as exc:
                    name = self.lines.item(i, 1).text()
                    raise UserError(f"Anggaran akun {code} {name}: {exc.message}", field=exc.field) from exc
        targets = {}
        for key, edit in self.targets.items():
            text = edit.text().strip().rstrip("%").strip()
            if text:
                if TARGETS[key][1] == "rupiah":
                    targets[key] = parse_rupiah(text, field=f"target.{key}")
                elif is_digits(text):
                    targets[key] = int(text)
                else:
                    raise UserError(f"Target {TARGETS[key][0].lower()} harus bilangan bulat.", field=f"target.{key}")
        return lines, targets

    def save(self) -> None:
        try:
            lines, targets = self.values()
        except UserError as exc:
            show_error(self, exc)
            return
        outcome = self.ctx.perform(budget.save_budget, year=self.year.value(), lines=lines, targets=targets,
                                   source=self)
        if outcome is not None:
            self.notice.show_message(self.tr("RAPB {year} disimpan sebagai rancangan.").format(year=self.year.value()))
            self.refresh()

    def approve(self) -> None:
        outcome = self.ctx.perform(budget.approve_budget, year=self.year.value(), rat_date=self.rat_date.value(),
                                   source=self)
        if outcome is not None:
            self.notice.show_message(self.tr("Pengesahan RAPB {year} oleh RAT dicatat.").format(year=self.year.value()))
            self.refresh()

    def preview_pdf(self):
        db, actor, year, month = self.ctx.db, self.ctx.actor, self.year.value(), self.period.currentData()
        name = f"realisasi-anggaran-{year}" + (f"-{month:02d}" if month else "")
        return show_pdf(self.ctx, self,
                        lambda p: budget.write_realisation(db, year=year, month=month, path=p, actor=actor),
                        title=self.tr("Realisasi anggaran {year}").format(year=year), filename=f"{name}.pdf")

    def save_xlsx(self, path: str | None = None):
        db, actor, year, month = self.ctx.db, self.ctx.actor, self.year.value(), self.period.currentData()
        name = f"realisasi-anggaran-{year}" + (f"-{month:02d}" if month else "")
        return export_xlsx(self.ctx, self,
                           lambda p: budget.write_realisation(db, year=year, month=month, path=p, actor=actor),
                           suggested=f"{name}.xlsx", notice=self.notice, path=path)


# ------------------------------------------------------------------ Data ODS

class OdsTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.notice = NoticeBar()
        self.year = _year_box(dt.date.today().year - 1)
        self.year.setObjectName("odsYear")
        self.managers = QSpinBox()
        self.managers.setRange(-1, 100_000)
        self.managers.setSpecialValueText(self.tr("diisi kantor"))
        self.managers.setValue(-1)
        self.staff = QSpinBox()
        self.staff.setRange(-1, 100_000)
        self.staff.setSpecialValueText(self.tr("diisi kantor"))
        self.staff.setValue(-1)
        self.run_button = QPushButton(self.tr("Tampilkan"))
        self.pdf_button = QPushButton(self.tr("Pratinjau / cetak PDF"))
        self.xlsx_button = QPushButton(self.tr("Simpan Excel"))
        self.table = GridTable()
        self.table.setObjectName("odsTable")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun buku")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Manajer")))
        top.addWidget(self.managers)
        top.addWidget(QLabel(self.tr("Karyawan")))
        top.addWidget(self.staff)
        top.addWidget(self.run_button)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        self.run_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())
        self.refresh()

    def on_changes(self, changes) -> None:
        if changes.touches("books", "ledger", "members", "settings"):
            self.refresh()

    def _args(self) -> dict:
        m, s = self.managers.value(), self.staff.value()
        return {"year": self.year.value(), "managers": None if m < 0 else m, "staff": None if s < 0 else s}

    def refresh(self):
        db, actor, args = self.ctx.db, self.ctx.actor, self._args()
        self.task = self.ctx.tasks.run(
            supersedes=getattr(self, "task", None),
            fn=lambda: ods.sheet_grid(db, actor=actor, **args),
            label=self.tr("Mengumpulkan data ODS…"), parent_widget=self,
            on_done=self.table.set_grid, on_error=lambda exc: show_error(self, exc))
        return self.task

    def preview_pdf(self):
        db, actor, args = self.ctx.db, self.ctx.actor, self._args()
        return show_pdf(self.ctx, self, lambda p: ods.write_ods(db, path=p, actor=actor, **args),
                        title=self.tr("Data ODS {year}").format(year=args["year"]),
                        filename=f"data-ods-{args['year']}.pdf")

    def save_xlsx(self, path: str | None = None):
        db, actor, args = self.ctx.db, self.ctx.actor, self._args()
        return export_xlsx(self.ctx, self, lambda p: ods.write_ods(db, path=p, actor=actor, **args),
                           suggested=f"data-ods-{args['year']}.xlsx", notice=self.notice, path=path)


# ------------------------------------------------------------------ Pengingat

class RemindersTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list = []
        self.apart: list = []
        self.notice = NoticeBar()
        self.on_date = DateEdit(dt.date.today())
        self.on_date.setObjectName("remindersDate")
        self.group = QLineEdit()
        self.group.setObjectName("remindersGroup")
        self.group.setPlaceholderText(self.tr("semua kelompok"))
        self.mode = QComboBox()
        self.mode.setObjectName("remindersMode")
        self.mode.addItem(self.tr("Per anggota"), "member")
        self.mode.addItem(self.tr("Per kelompok (ke ketua kelompok)"), "group")
        self.run_button = QPushButton(self.tr("Tampilkan"))
        self.run_button.setDefault(True)
        self.wa_button = QPushButton(self.tr("Buka WhatsApp"))
        self.wa_button.setObjectName("remindersWhatsApp")
        self.letters_button = QPushButton(self.tr("Surat peringatan (PDF)"))
        headers = self._headers()
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("remindersTable")
        self.without = QTableWidget(0, len(headers))
        self.without.setObjectName("remindersWithout")
        for t in (self.table, self.without):
            t.setHorizontalHeaderLabels(headers)
            t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            t.verticalHeader().setVisible(False)
            t.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setObjectName("remindersMessage")
        self.message.setWordWrap(True)
        self.without_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Hari")))
        top.addWidget(self.on_date)
        top.addWidget(QLabel(self.tr("Kelompok")))
        top.addWidget(self.group)
        top.addWidget(self.mode)
        top.addWidget(self.run_button)
        top.addStretch(1)
        top.addWidget(self.wa_button)
        top.addWidget(self.letters_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addLayout(top)
        lay.addWidget(self.table, 3)
        lay.addWidget(self.message)
        lay.addWidget(self.without_label)
        lay.addWidget(self.without, 1)
        self.run_button.clicked.connect(self.refresh)
        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        self.wa_button.clicked.connect(self.open_whatsapp)
        self.table.doubleClicked.connect(lambda _i: self.open_whatsapp())
        self.table.currentCellChanged.connect(lambda r, *_: self._show_message(r))
        self.letters_button.clicked.connect(self.preview_letters)
        self.refresh()

    def on_changes(self, changes) -> None:
        if changes.touches("repayments", "credits", "members"):
            self.refresh()

    def _headers(self) -> list[str]:
        if self.mode.currentData() == "group":
            return [self.tr("Kelompok"), self.tr("Ketua kelompok"), self.tr("Anggota diingatkan"), self.tr("Jumlah"),
                    self.tr("Telepon")]
        return [self.tr("Jenis"), self.tr("Kelompok"), self.tr("No. anggota"), self.tr("Nama"), self.tr("Pinjaman"),
                self.tr("Jatuh tempo"), self.tr("Jumlah"), self.tr("Telepon")]

    def refresh(self):
        db, actor = self.ctx.db, self.ctx.actor
        on, group = self.on_date.value(), self.group.text().strip() or None
        per_group = self.mode.currentData() == "group"

        def work():
            rows = reminders.reminder_list(db, on_date=on, group_code=group, actor=actor)
            if not per_group:
                return rows
            wanted = {r.group_code for r in rows}
            return [g for g in reminders.group_reminders(db, on_date=on, actor=actor) if g.group_code in wanted]

        def done(rows) -> None:
            self.rows = [r for r in rows if r.phone]
            self.apart = [r for r in rows if not r.phone]
            self._fill(self.table, self.rows)
            self._fill(self.without, self.apart)
            self.without_label.setText(
                (self.tr("Ketua kelompok tanpa nomor telepon yang bisa dipakai ({n}): sampaikan saat pertemuan "
                         "kelompok.") if per_group else
                 self.tr("Tanpa nomor telepon yang bisa dipakai ({n}): hubungi lewat ketua kelompok atau "
                         "kunjungan.")).format(n=len(self.apart)))
            self.wa_button.setEnabled(bool(self.rows))
            if self.rows:
                self.table.selectRow(0)
                self._show_message(0)
            else:
                self.message.setText(self.tr("Tidak ada angsuran jatuh tempo besok atau tertunggak yang bisa "
                                             "diingatkan lewat WhatsApp."))

        self.task = self.ctx.tasks.run(
            supersedes=getattr(self, "task", None),
            fn=work, label=self.tr("Mencari angsuran…"), parent_widget=self, on_done=done,
            on_error=lambda exc: show_error(self, exc))
        return self.task

    def _fill(self, table: QTableWidget, rows) -> None:
        headers = self._headers()
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        kinds = {"besok": self.tr("besok"), "tunggakan": self.tr("tunggakan")}
        table.setRowCount(len(rows))
        money_col = 3 if self.mode.currentData() == "group" else 6
        for i, r in enumerate(rows):
            if self.mode.currentData() == "group":
                values = (r.group_code, r.leader_name or "-", str(r.members), format_rupiah(r.total),
                          r.phone or r.raw_phone or "-")
            else:
                values = (kinds[r.kind], r.group_code, r.member_number, r.member_name, r.credit_number,
                          format_date_id(r.due_date), format_rupiah(r.amount), r.phone or r.raw_phone or "-")
            for j, text in enumerate(values):
                item = QTableWidgetItem(text)
                if j == money_col:
                    item.setTextAlignment(RIGHT)
                table.setItem(i, j, item)
        header = table.horizontalHeader()
        for j in range(len(headers)):
            header.setSectionResizeMode(j, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1 if self.mode.currentData() == "group" else 3, QHeaderView.ResizeMode.Stretch)

    def _show_message(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.message.setText(self.rows[row].message)

    def current_link(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row].link if 0 <= row < len(self.rows) else None

    def open_whatsapp(self) -> bool:
        """Open the selected member's click-to-chat link in the browser or WhatsApp Desktop."""
        link = self.current_link()
        if not link:
            return False
        return QDesktopServices.openUrl(QUrl(link, QUrl.ParsingMode.StrictMode))

    def preview_letters(self):
        db, actor, on = self.ctx.db, self.ctx.actor, self.on_date.value()
        return show_pdf(self.ctx, self, lambda p: reminders.write_letters_pdf(db, path=p, on_date=on, actor=actor),
                        title=self.tr("Surat peringatan"), filename=f"surat-peringatan-{on.isoformat()}.pdf")
