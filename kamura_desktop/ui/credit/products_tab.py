"""The Produk tab: credit products as data. The chair edits them (every field of
``ProductDTO``, the borrower rules and the package items); everyone else sees them
read-only. Editing a product never changes existing credits (they copied their terms)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.eligibility import EligibilityRules
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import credit_products
from kamura_desktop.services.credit_products import ProductDTO
from kamura_desktop.services.permissions import allowed

from ..widgets import FieldErrors, why_disabled
from .labels import CreditLabels
from .models import ProductTableModel
from .widgets import (
    NoticeBar,
    RupiahEdit,
    error_label,
    fit_columns,
    hint,
    section_title,
    table_view,
)

BLANK = ProductDTO(
    id=0, code="", name="", kind="cash", amount_min=100_000, amount_max=500_000, first_loan_max=None,
    group_limit=None, group_size_min=5, group_size_max=6, instalments_min=3, instalments_max=12,
    frequency="monthly", service_mode="flat_percent", rate_bp_min=150, rate_bp_max=300,
    service_fixed=0, rounding_increment=100, rounding_mode="last_absorbs", skip_sundays=True,
    max_cycles=None, late_fee=0, fund_source="own",
    eligibility=EligibilityRules(min_months_membership=3, require_pokok=True,
                                 require_wajib_current=True, require_ktp_kk=True,
                                 no_arrears_other_credit=True),
    package_items=(), active=True)


def _pair(a: QWidget, b: QWidget, between: str) -> QWidget:
    box = QWidget()
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(a)
    lay.addWidget(QLabel(between))
    lay.addWidget(b)
    lay.addStretch(1)
    return box


class ProductDialog(QDialog):
    saved = Signal(object)  # ProductDTO

    def __init__(self, ctx, product: ProductDTO | None = None, *, read_only: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.product = product or BLANK
        self.read_only = read_only
        self.result_value: ProductDTO | None = None
        self.labels = CreditLabels(self)
        self.errors = FieldErrors()
        self.setObjectName("productDialog")
        p = self.product
        if read_only:
            title = self.tr("Produk {name} (hanya lihat)").format(name=p.name)
        elif p.id:
            title = self.tr("Ubah produk {name}").format(name=p.name)
        else:
            title = self.tr("Produk kredit baru")
        self.setWindowTitle(title)
        self.resize(1040, 720)

        # ---- general
        self.code = QLineEdit(p.code)
        self.code.setObjectName("code")
        self.code.setMaxLength(20)
        self.name = QLineEdit(p.name)
        self.name.setObjectName("name")
        self.kind = self._combo("kind", [("in_kind", self.labels.product_kind("in_kind")),
                                         ("cash", self.labels.product_kind("cash"))], p.kind)
        self.fund_source = self._combo("fund_source", [("own", self.labels.source("own")),
                                                       ("revolving", self.labels.source("revolving"))],
                                       p.fund_source)
        self.active = QCheckBox(self.tr("Produk dapat dipakai untuk pengajuan baru"))
        self.active.setObjectName("active")
        self.active.setChecked(p.active)
        general = QGroupBox(self.tr("Produk"))
        f = QFormLayout(general)
        self.errors.add_row(f, self.tr("Kode"), self.code, "code")
        self.errors.add_row(f, self.tr("Nama"), self.name, "name")
        self.errors.add_row(f, self.tr("Jenis"), self.kind, "kind")
        self.errors.add_row(f, self.tr("Sumber dana bawaan"), self.fund_source, "fund_source")
        self.errors.add_row(f, self.tr("Aktif"), self.active, "active")

        # ---- amounts
        self.amount_min = RupiahEdit(p.amount_min, field="amount_min")
        self.amount_max = RupiahEdit(p.amount_max, field="amount_max")
        self.first_loan_max = RupiahEdit(p.first_loan_max, optional=True, field="first_loan_max")
        self.group_limit = RupiahEdit(p.group_limit, optional=True, field="group_limit")
        for name in ("amount_min", "amount_max", "first_loan_max", "group_limit"):
            getattr(self, name).setObjectName(name)
            getattr(self, name).setMaximumWidth(130)
        self.group_size_min = self._spin("group_size_min", 1, 50, p.group_size_min)
        self.group_size_max = self._spin("group_size_max", 1, 50, p.group_size_max)
        amounts = QGroupBox(self.tr("Jumlah pinjaman"))
        f = QFormLayout(amounts)
        self.errors.add_row(f, self.tr("Per anggota (Rp)"),
                            _pair(self.amount_min, self.amount_max, self.tr("sampai")), "amount_min")
        self.errors.labels["amount_max"] = self.errors.labels["amount_min"]
        self.errors.add_row(f, self.tr("Pinjaman pertama paling banyak"), self.first_loan_max,
                            "first_loan_max")
        self.errors.add_row(f, self.tr("Plafon kelompok"), self.group_limit, "group_limit")
        self.errors.add_row(f, self.tr("Anggota kelompok (orang)"),
                            _pair(self.group_size_min, self.group_size_max, self.tr("sampai")),
                            "group_size_min")
        self.errors.labels["group_size_max"] = self.errors.labels["group_size_min"]
        f.addRow("", hint(self.tr("Kosongkan pinjaman pertama atau plafon bila tidak dibatasi.")))

        # ---- package
        self.package = QPlainTextEdit("\n".join(p.package_items))
        self.package.setObjectName("package_items")
        self.package.setMaximumHeight(110)
        package = QGroupBox(self.tr("Isi paket usaha (satu barang per baris)"))
        self.package_box = package
        pl = QVBoxLayout(package)
        pl.addWidget(self.package)
        pl.addWidget(hint(self.tr("Dapat diubah lagi saat pengajuan dan saat pencairan.")))

        # ---- instalments
        self.instalments_min = self._spin("instalments_min", 1, 366, p.instalments_min)
        self.instalments_max = self._spin("instalments_max", 1, 366, p.instalments_max)
        self.frequency = self._combo("frequency", [(c, self.labels.frequency(c))
                                                   for c in ("daily", "weekly", "monthly")], p.frequency)
        self.skip_sundays = QCheckBox(self.tr("Hari Minggu bukan hari angsuran"))
        self.skip_sundays.setObjectName("skip_sundays")
        self.skip_sundays.setChecked(p.skip_sundays)
        self.rounding_increment = RupiahEdit(p.rounding_increment, field="rounding_increment")
        self.rounding_increment.setObjectName("rounding_increment")
        self.rounding_increment.setMaximumWidth(100)
        self.rounding_mode = self._combo("rounding_mode", [
            (c, self.labels.rounding_mode(c)) for c in ("last_absorbs", "equal_surplus_income")],
            p.rounding_mode)
        instalments = QGroupBox(self.tr("Angsuran"))
        f = QFormLayout(instalments)
        self.errors.add_row(f, self.tr("Jumlah angsuran"),
                            _pair(self.instalments_min, self.instalments_max, self.tr("sampai")),
                            "instalments_min")
        self.errors.labels["instalments_max"] = self.errors.labels["instalments_min"]
        self.errors.add_row(f, self.tr("Frekuensi"), self.frequency, "frequency")
        self.errors.add_row(f, self.tr("Hari Minggu"), self.skip_sundays, "skip_sundays")
        self.errors.add_row(f, self.tr("Dibulatkan ke (Rp)"), self.rounding_increment, "rounding_increment")
        self.errors.add_row(f, self.tr("Cara pembulatan"), self.rounding_mode, "rounding_mode")

        # ---- service
        self.service_mode = self._combo("service_mode", [
            (c, self.labels.service_mode(c)) for c in ("fixed", "flat_percent")], p.service_mode)
        self.rate_min = self._rate("rate_bp_min", p.rate_bp_min)
        self.rate_max = self._rate("rate_bp_max", p.rate_bp_max)
        self.service_fixed = RupiahEdit(p.service_fixed, field="service_fixed")
        self.service_fixed.setObjectName("service_fixed")
        self.service_fixed.setMaximumWidth(130)
        self.late_fee = RupiahEdit(p.late_fee, field="late_fee")
        self.late_fee.setObjectName("late_fee")
        self.late_fee.setMaximumWidth(130)
        self.max_cycles = self._spin("max_cycles", 0, 99, p.max_cycles or 0)
        self.max_cycles.setSpecialValueText(self.tr("tanpa batas"))
        service = QGroupBox(self.tr("Jasa, denda dan batas pinjam"))
        f = QFormLayout(service)
        self.errors.add_row(f, self.tr("Cara jasa"), self.service_mode, "service_mode")
        self.rate_row = _pair(self.rate_min, self.rate_max, self.tr("sampai"))
        self.errors.add_row(f, self.tr("Jasa per bulan"), self.rate_row, "rate_bp_min")
        self.errors.labels["rate_bp_max"] = self.errors.labels["rate_bp_min"]
        self.errors.add_row(f, self.tr("Jasa tetap per pinjaman"), self.service_fixed, "service_fixed")
        self.errors.add_row(f, self.tr("Denda keterlambatan"), self.late_fee, "late_fee")
        self.errors.add_row(f, self.tr("Batas pinjam (kali)"), self.max_cycles, "max_cycles")
        self.service_form = f
        self.service_mode.currentIndexChanged.connect(lambda _i: self._service_mode_changed())

        # ---- eligibility
        rules = p.eligibility
        self.min_months = self._spin("min_months_membership", 0, 120, rules.min_months_membership)
        self.min_months.setSuffix(self.tr(" bulan"))
        self.rule_boxes: dict[str, QCheckBox] = {}
        texts = {"require_active": self.tr("Anggota aktif"),
                 "require_pokok": self.tr("Simpanan pokok lunas"),
                 "require_wajib_current": self.tr("Simpanan wajib tidak menunggak"),
                 "require_ktp_kk": self.tr("Fotokopi KTP dan KK ada"),
                 "no_arrears_other_credit": self.tr("Tidak menunggak kredit lain")}
        rules_box = QGroupBox(self.tr("Syarat peminjam"))
        f = QFormLayout(rules_box)
        self.errors.add_row(f, self.tr("Lama menjadi anggota"), self.min_months, "min_months_membership")
        for key, text in texts.items():
            box = QCheckBox(text)
            box.setObjectName(key)
            box.setChecked(getattr(rules, key))
            self.rule_boxes[key] = box
            f.addRow("", box)
        self.trades = QLineEdit(", ".join(rules.allowed_trades))
        self.trades.setObjectName("allowed_trades")
        self.trades.setPlaceholderText(self.tr("kosong: semua jenis usaha"))
        self.errors.add_row(f, self.tr("Jenis usaha memuat"), self.trades, "allowed_trades")
        f.addRow("", hint(self.tr("Pisahkan dengan koma, misalnya: pindang, kasur")))

        # ---- layout
        left = QVBoxLayout()
        left.addWidget(general)
        left.addWidget(amounts)
        left.addWidget(package)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(instalments)
        right.addWidget(service)
        right.addWidget(rules_box)
        right.addStretch(1)
        inner = QWidget()
        cols = QHBoxLayout(inner)
        cols.addLayout(left, 1)
        cols.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)

        self.notice = NoticeBar()
        if read_only:
            self.notice.show_message(self.tr(
                "Anda masuk sebagai {role}: produk hanya dapat dilihat. Perubahan hanya oleh Ketua.")
                .format(role=ctx.actor.role_label), kind="info")
        elif p.id:
            self.notice.show_message(self.tr(
                "Perubahan berlaku untuk pengajuan baru. Kredit yang sudah ada tetap memakai "
                "syarat saat diajukan."), kind="info")
        self.error = error_label()
        self.save_button = QPushButton(self.tr("Simpan produk"))
        self.save_button.setObjectName("saveProduct")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(not read_only)
        close = QPushButton(self.tr("Tutup") if read_only else self.tr("Batal"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(close, 0, Qt.AlignmentFlag.AlignBottom)
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addWidget(scroll, 1)
        lay.addLayout(buttons)

        self._service_mode_changed()
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        if read_only:
            for w in inner.findChildren(QWidget):
                if isinstance(w, (QLineEdit, QPlainTextEdit)):
                    w.setReadOnly(True)
                elif isinstance(w, (QComboBox, QCheckBox, QSpinBox, QDoubleSpinBox)):
                    w.setEnabled(False)

    # ------------------------------------------------------------ field helpers
    def _combo(self, name: str, items: list[tuple[str, str]], value: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for code, label in items:
            combo.addItem(label, code)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.setMaximumWidth(300)
        return combo

    def _spin(self, name: str, lo: int, hi: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(lo, hi)
        spin.setValue(value)
        spin.setMaximumWidth(110)
        return spin

    def _rate(self, name: str, bp: int) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setDecimals(2)
        spin.setRange(0, 10)
        spin.setSingleStep(0.25)
        spin.setSuffix(" %")
        spin.setValue(bp / 100)
        spin.setMaximumWidth(90)
        return spin

    def _kind_changed(self) -> None:
        self.package_box.setVisible(self.kind.currentData() == "in_kind")

    def _service_mode_changed(self) -> None:
        flat = self.service_mode.currentData() == "flat_percent"
        self.service_form.setRowVisible(self.errors.labels["rate_bp_min"].parentWidget(), flat)
        self.service_form.setRowVisible(self.errors.labels["service_fixed"].parentWidget(), not flat)

    # ------------------------------------------------------------ saving
    def collect(self) -> ProductDTO:
        flat = self.service_mode.currentData() == "flat_percent"
        rules = EligibilityRules(
            min_months_membership=self.min_months.value(),
            allowed_trades=tuple(t.strip() for t in self.trades.text().split(",") if t.strip()),
            **{key: box.isChecked() for key, box in self.rule_boxes.items()})
        return replace(
            self.product, code=self.code.text().strip(), name=self.name.text().strip(),
            kind=self.kind.currentData(), fund_source=self.fund_source.currentData(),
            active=self.active.isChecked(), amount_min=self.amount_min.value(),
            amount_max=self.amount_max.value(), first_loan_max=self.first_loan_max.value(),
            group_limit=self.group_limit.value(), group_size_min=self.group_size_min.value(),
            group_size_max=self.group_size_max.value(), instalments_min=self.instalments_min.value(),
            instalments_max=self.instalments_max.value(), frequency=self.frequency.currentData(),
            skip_sundays=self.skip_sundays.isChecked(),
            rounding_increment=self.rounding_increment.value(),
            rounding_mode=self.rounding_mode.currentData(), service_mode=self.service_mode.currentData(),
            rate_bp_min=round(self.rate_min.value() * 100) if flat else 0,
            rate_bp_max=round(self.rate_max.value() * 100) if flat else 0,
            service_fixed=0 if flat else self.service_fixed.value(),
            late_fee=self.late_fee.value(), max_cycles=self.max_cycles.value() or None,
            eligibility=rules,
            package_items=tuple(t.strip() for t in self.package.toPlainText().splitlines() if t.strip()))

    def save(self) -> None:
        self.errors.clear()
        self.error.hide()

        def save(db, *, actor):
            if not self.code.text().strip():
                raise UserError(self.tr("Kode produk wajib diisi."), field="code")
            return credit_products.save_product(db, actor=actor, product=self.collect())

        outcome = self.ctx.perform(  # a missing permission too: under the form
            save, source=self,
            on_error=lambda exc: self.errors.show_or(exc.field, exc.message, self.error))
        if outcome is None:
            return
        self.result_value = outcome.value
        self.saved.emit(outcome.value)
        self.accept()


class ProductsTab(QWidget):
    CARES = ("credits",)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dirty = True
        self.dialog: QWidget | None = None
        self.labels = CreditLabels(self)
        self.can_edit = allowed(ctx.actor, "products.edit")

        self.notice = NoticeBar()
        if not self.can_edit:
            self.notice.show_message(self.tr(
                "Anda masuk sebagai {role}: produk kredit hanya dapat dilihat. Perubahan hanya oleh Ketua.")
                .format(role=ctx.actor.role_label), kind="info")
        self.new_button = QPushButton(self.tr("Produk baru…"))
        self.new_button.setObjectName("newProduct")
        self.new_button.clicked.connect(lambda: self.new_product())
        self.copy_button = QPushButton(self.tr("Salin…"))
        why_disabled(self.copy_button, self.tr("Pilih dulu produk di daftar."))
        self.copy_button.setObjectName("copyProduct")
        self.copy_button.clicked.connect(lambda: self.copy_product())
        for b in (self.new_button, self.copy_button):
            b.setVisible(self.can_edit)
        self.open_button = QPushButton(self.tr("Ubah…") if self.can_edit else self.tr("Lihat…"))
        why_disabled(self.open_button, self.tr("Pilih dulu produk di daftar."))
        self.open_button.setObjectName("openProduct")
        self.open_button.clicked.connect(lambda: self.open_product())

        self.model = ProductTableModel(self)
        self.view = table_view(self.model, stretch=ProductTableModel.COL_TERMS)
        self.view.setObjectName("productList")
        fit_columns(self.view, {ProductTableModel.COL_CODE: 90, ProductTableModel.COL_NAME: 150,
                                ProductTableModel.COL_KIND: 150, ProductTableModel.COL_AMOUNT: 170,
                                ProductTableModel.COL_GROUP_LIMIT: 110, ProductTableModel.COL_SIZE: 80})
        self.view.doubleClicked.connect(lambda _i: self.open_product())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.summary = QLabel()
        self.summary.setObjectName("productSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(section_title(self.tr("Produk kredit")))
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.copy_button)
        top.addWidget(self.open_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.notice)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.summary)

    def refresh(self) -> None:
        self.dirty = False
        keep = self.current().id if self.current() else None
        self.model.set_rows(credit_products.list_products(self.ctx.db, include_inactive=True))
        row = self.model.row_of(keep) if keep is not None else 0
        if self.model.rowCount():
            self.view.selectRow(max(0, row))
        self._selection_changed()

    def current(self) -> ProductDTO | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        p = self.current()
        self.open_button.setEnabled(p is not None)
        self.copy_button.setEnabled(p is not None)
        if p is None:
            self.summary.clear()
            return
        r = p.eligibility
        rules = []
        if r.min_months_membership:
            rules.append(self.tr("anggota minimal {n} bulan").format(n=r.min_months_membership))
        if r.require_pokok:
            rules.append(self.tr("pokok lunas"))
        if r.require_wajib_current:
            rules.append(self.tr("wajib tidak menunggak"))
        if r.require_ktp_kk:
            rules.append(self.tr("KTP/KK ada"))
        if r.allowed_trades:
            rules.append(self.tr("usaha: {trades}").format(trades=", ".join(r.allowed_trades)))
        if r.no_arrears_other_credit:
            rules.append(self.tr("tidak menunggak kredit lain"))
        lines = [f"{p.name}: {p.summary}."]
        if p.first_loan_max is not None:
            lines.append(self.tr("Pinjaman pertama paling banyak {amount}.").format(
                amount=format_rupiah(p.first_loan_max)))
        lines.append(self.tr("Syarat peminjam: {rules}.").format(rules="; ".join(rules) or "-"))
        if p.kind == "in_kind" and p.package_items:
            lines.append(self.tr("Isi paket: {items}.").format(items=", ".join(p.package_items)))
        self.summary.setText("\n".join(lines))

    def _open(self, dialog: ProductDialog) -> ProductDialog:
        self.dialog = dialog
        dialog.saved.connect(lambda _p: self.refresh())
        dialog.open()
        return dialog

    def new_product(self) -> ProductDialog:
        return self._open(ProductDialog(self.ctx, parent=self))

    def open_product(self) -> ProductDialog | None:
        p = self.current()
        if p is None:
            return None
        return self._open(ProductDialog(self.ctx, p, read_only=not self.can_edit, parent=self))

    def copy_product(self) -> ProductDialog | None:
        p = self.current()
        if p is None:
            return None
        copy = credit_products.copy_product(p, code=f"{p.code}2"[:20],
                                            name=self.tr("{name} (salinan)").format(name=p.name))
        return self._open(ProductDialog(self.ctx, copy, parent=self))
