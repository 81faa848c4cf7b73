"""Small widgets shared by the books: a form row with its own error label."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .table_model import ID_ROLE


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

    def show_or(self, field: str | None, message: str, fallback: QLabel) -> None:
        """Show the message next to its field, or in ``fallback`` (the form's general error
        label) when the field is not on this form."""
        if not self.show(field, message):
            fallback.setText(message)
            fallback.show()

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


class InputGridView(QTableView):
    """A keyboard grid like a paper form in a spreadsheet (the collection sheet, a meeting's
    attendance): typing edits the cell, Tab and Shift+Tab walk only the cells that take input,
    Enter commits and goes down to the same column of the next row. The model names its input
    columns in ``INPUT_COLUMNS`` and answers ``is_input(index)``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self.setWordWrap(False)
        self.horizontalHeader().setHighlightSections(False)

    def input_cells(self) -> list[tuple[int, int]]:
        m = self.model()
        return [(r, c) for r in range(m.rowCount()) for c in m.INPUT_COLUMNS if m.is_input(m.index(r, c))]

    def next_input(self, current: QModelIndex, step: int) -> QModelIndex:
        """The next (step +1) or previous (-1) cell that takes input, for Tab and Shift+Tab."""
        cells = self.input_cells()
        if not cells:
            return current
        pos = (current.row(), current.column())
        if step > 0:
            after = [c for c in cells if c > pos]
            target = after[0] if after else cells[-1]
        else:
            before = [c for c in cells if c < pos]
            target = before[-1] if before else cells[0]
        return self.model().index(*target)

    def below(self, current: QModelIndex) -> QModelIndex:
        """The same column on the next row that takes input (Enter, as in a spreadsheet)."""
        m = self.model()
        for r in range(current.row() + 1, m.rowCount()):
            idx = m.index(r, current.column())
            if m.is_input(idx):
                return idx
        return current

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt's name
        current = self.currentIndex()
        if current.isValid() and self.model() is not None:
            if action == QAbstractItemView.CursorAction.MoveNext:
                return self.next_input(current, +1)
            if action == QAbstractItemView.CursorAction.MovePrevious:
                return self.next_input(current, -1)
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor: QWidget, hint) -> None:  # noqa: N802 - Qt's name
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            # Enter in a cell: commit, then down to the next row like a spreadsheet
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.go_to(self.below(self.currentIndex()))
            return
        super().closeEditor(editor, hint)

    def commit_editing(self) -> None:
        """Commit the cell being typed (before posting or saving, for instance)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        if editor is not None and self.isAncestorOf(editor):
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def go_to(self, index: QModelIndex) -> None:
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)


class DataTable(QTableView):
    """A read-only list: whole rows, one at a time; Enter or a double click asks to open the row
    (``open_requested`` with the row's ID_ROLE)."""

    open_requested = Signal(object)  # the row's ID_ROLE

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(self._open_index)

    def set_widths(self, widths: dict[int, int], *, stretch: int | None = None) -> None:
        header = self.horizontalHeader()
        for col, width in widths.items():
            header.resizeSection(col, width)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open_index(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(ID_ROLE)
        if value is not None:
            self.open_requested.emit(value)

    def selected_id(self):
        model = self.selectionModel()
        rows = model.selectedRows() if model else []
        return rows[0].data(ID_ROLE) if rows else None

    def select_id(self, value) -> bool:
        model = self.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) == value:
                self.selectRow(row)
                return True
        return False

