"""Small widgets of the repayment windows: dates, rupiah fields, a notice bar, tables.

They hold no rule: a rupiah field only turns what the clerk typed into whole rupiah with
:func:`kamura_desktop.domain.money.parse_rupiah`, the one parser.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_number, parse_rupiah

from ..widgets import DateEdit, fit_columns, from_qdate, hint, to_qdate  # noqa: F401  (shared)

RED = QColor("#b00020")
GREEN = QColor("#1b7a3d")
GREY = QColor("#8a8a8a")
OVERDUE_BG = QColor("#fbe3e4")  # an instalment past its due date and not fully paid
TODAY_BG = QColor("#fff4cf")  # falls due today
PAID_BG = QColor("#e9f5ee")
ERROR_BG = QColor("#f7c6c9")  # the sheet row the service refused
EDIT_BG = QColor("#fffdf2")  # cells the clerk fills in

#: kolektibilitas 1..5, from calm to alarming (chart bars and the kol column)
KOL_COLOURS = ("#2e8b57", "#c9a227", "#e07b24", "#c8452c", "#8e1b1b")








class RupiahEdit(QLineEdit):
    """Whole rupiah typed as ``25000``, ``25.000`` or ``Rp25.000``; shown as ``25.000``."""

    def __init__(self, value: int | None = None, parent: QWidget | None = None, *,
                 field: str | None = None):
        super().__init__(parent)
        self.field = field
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0")
        self.set_value(value)
        self.editingFinished.connect(self._tidy)

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else format_number(value))

    def value(self) -> int:
        """The amount; raises UserError (with this field's name) on anything else."""
        return parse_rupiah(self.text(), field=self.field)

    def value_or_none(self) -> int | None:
        try:
            return self.value()
        except UserError:
            return None

    def _tidy(self) -> None:
        value = self.value_or_none()
        if value is not None:
            self.set_value(value)


class NoticeBar(QFrame):
    """A note at the top of a panel: ``info``, ``ok`` or ``warn``, with an optional action."""

    STYLES = {
        "ok": "background: #e3f3ea; border: 1px solid #7cbf98; color: #12432f;",
        "info": "background: #eef4fb; border: 1px solid #9bb8d8; color: #1d3a5a;",
        "warn": "background: #fff4cf; border: 1px solid #e0b93c; color: #4d3b00;",
        "error": "background: #fbe3e4; border: 1px solid #d9838a; color: #6b0010;",
    }

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notice")
        self.text = QLabel()
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setStyleSheet("border: none; background: transparent;")
        self.action = QPushButton()
        self.action.setAutoDefault(False)
        self.action.hide()
        self.action.clicked.connect(self._run_action)
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Tutup catatan"))
        close.setStyleSheet("border: none; background: transparent; font-size: 13pt;")
        close.clicked.connect(self.hide)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 6, 6)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.action)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._callback = None
        self.kind = ""
        self.hide()

    def show_message(self, text: str, *, kind: str = "info", action: str | None = None,
                     callback=None) -> None:
        self.kind = kind
        self.setStyleSheet(f"QFrame#notice {{ {self.STYLES.get(kind, self.STYLES['info'])} "
                           "border-radius: 4px; }")
        self.text.setText(text)
        self._callback = callback
        self.action.setVisible(bool(action))
        self.action.setText(action or "")
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.kind = ""
        self.hide()

    def _run_action(self) -> None:
        if self._callback:
            self._callback()


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setStyleSheet("font-weight: bold; color: #12503f; padding-top: 4px;")
    return label




def setup_table(view: QTableView, *, stretch: int | None = None) -> QTableView:
    """A read-only list: whole rows selected, alternating colours, no row numbers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(26)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return view


def table_view(model, *, stretch: int | None = None) -> QTableView:
    view = QTableView()
    view.setModel(model)
    return setup_table(view, stretch=stretch)


