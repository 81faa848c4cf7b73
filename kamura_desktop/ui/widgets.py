"""Small widgets shared by the books: a form row with its own error label."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QTableView, QVBoxLayout, QWidget


class FieldErrors:
    """Error labels shown right under the fields of a QFormLayout (inline validation)."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        err = QLabel()
        err.setObjectName("fieldError")
        err.setWordWrap(True)
        err.hide()
        lay.addWidget(err)
        self.labels[field] = err
        form.addRow(label, box)

    def clear(self) -> None:
        for lab in self.labels.values():
            lab.clear()
            lab.hide()

    def show(self, field: str | None, message: str) -> bool:
        """Show the message next to its field; False when the field is not on this form."""
        lab = self.labels.get(field or "")
        if lab is None:
            return False
        lab.setText(message)
        lab.show()
        return True


class TypedDateEdit(QDateEdit):
    """dd/MM/yyyy with a calendar popup, that also takes dates typed as in Excel.

    Qt moves to the next part of the date by itself once a part is complete ("05" for the
    day); a clerk then types the "/" anyway, which Qt would take as "skip the month". Here a
    separator right after such an automatic move is ignored, so 05/06/1980, 5/6/1980 and
    05061980 all give 5 June 1980. Every book's date field derives from this one.
    """

    SEPARATORS = "/.-"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self._moved_by_itself = False

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text and text in self.SEPARATORS:
            if self._moved_by_itself:
                self._moved_by_itself = False
                return
            super().keyPressEvent(event)
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._moved_by_itself = text.isdigit() and self.currentSection() != before

    def focusInEvent(self, event) -> None:
        self._moved_by_itself = False
        super().focusInEvent(event)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateEdit(TypedDateEdit):
    """A date the Indonesian way (dd/MM/yyyy) with a calendar; ``value()`` is a ``date``."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None, *,
                 maximum: dt.date | None = None):
        super().__init__(parent)
        if maximum is not None:
            self.setMaximumDate(to_qdate(maximum))
        self.setDate(to_qdate(value or dt.date.today()))

    def value(self) -> dt.date:
        return from_qdate(self.date())

    def set_value(self, value: dt.date) -> None:
        self.setDate(to_qdate(value))


def hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageHint")
    label.setWordWrap(True)
    return label


def fit_columns(view: QTableView, widths: dict[int, int]) -> None:
    for col, width in widths.items():
        view.setColumnWidth(col, width)
