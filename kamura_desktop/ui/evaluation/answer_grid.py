"""The answer grid of a survey round, made for typing paper questionnaires in.

Keys, as on a spreadsheet the clerk knows: a digit writes the answer into the cell and moves
right (after the last item, to the first item of the next respondent); the arrows move;
Enter goes down to the same item of the next respondent (on the last one, to the field for a
new respondent); Delete, Backspace or 0 blanks the
cell. A double click (or F2) opens a list of the scale's answers with their words; on the
name cell it opens the name for correcting (Enter saves it, Esc leaves it). Every
change is saved at once by the model's saver (the service); a refused value leaves the
cell as it was and the tab shows why.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from .models import AnswerGridModel


class AnswerDelegate(QStyledItemDelegate):
    """A list of the scale's answers ("4 — Setuju") for clerks who prefer the mouse; a line
    edit for correcting a respondent's name."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        model: AnswerGridModel = index.model()
        if index.column() == model.COL_NAME:
            edit = QLineEdit(parent)
            edit.setObjectName("nameEditor")
            edit.setMaxLength(120)
            return edit
        combo = QComboBox(parent)
        combo.setObjectName("answerEditor")
        combo.addItem(self.tr("— kosong —"), None)
        points = model.scale.points if model.scale is not None else ()
        for value, label in sorted(points):
            combo.addItem(f"{value} — {label}", value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.selectAll()
            return
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, i))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
            return
        model.setData(index, editor.currentData())


class AnswerTable(QTableView):
    ITEM_WIDTH = 38
    NAME_WIDTH = 190
    #: Enter on the last respondent: the next respondent is a new one (the tab focuses the
    #: "Responden baru" field, so the clerk never needs the mouse between two forms)
    past_last_row = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setItemDelegate(AnswerDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(True)
        self.horizontalHeader().setMinimumSectionSize(30)

    def grid(self) -> AnswerGridModel:
        return self.model()

    def fit(self) -> None:
        m = self.grid()
        if m is None or m.columnCount() == 0:
            return
        self.setColumnWidth(m.COL_NAME, self.NAME_WIDTH)
        for col in range(m.FIRST_ITEM, m.columnCount()):
            self.setColumnWidth(col, self.ITEM_WIDTH)

    # ------------------------------------------------------------ moving
    def go_to(self, row: int, col: int) -> None:
        m = self.grid()
        if 0 <= row < m.rowCount() and 0 <= col < m.columnCount():
            idx = m.index(row, col)
            self.setCurrentIndex(idx)
            self.scrollTo(idx)

    def next_cell(self, row: int, col: int) -> tuple[int, int]:
        """Right, or to the first item of the next respondent after the last item."""
        m = self.grid()
        if col + 1 < m.columnCount():
            return row, col + 1
        if row + 1 < m.rowCount():
            return row + 1, m.FIRST_ITEM
        return row, col

    def start(self) -> None:
        """The first blank answer (or the first cell): where typing should begin."""
        m = self.grid()
        for row in range(m.rowCount()):
            for col in range(m.FIRST_ITEM, m.columnCount()):
                if m.answer(row, col) is None:
                    self.go_to(row, col)
                    return
        if m.rowCount():
            self.go_to(0, m.FIRST_ITEM)

    # ------------------------------------------------------------ typing
    def keyPressEvent(self, event) -> None:
        m = self.grid()
        current = self.currentIndex()
        if m is None or not current.isValid() or self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        row, col = current.row(), current.column()
        key = event.key()
        text = event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if row + 1 < m.rowCount():
                self.go_to(row + 1, col)
            else:
                self.past_last_row.emit()
            return
        if not m.is_item_column(col):
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) or text == "0":
            if not m.read_only:
                m.setData(current, None)
            return
        if len(text) == 1 and text.isdigit():
            if not m.read_only and m.setData(current, int(text)):
                self.go_to(*self.next_cell(row, col))
            return
        super().keyPressEvent(event)
