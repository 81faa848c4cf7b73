"""The table models answer every role as before (issue 20: ``DtoTableModel.data`` and
``headerData`` compare the role with values looked up once instead of reading
``Qt.ItemDataRole.X`` through the enum's class at every call, and return at once for the roles
they do not answer — most of what Qt asks while it lays out and paints a table). The model's
earlier code is kept here and both are asked every role of every cell and heading."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kamura_desktop.ui.table_model import ID_ROLE, SORT_ROLE, ZERO, DtoTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    amount: int
    on: dt.date
    count: int


class Model(DtoTableModel):
    MONEY_COLUMNS = (1,)
    NUMBER_COLUMNS = (3,)

    def __init__(self):
        super().__init__()
        self.headers = ["Nama", "Jumlah", "Tanggal", "Kali"]
        self.tooltips = {1: "Jumlah: dalam rupiah"}

    def raw(self, r, col):
        return (r.name, r.amount, r.on, r.count)[col]

    def foreground(self, r, col):
        return QColor("#b00020") if col == 1 and r.amount > 1_000_000 else None

    def background(self, r, col):
        return QColor("#fff3cd") if r.count == 0 else None

    def tooltip(self, r, col):
        return f"{r.name}: {r.count} kali" if col == 3 else None

    def bold(self, r, col):
        return r.count > 2

    def strike_out(self, r, col):
        return r.id == 3


def old_data(model: DtoTableModel, index: QModelIndex, role):
    """``DtoTableModel.data`` as it was."""
    if not index.isValid():
        return None
    r = model.rows[index.row()]
    col = index.column()
    if role == Qt.ItemDataRole.DisplayRole:
        return model.display(r, col)
    if role == SORT_ROLE:
        return model.sort_value(r, col)
    if role == ID_ROLE:
        return model.row_id(r)
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return model.alignment(col)
    if role == Qt.ItemDataRole.ForegroundRole:
        color = model.foreground(r, col)
        if color is None:
            color = model.zero_colour(r, col)
        return QBrush(color) if color is not None else None
    if role == Qt.ItemDataRole.BackgroundRole:
        color = model.background(r, col)
        return QBrush(color) if color is not None else None
    if role == Qt.ItemDataRole.ToolTipRole:
        return model.tooltip(r, col)
    if role == Qt.ItemDataRole.FontRole:
        bold, struck = model.bold(r, col), model.strike_out(r, col)
        if not (bold or struck):
            return None
        font = QFont()
        font.setBold(bold)
        font.setStrikeOut(struck)
        return font
    return None


def old_header(model: DtoTableModel, section: int, orientation, role):
    """``DtoTableModel.headerData`` as it was."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(model.headers):
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return model.headers[section]
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return model.header_alignment(section)
    if role == Qt.ItemDataRole.ToolTipRole:
        return model.tooltips.get(section)
    return None


ROLES = [*range(0, 40), *list(Qt.ItemDataRole), SORT_ROLE, ID_ROLE, 256, 259, 1000]


def test_every_role_of_every_cell_and_heading_is_answered_as_before(qapp):
    model = Model()
    model.set_rows([Row(1, "Siti Aminah", 2_500_000, dt.date(2026, 3, 28), 3),
                    Row(2, "Euis Rohaeti", 0, dt.date(2025, 12, 1), 0),
                    Row(3, "Iis Marlina", 125_000, dt.date(2024, 1, 10), 1)])
    answered = 0
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            for role in ROLES:
                new, old = model.data(index, role), old_data(model, index, role)
                assert type(new) is type(old) and new == old, (row, col, role, new, old)
                answered += new is not None
    assert answered > 40  # texts, sort values, ids, alignments, colours, fonts, tooltips
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ForegroundRole).color() == ZERO
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        for section in range(-1, model.columnCount() + 1):
            for role in ROLES:
                new = model.headerData(section, orientation, role)
                assert new == old_header(model, section, orientation, role), (section, role)
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == \
        "Jumlah: dalam rupiah"
