"""The savings counter: deposit, withdrawal and reversal dialogs, and the passbook period.

Made for a queue at the counter: type the member's number or name and Enter, pick the kind
(Alt+P / Alt+W / Alt+S), the amount is filled with what is owed, Enter posts. After posting
the receipt number shows with "Cetak kwitansi" and "Setoran berikutnya" (Enter), which
clears the form for the next member. The services decide every rule (pokok exactly once,
withdrawal not above what is available, who may reverse); the dialogs show their answer
next to the field it concerns.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_number, format_rupiah, parse_rupiah
from kamura_desktop.domain.wajib import wajib_due
from kamura_desktop.services import savings
from kamura_desktop.services.changes import Outcome
from kamura_desktop.services.savings import Receipt, SavingsBalances, SavingsTxDTO

from ..print_preview import PRINT_RECEIPT_KEY
from ..widgets import FieldErrors
from .models import Labels
from .printing import print_receipt
from .widgets import MemberPicker, date_edit, from_qdate


class _CounterDialog(QDialog):
    """What deposit and withdrawal share: member, amount, date, note, post, result."""

    posted = Signal(object)  # Receipt

    def __init__(self, ctx, member: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.labels = Labels(self)
        self.errors = FieldErrors()
        self.balances: SavingsBalances | None = None
        self.last_receipt: Receipt | None = None
        self.setMinimumWidth(560)

        self.picker = MemberPicker(ctx)
        self.picker.member_changed.connect(self.on_member_changed)
        self.picker.picked.connect(lambda _m: self.focus_after_member())
        self.balance_label = QLabel()
        self.balance_label.setObjectName("balanceSummary")
        self.balance_label.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("mis. 25000 atau 25.000"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.amount.editingFinished.connect(self.tidy_amount)
        self.amount_hint = QLabel()
        self.amount_hint.setObjectName("pageHint")
        self.amount_hint.setWordWrap(True)
        self.amount_hint.hide()
        self.on_date = date_edit()
        self.on_date.setObjectName("on_date")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("boleh dikosongkan"))

        self.form_box = QWidget()
        self.form = QFormLayout(self.form_box)
        self.form.setContentsMargins(0, 0, 0, 0)
        member_box = QWidget()
        ml = QVBoxLayout(member_box)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.setSpacing(2)
        ml.addWidget(self.picker)
        ml.addWidget(self.balance_label)
        self.errors.add_row(self.form, self.tr("Anggota"), member_box, "member")
        self.build_kind_row()
        amount_box = QWidget()
        al = QVBoxLayout(amount_box)
        al.setContentsMargins(0, 0, 0, 0)
        al.setSpacing(2)
        al.addWidget(self.amount)
        al.addWidget(self.amount_hint)
        self.errors.add_row(self.form, self.tr("Jumlah (Rp)"), amount_box, "amount")
        self.errors.add_row(self.form, self.tr("Tanggal"), self.on_date, "on_date")
        self.errors.add_row(self.form, self.tr("Keterangan"), self.note, "note")
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        # shown after posting
        self.result = QFrame()
        self.result.setObjectName("postedBox")
        self.result.setStyleSheet("QFrame#postedBox { background: #e3f3ea; border: 1px solid #7cbf98;"
                                  " border-radius: 4px; }")
        self.result_text = QLabel()
        self.result_text.setObjectName("postedText")
        self.result_text.setWordWrap(True)
        self.result_text.setTextFormat(Qt.TextFormat.RichText)
        self.result_text.setStyleSheet("border: none; font-size: 11pt;")
        self.print_button = QPushButton(self.tr("Cetak kwitansi (Ctrl+P)"))
        self.print_button.setObjectName("printReceipt")
        self.print_button.clicked.connect(self.print_last_receipt)
        # the same key as after an instalment; the preview's "Cetak…" answers it again
        QShortcut(QKeySequence(PRINT_RECEIPT_KEY), self, activated=self.print_last_receipt)
        self.next_button = QPushButton(self.next_label())
        self.next_button.setObjectName("next")
        self.next_button.clicked.connect(self.next_entry)
        rl = QVBoxLayout(self.result)
        rl.addWidget(self.result_text)
        rb = QHBoxLayout()
        rb.addStretch(1)
        rb.addWidget(self.print_button)
        rb.addWidget(self.next_button)
        rl.addLayout(rb)
        self.result.hide()

        self.post_button = QPushButton(self.post_label())
        self.post_button.setObjectName("post")
        self.post_button.setDefault(True)
        self.post_button.clicked.connect(self.post)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.post_button)
        buttons.addWidget(self.close_button)

        lay = QVBoxLayout(self)
        lay.addWidget(self.form_box)
        lay.addWidget(self.general_error)
        lay.addWidget(self.result)
        lay.addStretch(1)
        lay.addLayout(buttons)

        if member is not None:
            self.picker.set_member(member)
            self.focus_after_member()
        else:
            self.picker.edit.setFocus()

    # ------------------------------------------------------------ for subclasses
    def post_label(self) -> str:
        raise NotImplementedError

    def next_label(self) -> str:
        raise NotImplementedError

    def build_kind_row(self) -> None:
        pass

    def write(self, db, *, actor, member_id: int, amount: int, on_date: dt.date,
              note: str) -> Outcome[Receipt]:
        """The service call that posts the entry."""
        raise NotImplementedError

    def fill_suggestion(self) -> None:
        pass

    def result_message(self, r: Receipt) -> str:
        raise NotImplementedError

    # ------------------------------------------------------------ member
    def focus_after_member(self) -> None:
        self.amount.setFocus()
        self.amount.selectAll()

    def on_member_changed(self, member: Any) -> None:
        self.errors.clear()
        self.general_error.hide()
        if member is None:
            self.balances = None
            self.balance_label.clear()
            self.balance_label.hide()
            self.set_hint("")
            return
        self.balance_label.show()
        self.balances = savings.balances(self.ctx.db, member.id)
        b = self.balances
        self.balance_label.setText(self.tr(
            "Saldo: pokok {pokok} · wajib {wajib} · sukarela {sukarela}").format(
            pokok=format_rupiah(b.pokok), wajib=format_rupiah(b.wajib),
            sukarela=format_rupiah(b.sukarela)))
        self.fill_suggestion()

    def set_hint(self, text: str) -> None:
        self.amount_hint.setText(text)
        self.amount_hint.setVisible(bool(text))

    def set_amount(self, amount: int | None) -> None:
        self.amount.setText(format_number(amount) if amount else "")

    def tidy_amount(self) -> None:
        try:
            value = parse_rupiah(self.amount.text())
        except UserError:
            return
        self.amount.setText(format_number(value))

    # ------------------------------------------------------------ posting
    def post(self) -> bool:
        if self.result.isVisible():
            self.next_entry()
            return False
        self.errors.clear()
        self.general_error.hide()
        member = self.picker.member
        if member is None:
            self.errors.show("member", self.tr("Pilih anggota dulu: ketik nomor atau nama, lalu Enter."))
            self.picker.edit.setFocus()
            return False

        def post_entry(db, *, actor):
            amount = parse_rupiah(self.amount.text(), field="amount")
            return self.write(db, actor=actor, member_id=member.id, amount=amount,
                              on_date=from_qdate(self.on_date.date()), note=self.note.text())

        card = self.picker.card_lines()
        outcome = self.ctx.perform(post_entry, source=self, on_error=self._refused)
        if outcome is None:
            return False
        self.show_result(outcome.value, card=card)
        return True

    def _refused(self, exc: UserError) -> None:
        self.ctx.show_refusal(exc, self, errors=self.errors, general=self.general_error)
        if exc.field == "amount" and "amount" in self.errors.labels:
            self.amount.setFocus()
            self.amount.selectAll()

    def show_result(self, receipt: Receipt, *, card: tuple[str, str] = ("", "")) -> None:
        self.last_receipt = receipt
        text = self.result_message(receipt)
        name, where = card
        if name:  # the member again, as large as before the amount: the clerk checks it twice
            text += (f"<br><span style='font-size:14pt'><b>{escape(name)}</b></span>"
                     f"<br><span style='font-size:12pt'>{escape(where)}</span>")
        self.result_text.setText(text)
        self.result.show()
        self.set_hint("")
        self.form_box.setEnabled(False)
        self.post_button.hide()
        self.next_button.setDefault(True)
        self.next_button.setFocus()
        self.posted.emit(receipt)

    def next_entry(self) -> None:
        """Clear the form for the next member (the kind and the date stay)."""
        self.result.hide()
        self.form_box.setEnabled(True)
        self.post_button.show()
        self.next_button.setDefault(False)
        self.post_button.setDefault(True)
        self.picker.clear()
        self.amount.clear()
        self.note.clear()
        self.errors.clear()
        self.picker.edit.setFocus()

    def print_last_receipt(self) -> None:
        r = self.last_receipt
        if r is not None:
            print_receipt(self.ctx, self, tx_id=r.tx_id, receipt_no=r.receipt_no)


class DepositDialog(_CounterDialog):
    """Setoran simpanan pokok, wajib or sukarela."""

    def __init__(self, ctx, member: Any = None, kind: str | None = None,
                 parent: QWidget | None = None):
        self._initial_kind = kind
        super().__init__(ctx, member, parent)
        self.setObjectName("depositDialog")
        self.setWindowTitle(self.tr("Setoran simpanan"))

    def post_label(self) -> str:
        return self.tr("Simpan setoran")

    def next_label(self) -> str:
        return self.tr("Setoran berikutnya")

    def build_kind_row(self) -> None:
        self.kind_buttons = {
            "pokok": QRadioButton(self.tr("&Pokok")),
            "wajib": QRadioButton(self.tr("&Wajib")),
            "sukarela": QRadioButton(self.tr("&Sukarela")),
        }
        self.kind_group = QButtonGroup(self)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for key, button in self.kind_buttons.items():
            button.setObjectName(f"kind_{key}")
            self.kind_group.addButton(button)
            row.addWidget(button)
            button.toggled.connect(lambda on, _k=key: on and self.fill_suggestion())
        row.addStretch(1)
        self.kind_buttons[self._initial_kind or "wajib"].setChecked(True)
        self.errors.add_row(self.form, self.tr("Jenis simpanan"), box, "kind")

    def kind(self) -> str:
        for key, button in self.kind_buttons.items():
            if button.isChecked():
                return key
        return "wajib"

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def fill_suggestion(self) -> None:
        """Fill the amount with what is owed for the chosen kind (the clerk may change it)."""
        b = self.balances
        if b is None:
            return
        kind = self.kind()
        if kind == "pokok":
            left = b.pokok_outstanding
            self.set_amount(left)
            self.set_hint(
                self.tr("Simpanan pokok yang belum dibayar: {amount}. Setelah lunas, status "
                        "menjadi Aktif.").format(amount=format_rupiah(left)) if left
                else self.tr("Simpanan pokok sudah lunas."))
        elif kind == "wajib":
            st = b.wajib_status
            if b.wajib_arrears > 0:
                self.set_amount(b.wajib_arrears)
                self.set_hint(self.tr("Tunggakan wajib {amount} ({months} bulan).").format(
                    amount=format_rupiah(b.wajib_arrears), months=st.months_in_arrears))
            else:
                today = dt.date.today()
                monthly = wajib_due(today.replace(day=1), today, savings.wajib_rates(self.ctx.db))
                self.set_amount(monthly)
                self.set_hint(self.tr(
                    "Wajib sudah lunas sampai bulan ini; setoran ini dibayar di muka "
                    "({amount} per bulan).").format(amount=format_rupiah(monthly)))
        else:
            self.set_amount(None)
            self.set_hint(self.tr("Saldo sukarela {amount}.").format(
                amount=format_rupiah(b.sukarela)))

    def write(self, db, *, actor, member_id, amount, on_date, note):
        return savings.record_deposit(db, actor=actor, member_id=member_id, kind=self.kind(),
                                      amount=amount, on_date=on_date, note=note)

    def result_message(self, r: Receipt) -> str:
        return self.tr("<b>Setoran tersimpan.</b> Kwitansi <b style='font-size:13pt'>{receipt}</b>"
                       "<br>{name} ({number}) — {kind} {amount}; saldo {kind_short} sekarang "
                       "{balance}.").format(
            receipt=r.receipt_no, name=escape(r.member_name), number=r.member_number,
            kind=self.labels.kind_long(r.kind), amount=format_rupiah(r.amount),
            kind_short=self.labels.kind(r.kind).lower(), balance=format_rupiah(r.balance_after))


class WithdrawalDialog(_CounterDialog):
    """Penarikan simpanan sukarela (never more than is available)."""

    def __init__(self, ctx, member: Any = None, parent: QWidget | None = None):
        super().__init__(ctx, member, parent)
        self.setObjectName("withdrawalDialog")
        self.setWindowTitle(self.tr("Penarikan simpanan sukarela"))

    def post_label(self) -> str:
        return self.tr("Simpan penarikan")

    def next_label(self) -> str:
        return self.tr("Penarikan berikutnya")

    def fill_suggestion(self) -> None:
        b = self.balances
        if b is None:
            return
        text = self.tr("Saldo sukarela yang dapat ditarik: {amount}.").format(
            amount=format_rupiah(b.sukarela_available))
        if b.sukarela_held:
            text += " " + self.tr("({held} sedang dikomitmenkan sebagai lender.)").format(
                held=format_rupiah(b.sukarela_held))
        self.set_hint(text)

    def write(self, db, *, actor, member_id, amount, on_date, note):
        return savings.record_withdrawal(db, actor=actor, member_id=member_id, amount=amount,
                                         on_date=on_date, note=note)

    def result_message(self, r: Receipt) -> str:
        return self.tr("<b>Penarikan tersimpan.</b> Bukti <b style='font-size:13pt'>{receipt}</b>"
                       "<br>{name} ({number}) menarik {amount}; saldo sukarela sekarang "
                       "{balance}.").format(
            receipt=r.receipt_no, name=escape(r.member_name), number=r.member_number,
            amount=format_rupiah(r.amount), balance=format_rupiah(r.balance_after))


class ReversalDialog(QDialog):
    """The treasurer reverses a wrong deposit or withdrawal, with a reason."""

    def __init__(self, ctx, tx: SavingsTxDTO, *, member_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.tx = tx
        self.labels = Labels(self)
        self.errors = FieldErrors()
        self.reversal: SavingsTxDTO | None = None
        self.setObjectName("reversalDialog")
        self.setWindowTitle(self.tr("Balik transaksi simpanan"))
        self.setMinimumWidth(520)

        what = QLabel(self.tr("{type} {kind} {amount} tanggal {date}{receipt}{name}").format(
            type=self.labels.tx_type(tx.tx_type), kind=self.labels.kind(tx.kind).lower(),
            amount=format_rupiah(abs(tx.amount)), date=format_date_id(tx.on_date),
            receipt=self.tr(", kwitansi {n}").format(n=tx.receipt_no) if tx.receipt_no else "",
            name=f" — {member_name}" if member_name else ""))
        what.setWordWrap(True)
        what.setStyleSheet("font-weight: bold;")
        explain = QLabel(self.tr(
            "Transaksi yang sudah dibukukan tidak dihapus. Pembalikan mencatat transaksi baru "
            "dengan jumlah berlawanan dan jurnal cerminnya, keduanya menunjuk ke transaksi asal."))
        explain.setObjectName("pageHint")
        explain.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("mis. salah ketik jumlah, salah anggota"))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Transaksi"), what, "tx")
        self.errors.add_row(form, self.tr("Alasan *"), self.reason, "reason")
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.ok_button = QPushButton(self.tr("Balik transaksi"))
        self.ok_button.setObjectName("reverse")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(explain)
        lay.addLayout(form)
        lay.addWidget(self.general_error)
        lay.addLayout(buttons)
        self.reason.setFocus()

    def submit(self) -> bool:
        self.errors.clear()
        self.general_error.hide()
        outcome = self.ctx.perform(savings.reverse_savings_transaction, source=self,
                                   errors=self.errors, general=self.general_error, tx_id=self.tx.id,
                                   reason=self.reason.text())
        if outcome is None:
            return False
        self.reversal = outcome.value
        self.accept()
        return True


class PeriodDialog(QDialog):
    """Ask for the period of a savings passbook."""

    def __init__(self, date_from: dt.date, date_to: dt.date, *, title: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.date_from = date_edit(date_from)
        self.date_from.setObjectName("date_from")
        self.date_to = date_edit(date_to)
        self.date_to.setObjectName("date_to")
        form = QFormLayout()
        form.addRow(self.tr("Dari tanggal"), self.date_from)
        form.addRow(self.tr("Sampai tanggal"), self.date_to)
        ok = QPushButton(self.tr("Tampilkan"))
        ok.setDefault(True)
        ok.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(ok)
        buttons.addWidget(cancel)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(buttons)

    def period(self) -> tuple[dt.date, dt.date]:
        return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
