"""The Hari libur tab: the holiday calendar that moves instalment due dates.

Schedules already made keep their dates; a change only affects credits disbursed later.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.services import credit_products
from kamura_desktop.services.credit_products import HolidayDTO
from kamura_desktop.services.permissions import allowed

from ..messages import confirm
from ..widgets import FieldErrors, why_disabled
from .models import HolidayTableModel
from .widgets import DateEdit, NoticeBar, fit_columns, hint, table_view


class HolidaysTab(QWidget):
    CARES = ("settings",)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dirty = True
        self.errors = FieldErrors()
        self.can_edit = allowed(ctx.actor, "holidays.edit")

        self.year = QSpinBox()
        self.year.setObjectName("holidayYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.model = HolidayTableModel(self)
        self.view = table_view(self.model, stretch=HolidayTableModel.COL_NAME)
        self.view.setObjectName("holidayList")
        fit_columns(self.view, {HolidayTableModel.COL_DATE: 150, HolidayTableModel.COL_DAY: 90})
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.count = hint()
        self.remove_button = QPushButton(self.tr("Hapus hari libur"))
        why_disabled(self.remove_button, self.tr("Pilih dulu hari libur di daftar."))
        self.remove_button.setObjectName("removeHoliday")
        self.remove_button.clicked.connect(lambda: self.remove())
        self.remove_button.setVisible(self.can_edit)

        self.on_date = DateEdit()
        self.on_date.setObjectName("holidayDate")
        self.name = QLineEdit()
        self.name.setObjectName("holidayName")
        self.name.setPlaceholderText(self.tr("misalnya Idulfitri 1448 H"))
        self.name.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Tambahkan"))
        self.add_button.setObjectName("addHoliday")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        add_box = QGroupBox(self.tr("Tambah hari libur"))
        form = QFormLayout(add_box)
        self.errors.add_row(form, self.tr("Tanggal"), self.on_date, "on_date")
        self.errors.add_row(form, self.tr("Nama hari libur"), self.name, "name")
        form.addRow("", self.add_button)
        add_box.setVisible(self.can_edit)

        self.notice = NoticeBar()
        if not self.can_edit:
            self.notice.show_message(self.tr(
                "Anda masuk sebagai {role}: kalender hanya dapat dilihat.").format(
                role=ctx.actor.role_label), kind="info")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.view, 1)
        left.addWidget(self.count)
        right = QVBoxLayout()
        right.addWidget(add_box)
        right.addWidget(hint(self.tr(
            "Angsuran yang jatuh pada hari libur (dan hari Minggu, bila produknya begitu) "
            "digeser ke hari kerja berikutnya. Jadwal kredit yang sudah dicairkan tidak berubah; "
            "perubahan kalender berlaku untuk pencairan berikutnya.")))
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.notice)
        lay.addLayout(body, 1)

    def refresh(self) -> None:
        self.dirty = False
        rows = credit_products.holidays(self.ctx.db, year=self.year.value())
        self.model.set_rows(rows)
        self.count.setText(self.tr("{n} hari libur pada {year}.").format(n=len(rows), year=self.year.value()))
        self._update_buttons()

    def current(self) -> HolidayDTO | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.current() is not None)

    def add(self) -> bool:
        self.errors.clear()
        on_date = self.on_date.value()
        if self.ctx.perform(credit_products.add_holiday, source=self, errors=self.errors,
                            on_date=on_date, name=self.name.text()) is None:
            return False
        self.name.clear()
        if on_date.year != self.year.value():
            self.year.setValue(on_date.year)
        else:
            self.refresh()
        row = self.model.row_of(on_date)
        if row >= 0:
            self.view.selectRow(row)
        return True

    def remove(self, *, ask: bool = True) -> bool:
        h = self.current()
        if h is None:
            return False
        if ask and not confirm(self, self.tr("Hapus hari libur"), self.tr(
                "Hapus {date} ({name}) dari kalender hari libur?").format(
                date=format_date_id(h.on_date), name=h.name)):
            return False
        if self.ctx.perform(credit_products.remove_holiday, source=self, on_date=h.on_date) is None:
            return False
        self.refresh()
        return True
