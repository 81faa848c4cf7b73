"""The one base of the books' table models fed with DTOs (Vorta's pattern, DESIGN.md).

``DtoTableModel`` holds rows of one frozen DTO type: ``set_rows()`` inside
begin/endResetModel, DisplayRole formatted for people (``Rp125.000`` for the columns in
``MONEY_COLUMNS``, ``28 Maret 2024`` for a date), ``SORT_ROLE`` the raw value (int rupiah,
``date``) for ``QSortFilterProxyModel`` and for tests, ``ID_ROLE`` the row's id. A column of
Rp0 reads quieter in grey. Subclasses set ``headers`` (and header ``tooltips``), give
``raw()`` per column and refine the hooks (``display``, ``alignment``, ``foreground``,
``background``, ``tooltip``, ``bold``, ``strike_out``) where a book shows a cell its own way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.money import format_rupiah

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

#: the colour of a Rp0 in a money column
ZERO = QColor("#a0a8a5")

# the roles as plain values, looked up once: Qt asks a view's model for every cell and heading
# many times per paint and layout, and reading ``Qt.ItemDataRole.X`` goes through the enum's
# class each time (issue 20: most of ``data()``'s own time for the roles it does not answer)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FONT = Qt.ItemDataRole.FontRole
_HORIZONTAL = Qt.Orientation.Horizontal
#: what ``data()`` answers; any other role (size hint, decoration, check state…) is None
_DATA_ROLES = frozenset({_DISPLAY, SORT_ROLE, ID_ROLE, _ALIGNMENT, _FOREGROUND, _BACKGROUND,
                         _TOOLTIP, _FONT})
_HEADER_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _TOOLTIP})


class DtoTableModel(QAbstractTableModel):
    """Rows of one DTO type; subclasses give ``headers`` and ``raw()`` per column."""

    #: shown as rupiah, aligned right, grey when zero
    MONEY_COLUMNS: tuple[int, ...] = ()
    #: other numbers: aligned right
    NUMBER_COLUMNS: tuple[int, ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Any] = []
        self.headers: list[str] = []
        self.tooltips: dict[int, str] = {}

    # ------------------------------------------------------------ filling and reading
    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, row_id: Any) -> int:
        for i, r in enumerate(self.rows):
            if self.row_id(r) == row_id:
                return i
        return -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _HEADER_ROLES or orientation != _HORIZONTAL \
                or not 0 <= section < len(self.headers):
            return None
        if role == _DISPLAY:
            return self.headers[section]
        if role == _ALIGNMENT:
            return self.header_alignment(section)
        return self.tooltips.get(section)  # the tooltip

    # ------------------------------------------------------------ for subclasses
    def raw(self, r: Any, col: int) -> Any:
        raise NotImplementedError

    def sort_value(self, r: Any, col: int) -> Any:
        return self.raw(r, col)

    def display(self, r: Any, col: int) -> str:
        value = self.raw(r, col)
        if col in self.MONEY_COLUMNS:
            return format_rupiah(value)
        if isinstance(value, dt.date):
            return format_date_id(value)
        return "" if value is None else str(value)

    def row_id(self, r: Any) -> Any:
        return getattr(r, "id", None)

    def alignment(self, col: int) -> Qt.AlignmentFlag:
        return RIGHT if col in self.MONEY_COLUMNS or col in self.NUMBER_COLUMNS else LEFT

    def header_alignment(self, section: int) -> Qt.AlignmentFlag:
        return self.alignment(section)

    def foreground(self, r: Any, col: int) -> QColor | None:
        return None

    def zero_colour(self, r: Any, col: int) -> QColor | None:
        """Grey for Rp0 in a money column, when ``foreground`` gives no colour."""
        if col in self.MONEY_COLUMNS and self.raw(r, col) == 0:
            return ZERO  # a column of Rp0 reads quieter in grey
        return None

    def background(self, r: Any, col: int) -> QColor | None:
        return None

    def tooltip(self, r: Any, col: int) -> str | None:
        return None

    def bold(self, r: Any, col: int) -> bool:
        return False

    def strike_out(self, r: Any, col: int) -> bool:
        """A reversed amount is struck through."""
        return False

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _DATA_ROLES or not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return self.display(r, col)
        if role == SORT_ROLE:
            return self.sort_value(r, col)
        if role == ID_ROLE:
            return self.row_id(r)
        if role == _ALIGNMENT:
            return self.alignment(col)
        if role == _FOREGROUND:
            color = self.foreground(r, col)
            if color is None:
                color = self.zero_colour(r, col)
            return QBrush(color) if color is not None else None
        if role == _BACKGROUND:
            color = self.background(r, col)
            return QBrush(color) if color is not None else None
        if role == _TOOLTIP:
            return self.tooltip(r, col)
        if role == _FONT:
            bold, struck = self.bold(r, col), self.strike_out(r, col)
            if not (bold or struck):
                return None
            font = QFont()
            font.setBold(bold)
            font.setStrikeOut(struck)
            return font
        return None
