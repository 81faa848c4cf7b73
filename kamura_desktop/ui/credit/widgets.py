"""Small widgets of the credit windows: dates, rupiah fields, a notice bar, section titles.

They hold no rule: a rupiah field only turns what the clerk typed into whole rupiah with
:func:`kamura_desktop.domain.money.parse_rupiah`, the one parser.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QWidget,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_number, parse_rupiah

from ..widgets import DateEdit, fit_columns, from_qdate, hint, keep_columns_whole, to_qdate  # noqa: F401  (shared)

RED = "#b00020"
GREEN = "#1b7a3d"
MUTED = "#666666"








class OptionalDate(QWidget):
    """A date that may be left empty (the joint-liability agreement not signed yet)."""

    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = DateEdit()
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.check)
        lay.addWidget(self.edit)
        lay.addStretch(1)

    def value(self) -> dt.date | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.set_value(value)


class RupiahEdit(QLineEdit):
    """Whole rupiah typed as ``25000``, ``25.000`` or ``Rp25.000``; shown as ``25.000``.

    ``optional=True`` lets the field stay empty (``value()`` is then None): a product without
    a group limit, for instance.
    """

    def __init__(self, value: int | None = None, parent: QWidget | None = None, *,
                 optional: bool = False, field: str | None = None):
        super().__init__(parent)
        self.optional = optional
        self.field = field
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(self.tr("tidak ada") if optional else "0")
        self.set_value(value)
        self.editingFinished.connect(self._tidy)

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else format_number(value))

    def value(self) -> int | None:
        """The amount, None when optional and empty; raises UserError on anything else."""
        if self.optional and not self.text().strip():
            return None
        return parse_rupiah(self.text(), field=self.field)

    def value_or_none(self) -> int | None:
        """The amount, or None when what is typed is not (yet) an amount."""
        try:
            return self.value()
        except UserError:
            return None

    def _tidy(self) -> None:
        value = self.value_or_none()
        if value is not None:
            self.set_value(value)


class NoticeBar(QFrame):
    """A note at the top of a panel: ``info``, ``ok`` or ``warn``."""

    STYLES = {
        "ok": "background: #e3f3ea; border: 1px solid #7cbf98; color: #12432f;",
        "info": "background: #eef4fb; border: 1px solid #9bb8d8; color: #1d3a5a;",
        "warn": "background: #fff4cf; border: 1px solid #e0b93c; color: #4d3b00;",
    }

    def __init__(self, parent: QWidget | None = None, *, closable: bool = False):
        super().__init__(parent)
        self.setObjectName("notice")
        self.text = QLabel()
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setStyleSheet("border: none; background: transparent;")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 6, 6)
        lay.addWidget(self.text, 1)
        if closable:
            close = QToolButton()
            close.setText("×")
            close.setToolTip(self.tr("Tutup catatan"))
            close.setStyleSheet("border: none; background: transparent; font-size: 13pt;")
            close.clicked.connect(self.hide)
            lay.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, *, kind: str = "info") -> None:
        self.setStyleSheet(f"QFrame#notice {{ {self.STYLES.get(kind, self.STYLES['info'])} "
                           "border-radius: 4px; }")
        self.text.setText(text)
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.hide()


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setStyleSheet("font-weight: bold; color: #12503f; padding-top: 6px;")
    return label




def table_view(model, *, stretch: int | None = None, select_rows: bool = True) -> QTableView:
    """A read-only list: whole rows selected, alternating colours, no row numbers."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection if select_rows
                          else QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    source = model.sourceModel() if hasattr(model, "sourceModel") else model
    if hasattr(source, "columns"):  # a date ("31 Oktober 2026") is never cut
        keep_columns_whole(view, [c for c, (_t, kind) in enumerate(source.columns())
                                  if kind in ("date", "short_date")])
    return view




def error_label() -> QLabel:
    """A red message beside a dialog's buttons; keeps its room when hidden so the buttons
    stay their natural size."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.hide()
    return label
