"""Table models of the Evaluasi page, fed with the evaluation services' DTOs and the domain's
results (Vorta's pattern): ``COL_*`` constants, ``set_rows()`` inside begin/endResetModel,
DisplayRole formatted for people (``3,4500``, ``Rp1.250.000``, ``28 Maret 2024``),
``SORT_ROLE`` the raw value, ``ID_ROLE`` the row's id.

The two grids the clerk types into (answers of a survey round, incomes of an income survey)
hold no rule: every change goes through a *saver* — a callable the tab gives them that calls
the service and returns the saved row — and a refusal comes back as a ``UserError`` that
the model reports through ``input_error`` without changing what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.domain.money import format_number, parse_rupiah

from ..table_model import CENTER, LEFT, RIGHT, DtoTableModel

# the roles are re-exported: the tabs and the tests read them from the book's models module
from ..table_model import ID_ROLE as ID_ROLE
from ..table_model import SORT_ROLE as SORT_ROLE
from .widgets import DASH, band_colour, fmt_decimal

GREY = QColor("#8a8a8a")
BLANK_BG = QColor("#fff8dc")  # an answer not given yet
ERROR_BG = QColor("#f7c6c9")  # the cell the service refused
DONE_BG = QColor("#e9f5ee")  # a complete respondent's name


def two_lines(label: str, width: int = 12) -> str:
    """A long column title broken at the space nearest its middle (headers do not wrap)."""
    if len(label) <= width or " " not in label:
        return label
    middle = len(label) // 2
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return label[:cut] + "\n" + label[cut + 1:]


# ------------------------------------------------------------------ survey rounds

class RoundListModel(DtoTableModel):
    """Survey rounds (RoundDTO), newest first as the service gives them."""

    COL_INSTRUMENT, COL_TITLE, COL_DATE, COL_RESPONDENTS, COL_COMPLETE = range(5)
    NUMBER_COLUMNS = (COL_RESPONDENTS, COL_COMPLETE)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = [self.tr("Instrumen"), self.tr("Judul"), self.tr("Tanggal"),
                        self.tr("Responden"), self.tr("Lengkap")]
        self.tooltips = {self.COL_COMPLETE: self.tr("Responden yang sudah menjawab semua butir")}

    def raw(self, r: Any, col: int) -> Any:
        return {self.COL_INSTRUMENT: r.instrument_code, self.COL_TITLE: r.title,
                self.COL_DATE: r.held_on, self.COL_RESPONDENTS: r.respondents,
                self.COL_COMPLETE: r.complete}[col]

    def display(self, r: Any, col: int) -> str:
        if col == self.COL_INSTRUMENT:
            return r.instrument_code.upper()
        return super().display(r, col)

    def tooltip(self, r: Any, col: int) -> str | None:
        if col == self.COL_INSTRUMENT:
            return r.instrument_name
        if col == self.COL_TITLE and r.notes:
            return r.notes
        return None

    def foreground(self, r: Any, col: int) -> QColor | None:
        if col == self.COL_COMPLETE and r.complete < r.respondents:
            return QColor("#9a6400")
        return None


class AnswerGridModel(QAbstractTableModel):
    """The answers of one round: a row per respondent, a column per item after the name.

    ``saver(respondent_id, item_index, value)`` saves one answer through the service and
    returns the saved RespondentDTO; ``renamer(respondent, name)`` corrects a respondent's
    name (the name cell is editable when it is set); a refusal (``UserError``) is reported by
    ``input_error(row, column, message)`` and nothing changes on screen.
    """

    COL_NAME = 0
    FIRST_ITEM = 1

    input_error = Signal(int, int, str)
    answer_saved = Signal(object)  # the RespondentDTO after the change
    respondent_renamed = Signal(object)  # the RespondentDTO under its new name

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.instrument: Any = None
        self.scale: Any = None
        self.respondents: list[Any] = []
        self.items: list[Any] = []
        self.indicator_of: list[str] = []
        self.read_only = True
        self.saver: Callable[[int, int, int | None], Any] | None = None
        self.renamer: Callable[[Any, str], Any] | None = None
        self.error_cell: tuple[int, int] | None = None

    # ------------------------------------------------------------ filling
    def set_round(self, instrument: Any, scale: Any, respondents: Sequence[Any], *,
                  read_only: bool = False) -> None:
        self.beginResetModel()
        self.instrument = instrument
        self.scale = scale
        self.items = list(instrument.items) if instrument is not None else []
        self.indicator_of = [ind.name for ind in (instrument.indicators if instrument else ())
                             for _ in ind.items]
        self.respondents = list(respondents)
        self.read_only = read_only
        self.error_cell = None
        self.endResetModel()

    def clear(self) -> None:
        self.set_round(None, None, [], read_only=True)

    def replace_respondent(self, respondent: Any) -> None:
        for row, r in enumerate(self.respondents):
            if r.id == respondent.id:
                self.respondents[row] = respondent
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                return

    def row_of(self, respondent_id: int) -> int:
        for row, r in enumerate(self.respondents):
            if r.id == respondent_id:
                return row
        return -1

    def respondent_at(self, row: int) -> Any:
        return self.respondents[row] if 0 <= row < len(self.respondents) else None

    def is_item_column(self, col: int) -> bool:
        return self.FIRST_ITEM <= col < self.FIRST_ITEM + len(self.items)

    def item_index(self, col: int) -> int:
        return col - self.FIRST_ITEM

    def answer(self, row: int, col: int) -> int | None:
        r = self.respondent_at(row)
        if r is None or not self.is_item_column(col):
            return None
        answers = r.answers
        i = self.item_index(col)
        return answers[i] if i < len(answers) else None

    def answered_count(self, r: Any) -> int:
        return sum(1 for a in r.answers if a is not None)

    def value_label(self, value: int) -> str:
        try:
            return self.scale.label_for(value)
        except (KeyError, AttributeError):
            return ""

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.respondents)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() or self.instrument is None:
            return 0
        return self.FIRST_ITEM + len(self.items)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.COL_NAME:
                return self.tr("Responden")
            return self.items[self.item_index(section)].code
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.COL_NAME:
                return self.tr("Nama responden (anggota atau nama bebas)")
            i = self.item_index(section)
            return self.tr("{code} · {indicator}\n{text}").format(
                code=self.items[i].code, indicator=self.indicator_of[i], text=self.items[i].text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if section == self.COL_NAME else CENTER
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and (self.is_item_column(index.column()) or (
                index.column() == self.COL_NAME and self.renamer is not None)):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        r = self.respondents[row]
        if col == self.COL_NAME:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.EditRole):
                return r.name
            if role == ID_ROLE:
                return r.id
            if role == Qt.ItemDataRole.ToolTipRole:
                done = self.answered_count(r)
                kind = self.tr("anggota") if r.member_id else self.tr("nama bebas")
                return self.tr("{name} ({kind}) — {done} dari {total} butir dijawab").format(
                    name=r.name, kind=kind, done=done, total=len(self.items))
            if role == Qt.ItemDataRole.BackgroundRole and self.items and \
                    self.answered_count(r) == len(self.items):
                return QBrush(DONE_BG)
            if role == Qt.ItemDataRole.ForegroundRole and not r.member_id:
                return QBrush(QColor("#3c4a46"))
            return None
        value = self.answer(row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role in (SORT_ROLE, Qt.ItemDataRole.EditRole):
            return value
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            item = self.items[self.item_index(col)]
            answer = (self.tr("belum dijawab") if value is None
                      else f"{value} — {self.value_label(value)}")
            return f"{r.name} · {item.code}: {answer}\n{item.text}"
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.error_cell == (row, col):
                return QBrush(ERROR_BG)
            if value is None and not self.read_only:
                return QBrush(BLANK_BG)
            return None
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, col = index.row(), index.column()
        if col == self.COL_NAME:
            return self._rename(row, value)
        if self.read_only or not self.is_item_column(col) or self.saver is None:
            return False
        if value in ("", None):
            answer = None
        else:
            try:
                answer = int(value)
            except (TypeError, ValueError):
                self._refuse(row, col, self.tr("Jawaban harus berupa angka pada skala."))
                return False
        if answer == self.answer(row, col):
            self._clear_error(row, col)
            return True
        r = self.respondents[row]
        try:
            saved = self.saver(r.id, self.item_index(col), answer)
        except (UserError, PermissionDenied) as exc:
            self._refuse(row, col, exc.message)
            return False
        self.respondents[row] = saved
        self._clear_error(row, col)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.answer_saved.emit(saved)
        return True

    def _rename(self, row: int, value: Any) -> bool:
        if self.read_only or self.renamer is None:
            return False
        r = self.respondents[row]
        name = str(value or "").strip()
        if name == r.name:
            self._clear_error(row, self.COL_NAME)
            return True
        try:
            saved = self.renamer(r, name)
        except (UserError, PermissionDenied) as exc:
            self._refuse(row, self.COL_NAME, exc.message)
            return False
        self.respondents[row] = saved
        self._clear_error(row, self.COL_NAME)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.respondent_renamed.emit(saved)
        return True

    def _refuse(self, row: int, col: int, message: str) -> None:
        self.error_cell = (row, col)
        self.dataChanged.emit(self.index(row, col), self.index(row, col))
        self.input_error.emit(row, col, message)

    def _clear_error(self, row: int, col: int) -> None:
        if self.error_cell is not None:
            old = self.error_cell
            self.error_cell = None
            self.dataChanged.emit(self.index(*old), self.index(*old))


# ------------------------------------------------------------------ IKM results

class ItemResultModel(DtoTableModel):
    """Per item (ItemResult): answered, total, mean (NRR), NRR × NP, category."""

    (COL_CODE, COL_TEXT, COL_INDICATOR, COL_ANSWERED, COL_TOTAL, COL_MEAN, COL_WEIGHTED,
     COL_CATEGORY) = range(8)
    NUMBER_COLUMNS = (COL_ANSWERED, COL_TOTAL, COL_MEAN, COL_WEIGHTED)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.scale: Any = None
        self.headers = [self.tr("Kode"), self.tr("Butir pertanyaan"), self.tr("Indikator"),
                        self.tr("Dijawab"), self.tr("Jumlah nilai"), self.tr("Rata-rata"),
                        self.tr("× NP"), self.tr("Kategori")]
        self.tooltips = {
            self.COL_ANSWERED: self.tr("Banyaknya responden yang menjawab butir ini (jawaban kosong tidak dihitung)"),
            self.COL_TOTAL: self.tr("Jumlah nilai jawaban butir ini"),
            self.COL_MEAN: self.tr("Nilai rata-rata per unsur (NRR) = jumlah nilai ÷ dijawab"),
            self.COL_WEIGHTED: self.tr("NRR tertimbang = NRR × NP (bobot 1 ÷ banyaknya butir)"),
        }

    def set_result(self, result: Any, scale: Any) -> None:
        self.scale = scale
        self.set_rows(result.items if result is not None else [])

    def row_id(self, r: Any) -> Any:
        return r.code

    def raw(self, r: Any, col: int) -> Any:
        return {self.COL_CODE: r.code, self.COL_TEXT: r.text, self.COL_INDICATOR: r.indicator,
                self.COL_ANSWERED: r.answered, self.COL_TOTAL: r.total, self.COL_MEAN: r.mean,
                self.COL_WEIGHTED: r.weighted, self.COL_CATEGORY: r.category.display}[col]

    def display(self, r: Any, col: int) -> str:
        if col in (self.COL_MEAN, self.COL_WEIGHTED):
            return fmt_decimal(self.raw(r, col))
        if col in (self.COL_ANSWERED, self.COL_TOTAL):
            return format_number(self.raw(r, col))
        return super().display(r, col)

    def tooltip(self, r: Any, col: int) -> str | None:
        return r.text if col == self.COL_TEXT else None

    def foreground(self, r: Any, col: int) -> QColor | None:
        if col == self.COL_CATEGORY and self.scale is not None:
            return QColor(band_colour(self.scale, r.category))
        return None


class IndicatorResultModel(DtoTableModel):
    """Per indicator (IndicatorResult): its items, total, mean of the item means, category."""

    COL_NAME, COL_ITEMS, COL_ANSWERED, COL_TOTAL, COL_MEAN, COL_CATEGORY = range(6)
    NUMBER_COLUMNS = (COL_ANSWERED, COL_TOTAL, COL_MEAN)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.scale: Any = None
        self.headers = [self.tr("Indikator"), self.tr("Butir"), self.tr("Jawaban"),
                        self.tr("Jumlah nilai"), self.tr("Rata-rata"), self.tr("Kategori")]
        self.tooltips = {self.COL_MEAN: self.tr("Rata-rata dari rata-rata butirnya")}

    def set_result(self, result: Any, scale: Any) -> None:
        self.scale = scale
        self.set_rows(result.indicators if result is not None else [])

    def row_id(self, r: Any) -> Any:
        return r.name

    def raw(self, r: Any, col: int) -> Any:
        return {self.COL_NAME: r.name, self.COL_ITEMS: ", ".join(r.item_codes),
                self.COL_ANSWERED: r.answered, self.COL_TOTAL: r.total, self.COL_MEAN: r.mean,
                self.COL_CATEGORY: r.category.display}[col]

    def display(self, r: Any, col: int) -> str:
        if col == self.COL_MEAN:
            return fmt_decimal(r.mean)
        if col in (self.COL_ANSWERED, self.COL_TOTAL):
            return format_number(self.raw(r, col))
        return super().display(r, col)

    def foreground(self, r: Any, col: int) -> QColor | None:
        if col == self.COL_CATEGORY and self.scale is not None:
            return QColor(band_colour(self.scale, r.category))
        return None

    def tooltip(self, r: Any, col: int) -> str | None:
        return self.tr("{name}: butir {items}; {answered} jawaban").format(
            name=r.name, items=", ".join(r.item_codes), answered=r.answered)

    def bold(self, r: Any, col: int) -> bool:
        return col == self.COL_MEAN


# ------------------------------------------------------------------ instruments

class InstrumentListModel(DtoTableModel):
    COL_CODE, COL_NAME, COL_SCALE, COL_ITEMS, COL_KIND = range(5)
    NUMBER_COLUMNS = (COL_ITEMS,)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.scale_names: dict[str, str] = {}
        self.headers = [self.tr("Kode"), self.tr("Nama"), self.tr("Skala"), self.tr("Butir"),
                        self.tr("Jenis")]

    def raw(self, r: Any, col: int) -> Any:
        return {self.COL_CODE: r.code, self.COL_NAME: r.name,
                self.COL_SCALE: self.scale_names.get(r.scale_code, r.scale_code),
                self.COL_ITEMS: len(r.items),
                self.COL_KIND: self.tr("Bawaan") if r.builtin else self.tr("Buatan kantor")}[col]

    def tooltip(self, r: Any, col: int) -> str | None:
        if col == self.COL_KIND and r.builtin:
            return self.tr("Instrumen bawaan tidak dapat diubah; salin untuk membuat versi kantor.")
        return None

    def foreground(self, r: Any, col: int) -> QColor | None:
        return GREY if col == self.COL_KIND and r.builtin else None


# ------------------------------------------------------------------ income survey

class IncomeGridModel(QAbstractTableModel):
    """Rows of an income survey (IncomeRowDTO): respondent, first and second value, and the
    difference second − first (shown only, never stored).

    ``saver(row_dto, name, first, second)`` saves a row through the service; refusals come
    back through ``input_error(row, column, message)``.
    """

    COL_NAME, COL_FIRST, COL_SECOND, COL_DIFF = range(4)
    VALUE_COLUMNS = (COL_FIRST, COL_SECOND)

    input_error = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Any] = []
        self.first_label = ""
        self.second_label = ""
        self.read_only = True
        self.saver: Callable[[Any, str, int | None, int | None], Any] | None = None
        self.error_cell: tuple[int, int] | None = None

    def set_survey(self, survey: Any, *, read_only: bool = False) -> None:
        self.beginResetModel()
        self.rows = list(survey.rows) if survey is not None else []
        self.first_label = survey.first_label if survey is not None else ""
        self.second_label = survey.second_label if survey is not None else ""
        self.read_only = read_only
        self.error_cell = None
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, row_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r.id == row_id:
                return i
        return -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Responden"), two_lines(self.first_label or self.tr("Nilai pertama")),
                    two_lines(self.second_label or self.tr("Nilai kedua")), self.tr("Selisih")][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {self.COL_FIRST: self.tr("Pendapatan bersih per bulan (Rp)"),
                    self.COL_SECOND: self.tr("Pendapatan bersih per bulan (Rp)"),
                    self.COL_DIFF: self.tr("{second} − {first}").format(
                        second=self.second_label, first=self.first_label)}.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if section == self.COL_NAME else RIGHT
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() in (self.COL_NAME, *self.VALUE_COLUMNS):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    @staticmethod
    def difference(r: Any) -> int | None:
        if r.first is None or r.second is None:
            return None
        return r.second - r.first

    def raw(self, r: Any, col: int) -> Any:
        return {self.COL_NAME: r.name, self.COL_FIRST: r.first, self.COL_SECOND: r.second,
                self.COL_DIFF: self.difference(r)}[col]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        r = self.rows[row]
        value = self.raw(r, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                return value
            if value is None:
                return "" if col != self.COL_DIFF else DASH
            text = format_number(abs(value))
            return ("−" + text) if value < 0 else text
        if role == Qt.ItemDataRole.EditRole:
            if col == self.COL_NAME:
                return value
            return "" if value is None else format_number(value)
        if role == SORT_ROLE:
            return value
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if col == self.COL_NAME else RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.error_cell == (row, col):
                return QBrush(ERROR_BG)
            if col in self.VALUE_COLUMNS and value is None and not self.read_only:
                return QBrush(BLANK_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_DIFF and value is not None:
            return QBrush(QColor("#b00020") if value < 0 else QColor("#12503f"))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_NAME:
            return self.tr("anggota") if r.member_id else self.tr("nama bebas")
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.saver is None:
            return False
        row, col = index.row(), index.column()
        if not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        r = self.rows[row]
        name, first, second = r.name, r.first, r.second
        try:
            if col == self.COL_NAME:
                name = str(value or "").strip()
            else:
                text = "" if value is None else str(value).strip()
                amount = None if not text else parse_rupiah(text, field="amount")
                if col == self.COL_FIRST:
                    first = amount
                else:
                    second = amount
            if (name, first, second) == (r.name, r.first, r.second):
                return True
            saved = self.saver(r, name, first, second)
        except (UserError, PermissionDenied) as exc:
            self.error_cell = (row, col)
            self.dataChanged.emit(index, index)
            self.input_error.emit(row, col, exc.message)
            return False
        self.error_cell = None
        rows = list(saved.rows)
        if [x.id for x in rows] == [x.id for x in self.rows]:
            self.rows = rows  # the same rows: keep the cursor where the clerk is
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
        return True
