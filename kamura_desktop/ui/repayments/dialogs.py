"""Recording an instalment and reversing a mistaken one.

``RecordPaymentDialog`` is made for the counter: the amount is filled with what has fallen
due up to the payment date (overdue + today), Enter posts, and the receipt number shows
in large type afterwards, with "Cetak kwitansi (Ctrl+P)" to print it (the preview's own
"Cetak…" answers Ctrl+P again). The service decides every rule (allocation, over-payment, dates);
its refusal shows next to the field it concerns. ``ReversePaymentDialog`` is the
treasurer's: a reason is required, and the service refuses anyone else regardless.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import repayments
from kamura_desktop.services.repayments import CreditStatement, RepaymentReceipt

from ..widgets import FieldErrors
from .models import PaymentLine
from .printing import PRINT_RECEIPT_KEY, print_receipts
from .widgets import DateEdit, RupiahEdit, hint


def due_up_to(st: CreditStatement, on_date: dt.date) -> tuple[int, int]:
    """(overdue before ``on_date``, falling due on it) still unpaid — the amount to suggest."""
    overdue = sum(r.remaining for r in st.instalments if r.due_date < on_date)
    today = sum(r.remaining for r in st.instalments if r.due_date == on_date)
    return overdue, today


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


class RecordPaymentDialog(QDialog):
    """Catat angsuran for one credit."""

    posted = Signal(object)  # RepaymentReceipt

    def __init__(self, ctx, statement: CreditStatement, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.st = statement
        self.receipt: RepaymentReceipt | None = None
        self.errors = FieldErrors()
        self._amount_typed = False
        self.setObjectName("recordPaymentDialog")
        self.setWindowTitle(self.tr("Catat angsuran — {number}").format(number=statement.number))
        self.setMinimumWidth(600)

        who = QLabel(self.tr("<b>{name}</b> ({member}) · kredit <b>{number}</b> · kelompok {group}").format(
            name=escape(statement.member_name), member=statement.member_number,
            number=statement.number, group=statement.group_code))
        who.setTextFormat(Qt.TextFormat.RichText)
        who.setWordWrap(True)
        who.setStyleSheet("font-size: 11pt;")
        self.owed = hint(self.tr("Sisa kewajiban {outstanding} dari {total}.").format(
            outstanding=format_rupiah(statement.outstanding), total=format_rupiah(statement.total_due)))

        self.amount = RupiahEdit(field="amount")
        self.amount.setObjectName("amount")
        self.amount.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.amount.setPlaceholderText(self.tr("mis. 4200 atau 4.200"))
        self.amount.textEdited.connect(self._typed)
        self.amount_hint = hint()
        self.amount_hint.setObjectName("amountHint")
        amount_box = QWidget()
        al = QVBoxLayout(amount_box)
        al.setContentsMargins(0, 0, 0, 0)
        al.setSpacing(2)
        al.addWidget(self.amount)
        al.addWidget(self.amount_hint)
        self.on_date = DateEdit(maximum=dt.date.today())
        self.on_date.setObjectName("on_date")
        self.on_date.dateChanged.connect(lambda _d: self.fill_suggestion())
        self.received_by = QLineEdit(ctx.actor.full_name)
        self.received_by.setObjectName("received_by")
        self.received_by.setToolTip(self.tr("Siapa yang menerima uangnya (petugas, bendahara "
                                            "atau ketua kelompok)"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("boleh dikosongkan"))

        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, self.tr("Jumlah (Rp)"), amount_box, "amount")
        self.errors.add_row(form, self.tr("Tanggal bayar"), self.on_date, "on_date")
        self.errors.add_row(form, self.tr("Diterima oleh"), self.received_by, "received_by")
        self.errors.add_row(form, self.tr("Keterangan"), self.note, "note")
        self.general_error = _error_label()
        allocation = hint(self.tr("Uang dipakai untuk angsuran tertua lebih dulu (jasa, lalu pokok)."))

        self.result = QFrame()
        self.result.setObjectName("postedBox")
        self.result.setStyleSheet("QFrame#postedBox { background: #e3f3ea; border: 1px solid #7cbf98;"
                                  " border-radius: 4px; }")
        self.result_text = QLabel()
        self.result_text.setObjectName("postedText")
        self.result_text.setWordWrap(True)
        self.result_text.setTextFormat(Qt.TextFormat.RichText)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_text.setStyleSheet("border: none; font-size: 11pt;")
        QVBoxLayout(self.result).addWidget(self.result_text)
        self.result.hide()

        self.post_button = QPushButton(self.tr("Simpan angsuran"))
        self.post_button.setObjectName("post")
        self.post_button.setDefault(True)
        self.post_button.clicked.connect(self.post)
        self.close_button = QPushButton(self.tr("Batal"))
        self.close_button.setObjectName("close")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.print_button = QPushButton(self.tr("Cetak kwitansi (Ctrl+P)"))
        self.print_button.setObjectName("printReceipt")
        self.print_button.setAutoDefault(False)
        self.print_button.setToolTip(self.tr("Cetak kwitansi angsuran yang baru disimpan, pada "
                                             "kertas yang dipilih di Pengaturan"))
        self.print_button.clicked.connect(lambda: self.print_receipt())
        self.print_button.hide()
        QShortcut(QKeySequence(PRINT_RECEIPT_KEY), self, activated=self.print_receipt)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.post_button)
        buttons.addWidget(self.close_button)

        lay = QVBoxLayout(self)
        lay.addWidget(who)
        lay.addWidget(self.owed)
        lay.addSpacing(4)
        lay.addWidget(self.form_box)
        lay.addWidget(allocation)
        lay.addWidget(self.general_error)
        lay.addWidget(self.result)
        lay.addStretch(1)
        lay.addLayout(buttons)

        self.fill_suggestion()
        self.amount.setFocus()
        self.amount.selectAll()

    def _typed(self, _text: str) -> None:
        self._amount_typed = True

    def fill_suggestion(self) -> None:
        """What has fallen due up to the payment date; the clerk may change it."""
        overdue, today = due_up_to(self.st, self.on_date.value())
        if not self._amount_typed:
            self.amount.set_value(overdue + today or None)
            self.amount.selectAll()
        if overdue or today:
            self.amount_hint.setText(self.tr("Tertagih s.d. tanggal ini {total}: tunggakan {overdue} + "
                                             "angsuran tanggal ini {today}.").format(
                total=format_rupiah(overdue + today), overdue=format_rupiah(overdue),
                today=format_rupiah(today)))
        else:
            self.amount_hint.setText(self.tr("Belum ada angsuran yang jatuh tempo; pembayaran ini "
                                             "mengisi angsuran berikutnya (bayar di muka)."))

    def _refused(self, exc: UserError) -> None:
        self.ctx.show_refusal(exc, self, errors=self.errors, general=self.general_error)
        if isinstance(exc, PermissionDenied):
            return
        if exc.field == "amount" and "amount" in self.errors.labels:
            self.amount.setFocus()
            self.amount.selectAll()
        self.adjustSize()

    def post(self) -> bool:
        if self.receipt is not None:  # Enter after posting closes
            self.accept()
            return False
        self.errors.clear()
        self.general_error.hide()

        def record(db, *, actor):
            return repayments.record_repayment(
                db, actor=actor, credit_id=self.st.credit_id, amount=self.amount.value(),
                on_date=self.on_date.value(), received_by=self.received_by.text().strip() or None,
                note=self.note.text())

        outcome = self.ctx.perform(record, source=self, on_error=self._refused)
        if outcome is None:
            return False
        self.receipt = outcome.value
        self.show_result(outcome.value)
        self.posted.emit(outcome.value)
        return True

    def show_result(self, r: RepaymentReceipt) -> None:
        state = (self.tr("<b>Kredit LUNAS.</b>") if r.lunas else
                 self.tr("Sisa kewajiban {amount}.").format(amount=format_rupiah(r.outstanding_after)))
        self.result_text.setText(self.tr(
            "<b>Angsuran tersimpan.</b> Kwitansi <b style='font-size:15pt'>{receipt}</b><br>"
            "{amount} tanggal {date} (pokok {principal}, jasa {service}). {state}").format(
            receipt=r.receipt_no, amount=format_rupiah(r.amount), date=format_date_id(r.on_date),
            principal=format_rupiah(r.principal_part), service=format_rupiah(r.service_part),
            state=state))
        self.result.show()
        self.adjustSize()
        self.form_box.setEnabled(False)
        self.post_button.setText(self.tr("Selesai"))
        self.close_button.hide()
        self.print_button.show()
        self.post_button.setFocus()

    def print_receipt(self, on_shown=None):
        """The kwitansi of the payment just posted, in the print preview."""
        if self.receipt is None:
            return None
        return print_receipts(self.ctx, self, receipt_nos=[self.receipt.receipt_no],
                              on_shown=on_shown)


class ReversePaymentDialog(QDialog):
    """The treasurer reverses a mistaken payment: a mirror row and entry, with a reason."""

    def __init__(self, ctx, payment: PaymentLine, *, credit_number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.payment = payment
        self.errors = FieldErrors()
        self.done_ok = False
        self.setObjectName("reversePaymentDialog")
        self.setWindowTitle(self.tr("Balik angsuran"))
        self.setMinimumWidth(520)

        what = QLabel(self.tr("Angsuran {amount} tanggal {date}, kwitansi {receipt} — kredit {credit}").format(
            amount=format_rupiah(payment.amount), date=format_date_id(payment.on_date),
            receipt=payment.receipt_no or "-", credit=credit_number))
        what.setWordWrap(True)
        what.setStyleSheet("font-weight: bold;")
        explain = hint(self.tr(
            "Angsuran yang sudah dibukukan tidak dihapus. Pembalikan mencatat baris baru dengan "
            "jumlah berlawanan dan jurnal cerminnya; jadwal kembali seperti sebelum angsuran ini, "
            "dan kredit yang sudah lunas dibuka lagi."))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("mis. salah ketik jumlah, salah kredit"))
        self.on_date = DateEdit(maximum=dt.date.today())
        self.on_date.setObjectName("on_date")
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Angsuran"), what, "repayment")
        self.errors.add_row(form, self.tr("Alasan *"), self.reason, "reason")
        self.errors.add_row(form, self.tr("Tanggal pembalikan"), self.on_date, "on_date")
        self.general_error = _error_label()

        self.ok_button = QPushButton(self.tr("Balik angsuran"))
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
        if self.ctx.perform(repayments.reverse_repayment, source=self, errors=self.errors,
                            general=self.general_error, repayment_id=self.payment.id,
                            reason=self.reason.text(), on_date=self.on_date.value()) is None:
            return False
        self.done_ok = True
        self.accept()
        return True
