"""The application form (Pengajuan kredit kelompok) with live checks.

The clerk picks the group and the product; a row per group member holds the amount
(prefilled with the product's minimum) and the purpose. While typing, the form shows each
member's eligibility (``credits.member_eligibility``), whether each amount is within the
product's range, the group total against the group limit ("Rp100.000 dari plafon
Rp125.000", red when over) and the schedule one member would get (``preview_schedule``).
"Ajukan" calls ``credits.prepare_application``, which decides; an error naming a field is
shown next to that field (``lines`` under the member rows).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.errors import FieldProblems, UserError
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import credit_products, credits, groups
from kamura_desktop.services.credit_products import ProductDTO
from kamura_desktop.services.credits import VERIFICATION_ITEMS, ApplicationDTO, ApplicationLine
from kamura_desktop.services.groups import GroupDTO

from ..widgets import FieldErrors
from . import checks
from .labels import CreditLabels
from .models import ScheduleModel
from .widgets import GREEN, RED, DateEdit, RupiahEdit, error_label, fit_columns, hint, table_view

LIVE_DELAY_MS = 150


@dataclass
class LineWidgets:
    member_id: int
    name: str
    include: QCheckBox
    amount: RupiahEdit
    purpose: QLineEdit
    status: QLabel


class ApplicationDialog(QDialog):
    submitted = Signal(object)  # ApplicationDTO

    COL_INCLUDE, COL_MEMBER, COL_AMOUNT, COL_PURPOSE, COL_STATUS = range(5)

    def __init__(self, ctx, *, group_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.labels = CreditLabels(self)
        self.errors = FieldErrors()
        self.result_value: ApplicationDTO | None = None
        self.lines: list[LineWidgets] = []
        self._eligibility: dict[tuple, list[str]] = {}
        self.setObjectName("applicationForm")
        self.setWindowTitle(self.tr("Pengajuan kredit kelompok"))
        self.resize(1260, 720)

        self.groups = [g for g in groups.list_groups(ctx.db) if g.members]
        self.products = credit_products.list_products(ctx.db)

        self.live = QTimer(self)
        self.live.setSingleShot(True)
        self.live.setInterval(LIVE_DELAY_MS)
        self.live.timeout.connect(self.recheck)

        # ---- group, product, date, terms
        self.group = QComboBox()
        self.group.setObjectName("group")
        self.group.setMinimumWidth(240)
        for g in self.groups:
            self.group.addItem(self.tr("{code} · {name} ({n} orang)").format(
                code=g.code, name=g.name, n=len(g.members)), g.id)
        self.product = QComboBox()
        self.product.setObjectName("product")
        for p in self.products:
            self.product.addItem(p.name, p.id)
        self.on_date = DateEdit(maximum=dt.date.today())
        self.on_date.setObjectName("onDate")
        self.product_summary = hint()
        self.product_summary.setObjectName("productSummary")
        self.instalments = QSpinBox()
        self.instalments.setObjectName("instalments")
        self.instalment_range = hint()
        self.instalment_range.setWordWrap(False)
        self.rate = QDoubleSpinBox()
        self.rate.setObjectName("rate")
        self.rate.setDecimals(2)
        self.rate.setSingleStep(0.25)
        self.rate.setSuffix(self.tr(" % per bulan"))
        self.rate_range = hint()
        self.rate_range.setWordWrap(False)
        self.fixed_service = QLabel()
        self.fixed_service.setObjectName("fixedService")

        verify_box = QWidget()
        vl = QGridLayout(verify_box)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.setVerticalSpacing(2)
        vl.addWidget(QLabel(self.tr("Berkas yang sudah diperiksa:")), 0, 0)
        self.verification: dict[str, QCheckBox] = {}
        for i, item in enumerate(VERIFICATION_ITEMS):
            box = QCheckBox(self.labels.verification_item(item))
            self.verification[item] = box
            vl.addWidget(box, 1 + i, 0)

        head = QGroupBox(self.tr("Kelompok dan produk"))
        grid = QGridLayout(head)
        left, right = QFormLayout(), QFormLayout()
        self.errors.add_row(left, self.tr("Kelompok"), self.group, "group")
        self.errors.add_row(left, self.tr("Produk kredit"), self.product, "product")
        self.errors.add_row(left, self.tr("Tanggal pengajuan"), self.on_date, "on_date")
        self.errors.add_row(right, self.tr("Jumlah angsuran"), self._with(self.instalments, self.instalment_range),
                            "instalments")
        rate_box = self._with(self.rate, self.rate_range)
        rate_box.layout().addWidget(self.fixed_service)
        self.errors.add_row(right, self.tr("Jasa"), rate_box, "rate")
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(verify_box, 0, 2, 2, 1)
        grid.addWidget(self.product_summary, 1, 0, 1, 2)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 3)

        # ---- member rows
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("lines")
        self.table.setHorizontalHeaderLabels([
            self.tr("Ikut"), self.tr("Anggota"), self.tr("Jumlah (Rp)"), self.tr("Keperluan"),
            self.tr("Syarat dan batas")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_STATUS, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._section_resized)
        for col, width in ((self.COL_INCLUDE, 40), (self.COL_MEMBER, 180), (self.COL_AMOUNT, 110),
                           (self.COL_PURPOSE, 140)):
            self.table.setColumnWidth(col, width)
        self.total_label = QLabel()
        self.total_label.setObjectName("groupTotal")
        self.size_label = QLabel()
        self.size_label.setObjectName("groupSize")
        self.lines_error = QLabel()
        self.lines_error.setObjectName("linesError")
        self.lines_error.setStyleSheet(f"color: {RED};")
        self.lines_error.setWordWrap(True)
        self.lines_error.hide()
        self.errors.labels["lines"] = self.lines_error
        totals = QHBoxLayout()
        totals.addWidget(QLabel(self.tr("Jumlah kelompok:")))
        totals.addWidget(self.total_label)
        totals.addStretch(1)
        totals.addWidget(self.size_label)
        lines_box = QGroupBox(self.tr("Anggota yang mengajukan"))
        ll = QVBoxLayout(lines_box)
        ll.addWidget(self.table, 1)
        ll.addLayout(totals)
        ll.addWidget(self.lines_error)

        # ---- right column: package, verification, schedule
        self.package_box = QGroupBox(self.tr("Isi paket usaha (satu barang per baris)"))
        self.package = QPlainTextEdit()
        self.package.setObjectName("packageItems")
        self.package.setMaximumHeight(76)
        QVBoxLayout(self.package_box).addWidget(self.package)

        schedule_box = QGroupBox(self.tr("Contoh jadwal angsuran"))
        self.preview_member = QComboBox()
        self.preview_member.setObjectName("previewMember")
        self.preview_member.currentIndexChanged.connect(lambda _i: self.update_schedule())
        self.schedule = ScheduleModel(self)
        self.schedule_view = table_view(self.schedule, select_rows=False)
        self.schedule_view.setObjectName("schedulePreview")
        fit_columns(self.schedule_view, {ScheduleModel.COL_NO: 34, ScheduleModel.COL_DUE: 170,
                                         ScheduleModel.COL_PRINCIPAL: 80, ScheduleModel.COL_SERVICE: 68})
        self.schedule_summary = hint()
        self.schedule_summary.setObjectName("scheduleSummary")
        sl = QVBoxLayout(schedule_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Untuk")))
        row.addWidget(self.preview_member, 1)
        sl.addLayout(row)
        sl.addWidget(self.schedule_view, 1)
        sl.addWidget(self.schedule_summary)

        left_col = QVBoxLayout()
        left_col.addWidget(lines_box, 1)
        right_col = QVBoxLayout()
        right_col.addWidget(self.package_box)
        right_col.addWidget(schedule_box, 1)

        body = QHBoxLayout()
        body.addLayout(left_col, 3)
        body.addLayout(right_col, 2)

        # ---- buttons
        self.error = error_label()
        self.submit_button = QPushButton(self.tr("Ajukan"))
        self.submit_button.setObjectName("submitApplication")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(hint(self.tr(
            "Pengajuan menunggu persetujuan bendahara atau ketua (bukan orang yang menyiapkannya).")), 1)
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(cancel)

        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addLayout(body, 1)
        lay.addLayout(buttons)

        self.group.currentIndexChanged.connect(lambda _i: self.load_group())
        self.product.currentIndexChanged.connect(lambda _i: self.load_product())
        self.on_date.dateChanged.connect(lambda _d: self.schedule_live())
        self.instalments.valueChanged.connect(lambda _v: self.update_schedule())
        self.rate.valueChanged.connect(lambda _v: self.update_schedule())

        if group_id is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(group_id)))
        self.load_product(reset_amounts=False)
        self.load_group()
        if not self.groups:
            self.error.setText(self.tr("Belum ada kelompok aktif yang beranggota. Bentuk kelompok dulu."))
            self.error.show()
            self.submit_button.setEnabled(False)

    @staticmethod
    def _with(widget: QWidget, note: QLabel) -> QWidget:
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(widget)
        lay.addWidget(note, 1)
        return box

    # ------------------------------------------------------------ the chosen group and product
    def current_product(self) -> ProductDTO | None:
        pid = self.product.currentData()
        return next((p for p in self.products if p.id == pid), None)

    def current_group(self) -> GroupDTO | None:
        gid = self.group.currentData()
        return next((g for g in self.groups if g.id == gid), None)

    def load_product(self, *, reset_amounts: bool = True) -> None:
        p = self.current_product()
        if p is None:
            return
        limit = (self.tr("plafon kelompok {limit}").format(limit=format_rupiah(p.group_limit))
                 if p.group_limit is not None else self.tr("tanpa plafon kelompok"))
        extra = []
        if p.first_loan_max is not None:
            extra.append(self.tr("pinjaman pertama paling banyak {amount}").format(
                amount=format_rupiah(p.first_loan_max)))
        if p.max_cycles is not None:
            extra.append(self.tr("paling banyak {n} kali pinjam").format(n=p.max_cycles))
        amounts = (format_rupiah(p.amount_min) if p.amount_min == p.amount_max
                   else f"{format_rupiah(p.amount_min)}–{format_rupiah(p.amount_max)}")
        self.product_summary.setText(self.tr(
            "{kind}: {amounts} per anggota, kelompok {size} orang, {limit}{extra}.").format(
            kind=self.labels.product_kind(p.kind), amounts=amounts, size=checks.size_text(p),
            limit=limit, extra="".join("; " + e for e in extra)))
        self.instalments.blockSignals(True)
        self.instalments.setRange(p.instalments_min, p.instalments_max)
        self.instalments.setValue(p.instalments_min)
        self.instalments.setSuffix(" × " + self.labels.frequency(p.frequency))
        self.instalments.setEnabled(p.instalments_min != p.instalments_max)
        self.instalments.blockSignals(False)
        self.instalment_range.setText("" if p.instalments_min == p.instalments_max else self.tr(
            "boleh {lo}–{hi} kali").format(lo=p.instalments_min, hi=p.instalments_max))
        flat = p.service_mode == "flat_percent"
        self.rate.blockSignals(True)
        self.rate.setRange(p.rate_bp_min / 100, p.rate_bp_max / 100)
        self.rate.setValue(p.rate_bp_min / 100)
        self.rate.blockSignals(False)
        self.rate.setVisible(flat)
        self.rate.setEnabled(p.rate_bp_min != p.rate_bp_max)
        self.rate_range.setVisible(flat)
        self.rate_range.setText(self.tr("boleh {lo}–{hi}").format(
            lo=self.labels.percent(p.rate_bp_min), hi=self.labels.percent(p.rate_bp_max)))
        self.fixed_service.setVisible(not flat)
        self.fixed_service.setText(self.tr("tetap {amount} per pinjaman").format(
            amount=format_rupiah(p.service_fixed)))
        self.package_box.setVisible(p.kind == "in_kind")
        self.package.setPlainText("\n".join(p.package_items))
        if reset_amounts:
            for ln in self.lines:
                ln.amount.set_value(p.amount_min)
        self.schedule_live()

    def load_group(self) -> None:
        g = self.current_group()
        p = self.current_product()
        self.lines = []
        self.table.setRowCount(0)
        if g is None:
            self.schedule_live()
            return
        self.table.setRowCount(len(g.members))
        for row, m in enumerate(g.members):
            include = QCheckBox()
            include.setChecked(True)
            include.toggled.connect(lambda _on: self.schedule_live())
            cell = QWidget()
            cl = QHBoxLayout(cell)
            cl.setContentsMargins(0, 0, 0, 0)
            cl.addWidget(include, 0, Qt.AlignmentFlag.AlignCenter)
            self.table.setCellWidget(row, self.COL_INCLUDE, cell)
            name = m.name + (self.tr(" (ketua)") if m.is_leader else "")
            item = QTableWidgetItem(self.tr("{name}\n{number} · RT {rt}").format(
                name=name, number=m.number, rt=m.rt or "-"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, self.COL_MEMBER, item)
            amount = RupiahEdit(p.amount_min if p else None, field="lines")
            amount.setObjectName(f"amount_{m.member_id}")
            amount.textEdited.connect(lambda _t: self.schedule_live())
            self.table.setCellWidget(row, self.COL_AMOUNT, amount)
            purpose = QLineEdit()
            purpose.setObjectName(f"purpose_{m.member_id}")
            purpose.setPlaceholderText(self.tr("mis. modal pindang"))
            self.table.setCellWidget(row, self.COL_PURPOSE, purpose)
            status = QLabel()
            status.setWordWrap(True)
            status.setContentsMargins(4, 0, 4, 0)
            self.table.setCellWidget(row, self.COL_STATUS, status)
            self.lines.append(LineWidgets(m.member_id, m.name, include, amount, purpose, status))
            self.table.setRowHeight(row, 46)
        self.preview_member.blockSignals(True)
        self.preview_member.clear()
        for m in g.members:
            self.preview_member.addItem(m.name, m.member_id)
        self.preview_member.blockSignals(False)
        self.recheck()

    # ------------------------------------------------------------ live checks
    def schedule_live(self) -> None:
        self.live.start()

    def line(self, member_id: int) -> LineWidgets | None:
        return next((ln for ln in self.lines if ln.member_id == member_id), None)

    def set_amount(self, member_id: int, text: str) -> None:
        """Type an amount into a member's row (what the clerk does; used by tests too)."""
        ln = self.line(member_id)
        ln.amount.setText(text)
        self.schedule_live()

    def _eligibility_of(self, member_id: int, product_id: int, amount: int | None) -> list[str]:
        key = (member_id, product_id, amount, self.on_date.value())
        if key not in self._eligibility:
            result = credits.member_eligibility(self.ctx.db, member_id=member_id, product_id=product_id,
                                                amount=amount, as_of=self.on_date.value())
            self._eligibility[key] = result.reasons
        return self._eligibility[key]

    def recheck(self) -> None:
        """Refresh every live hint from what is typed now."""
        self.live.stop()
        p = self.current_product()
        if p is None:
            return
        amounts: list[int] = []
        problems: list[str] = []
        included = 0
        for ln in self.lines:
            on = ln.include.isChecked()
            ln.amount.setEnabled(on)
            ln.purpose.setEnabled(on)
            if not on:
                self._set_status(ln, self.tr("tidak ikut pengajuan ini"), None)
                continue
            included += 1
            amount = ln.amount.value_or_none()
            notes: list[str] = []
            bad = False
            if amount is None:
                notes.append(self.tr("Jumlah belum diisi dengan benar."))
                bad = True
            else:
                amounts.append(amount)
                over = checks.amount_hint(p, amount)
                if over:
                    notes.append(over)
                    problems.append(f"{ln.name}: {over}")
                    bad = True
            reasons = self._eligibility_of(ln.member_id, p.id, amount)
            notes.extend(reasons)
            ln.amount.setStyleSheet(f"color: {RED}; font-weight: bold;" if bad else "")
            if notes:
                self._set_status(ln, "✘ " + " ".join(notes), False)
            else:
                self._set_status(ln, self.tr("✔ memenuhi syarat"), True)
        total = checks.group_total(p, amounts)
        self.total_label.setText(total.text)
        self.total_label.setStyleSheet(f"font-weight: bold; color: {RED if total.over else GREEN};")
        if total.over:
            problems.insert(0, self.tr("Jumlah kelompok {total} melebihi plafon kelompok {limit}.").format(
                total=format_rupiah(total.total), limit=format_rupiah(total.limit)))
        size = checks.size_hint(p, included)
        self.size_label.setText(self.tr("{n} anggota ikut (produk: {size} orang)").format(
            n=included, size=checks.size_text(p)))
        self.size_label.setStyleSheet(f"color: {RED};" if size else "")
        if size:
            problems.append(size)
        self.show_live_problems(problems)
        self.fit_rows()
        self.update_schedule()

    def _section_resized(self, col: int, _old: int, _new: int) -> None:
        if col == self.COL_STATUS:
            self.fit_rows()

    def fit_rows(self) -> None:
        """Each row tall enough for its eligibility reasons (the cells are widgets)."""
        width = max(60, self.table.columnWidth(self.COL_STATUS) - 10)
        for row, ln in enumerate(self.lines):
            self.table.setRowHeight(row, max(46, ln.status.heightForWidth(width) + 14))

    def show_live_problems(self, problems: list[str]) -> None:
        if problems:
            self.lines_error.setText("\n".join(problems))
            self.lines_error.show()
        else:
            self.lines_error.clear()
            self.lines_error.hide()

    def _set_status(self, ln: LineWidgets, text: str, ok: bool | None) -> None:
        ln.status.setText(text)
        ln.status.setToolTip(text)
        color = "#8a8a8a" if ok is None else GREEN if ok else RED
        ln.status.setStyleSheet(f"color: {color};")

    def update_schedule(self) -> None:
        p = self.current_product()
        ln = self.line(self.preview_member.currentData()) if self.preview_member.count() else None
        amount = ln.amount.value_or_none() if ln else None
        if p is None or amount is None or amount <= 0:
            self.schedule.set_rows([])
            self.schedule_summary.setText(self.tr("Isi jumlah pinjaman untuk melihat jadwal."))
            return
        rate_bp = round(self.rate.value() * 100) if p.service_mode == "flat_percent" else None
        try:
            sched = credits.preview_schedule(self.ctx.db, product_id=p.id, principal=amount,
                                             instalments=self.instalments.value(), rate_bp=rate_bp,
                                             on_date=dt.date.today())
        except UserError as exc:
            self.schedule.set_rows([])
            self.schedule_summary.setText(exc.message)
            return
        self.schedule.set_rows([(i.no, i.due_date, i.principal_part, i.service_part, i.amount)
                                for i in sched.instalments])
        amounts = sorted({i.amount for i in sched.instalments}, reverse=True)
        each = " / ".join(format_rupiah(a) for a in amounts)
        self.schedule_summary.setText(self.tr(
            "{n} × {each}; total {total} (pokok {principal} + jasa {service}), "
            "jika dicairkan hari ini.").format(
            n=len(sched.instalments), each=each, total=format_rupiah(sched.total_amount),
            principal=format_rupiah(sched.total_principal), service=format_rupiah(sched.total_service)))

    # ------------------------------------------------------------ submitting
    def collect_lines(self) -> list[ApplicationLine]:
        out = []
        for ln in self.lines:
            if not ln.include.isChecked():
                continue
            try:
                amount = ln.amount.value()
            except UserError as exc:
                raise UserError(f"{ln.name}: {exc.message}", field="lines") from exc
            out.append(ApplicationLine(ln.member_id, amount, ln.purpose.text().strip() or None))
        return out

    def _mark_rows(self, message: str) -> None:
        for ln in self.lines:
            if ln.name in message:
                ln.amount.setStyleSheet(f"color: {RED}; font-weight: bold;")

    def submit(self) -> None:
        self.errors.clear()
        self.error.hide()
        p, g = self.current_product(), self.current_group()

        def prepare(db, *, actor):
            problems = FieldProblems()  # no group and no product are marked together
            if g is None:
                problems.add("group", self.tr("Pilih kelompok."))
            if p is None:
                problems.add("product", self.tr("Pilih produk kredit."))
            lines = []
            with problems.field("lines"):
                lines = self.collect_lines()
            problems.raise_if_any()
            package = ([t.strip() for t in self.package.toPlainText().splitlines() if t.strip()]
                       if p.kind == "in_kind" else None)
            return credits.prepare_application(
                db, actor=actor, group_id=g.id, product_id=p.id, lines=lines,
                instalments=self.instalments.value(),
                rate_bp=round(self.rate.value() * 100) if p.service_mode == "flat_percent" else None,
                package_items=package,
                verification={item: box.isChecked() for item, box in self.verification.items()},
                on_date=self.on_date.value())

        def refused(exc: UserError) -> None:  # a missing permission too: under the form
            if "lines" in exc.fields:
                self._mark_rows(exc.fields["lines"])
            self.errors.show_error(exc, self.error)

        outcome = self.ctx.perform(prepare, source=self, on_error=refused)
        if outcome is None:
            return
        self.result_value = outcome.value
        self.submitted.emit(outcome.value)
        self.accept()

