"""Table models of the Laporan page, fed with the services' DTOs (Vorta's pattern).

One generic model serves every list of the page: each column is a :class:`Column` with a
header, a getter and a kind (``money``, ``date``, ``pct``, ``text``). DisplayRole is
formatted for people (``Rp125.000``, ``28 Maret 2024``, negative money in parentheses as
accountants write it); ``SORT_ROLE`` gives the raw value; ``ID_ROLE`` the row's key (an
entry id, or the account codes a statement line opens). Rows that are totals are bold.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.money import format_rupiah

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RED = QColor("#b00020")
ZERO = QColor("#a0a8a5")
GREY = QColor("#6d6d6d")


def money_text(amount: int | None) -> str:
    """Rp125.000; a negative amount in parentheses, (Rp125.000), as on the statements."""
    if amount is None:
        return ""
    if amount < 0:
        return f"({format_rupiah(-amount)})"
    return format_rupiah(amount)


@dataclass(frozen=True)
class Column:
    header: str
    get: Callable[[Any], Any]
    kind: str = "text"  # money | date | pct | int | text
    tooltip: str | None = None


class RowsModel(QAbstractTableModel):
    """Rows of any DTO, described by columns; ``key`` gives ID_ROLE, ``bold``/``indent``
    style statement lines, ``muted`` greys a row (e.g. a reversed entry)."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None, *,
                 key: Callable[[Any], Any] | None = None,
                 bold: Callable[[Any], bool] | None = None,
                 indent: Callable[[Any], int] | None = None,
                 muted: Callable[[Any], bool] | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._key = key
        self._bold = bold
        self._indent = indent
        self._muted = muted

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        col = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col.kind in ("money", "pct", "int") else LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip
        return None

    def display(self, row: Any, col: Column) -> str:
        value = col.get(row)
        if value is None or value == "":
            return ""
        if col.kind == "money":
            return money_text(int(value))
        if col.kind == "date" and isinstance(value, dt.date):
            return format_date_id(value)
        if col.kind == "pct":
            text = f"{value:.2f}" if isinstance(value, float) else str(value)
            return text.replace(".", ",") + " %"
        if col.kind == "int":
            return f"{int(value):,}".replace(",", ".")
        text = str(value)
        if self._indent and col is self.columns[0]:
            text = "    " * max(self._indent(row), 0) + text
        return text

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col)
        if role == SORT_ROLE:
            return col.get(row)
        if role == ID_ROLE:
            return self._key(row) if self._key else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col.kind in ("money", "pct", "int") else LEFT
        if role == Qt.ItemDataRole.FontRole and self._bold and self._bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._muted and self._muted(row):
                return QBrush(GREY)
            if col.kind == "money":
                value = col.get(row)
                if isinstance(value, int) and value < 0:
                    return QBrush(RED)
                if value == 0:
                    return QBrush(ZERO)
        return None
