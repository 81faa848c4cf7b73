"""A member leaves the cooperative: what they get back, what stops them, and the reason.

The figures and the blockers come from ``membership.leave_quote``; ``member_leave`` decides
(and refuses while credit, joint-liability debt or lender commitments remain). The cash
handed over gets a bukti kas keluar (BKK-): once the leaving is recorded the dialog shows its
number and "Cetak bukti kas keluar (Ctrl+P)" for the member to sign.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import membership
from kamura_desktop.services.membership import LeaveQuote, MemberDTO

from ..messages import confirm, show_error
from ..print_preview import PRINT_RECEIPT_KEY, print_receipts
from ..widgets import FieldErrors
from .widgets import date_edit, from_qdate


class LeaveDialog(QDialog):
    def __init__(self, ctx, member: MemberDTO, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.member = member
        self.quote: LeaveQuote | None = None
        self.errors = FieldErrors()
        self.setObjectName("leaveDialog")
        self.setWindowTitle(self.tr("Keluar dari koperasi — {name}").format(name=member.name))
        self.setMinimumWidth(520)

        head = QLabel(self.tr("{name} ({number}) keluar dari koperasi. Simpanan pokok, wajib dan "
                              "sukarela dikembalikan tunai, dikurangi kewajiban yang masih ada.")
                      .format(name=member.name, number=member.number))
        head.setWordWrap(True)
        self.figures = QFrame()
        self.figures.setObjectName("leaveFigures")
        self.figures.setStyleSheet("QFrame#leaveFigures { border: 1px solid #cfd8d4; "
                                   "border-radius: 4px; background: #fafcfb; }")
        self.grid = QGridLayout(self.figures)
        self.grid.setColumnStretch(0, 1)
        self.blockers = QLabel()
        self.blockers.setObjectName("leaveBlockers")
        self.blockers.setWordWrap(True)
        self.blockers.setStyleSheet("color: #b00020;")
        self.blockers.hide()

        self.on_date = date_edit()
        self.on_date.setObjectName("on_date")
        self.on_date.dateChanged.connect(self.load_quote)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("mis. pindah domisili, permintaan sendiri"))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Tanggal keluar"), self.on_date, "on_date")
        self.errors.add_row(form, self.tr("Alasan keluar *"), self.reason, "reason")
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.ok_button = QPushButton(self.tr("Proses keluar"))
        self.ok_button.setObjectName("leave")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button = cancel = QPushButton(self.tr("Batal"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.print_button = QPushButton(self.tr("Cetak bukti kas keluar (Ctrl+P)"))
        self.print_button.setObjectName("printPayout")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(lambda: self.print_receipt())
        self.print_button.hide()
        QShortcut(QKeySequence(PRINT_RECEIPT_KEY), self, activated=self.print_receipt)
        self.result = QLabel()
        self.result.setObjectName("leaveResult")
        self.result.setWordWrap(True)
        self.result.setStyleSheet("background: #e3f3ea; border: 1px solid #7cbf98; padding: 6px;")
        self.result.hide()
        self.receipt_no: str | None = None
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)

        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.figures)
        lay.addWidget(self.blockers)
        lay.addLayout(form)
        lay.addWidget(self.general_error)
        lay.addWidget(self.result)
        lay.addLayout(buttons)
        self.load_quote()
        self.reason.setFocus()

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def _line(self, row: int, text: str, amount: int, *, bold: bool = False,
              minus: bool = False) -> None:
        name = QLabel(text)
        value = QLabel(("− " if minus else "") + format_rupiah(amount))
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if bold:
            rule = QFrame()
            rule.setFrameShape(QFrame.Shape.HLine)
            rule.setStyleSheet("color: #9fb5ae;")
            self.grid.addWidget(rule, row, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
            for w in (name, value):
                w.setStyleSheet("font-weight: bold; padding-top: 4px;")
        self.grid.addWidget(name, row, 0)
        self.grid.addWidget(value, row, 1)

    def load_quote(self) -> None:
        try:
            q = membership.leave_quote(self.ctx.db, self.member.id,
                                       on_date=from_qdate(self.on_date.date()))
        except UserError as exc:
            show_error(self, exc)
            return
        self.quote = q
        self._clear_grid()
        self._line(0, self.tr("Simpanan pokok"), q.pokok)
        self._line(1, self.tr("Simpanan wajib"), q.wajib)
        self._line(2, self.tr("Simpanan sukarela"), q.sukarela)
        self._line(3, self.tr("Jumlah simpanan"), q.gross, bold=True)
        row = 4
        for description, amount, _account in q.debts:
            self._line(row, description, amount, minus=True)
            row += 1
        if not q.debts:
            none = QLabel(self.tr("Tidak ada kewajiban yang dipotong."))
            none.setObjectName("pageHint")
            self.grid.addWidget(none, row, 0, 1, 2)
            row += 1
        self._line(row, self.tr("Dikembalikan tunai"), q.refund, bold=True)
        if q.blockers:
            self.blockers.setText(self.tr("Belum dapat keluar:") + "\n• " + "\n• ".join(q.blockers))
            self.blockers.show()
        else:
            self.blockers.hide()
        self.ok_button.setEnabled(q.can_leave)

    def submit(self) -> bool:
        if self.receipt_no is not None:  # recorded: the button now says "Selesai"
            self.accept()
            return False
        self.errors.clear()
        self.general_error.hide()
        q = self.quote
        if q is None:
            return False
        # a blank reason goes straight to the service, which says it is required
        if self.reason.text().strip() and not confirm(self, self.tr("Proses keluar"), self.tr(
                "{name} keluar dan menerima {amount} tunai. Lanjutkan?").format(
                name=self.member.name, amount=format_rupiah(q.refund))):
            return False
        outcome = self.ctx.perform(membership.member_leave, source=self, errors=self.errors,
                                   general=self.general_error, member_id=self.member.id,
                                   on_date=from_qdate(self.on_date.date()),
                                   reason=self.reason.text())
        if outcome is None:
            return False
        if outcome.value.receipt_no is None:  # nothing paid out in cash: no paper to sign
            self.accept()
            return True
        self.receipt_no = outcome.value.receipt_no
        self.result.setText(self.tr("Keluar tercatat. Bukti kas keluar {receipt}: {amount} tunai "
                                    "kepada {name}; cetak dan minta tanda tangannya.").format(
            receipt=self.receipt_no, amount=format_rupiah(outcome.value.refund),
            name=self.member.name))
        self.result.show()
        for w in (self.on_date, self.reason, self.cancel_button):
            w.setEnabled(False)
        self.cancel_button.hide()
        self.print_button.show()
        self.ok_button.setText(self.tr("Selesai"))
        self.adjustSize()  # room for the result without squeezing the figures
        self.print_button.setFocus()
        return True

    def print_receipt(self, on_shown=None):
        """The bukti kas keluar of the refund just recorded, in the print preview."""
        if self.receipt_no is None:
            return None
        return print_receipts(self.ctx, self, receipt_nos=[self.receipt_no], on_shown=on_shown)
