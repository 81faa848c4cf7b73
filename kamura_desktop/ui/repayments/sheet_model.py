"""The collection-sheet grid: one row per group member, the clerk's entries, a total line.

``SheetModel`` keeps what the clerk types next to each :class:`SheetLine` (paid, present,
who covers how much) and turns it into the ``SheetEntry`` list that
``post_collection_sheet`` posts in one transaction. It holds no rule: the suggested amount
and the checks (over-payment, coverer in the group…) are the service's.

``SheetTable`` is made for the keyboard, the way a clerk uses a spreadsheet: typing a
number replaces the cell, Tab moves to the next cell to fill in (across, then the next
row), Enter to the same cell on the next row, Space ticks or clears the member's presence
wherever the cursor is in the row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QWidget,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_number, format_rupiah, parse_rupiah
from kamura_desktop.services.repayments import CollectionSheetDTO, SheetEntry, SheetLine

from ..widgets import InputGridView
from .models import ID_ROLE, LEFT, RIGHT, SORT_ROLE
from .widgets import EDIT_BG, ERROR_BG, GREY, RED

CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass
class RowEntry:
    """What the clerk typed for one member."""

    paid: int = 0
    present: bool = True
    coverer_id: int | None = None
    cover_amount: int = 0


class SheetModel(QAbstractTableModel):
    (COL_MEMBER, COL_DUE_TODAY, COL_OVERDUE, COL_SUGGESTED, COL_PAID, COL_PRESENT,
     COL_COVERER, COL_COVER_AMOUNT, COL_SHORT, COL_DEBT) = range(10)
    MONEY = (COL_DUE_TODAY, COL_OVERDUE, COL_SUGGESTED, COL_PAID, COL_COVER_AMOUNT, COL_SHORT, COL_DEBT)
    #: the cells the clerk fills in, in the order Tab visits them
    INPUT_COLUMNS = (COL_PAID, COL_PRESENT, COL_COVERER, COL_COVER_AMOUNT)
    AMOUNT_COLUMNS = (COL_PAID, COL_COVER_AMOUNT)

    #: row, message (what was typed is not an amount). A change of the entries is announced
    #: by ``dataChanged`` alone: one signal per edit (see ``_changed_row``).
    input_error = Signal(int, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.sheet: CollectionSheetDTO | None = None
        self.lines: list[SheetLine] = []
        self.entries: list[RowEntry] = []
        self.error_row: int | None = None
        self.read_only = False
        self.dirty = False
        self.headers = [self.tr("Anggota"), self.tr("Hari ini"), self.tr("Tunggakan"),
                        self.tr("Saran\nbayar"), self.tr("Dibayar"), self.tr("Hadir"),
                        self.tr("Penanggung"), self.tr("Jumlah\nditanggung"), self.tr("Kurang"),
                        self.tr("Utang\nrenteng")]

    # ------------------------------------------------------------ filling
    def set_sheet(self, sheet: CollectionSheetDTO | None, *, read_only: bool = False) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self.lines = list(sheet.lines) if sheet else []
        self.entries = [RowEntry() for _ in self.lines]
        self.error_row = None
        self.read_only = read_only
        self.dirty = False
        self.endResetModel()

    def set_read_only(self, value: bool) -> None:
        self.read_only = value
        self._changed_all()

    def fill_suggested(self) -> None:
        """Dibayar = the suggested amount for every member with something due."""
        for line, e in zip(self.lines, self.entries, strict=True):
            if line.credit_id is not None:
                e.paid = line.suggested
        self.dirty = True
        self._changed_all()

    def clear_entries(self) -> None:
        for e in self.entries:
            e.paid, e.coverer_id, e.cover_amount, e.present = 0, None, 0, True
        self.dirty = False
        self.error_row = None
        self._changed_all()

    def set_error_row(self, row: int | None) -> None:
        self.error_row = row
        self._changed_all()

    def _changed_all(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # ------------------------------------------------------------ reading
    def is_total_row(self, row: int) -> bool:
        return bool(self.lines) and row == len(self.lines)

    def member_name(self, member_id: int | None) -> str:
        for line in self.lines:
            if line.member_id == member_id:
                return line.member_name
        return ""

    def coverer_choices(self, row: int) -> list[tuple[int, str]]:
        """The other members of the group, who may cover this member's shortfall."""
        me = self.lines[row].member_id
        return [(ln.member_id, ln.member_name) for ln in self.lines if ln.member_id != me]

    def shortfall(self, row: int) -> int:
        line, e = self.lines[row], self.entries[row]
        return max(0, line.suggested - e.paid - e.cover_amount)

    def totals(self) -> dict[int, int]:
        return {
            self.COL_DUE_TODAY: sum(ln.due_today for ln in self.lines),
            self.COL_OVERDUE: sum(ln.overdue for ln in self.lines),
            self.COL_SUGGESTED: sum(ln.suggested for ln in self.lines),
            self.COL_PAID: sum(e.paid for e in self.entries),
            self.COL_COVER_AMOUNT: sum(e.cover_amount for e in self.entries if e.coverer_id),
            self.COL_SHORT: sum(self.shortfall(r) for r in range(len(self.lines))),
            self.COL_DEBT: sum(ln.cover_debt for ln in self.lines),
        }

    def present_count(self) -> int:
        return sum(1 for e in self.entries if e.present)

    def sheet_entries(self) -> list[SheetEntry]:
        """The entries to post, in row order (the service names a bad one 'row:N', 1-based).

        Raises UserError(field='row:N') when a row has an amount covered but no coverer
        chosen: the entry cannot be written without one.
        """
        out = []
        for i, (line, e) in enumerate(zip(self.lines, self.entries, strict=True), start=1):
            covers: tuple[tuple[int, int], ...] = ()
            if e.cover_amount and e.coverer_id is None:
                raise UserError(self.tr("Baris {row} ({name}): pilih penanggung untuk {amount} yang "
                                        "ditanggung kelompok.").format(
                    row=i, name=line.member_name, amount=format_rupiah(e.cover_amount)), field=f"row:{i}")
            if e.coverer_id is not None and e.cover_amount:
                covers = ((e.coverer_id, e.cover_amount),)
            out.append(SheetEntry(member_id=line.member_id, paid=e.paid, present=e.present, covers=covers))
        return out

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() or not self.lines:
            return 0
        return len(self.lines) + 1  # the total line

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return {
                    self.COL_DUE_TODAY: self.tr("Angsuran yang jatuh tempo pada tanggal pertemuan"),
                    self.COL_OVERDUE: self.tr("Angsuran yang sudah lewat jatuh tempo dan belum dibayar"),
                    self.COL_SUGGESTED: self.tr("Tunggakan + jatuh tempo hari ini"),
                    self.COL_PAID: self.tr("Uang yang dibayar anggota sendiri (ketik angkanya)"),
                    self.COL_PRESENT: self.tr("Hadir di pertemuan (Spasi)"),
                    self.COL_COVERER: self.tr("Anggota kelompok yang menalangi kekurangan (tanggung renteng)"),
                    self.COL_COVER_AMOUNT: self.tr("Jumlah yang ditalangi penanggung"),
                    self.COL_SHORT: self.tr("Saran bayar yang belum tertutup"),
                    self.COL_DEBT: self.tr("Utang tanggung renteng anggota ini kepada penanggungnya "
                                           "dari pertemuan sebelumnya"),
                }.get(section)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row, col = index.row(), index.column()
        if self.is_total_row(row) or self.read_only:
            return base
        if col == self.COL_PRESENT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if col in (self.COL_PAID, self.COL_COVERER, self.COL_COVER_AMOUNT) and self.lines[row].credit_id is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def is_input(self, index: QModelIndex) -> bool:
        return bool(self.flags(index) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if self.is_total_row(row):
            return self._total_data(col, role)
        line, e = self.lines[row], self.entries[row]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.EditRole):
            value = {
                self.COL_MEMBER: line.member_name, self.COL_DUE_TODAY: line.due_today, self.COL_OVERDUE: line.overdue,
                self.COL_SUGGESTED: line.suggested, self.COL_PAID: e.paid, self.COL_PRESENT: e.present,
                self.COL_COVERER: e.coverer_id, self.COL_COVER_AMOUNT: e.cover_amount,
                self.COL_SHORT: self.shortfall(row), self.COL_DEBT: line.cover_debt,
            }[col]
            if role == SORT_ROLE:
                return value
            if role == Qt.ItemDataRole.EditRole:
                if col in self.AMOUNT_COLUMNS:
                    return format_number(value) if value else ""
                return value
            if col == self.COL_MEMBER:
                return f"{line.member_name} ({line.member_number})"
            if col == self.COL_PRESENT:
                return None
            if col == self.COL_COVERER:
                return self.member_name(e.coverer_id) if e.coverer_id else ""
            if col in (self.COL_PAID, self.COL_COVER_AMOUNT):
                if col == self.COL_COVER_AMOUNT and not e.coverer_id and not value:
                    return ""
                return format_number(value) if value or line.credit_id else ""
            if col in self.MONEY:
                return format_number(value) if value else "–"
            return value
        if role == Qt.ItemDataRole.CheckStateRole and col == self.COL_PRESENT:
            return Qt.CheckState.Checked if e.present else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return line.member_id
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_MEMBER:
            if line.credit_id is None:
                return self.tr("{name} ({number}) — tanpa kredit berjalan; hanya kehadiran yang "
                               "dicatat").format(name=line.member_name, number=line.member_number)
            return self.tr("{name} ({number}) — kredit {credit}, sisa kewajiban {outstanding}").format(
                name=line.member_name, number=line.member_number, credit=line.credit_number,
                outstanding=format_rupiah(line.outstanding))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in self.MONEY:
                return int(RIGHT)
            return int(CENTER if col == self.COL_PRESENT else LEFT)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row == self.error_row:
                return QBrush(ERROR_BG)
            if not self.read_only and self.is_input(index):
                return QBrush(EDIT_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.credit_id is None and col != self.COL_MEMBER:
                return QBrush(GREY)
            if col == self.COL_OVERDUE and line.overdue:
                return QBrush(RED)
            if col == self.COL_SHORT and self.shortfall(row):
                return QBrush(RED)
            if col == self.COL_DEBT and line.cover_debt:
                return QBrush(RED)
            if col in self.MONEY and not self.data(index, SORT_ROLE):
                return QBrush(GREY)
            return None
        if role == Qt.ItemDataRole.FontRole and col in (self.COL_PAID, self.COL_SUGGESTED):
            f = QFont()
            f.setBold(col == self.COL_PAID)
            return f
        return None

    def _total_data(self, col: int, role: int) -> Any:
        totals = self.totals()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_MEMBER:
                return self.tr("JUMLAH")
            if col == self.COL_PRESENT:
                return f"{self.present_count()}/{len(self.lines)}"
            if col in totals:
                return format_number(totals[col])
            return ""
        if role == SORT_ROLE:
            return totals.get(col)
        if role == Qt.ItemDataRole.FontRole:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(Qt.GlobalColor.lightGray)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if col in self.MONEY else (CENTER if col == self.COL_PRESENT else LEFT))
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.is_input(index):
            return False
        row, col = index.row(), index.column()
        e, line = self.entries[row], self.lines[row]
        if col == self.COL_PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            e.present = Qt.CheckState(value) == Qt.CheckState.Checked
        elif col == self.COL_PRESENT:
            return False
        elif col in self.AMOUNT_COLUMNS:
            text = "" if value is None else str(value)
            if not text.strip():
                amount = 0
            else:
                try:
                    amount = parse_rupiah(text)
                except UserError as exc:
                    self.input_error.emit(row, exc.message)
                    return False
            if col == self.COL_PAID:
                e.paid = amount
            else:
                e.cover_amount = amount
        elif col == self.COL_COVERER:
            coverer = int(value) if value not in (None, "", 0) else None
            e.coverer_id = coverer
            if coverer is None:
                e.cover_amount = 0
            elif not e.cover_amount:
                # start from what is still missing; the clerk may type another amount
                e.cover_amount = max(0, line.suggested - e.paid)
        else:
            return False
        self.dirty = True
        if self.error_row == row:
            self.error_row = None
        self._changed_row(row)
        return True

    def toggle_present(self, row: int) -> bool:
        if not (0 <= row < len(self.lines)) or self.read_only:
            return False
        e = self.entries[row]
        return self.setData(self.index(row, self.COL_PRESENT),
                            Qt.CheckState.Unchecked if e.present else Qt.CheckState.Checked,
                            Qt.ItemDataRole.CheckStateRole)

    def _changed_row(self, row: int) -> None:
        # one notice from the edited row down to the total line (which changes with it): every
        # Python-side emit costs a reference to True under PySide6 6.12 on Python 3.11
        self.dataChanged.emit(self.index(row, 0), self.index(len(self.lines), self.columnCount() - 1))


