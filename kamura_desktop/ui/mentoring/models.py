"""Table models of the mentoring tab, fed with the services' DTOs, and the attendance grid.

``AttendanceModel`` keeps what the facilitator's list says next to each member of the
meeting draft (attendance, reason, pocket book checked, a note) and turns it into the
``AttendanceInput`` list that ``record_meeting`` saves in one transaction. The pocket-book
column is the repayment book's figure as of the meeting date (read-only; red when behind).

``AttendanceTable`` is made for the keyboard like the collection sheet: in the attendance
column **H**, **I**, **A** (or 1, 2, 3) set hadir / izin / tidak hadir and move down, Space
cycles; in the "diperiksa" column Space ticks; typing in a text column starts editing; Tab
goes to the next cell to fill in, Enter to the same cell on the next row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services.mentoring import (
    ABSENT,
    EXCUSED,
    PRESENT,
    AttendanceDTO,
    AttendanceInput,
    FollowupDTO,
    HomeVisitDTO,
    MeetingRow,
)

from ..repayments.widgets import EDIT_BG, ERROR_BG, GREEN, GREY, RED
from ..table_model import CENTER, ID_ROLE, LEFT, SORT_ROLE, DtoTableModel
from ..widgets import InputGridView

STATUS_ORDER = (PRESENT, EXCUSED, ABSENT)
STATUS_KEYS = {Qt.Key.Key_H: PRESENT, Qt.Key.Key_1: PRESENT, Qt.Key.Key_I: EXCUSED, Qt.Key.Key_2: EXCUSED,
               Qt.Key.Key_A: ABSENT, Qt.Key.Key_3: ABSENT}


class _Model(DtoTableModel):
    """Rows of frozen DTOs; subclasses give the headers and what each cell shows: ``cell()``
    gives (sort value, text) at once and ``extra(row, col, role)`` the other roles (the text
    is also the tooltip; headers keep Qt's own alignment)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = self.header_texts()

    def header_texts(self) -> list[str]:
        return []

    def row_of_id(self, item_id: int) -> int:
        return self.row_of(item_id)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def cell(self, row: Any, col: int) -> tuple[Any, str]:
        """(sort value, display text) of one cell."""
        raise NotImplementedError

    def raw(self, row: Any, col: int) -> Any:
        return self.cell(row, col)[0]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            raw, text = self.cell(row, index.column())
            return raw if role == SORT_ROLE else text
        return self.extra(row, index.column(), role)

    def extra(self, row: Any, col: int, role: int) -> Any:
        return None


class MeetingTableModel(_Model):
    COL_DATE, COL_GROUP, COL_PLACE, COL_FACILITATOR, COL_PRESENT, COL_BEHIND = range(6)

    def header_texts(self) -> list[str]:
        return [self.tr("Tanggal"), self.tr("Kelompok"), self.tr("Tempat"), self.tr("Pendamping"),
                self.tr("Hadir"), self.tr("Buku saku tertinggal")]

    def cell(self, r: MeetingRow, col: int) -> tuple[Any, str]:
        if col == self.COL_DATE:
            return r.held_on, format_date_id(r.held_on)
        if col == self.COL_GROUP:
            return r.group_code, f"{r.group_code} — {r.group_name}"
        if col == self.COL_PLACE:
            return r.place or "", r.place or ""
        if col == self.COL_FACILITATOR:
            return r.facilitator, r.facilitator
        if col == self.COL_PRESENT:
            extra = []
            if r.excused:
                extra.append(self.tr("{n} izin").format(n=r.excused))
            if r.absent:
                extra.append(self.tr("{n} tidak hadir").format(n=r.absent))
            text = self.tr("{present} dari {n} ({pct})").format(present=r.present, n=r.members,
                                                                 pct=r.attendance_rate.percent_text())
            return r.present, text + (f"; {', '.join(extra)}" if extra else "")
        if col == self.COL_BEHIND:
            if not r.behind:
                return 0, self.tr("semua lancar")
            return r.behind, self.tr("{n} anggota, {amount}").format(n=r.behind, amount=format_rupiah(r.arrears))
        return None, ""

    def extra(self, r: MeetingRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_BEHIND:
            return QBrush(RED if r.behind else GREEN)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT)
        return None


class VisitTableModel(_Model):
    COL_DATE, COL_MEMBER, COL_GROUP, COL_VISITOR, COL_PURPOSE, COL_RESULT = range(6)

    def header_texts(self) -> list[str]:
        return [self.tr("Tanggal"), self.tr("Anggota"), self.tr("Kelompok"), self.tr("Pengunjung"),
                self.tr("Tujuan"), self.tr("Hasil")]

    def cell(self, v: HomeVisitDTO, col: int) -> tuple[Any, str]:
        return {
            self.COL_DATE: (v.visited_on, format_date_id(v.visited_on)),
            self.COL_MEMBER: (v.member_name, f"{v.member_name} ({v.member_number})"),
            self.COL_GROUP: (v.group_code or "", v.group_code or "–"),
            self.COL_VISITOR: (v.visitor, v.visitor),
            self.COL_PURPOSE: (v.purpose, v.purpose),
            self.COL_RESULT: (v.result or "", v.result or ""),
        }.get(col, (None, ""))


class FollowupTableModel(_Model):
    COL_DUE, COL_TEXT, COL_GROUP, COL_RESPONSIBLE, COL_RAISED, COL_STATUS = range(6)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.today = dt.date.today()

    def header_texts(self) -> list[str]:
        return [self.tr("Batas waktu"), self.tr("Tindak lanjut"), self.tr("Kelompok / anggota"),
                self.tr("Penanggung jawab"), self.tr("Dicatat"), self.tr("Status")]

    def set_rows(self, rows: Iterable[Any], *, today: dt.date | None = None) -> None:
        self.today = today or dt.date.today()
        super().set_rows(rows)

    def status_text(self, f: FollowupDTO) -> str:
        if f.done:
            return self.tr("Selesai {date}").format(date=format_date_id(f.done_on))
        if f.overdue_on(self.today):
            return self.tr("Terlambat {n} hari").format(n=(self.today - f.due_on).days)
        return self.tr("Terbuka")

    def cell(self, f: FollowupDTO, col: int) -> tuple[Any, str]:
        who = " · ".join(x for x in (f.group_code, f.member_name) if x) or "–"
        return {
            self.COL_DUE: (f.due_on, format_date_id(f.due_on)),
            self.COL_TEXT: (f.text, f.text + (f" — {f.done_note}" if f.done_note else "")),
            self.COL_GROUP: (who, who),
            self.COL_RESPONSIBLE: (f.responsible, f.responsible),
            self.COL_RAISED: (f.raised_on, format_date_id(f.raised_on)),
            self.COL_STATUS: (f.done_on or dt.date.max, self.status_text(f)),
        }.get(col, (None, ""))

    def extra(self, f: FollowupDTO, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if f.overdue_on(self.today):
                return QBrush(RED)
            if f.done:
                return QBrush(GREY)
        if role == Qt.ItemDataRole.FontRole and f.overdue_on(self.today) and col in (self.COL_DUE, self.COL_STATUS):
            font = QFont()
            font.setBold(True)
            return font
        return None


# ------------------------------------------------------------------ attendance grid

@dataclass
class RowEntry:
    """What the attendance list says for one member."""

    status: str = PRESENT
    reason: str = ""
    book_checked: bool = False
    check_note: str = ""


class AttendanceModel(QAbstractTableModel):
    COL_MEMBER, COL_STATUS, COL_REASON, COL_BOOK, COL_CHECKED, COL_NOTE = range(6)
    #: the cells filled in, in the order Tab visits them
    INPUT_COLUMNS = (COL_STATUS, COL_REASON, COL_CHECKED, COL_NOTE)
    TEXT_COLUMNS = (COL_REASON, COL_NOTE)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.lines: list[AttendanceDTO] = []
        self.entries: list[RowEntry] = []
        self.error_row: int | None = None
        self.read_only = False
        self.headers = [self.tr("Anggota"), self.tr("Kehadiran"), self.tr("Alasan"),
                        self.tr("Buku saku menurut buku angsuran"), self.tr("Diperiksa"),
                        self.tr("Catatan buku saku")]

    def status_label(self, status: str) -> str:
        return {PRESENT: self.tr("Hadir"), EXCUSED: self.tr("Izin"), ABSENT: self.tr("Tidak hadir")}[status]

    def book_text(self, a: AttendanceDTO) -> str:
        c = a.check
        if not c.has_credit:
            return self.tr("Tidak ada kredit berjalan")
        if c.up_to_date:
            return self.tr("Lancar (sisa {outstanding})").format(outstanding=format_rupiah(c.outstanding))
        return self.tr("Tertinggal {amount} ({n} angsuran)").format(amount=format_rupiah(c.arrears),
                                                                   n=c.arrears_instalments)

    # ---- filling and reading
    def set_lines(self, lines: Iterable[AttendanceDTO], *, keep_entries: bool = False) -> None:
        """The meeting's members; entries from a recorded meeting (or, ``keep_entries``, what
        was already typed for the members still listed)."""
        old = {ln.member_id: e for ln, e in zip(self.lines, self.entries, strict=True)} if keep_entries else {}
        self.beginResetModel()
        self.lines = list(lines)
        self.entries = [old.get(a.member_id) or RowEntry(a.status, a.reason or "", a.book_checked,
                                                         a.check_note or "") for a in self.lines]
        self.error_row = None
        self.endResetModel()

    def attendance(self) -> list[AttendanceInput]:
        return [AttendanceInput(a.member_id, e.status, e.reason.strip() or None, e.book_checked,
                                e.check_note.strip() or None)
                for a, e in zip(self.lines, self.entries, strict=True)]

    def count(self, status: str) -> int:
        return sum(1 for e in self.entries if e.status == status)

    def behind(self) -> int:
        return sum(1 for a in self.lines if a.check.has_credit and not a.check.up_to_date)

    def set_all(self, *, status: str | None = None, checked: bool | None = None) -> None:
        for e in self.entries:
            if status is not None:
                e.status = status
            if checked is not None:
                e.book_checked = checked
        self._changed_all()

    def set_error_row(self, row: int | None) -> None:
        self.error_row = row
        self._changed_all()

    def _changed_all(self) -> None:
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, self.columnCount() - 1))

    # ---- Qt model
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.COL_STATUS: self.tr("H / 1: hadir · I / 2: izin · A / 3: tidak hadir · Spasi: berganti"),
                self.COL_REASON: self.tr("Alasan izin atau tidak hadir (ketik untuk mengisi)"),
                self.COL_BOOK: self.tr("Tunggakan menurut buku angsuran koperasi pada tanggal pertemuan: "
                                       "angsuran yang jatuh tempo sebelum hari itu dan belum dibayar"),
                self.COL_CHECKED: self.tr("Buku saku anggota sudah dicocokkan dengan buku angsuran (Spasi)"),
            }.get(section)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return base
        col = index.column()
        if col == self.COL_CHECKED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if col in self.TEXT_COLUMNS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def is_input(self, index: QModelIndex) -> bool:
        return not self.read_only and index.isValid() and index.column() in self.INPUT_COLUMNS

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        a, e = self.lines[row], self.entries[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE):
            if col == self.COL_MEMBER:
                lead = self.tr(" · ketua") if a.is_leader else ""
                return a.member_name if role == SORT_ROLE else f"{a.member_name} ({a.member_number}){lead}"
            if col == self.COL_STATUS:
                return e.status if role == SORT_ROLE else self.status_label(e.status)
            if col == self.COL_REASON:
                return e.reason
            if col == self.COL_BOOK:
                return a.check.arrears if role == SORT_ROLE else self.book_text(a)
            if col == self.COL_CHECKED:
                return e.book_checked if role == SORT_ROLE else None
            if col == self.COL_NOTE:
                return e.check_note
        if role == ID_ROLE:
            return a.member_id
        if role == Qt.ItemDataRole.CheckStateRole and col == self.COL_CHECKED:
            return Qt.CheckState.Checked if e.book_checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_BOOK and a.check.has_credit:
            return self.tr("Kredit {credits}; sisa kewajiban {outstanding}").format(
                credits=a.check.credit_numbers, outstanding=format_rupiah(a.check.outstanding))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(CENTER if col in (self.COL_STATUS, self.COL_CHECKED) else LEFT)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row == self.error_row:
                return QBrush(ERROR_BG)
            if self.is_input(index):
                return QBrush(EDIT_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.COL_BOOK:
                if not a.check.has_credit:
                    return QBrush(GREY)
                return QBrush(GREEN if a.check.up_to_date else RED)
            if col == self.COL_STATUS and e.status != PRESENT:
                return QBrush(RED if e.status == ABSENT else GREY)
        if role == Qt.ItemDataRole.FontRole and col == self.COL_STATUS:
            font = QFont()
            font.setBold(e.status == PRESENT)
            return font
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self.is_input(index):
            return False
        row, col = index.row(), index.column()
        e = self.entries[row]
        if col == self.COL_CHECKED and role == Qt.ItemDataRole.CheckStateRole:
            e.book_checked = Qt.CheckState(value) == Qt.CheckState.Checked
        elif col == self.COL_STATUS and value in STATUS_ORDER:
            e.status = value
        elif col == self.COL_REASON:
            e.reason = "" if value is None else str(value)
        elif col == self.COL_NOTE:
            e.check_note = "" if value is None else str(value)
        else:
            return False
        if self.error_row == row:
            self.error_row = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def set_status(self, row: int, status: str) -> bool:
        return self.setData(self.index(row, self.COL_STATUS), status)

    def cycle_status(self, row: int) -> bool:
        current = self.entries[row].status
        return self.set_status(row, STATUS_ORDER[(STATUS_ORDER.index(current) + 1) % len(STATUS_ORDER)])

    def toggle_checked(self, row: int) -> bool:
        e = self.entries[row]
        return self.setData(self.index(row, self.COL_CHECKED),
                            Qt.CheckState.Unchecked if e.book_checked else Qt.CheckState.Checked,
                            Qt.ItemDataRole.CheckStateRole)


class AttendanceTable(InputGridView):
    """The attendance grid, for the keyboard (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)

    def grid(self) -> AttendanceModel:
        return self.model()

    def keyPressEvent(self, event) -> None:
        m = self.grid()
        current = self.currentIndex()
        key = event.key()
        if m is not None and current.isValid() and not m.read_only \
                and self.state() != QAbstractItemView.State.EditingState:
            row, col = current.row(), current.column()
            if col in (m.COL_MEMBER, m.COL_STATUS, m.COL_BOOK) and key in STATUS_KEYS:
                m.set_status(row, STATUS_KEYS[Qt.Key(key)])
                self.go_to(self.below(current))
                return
            if key == Qt.Key.Key_Space:
                if col == m.COL_CHECKED:
                    m.toggle_checked(row)
                else:
                    m.cycle_status(row)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.go_to(self.below(current))
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and col in m.TEXT_COLUMNS:
                m.setData(current, "")
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        m = self.grid()
        if m is not None and not self.currentIndex().isValid() and m.rowCount():
            self.setCurrentIndex(m.index(0, m.COL_STATUS))
