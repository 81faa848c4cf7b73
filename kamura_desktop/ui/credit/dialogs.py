"""Small dialogs of the credit book: a reason (cancelling an application) and the
disbursement (date and, for an in-kind package, the items handed over).

Each runs one service call on OK; a refusal stays in the dialog next to its field, a
success is published to the hub and closes the dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import credits
from kamura_desktop.services.changes import Outcome
from kamura_desktop.services.credits import ApplicationDTO

from ..widgets import FieldErrors
from .labels import CreditLabels
from .models import CreditTableModel
from .widgets import DateEdit, NoticeBar, error_label, fit_columns, hint, section_title, table_view


class ReasonDialog(QDialog):
    """Asks for a reason and runs the write ``action(db, actor=…, reason=…)`` (a service call
    with its other arguments bound) through ``ctx.perform``."""

    def __init__(self, ctx, *, title: str, intro: str, ok_text: str,
                 action: Callable[..., Outcome], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.action = action
        self.outcome = None
        self.errors = FieldErrors()
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.resize(460, 240)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaximumHeight(90)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Alasan"), self.reason, "reason")
        self.error = error_label()
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("reasonOk")
        self.ok_button.clicked.connect(self.run)
        cancel = QPushButton(self.tr("Kembali"))
        cancel.setDefault(True)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(hint(intro))
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(buttons)

    def run(self) -> None:
        self.errors.clear()
        self.error.hide()
        outcome = self.ctx.perform(  # a missing permission too: under the form
            self.action, source=self,
            on_error=lambda exc: self.errors.show_or(exc.field, exc.message, self.error),
            reason=self.reason.toPlainText().strip())
        if outcome is None:
            return
        self.outcome = outcome
        self.accept()


class DisburseDialog(QDialog):
    """Disburse an approved, fully funded application on a date."""

    disbursed = Signal(object)  # ApplicationDTO

    def __init__(self, ctx, application: ApplicationDTO, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.application = a = application
        self.result_value: ApplicationDTO | None = None
        self.labels = CreditLabels(self)
        self.errors = FieldErrors()
        self.setObjectName("disburseDialog")
        self.setWindowTitle(self.tr("Pencairan {number}").format(number=a.number))
        self.resize(720, 580 if a.kind == "in_kind" else 440)
        in_kind = a.kind == "in_kind"

        title = QLabel(self.tr("{code} {group} · {product}").format(
            code=a.group_code, group=a.group_name, product=a.product_name))
        title.setStyleSheet("font-size: 13pt; font-weight: bold; color: #12503f;")
        terms = hint(self.labels.terms(instalments=a.instalments, frequency=a.frequency,
                                       service_mode=a.service_mode, rate_bp=a.rate_bp,
                                       service_fixed=a.service_fixed))

        self.on_date = DateEdit(maximum=dt.date.today())
        self.on_date.setObjectName("disburseDate")
        self.on_date.setMaximumWidth(160)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Tanggal pencairan"), self.on_date, "on_date")

        self.model = CreditTableModel(self)
        self.model.set_rows(a.credits)
        view = table_view(self.model, stretch=CreditTableModel.COL_MEMBER)
        view.setObjectName("disburseCredits")
        shown = (CreditTableModel.COL_NUMBER, CreditTableModel.COL_MEMBER,
                 CreditTableModel.COL_PRINCIPAL, CreditTableModel.COL_SERVICE,
                 CreditTableModel.COL_PURPOSE)
        for col in range(self.model.columnCount()):
            view.setColumnHidden(col, col not in shown)
        fit_columns(view, {CreditTableModel.COL_NUMBER: 120, CreditTableModel.COL_PRINCIPAL: 90,
                           CreditTableModel.COL_SERVICE: 70, CreditTableModel.COL_PURPOSE: 150})
        view.setMaximumHeight(30 + 27 * max(3, len(a.credits)))

        total = format_rupiah(a.total_principal)
        if in_kind:
            what = self.tr("{n} paket usaha senilai {total} diserahkan dari persediaan koperasi.").format(
                n=len(a.credits), total=total)
        else:
            what = self.tr("Uang tunai {total} keluar dari kas untuk {n} anggota.").format(
                total=total, n=len(a.credits))
        self.what = QLabel(what)
        self.what.setObjectName("disburseWhat")
        self.what.setStyleSheet("font-weight: bold;")
        self.what.setWordWrap(True)

        # ---- package items (in kind)
        self.items = QListWidget()
        self.items.setObjectName("packageItems")
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        for text in a.package_items:
            self._add_item(text)
        self.add_item_button = QPushButton(self.tr("Tambah barang"))
        self.add_item_button.setObjectName("addPackageItem")
        self.add_item_button.clicked.connect(lambda: self.add_item())
        self.remove_item_button = QPushButton(self.tr("Hapus barang"))
        self.remove_item_button.setObjectName("removePackageItem")
        self.remove_item_button.clicked.connect(self.remove_item)
        item_buttons = QVBoxLayout()
        item_buttons.addWidget(self.add_item_button)
        item_buttons.addWidget(self.remove_item_button)
        item_buttons.addStretch(1)
        items_row = QHBoxLayout()
        items_row.addWidget(self.items, 1)
        items_row.addLayout(item_buttons)
        package = QWidget()
        pl = QVBoxLayout(package)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(section_title(self.tr("Isi paket yang diserahkan kepada setiap anggota")))
        pl.addWidget(hint(self.tr("Klik dua kali untuk mengubah. Daftar ini tercetak di daftar "
                                  "serah terima paket.")))
        pl.addLayout(items_row)
        package.setVisible(in_kind)

        self.notice = NoticeBar()
        self.notice.show_message(self.tr(
            "Setelah dicairkan, jadwal angsuran setiap anggota ditetapkan mulai dari tanggal "
            "pencairan dan jurnal pencairan dibukukan. Pencairan tidak dapat diubah."), kind="info")

        self.error = error_label()
        self.ok_button = QPushButton(self.tr("Cairkan sekarang"))
        self.ok_button.setObjectName("disburseOk")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.disburse)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(cancel, 0, Qt.AlignmentFlag.AlignBottom)

        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(terms)
        lay.addLayout(form)
        lay.addWidget(view)
        lay.addWidget(self.what)
        lay.addWidget(package, 1)
        lay.addWidget(self.notice)
        lay.addLayout(buttons)

    # ------------------------------------------------------------ package items
    def _add_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.items.addItem(item)
        return item

    def add_item(self, text: str | None = None) -> QListWidgetItem:
        item = self._add_item(text if text is not None else self.tr("Barang baru"))
        self.items.setCurrentItem(item)
        if text is None:
            self.items.editItem(item)
        return item

    def remove_item(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.takeItem(row)

    def package_items(self) -> list[str]:
        return [self.items.item(i).text().strip() for i in range(self.items.count())
                if self.items.item(i).text().strip()]

    # ------------------------------------------------------------ disbursing
    def disburse(self) -> None:
        self.errors.clear()
        self.error.hide()
        a = self.application
        outcome = self.ctx.perform(  # a missing permission too: under the form
            credits.disburse_application, source=self,
            on_error=lambda exc: self.errors.show_or(exc.field, exc.message, self.error),
            application_id=a.id, on_date=self.on_date.value(),
            package_items=self.package_items() if a.kind == "in_kind" else None)
        if outcome is None:
            return
        self.result_value = outcome.value
        self.disbursed.emit(outcome.value)
        self.accept()
