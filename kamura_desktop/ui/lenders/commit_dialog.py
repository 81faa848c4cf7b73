"""Komitmen dana: a lender commits part of their available sukarela to a credit waiting for
funds. The dialog shows the credit's funding so far and the chosen lender's balance; the
amount is parsed with ``parse_rupiah`` and the lender pool service decides — over the
lender's available balance, over the credit's gap, over the lender's limit per group — and
its refusal shows next to the amount. Nothing is committed unless the service accepts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.domain.money import format_rupiah, parse_rupiah
from kamura_desktop.services import lender_docs, lender_pool
from kamura_desktop.services.lender_pool import LenderBalance

from ..widgets import FieldErrors
from .models import MarketRow
from .widgets import FundingBar, MoneyEdit


class CommitDialog(QDialog):
    committed = Signal(object)  # LenderBalance after the commitment

    def __init__(self, ctx, row: MarketRow, *, lender_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.errors = FieldErrors()
        self.balance: LenderBalance | None = None
        self.result_value: LenderBalance | None = None
        self.setObjectName("commitDialog")
        self.setWindowTitle(self.tr("Komitmen dana — {number}").format(number=row.number))
        self.setMinimumWidth(640)

        # ---- the credit
        credit = QFrame()
        credit.setObjectName("creditBox")
        credit.setStyleSheet("QFrame#creditBox { background: #fafcfb; border: 1px solid #cfd8d4;"
                             " border-radius: 4px; }")
        self.credit_title = QLabel()
        self.credit_title.setObjectName("creditTitle")
        self.credit_title.setStyleSheet("font-size: 11pt; font-weight: bold; color: #12503f; border: none;")
        self.credit_text = QLabel()
        self.credit_text.setObjectName("creditText")
        self.credit_text.setWordWrap(True)
        self.credit_text.setStyleSheet("border: none;")
        self.progress = FundingBar()
        self.progress.setObjectName("creditProgress")
        cl = QVBoxLayout(credit)
        cl.setContentsMargins(10, 8, 10, 8)
        cl.addWidget(self.credit_title)
        cl.addWidget(self.credit_text)
        cl.addWidget(self.progress)

        # ---- lender and amount
        self.lender = QComboBox()
        self.lender.setObjectName("lender")
        self.lender_info = QLabel()
        self.lender_info.setObjectName("lenderBalance")
        self.lender_info.setWordWrap(True)
        lender_box = QWidget()
        ll = QVBoxLayout(lender_box)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.setSpacing(2)
        ll.addWidget(self.lender)
        ll.addWidget(self.lender_info)

        self.amount = MoneyEdit(big=True)
        self.amount.setObjectName("amount")
        self.fill_gap_button = QPushButton()
        self.fill_gap_button.setObjectName("fillGap")
        self.fill_gap_button.setAutoDefault(False)
        self.fill_gap_button.setToolTip(self.tr("Isi jumlah dengan seluruh kekurangan kredit ini"))
        self.fill_gap_button.clicked.connect(lambda: self.amount.set_amount(self.row.gap))
        amount_box = QWidget()
        al = QHBoxLayout(amount_box)
        al.setContentsMargins(0, 0, 0, 0)
        al.addWidget(self.amount, 1)
        al.addWidget(self.fill_gap_button)
        self.show_credit(row)

        form = QFormLayout()
        self.errors.add_row(form, self.tr("Lender"), lender_box, "lender")
        self.errors.add_row(form, self.tr("Jumlah komitmen (Rp)"), amount_box, "amount")
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.commit_button = QPushButton(self.tr("Simpan komitmen"))
        self.commit_button.setObjectName("commit")
        self.commit_button.setDefault(True)
        self.commit_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.commit_button)
        buttons.addWidget(cancel)

        lay = QVBoxLayout(self)
        lay.addWidget(credit)
        lay.addLayout(form)
        lay.addWidget(self.general_error)
        lay.addStretch(1)
        lay.addLayout(buttons)

        self.lenders = lender_pool.list_lenders(ctx.db)
        for b in self.lenders:
            self.lender.addItem(f"{b.number} — {b.name}", b.member_id)
        if not self.lenders:
            self.lender.addItem(self.tr("(belum ada lender terdaftar)"), None)
            self.lender.setEnabled(False)
            self.commit_button.setEnabled(False)
        self.lender.currentIndexChanged.connect(lambda _i: self.on_lender_changed())
        if lender_id is not None and self.lender.findData(lender_id) >= 0:
            self.lender.setCurrentIndex(self.lender.findData(lender_id))
        self.on_lender_changed()
        self.amount.setFocus()

    # ------------------------------------------------------------ showing
    def show_credit(self, row: MarketRow) -> None:
        self.row = row
        self.credit_title.setText(f"{row.number} · {row.borrower}" if row.borrower else row.number)
        parts = [row.group_label]
        if row.application_number:
            parts.append(self.tr("pengajuan {number}").format(number=row.application_number))
        if row.purpose:
            parts.append(row.purpose)
        self.credit_text.setText(" · ".join(parts) + "\n" + self.tr(
            "Pokok {principal} · sudah terdanai {funded} · kekurangan {gap}").format(
            principal=format_rupiah(row.principal), funded=format_rupiah(row.funded),
            gap=format_rupiah(row.gap)))
        self.progress.set_values(row.funded, row.principal)
        self.fill_gap_button.setText(self.tr("Isi kekurangan ({amount})").format(
            amount=format_rupiah(row.gap)))

    def lender_id(self) -> int | None:
        return self.lender.currentData()

    def on_lender_changed(self) -> None:
        self.errors.clear()
        self.general_error.hide()
        member_id = self.lender_id()
        if member_id is None:
            self.balance = None
            self.lender_info.clear()
            return
        self.balance = b = lender_pool.lender_balance(self.ctx.db, member_id)
        text = self.tr("Sukarela {sukarela} · sudah dijanjikan untuk kredit lain {committed}<br>"
                       "Tersedia untuk komitmen: <b>{available}</b>").format(
            sukarela=format_rupiah(b.sukarela), committed=format_rupiah(b.committed),
            available=format_rupiah(b.available))
        limit = lender_docs.lender_registration_data(self.ctx.db, member_id).max_per_group
        if limit:
            text += " · " + self.tr("paling banyak {amount} per kelompok").format(amount=format_rupiah(limit))
        if b.requirements:
            text += "<br><span style='color:#b00020'>" + self.tr(
                "Belum memenuhi syarat lender: {reasons}.").format(
                reasons=", ".join(b.requirements)) + "</span>"
        self.lender_info.setTextFormat(Qt.TextFormat.RichText)
        self.lender_info.setText(text)
        self.resize(self.size().expandedTo(self.sizeHint()))  # room for the message

    # ------------------------------------------------------------ committing
    def _refused(self, exc: UserError) -> None:
        self.ctx.show_refusal(exc, self, errors=self.errors, general=self.general_error)
        if not isinstance(exc, PermissionDenied):
            self.amount.setFocus()
            self.amount.selectAll()
        self.resize(self.size().expandedTo(self.sizeHint()))  # room for the message

    def submit(self) -> bool:
        self.errors.clear()
        self.general_error.hide()
        def commit(db, *, actor):
            member_id = self.lender_id()
            if member_id is None:
                raise UserError(self.tr("Pilih lender."), field="lender")
            amount = parse_rupiah(self.amount.text(), field="amount")
            return lender_pool.commit_funds(db, actor=actor, lender_member_id=member_id,
                                            credit_id=self.row.credit_id, amount=amount)

        outcome = self.ctx.perform(commit, source=self, on_error=self._refused)
        if outcome is None:
            return False
        self.result_value = outcome.value
        self.committed.emit(outcome.value)
        self.accept()
        return True