class SheetDelegate(QStyledItemDelegate):
    """Amount cells edit as right-aligned text; the coverer cell as a list of members."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        model: SheetModel = index.model()
        if index.column() == SheetModel.COL_COVERER:
            combo = QComboBox(parent)
            combo.setObjectName("covererEditor")
            combo.addItem(self.tr("— tidak ada —"), None)
            for member_id, name in model.coverer_choices(index.row()):
                combo.addItem(name, member_id)
            return combo
        edit = QLineEdit(parent)
        edit.setObjectName("amountEditor")
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return edit

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            i = editor.findData(value)
            editor.setCurrentIndex(max(0, i))
            return
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
            return
        model.setData(index, editor.text())


class SheetTable(InputGridView):
    """The grid, for the keyboard (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setItemDelegate(SheetDelegate(self))
        self.horizontalHeader().setMinimumHeight(44)

    def sheet_model(self) -> SheetModel:
        return self.model()

    # ---- where Tab and Enter go
    def keyPressEvent(self, event) -> None:
        m = self.sheet_model()
        current = self.currentIndex()
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState and m is not None:
            if key == Qt.Key.Key_Space and current.isValid():
                m.toggle_present(current.row())
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
                self.go_to(self.below(current))
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and current.isValid() \
                    and current.column() in (m.COL_PAID, m.COL_COVERER, m.COL_COVER_AMOUNT):
                m.setData(current, None)
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        m = self.sheet_model()
        if m is not None and (not self.currentIndex().isValid()
                              or not m.is_input(self.currentIndex())):
            cells = self.input_cells()
            if cells and not self.currentIndex().isValid():
                self.setCurrentIndex(m.index(*cells[0]))
