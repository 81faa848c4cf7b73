"""Pieces shared by the tabs of the Laporan page: a period picker, a read-only table,
running a report generator into a PDF preview or an Excel file off the UI thread."""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QWidget,
)

from ..members.widgets import NoticeBar
from ..messages import show_error
from ..print_preview import preview_pdf
from ..save_dialog import ask_save_path
from ..widgets import DataTable, DateEdit

__all__ = ["NoticeBar", "PeriodBar", "ReportTable", "consume", "export_xlsx", "show_pdf"]


def consume(result: Any) -> Any:
    """Run a report builder to its end: builders are generators yielding progress."""
    if inspect.isgenerator(result):
        try:
            while True:
                next(result)
        except StopIteration as stop:
            return stop.value
    return result


class PeriodBar(QWidget):
    """Year, or a free period from–to. Choosing a year fills 1 January – 31 December."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_range: bool = True,
                 year: int | None = None):
        super().__init__(parent)
        today = dt.date.today()
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(year or today.year)
        self.date_from = DateEdit(dt.date(self.year.value(), 1, 1))
        self.date_from.setObjectName("date_from")
        self.date_to = DateEdit(min(today, dt.date(self.year.value(), 12, 31)))
        self.date_to.setObjectName("date_to")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(self.tr("Tahun")))
        lay.addWidget(self.year)
        self.range_label = QLabel(self.tr("Periode"))
        lay.addSpacing(12)
        lay.addWidget(self.range_label)
        lay.addWidget(self.date_from)
        self.dash = QLabel("–")
        lay.addWidget(self.dash)
        lay.addWidget(self.date_to)
        lay.addStretch(1)
        for w in (self.range_label, self.date_from, self.dash, self.date_to):
            w.setVisible(with_range)
        self.year.valueChanged.connect(self._year_changed)
        self.date_from.dateChanged.connect(lambda _d: self.changed.emit())
        self.date_to.dateChanged.connect(lambda _d: self.changed.emit())

    def _year_changed(self, year: int) -> None:
        self.date_from.blockSignals(True)
        self.date_from.setDate(QDate(year, 1, 1))
        self.date_from.blockSignals(False)
        self.date_to.setDate(QDate(year, 12, 31))
        self.changed.emit()

    def set_year(self, year: int) -> None:
        self.year.setValue(year)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.date_from.value(), self.date_to.value()


class ReportTable(DataTable):
    """The house's read-only table (Enter or a double click asks to open the row), a little
    denser for statements, with column fitting."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.verticalHeader().setDefaultSectionSize(24)

    def selected_key(self):
        return self.selected_id()

    def fit(self, widths: dict[int, int], stretch: int = 0) -> None:
        header = self.horizontalHeader()
        for col in range(self.model().columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            if col in widths:
                header.resizeSection(col, widths[col])
        if 0 <= stretch < self.model().columnCount():
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def show_pdf(ctx, parent: QWidget, build: Callable[[Path], Any], *, title: str, filename: str):
    """Build a PDF off the UI thread (``build(path)`` may return a progress generator) and
    show it in the print preview (print, save as PDF)."""
    return preview_pdf(ctx, parent, build, title=title, filename=filename)


def export_xlsx(ctx, parent: QWidget, build: Callable[[Path], Any], *, suggested: str,
                notice: NoticeBar | None = None, path: str | None = None):
    """Ask where to save, then write the workbook off the UI thread with progress."""
    target = ask_save_path(parent, QCoreApplication.translate("ReportsPage", "Simpan Excel"),
                           suggested, kind="xlsx", path=path)
    if target is None:
        return None

    def done(_result: Any) -> None:
        if notice is not None:
            notice.show_message(
                QCoreApplication.translate("ReportsPage", "Disimpan ke {path}").format(path=target),
                action=QCoreApplication.translate("ReportsPage", "Buka"),
                callback=lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))))

    return ctx.tasks.run(lambda: build(target),
                         label=QCoreApplication.translate("ReportsPage", "Menyusun buku kerja Excel…"),
                         parent_widget=parent, on_done=done,
                         on_error=lambda exc: show_error(parent, exc), cancellable=True)


def year_combo(years: list[int], current: int | None = None) -> QComboBox:
    box = QComboBox()
    for y in years:
        box.addItem(str(y), y)
    if current is not None:
        i = box.findData(current)
        if i >= 0:
            box.setCurrentIndex(i)
    return box
