"""Daftarkan lender: pick a member, see whether they meet the lender requirements (the
service's reasons, one per line), set the preferences (trades to fund, most per group)
and register. Registering a lender again keeps them and replaces the preferences."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.errors import FieldProblems, UserError
from kamura_desktop.domain.money import format_rupiah, parse_rupiah
from kamura_desktop.services import lender_docs, lender_pool
from kamura_desktop.services.lender_pool import LenderBalance

from ..members.widgets import MemberPicker, date_edit, from_qdate, to_qdate
from ..widgets import FieldErrors
from .labels import KNOWN_TRADES
from .widgets import MoneyEdit


class RegisterLenderDialog(QDialog):
    registered = Signal(object)  # LenderBalance

    def __init__(self, ctx, member: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.balance: LenderBalance | None = None
        self.result_value: LenderBalance | None = None
        self.setObjectName("registerLender")
        self.setWindowTitle(self.tr("Daftarkan lender"))
        self.setMinimumWidth(640)

        intro = QLabel(self.tr(
            "Lender adalah anggota yang meminjamkan sebagian simpanan sukarelanya kepada kelompok "
            "peminjam melalui koperasi. Syarat: anggota aktif, fotokopi KTP dan KK ada di berkas, "
            "simpanan pokok lunas dan simpanan wajib tidak menunggak."))
        intro.setWordWrap(True)
        intro.setObjectName("pageHint")

        self.picker = MemberPicker(ctx)
        self.picker.member_changed.connect(self.on_member_changed)
        self.check = QFrame()
        self.check.setObjectName("requirementBox")
        self.check_text = QLabel()
        self.check_text.setObjectName("requirements")
        self.check_text.setWordWrap(True)
        self.check_text.setTextFormat(Qt.TextFormat.PlainText)
        cl = QVBoxLayout(self.check)
        cl.setContentsMargins(8, 6, 8, 6)
        cl.addWidget(self.check_text)
        self.check.hide()
        member_box = QWidget()
        ml = QVBoxLayout(member_box)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.setSpacing(4)
        ml.addWidget(self.picker)
        ml.addWidget(self.check)

        self.trade_boxes: dict[str, QCheckBox] = {}
        trades = QWidget()
        tl = QGridLayout(trades)
        tl.setContentsMargins(0, 0, 0, 0)
        for i, trade in enumerate(KNOWN_TRADES):
            box = QCheckBox(trade)
            box.setObjectName(f"trade_{trade}")
            self.trade_boxes[trade] = box
            tl.addWidget(box, 0, i)
        self.other_trades = QLineEdit()
        self.other_trades.setObjectName("otherTrades")
        self.other_trades.setPlaceholderText(self.tr("usaha lain, pisahkan dengan koma"))
        tl.addWidget(self.other_trades, 1, 0, 1, len(KNOWN_TRADES))
        self.max_per_group = MoneyEdit()
        self.max_per_group.setObjectName("maxPerGroup")
        self.max_per_group.setPlaceholderText(self.tr("kosongkan bila tidak dibatasi"))
        self.on_date = date_edit()
        self.on_date.setObjectName("on_date")

        form = QFormLayout()
        self.errors.add_row(form, self.tr("Anggota"), member_box, "member")
        self.errors.add_row(form, self.tr("Usaha yang ingin didanai"), trades, "preferred_trades")
        self.errors.add_row(form, self.tr("Batas per kelompok (Rp)"), self.max_per_group, "max_per_group")
        self.errors.add_row(form, self.tr("Tanggal daftar"), self.on_date, "on_date")
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.save_button = QPushButton(self.tr("Daftarkan"))
        self.save_button.setObjectName("register")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.general_error)
        lay.addStretch(1)
        lay.addLayout(buttons)

        if member is not None:
            self.picker.set_member(member)
        else:
            self.picker.edit.setFocus()

    # ------------------------------------------------------------ the member
    def on_member_changed(self, member: Any) -> None:
        self.errors.clear()
        self.general_error.hide()
        if member is None:
            self.balance = None
            self.check.hide()
            self.save_button.setEnabled(False)
            return
        self.balance = b = lender_pool.lender_balance(self.ctx.db, member.id)
        if b.requirements:
            lines = [self.tr("✘ Belum memenuhi syarat lender:")]
            lines += [f"   • {reason}" for reason in b.requirements]
            style = "background: #fdecee; border: 1px solid #e8a1aa; color: #7a0016;"
        else:
            lines = [self.tr("✔ Memenuhi syarat lender. Simpanan sukarela {amount}.").format(
                amount=format_rupiah(b.sukarela))]
            if b.registered:
                lines.append(self.tr("Sudah terdaftar sebagai lender; menyimpan mengganti "
                                     "preferensinya."))
                self.show_preferences(member.id)
            style = "background: #e3f3ea; border: 1px solid #7cbf98; color: #12432f;"
        self.check.setStyleSheet(f"QFrame#requirementBox {{ {style} border-radius: 4px; }}")
        self.check_text.setStyleSheet("border: none; background: transparent;")
        self.check_text.setText("\n".join(lines))
        self.check.show()
        self.save_button.setText(self.tr("Simpan preferensi") if b.registered else self.tr("Daftarkan"))
        self.save_button.setEnabled(not b.requirements)
        self.resize(self.size().expandedTo(self.sizeHint()))  # room for the message

    def show_preferences(self, member_id: int) -> None:
        """A registered lender's current preferences, to change."""
        form = lender_docs.lender_registration_data(self.ctx.db, member_id)
        known = {t.lower(): t for t in KNOWN_TRADES}
        for box in self.trade_boxes.values():
            box.setChecked(False)
        others = []
        for trade in form.preferred_trades:
            if trade.lower() in known:
                self.trade_boxes[known[trade.lower()]].setChecked(True)
            else:
                others.append(trade)
        self.other_trades.setText(", ".join(others))
        self.max_per_group.set_amount(form.max_per_group)
        if form.registered_on:
            self.on_date.setDate(to_qdate(form.registered_on))

    # ------------------------------------------------------------ saving
    def trades(self) -> list[str]:
        picked = [t for t, box in self.trade_boxes.items() if box.isChecked()]
        picked += [t.strip() for t in self.other_trades.text().split(",") if t.strip()]
        return picked

    def _refused(self, exc: UserError) -> None:
        self.ctx.show_refusal(exc, self, errors=self.errors, general=self.general_error)
        self.resize(self.size().expandedTo(self.sizeHint()))  # room for the message

    def submit(self) -> bool:
        self.errors.clear()
        self.general_error.hide()
        member = self.picker.member

        def register(db, *, actor):
            problems = FieldProblems()  # no member and a bad limit are both marked
            if member is None:
                problems.add("member", self.tr("Pilih anggota yang didaftarkan."))
            limit = None
            with problems.field("max_per_group"):
                if self.max_per_group.text().strip():
                    limit = parse_rupiah(self.max_per_group.text(), field="max_per_group")
            problems.raise_if_any()
            return lender_pool.register_lender(
                db, actor=actor, member_id=member.id, preferred_trades=self.trades(),
                max_per_group=limit, on_date=from_qdate(self.on_date.date()))

        outcome = self.ctx.perform(register, source=self, on_error=self._refused)
        if outcome is None:
            return False
        self.result_value = outcome.value
        self.registered.emit(outcome.value)
        self.accept()
        return True
