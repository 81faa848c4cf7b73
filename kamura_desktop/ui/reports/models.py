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

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.money import format_rupiah

# the roles are re-exported: the tabs and the tests read them from the book's models module
from ..table_model import ID_ROLE as ID_ROLE
from ..table_model import LEFT, RIGHT, ZERO, DtoTableModel
from ..table_model import SORT_ROLE as SORT_ROLE

RED = QColor("#b00020")
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


class RowsModel(DtoTableModel):
    """Rows of any DTO, described by columns; ``key`` gives ID_ROLE, ``bold``/``indent``
    style statement lines, ``muted`` greys a row (e.g. a reversed entry)."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None, *,
                 key: Callable[[Any], Any] | None = None,
                 bold: Callable[[Any], bool] | None = None,
                 indent: Callable[[Any], int] | None = None,
                 muted: Callable[[Any], bool] | None = None):
        super().__init__(parent)
        self._key = key
        self._bold = bold
        self._indent = indent
        self._muted = muted
        self._use_columns(columns)

    def _use_columns(self, columns: Sequence[Column]) -> None:
        self.columns = list(columns)
        self.headers = [c.header for c in self.columns]
        self.tooltips = {i: c.tooltip for i, c in enumerate(self.columns) if c.tooltip is not None}

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self._use_columns(columns)
        self.endResetModel()

    def raw(self, row: Any, col: int) -> Any:
        return self.columns[col].get(row)

    def row_id(self, row: Any) -> Any:
        return self._key(row) if self._key else None

    def alignment(self, col: int) -> Qt.AlignmentFlag:
        return RIGHT if self.columns[col].kind in ("money", "pct", "int") else LEFT

    def display(self, row: Any, col: int) -> str:
        column = self.columns[col]
        value = column.get(row)
        if value is None or value == "":
            return ""
        if column.kind == "money":
            return money_text(int(value))
        if column.kind == "date" and isinstance(value, dt.date):
            return format_date_id(value)
        if column.kind == "pct":
            text = f"{value:.2f}" if isinstance(value, float) else str(value)
            return text.replace(".", ",") + " %"
        if column.kind == "int":
            return f"{int(value):,}".replace(",", ".")
        text = str(value)
        if self._indent and column is self.columns[0]:
            text = "    " * max(self._indent(row), 0) + text
        return text

    def foreground(self, row: Any, col: int) -> QColor | None:
        if self._muted and self._muted(row):
            return GREY
        column = self.columns[col]
        if column.kind == "money":
            value = column.get(row)
            if isinstance(value, int) and value < 0:
                return RED
            if value == 0:
                return ZERO
        return None

    def bold(self, row: Any, col: int) -> bool:
        return bool(self._bold and self._bold(row))
