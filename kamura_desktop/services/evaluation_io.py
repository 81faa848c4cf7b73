"""Evaluation Excel: response templates and answer imports (issue 7).

**The IKM template** (:func:`write_template` with an instrument): the first sheet
"Jawaban" has the header in row 1 — column A "Responden", then one column per item in the
instrument's order, headed by the item code (K1, K2, …) with the statement as the cell's
comment — and one row per respondent under it. Cells accept only whole numbers of the
scale (Excel data validation). The second sheet "Petunjuk" lists the items (code,
indicator, statement) and the scale (value, label).

**The income template** (``kind="income"``): "Jawaban" with "Responden", the first and the
second value (monthly net income in whole rupiah); "Petunjuk" explains them.

**Reading** goes by position after the header, so the columns must stay in the template's
order; the header is checked against the instrument. A blank cell is "not answered"; a wholly
blank row is skipped. Any problem raises :class:`UserError` naming the sheet, the row and the
column as Excel shows them, e.g. ``Lembar 'Jawaban', baris 7, kolom D (K3): 'x' bukan angka
1–5.``

In column A a member number (``KMR-0012``) links the respondent to that member (their name is
taken from the member book); anything else is a free name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.membership import Member
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.instruments import Scale
from kamura_desktop.domain.limits import MAX_AMOUNT, MAX_IMPORT_ROWS
from kamura_desktop.domain.money import format_rupiah, parse_rupiah
from kamura_desktop.domain.text import clean_search

from . import evaluation
from .actor import Actor
from .changes import Changes, Outcome
from .evaluation import IncomeSurveyDTO, InstrumentDTO, RoundDTO
from .outputs import save_workbook
from .permissions import require

if TYPE_CHECKING:
    from openpyxl import Workbook

ANSWER_SHEET = "Jawaban"
GUIDE_SHEET = "Petunjuk"
RESPONDENT_HEADER = "Responden"
RESPONDENT_HEADERS = {"responden", "nama", "nama responden", "respondent", "name"}
DEFAULT_FIRST_LABEL = "Sebelum"
DEFAULT_SECOND_LABEL = "Sesudah"
#: the workbook's custom property naming the scale an IKM template was written for
SCALE_PROPERTY = "kamura.scale"
#: rows of the answer sheet that get the data validation (well beyond any village survey)
VALIDATED_ROWS = 1000



def _bold():
    from openpyxl.styles import Font

    return Font(bold=True)


def _wrap():
    from openpyxl.styles import Alignment

    return Alignment(vertical="top", wrap_text=True)


# ---------------------------------------------------------------- writing

def _header(ws, values: Sequence[str]) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    font, fill = Font(name="Calibri", bold=True, color="FFFFFF"), PatternFill("solid", fgColor="12503F")
    align = Alignment(horizontal="center", vertical="center", wrap_text=True)
    border = Border(bottom=Side(style="medium", color="E0B22C"))
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=1, column=col, value=value)
        cell.font, cell.fill = font, fill
        cell.alignment, cell.border = align, border
    ws.row_dimensions[1].height = 22
    ws.freeze_panes = "B2"


def _defuse(wb: Workbook) -> None:
    """No text typed into the program runs as a formula in Excel: every cell holding text
    that starts with ``=``, ``+``, ``-``, ``@`` is stored as quoted text."""

    from kamura_desktop.documents.excel import FORMULA_PREFIXES

    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_PREFIXES):
                    cell.data_type = "s"
                    cell.quotePrefix = True


def write_template(path: Path | str, *, kind: str, instrument: InstrumentDTO | None,
                   scale: Scale | None, first_label: str = DEFAULT_FIRST_LABEL,
                   second_label: str = DEFAULT_SECOND_LABEL) -> Path:
    """Write an empty response template: ``kind`` "ksm"/"upk" (or any instrument's kind) with
    ``instrument`` and ``scale``, or "income" (``instrument`` and ``scale`` unused)."""

    from openpyxl import Workbook
    from openpyxl.packaging.custom import StringProperty

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"Templat harus berkas .xlsx ({path.name}).", field="path")
    wb = Workbook()
    ws = wb.active
    ws.title = ANSWER_SHEET
    guide = wb.create_sheet(GUIDE_SHEET)
    if kind == "income":
        _income_template(ws, guide, first_label.strip() or DEFAULT_FIRST_LABEL,
                         second_label.strip() or DEFAULT_SECOND_LABEL)
    else:
        if instrument is None or scale is None:
            raise UserError("Templat IKM memerlukan instrumen dan skala.", field="instrument")
        _ikm_template(ws, guide, instrument, scale)
        # the scale travels with the file: `kamura eval ikm` without --scale reads it back
        wb.custom_doc_props.append(StringProperty(name=SCALE_PROPERTY, value=scale.code))
    _defuse(wb)
    try:
        save_workbook(wb, path)  # never over the books; temporary file renamed when complete
    except OSError as exc:
        raise UserError(f"Berkas {path} tidak dapat ditulis ({exc.strerror or exc}).",
                        field="path") from exc
    return path


def _ikm_template(ws, guide, instrument: InstrumentDTO, scale: Scale) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    items = instrument.items
    if not items:
        raise UserError(f"Instrumen '{instrument.code}' belum memiliki butir pertanyaan.",
                        field="instrument")
    _header(ws, [RESPONDENT_HEADER] + [item.code for item in items])
    for col, item in enumerate(items, start=2):
        comment = Comment(f"{item.code} ({instrument.indicator_of(col - 2)}): {item.text}",
                          "Kamura")
        comment.width, comment.height = 260, 110
        ws.cell(row=1, column=col).comment = comment
        ws.column_dimensions[get_column_letter(col)].width = 6
    ws.column_dimensions["A"].width = 28
    last = get_column_letter(len(items) + 1)
    dv = DataValidation(type="whole", operator="between", formula1=str(scale.min_value),
                        formula2=str(scale.max_value), allow_blank=True, showErrorMessage=True,
                        errorTitle="Nilai di luar skala",
                        error=f"Isi angka {scale.min_value}–{scale.max_value}, atau kosongkan "
                              "bila tidak dijawab.")
    dv.add(f"B2:{last}{VALIDATED_ROWS + 1}")
    ws.add_data_validation(dv)

    guide.column_dimensions["A"].width = 10
    guide.column_dimensions["B"].width = 24
    guide.column_dimensions["C"].width = 80
    guide.append([str(f"{instrument.name} ({instrument.code})")])
    guide["A1"].font = Font(bold=True, size=13)
    guide.append([f"Skala: {scale.name}. Isi satu baris per responden pada lembar "
                  f"'{ANSWER_SHEET}': nama (atau nomor anggota, misalnya KMR-0012) di kolom A, "
                  f"lalu jawaban {scale.min_value}–{scale.max_value} per butir. Kosongkan sel "
                  "bila butir tidak dijawab. Jangan mengubah urutan kolom."])
    guide.append([])
    guide.append(["Kode", "Indikator", "Pernyataan"])
    for cell in guide[guide.max_row]:
        cell.font = _bold()
    for index, item in enumerate(items):
        guide.append([item.code, str(instrument.indicator_of(index)), str(item.text)])
        guide.cell(row=guide.max_row, column=3).alignment = _wrap()
    guide.append([])
    guide.append(["Nilai", "Arti"])
    for cell in guide[guide.max_row]:
        cell.font = _bold()
    for value, label in scale.points:
        guide.append([value, label])


def _income_template(ws, guide, first_label: str, second_label: str) -> None:
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    from kamura_desktop.documents.excel import RUPIAH_FORMAT

    _header(ws, [RESPONDENT_HEADER, str(first_label), str(second_label)])
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 20
    ws.column_dimensions["C"].width = 20
    for col in ("B", "C"):  # a column style, so that no empty cell is written
        ws.column_dimensions[col].number_format = RUPIAH_FORMAT
    dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                        allow_blank=True, showErrorMessage=True, errorTitle="Bukan rupiah",
                        error="Isi pendapatan bersih per bulan dalam rupiah utuh, misalnya "
                              "1500000.")
    dv.add(f"B2:C{VALIDATED_ROWS + 1}")
    ws.add_data_validation(dv)
    guide.column_dimensions["A"].width = 14
    guide.column_dimensions["B"].width = 80
    guide.append(["Survei pendapatan (uji-t berpasangan)"])
    guide["A1"].font = Font(bold=True, size=13)
    guide.append([])
    guide.append(["Kolom", "Isi"])
    for cell in guide[guide.max_row]:
        cell.font = _bold()
    guide.append(["A", "Nama responden, atau nomor anggota (misalnya KMR-0012)."])
    guide.append(["B", str(f"{first_label}: pendapatan bersih per bulan (rupiah utuh).")])
    guide.append(["C", str(f"{second_label}: pendapatan bersih per bulan (rupiah utuh).")])
    guide.append([])
    guide.append(["Catatan", "Setiap responden harus memiliki kedua nilai. Selisih dihitung "
                             f"sebagai {second_label} − {first_label}. Judul kolom B dan C boleh "
                             "diganti; judul itu menjadi label pada hasil."])
    guide.cell(row=guide.max_row, column=2).alignment = _wrap()


# ---------------------------------------------------------------- reading

@dataclass(frozen=True)
class AnswerSheet:
    """The answer sheet of a file: its title, header texts and the non-blank data rows
    with their Excel row numbers."""

    path: Path
    sheet: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]

    def where(self, row: int, col: int, header: str | None = None) -> str:
        """"Lembar 'Jawaban', baris 7, kolom D (K3)"."""

        from openpyxl.utils import get_column_letter

        head = header if header is not None else (
            self.header[col - 1] if col - 1 < len(self.header) else "")
        return (f"Lembar '{self.sheet}', baris {row}, kolom {get_column_letter(col)}"
                + (f" ({head})" if head else ""))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_answer_sheet(path: Path | str) -> AnswerSheet:
    """The sheet "Jawaban" (or, failing that, the first sheet) of an .xlsx file, read by
    the same guarded streaming reader as every import (damaged or hostile files, row limit)."""

    from kamura_desktop.documents.excel import iter_sheet_values, open_workbook, too_many_rows

    path = Path(path)
    with open_workbook(path) as wb:
        names = {ws.title.strip().casefold(): ws for ws in wb.worksheets}
        ws = names.get(ANSWER_SHEET.casefold(), wb.worksheets[0])
        header: tuple[str, ...] = ()
        rows: list[tuple[int, tuple[Any, ...]]] = []
        for number, values in iter_sheet_values(path, ws):
            if number == 1:
                texts = ["" if v is None else str(v).strip() for v in values]
                while texts and not texts[-1]:
                    texts.pop()
                header = tuple(texts)
                continue
            if len(rows) == MAX_IMPORT_ROWS:
                raise too_many_rows(path, ws.title, MAX_IMPORT_ROWS)
            rows.append((number, tuple(values)))
        sheet = ws.title
    return AnswerSheet(path, sheet, header, tuple(rows))


def template_scale_code(path: Path | str) -> str | None:
    """The scale code an IKM template was written for (its custom property), or None for a
    file Kamura did not write or cannot read (reading it then reports the problem)."""

    from kamura_desktop.documents.excel import open_workbook

    try:
        with open_workbook(path) as wb:
            for prop in wb.custom_doc_props.props:
                if (prop.name == SCALE_PROPERTY and isinstance(prop.value, str)
                        and prop.value.strip()):
                    return clean_search(prop.value) or None
            return None
    except UserError:  # read_answer_sheet gives the proper message
        return None


def _check_header(sheet: AnswerSheet, expected: Sequence[str | None], *, hint: str) -> None:
    """Row 1 must hold ``expected`` (None = any non-empty text) and nothing after it."""
    if not sheet.header:
        raise UserError(f"Lembar '{sheet.sheet}', baris 1 kosong: baris 1 harus berisi judul "
                        f"kolom ({hint}). Pakai templat yang ditulis Kamura.", field="path",
                        code="eval_header")
    first = sheet.header[0]
    if first.casefold() not in RESPONDENT_HEADERS:
        raise UserError(f"{sheet.where(1, 1, '')}: judul kolom seharusnya "
                        f"'{RESPONDENT_HEADER}', tertulis '{first}'. Apakah ini lembar jawaban "
                        f"({hint})?", field="path", code="eval_header")
    for col, want in enumerate(expected, start=2):
        got = sheet.header[col - 1] if col - 1 < len(sheet.header) else ""
        if want is None:
            if not got:
                raise UserError(f"{sheet.where(1, col, '')}: judul kolom kosong ({hint}).",
                                field="path", code="eval_header")
        elif got.casefold() != want.casefold():
            raise UserError(f"{sheet.where(1, col, '')}: judul kolom seharusnya '{want}', "
                            f"tertulis '{got}'. Kolom harus berurutan seperti pada templat "
                            f"({hint}).", field="path", code="eval_header")
    extra = len(sheet.header) - len(expected) - 1
    if extra > 0:
        col = len(expected) + 2
        raise UserError(f"{sheet.where(1, col, '')}: kolom '{sheet.header[col - 1]}' tidak "
                        f"dikenal; lembar ini hanya boleh berisi {hint}.", field="path",
                        code="eval_header")


def _respondent(sheet: AnswerSheet, row: int, values: Sequence[Any]) -> str:
    from kamura_desktop.documents.excel import cell_text

    name = cell_text(values[0] if values else None)
    if name is None:
        raise UserError(f"{sheet.where(row, 1)}: nama responden kosong, padahal baris ini "
                        "berisi jawaban.", field="path", code="eval_no_name")
    return name


_HUGE = 10**18  # beyond any answer or any rupiah: treated as "not a number"


def _whole_number(value: Any) -> int | None:
    """An int from an int/float/Decimal/text cell holding a whole number, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if abs(value) <= _HUGE else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) <= _HUGE else None
    text = str(value).strip().replace(",", ".")
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    # 1e999999999 is "whole" too: refuse it before int() spends minutes building it
    if not number.is_finite() or number.adjusted() > 18 \
            or number != number.to_integral_value():
        return None
    return int(number)


def read_ikm_answers(path: Path | str, instrument: InstrumentDTO,
                     scale: Scale) -> list[tuple[str, list[int | None]]]:
    """The respondents of a filled-in template: ``[(name, answers in item order), ...]``."""
    return _read_ikm(path, instrument, scale)[1]


def _read_ikm(path: Path | str, instrument: InstrumentDTO,
              scale: Scale) -> tuple[AnswerSheet, list[tuple[str, list[int | None]]]]:
    from kamura_desktop.documents.excel import cell_text

    sheet = read_answer_sheet(path)
    items = instrument.items
    codes = [item.code for item in items]
    hint = f"Responden, {codes[0]}–{codes[-1]}" if codes else "Responden"
    _check_header(sheet, codes, hint=hint)
    span = f"{scale.min_value}–{scale.max_value}"
    out: list[tuple[str, list[int | None]]] = []
    for row, values in sheet.rows:
        extra = [c for c in range(len(items) + 1, len(values)) if not _blank(values[c])]
        if extra:
            col = extra[0] + 1
            raise UserError(f"{sheet.where(row, col, '')}: sel di luar kolom butir berisi "
                            f"'{values[col - 1]}'.", field="path", code="eval_extra_cell")
        name = _respondent(sheet, row, values)
        answers: list[int | None] = []
        for index, code in enumerate(codes):
            col = index + 2
            value = values[col - 1] if col - 1 < len(values) else None
            if _blank(value):
                answers.append(None)
                continue
            number = _whole_number(value)
            shown = cell_text(value)
            if number is None:
                raise UserError(f"{sheet.where(row, col, code)}: '{shown}' bukan angka {span}.",
                                field="path", code="eval_not_a_number")
            if number not in scale.values:
                raise UserError(f"{sheet.where(row, col, code)}: {number} di luar skala {span}.",
                                field="path", code="eval_value_out_of_scale")
            answers.append(number)
        out.append((name, answers))
    if not out:
        raise UserError(f"Lembar '{sheet.sheet}' belum berisi jawaban responden (baris 2 dan "
                        "seterusnya kosong).", field="path", code="eval_no_rows")
    return sheet, out


@dataclass(frozen=True)
class IncomeSheet:
    """A filled-in income template: the two column headers (the labels) and the rows."""

    first_label: str
    second_label: str
    rows: tuple[tuple[str, int | None, int | None], ...]


def _rupiah_cell(sheet: AnswerSheet, row: int, col: int, value: Any) -> int | None:
    from kamura_desktop.documents.excel import cell_text

    if _blank(value):
        return None
    shown = cell_text(value)
    number: int | None
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = _whole_number(value)
    else:
        try:
            number = parse_rupiah(str(value), allow_negative=True)
        except UserError:
            number = None
    if number is None:
        raise UserError(f"{sheet.where(row, col)}: '{shown}' bukan jumlah rupiah utuh.",
                        field="path", code="eval_not_a_number")
    if number < 0:
        raise UserError(f"{sheet.where(row, col)}: pendapatan tidak boleh negatif ({shown}).",
                        field="path", code="eval_negative")
    if number > MAX_AMOUNT:
        raise UserError(f"{sheet.where(row, col)}: pendapatan {format_rupiah(number)} melebihi "
                        f"batas {format_rupiah(MAX_AMOUNT)}.", field="path",
                        code="amount_too_large")
    return number


def _read_income(path: Path | str) -> tuple[AnswerSheet, IncomeSheet]:
    sheet = read_answer_sheet(path)
    _check_header(sheet, [None, None], hint="Responden, nilai pertama, nilai kedua")
    rows: list[tuple[str, int | None, int | None]] = []
    for row, values in sheet.rows:
        extra = [c for c in range(3, len(values)) if not _blank(values[c])]
        if extra:
            col = extra[0] + 1
            raise UserError(f"{sheet.where(row, col, '')}: sel di luar kolom B dan C berisi "
                            f"'{values[col - 1]}'.", field="path", code="eval_extra_cell")
        name = _respondent(sheet, row, values)
        first = _rupiah_cell(sheet, row, 2, values[1] if len(values) > 1 else None)
        second = _rupiah_cell(sheet, row, 3, values[2] if len(values) > 2 else None)
        rows.append((name, first, second))
    if not rows:
        raise UserError(f"Lembar '{sheet.sheet}' belum berisi data pendapatan (baris 2 dan "
                        "seterusnya kosong).", field="path", code="eval_no_rows")
    return sheet, IncomeSheet(sheet.header[1], sheet.header[2], tuple(rows))


def read_income_sheet(path: Path | str) -> IncomeSheet:
    """The rows of a filled-in income template, with its column headers as labels."""
    return _read_income(path)[1]


def read_income_pairs(path: Path | str) -> list[tuple[str, int | None, int | None]]:
    """``[(name, first, second), ...]`` of a filled-in income template (blank = None)."""
    return list(read_income_sheet(path).rows)


def read_income_test_pairs(path: Path | str) -> tuple[IncomeSheet, list[int], list[int]]:
    """The sheet and its complete pairs, for the t-test straight from a file: a row with one
    half missing raises :class:`UserError` naming sheet, row and column; a row with both
    values blank is skipped."""
    sheet, income = _read_income(path)
    first: list[int] = []
    second: list[int] = []
    for (row, _values), (name, a, b) in zip(sheet.rows, income.rows, strict=True):
        if a is None and b is None:
            continue
        if a is None or b is None:
            col = 2 if a is None else 3
            label = income.first_label if a is None else income.second_label
            raise UserError(f"{sheet.where(row, col)}: nilai {label} untuk {name} kosong; "
                            "setiap responden harus memiliki kedua nilai.", field="path",
                            code="ttest_missing_value")
        first.append(a)
        second.append(b)
    return income, first, second


# ---------------------------------------------------------------- importing into the books

class _DryRun(Exception):
    """Raised inside the write transaction to roll a dry run back."""

    def __init__(self, value: object):
        super().__init__("dry run")
        self.value = value


def _member_numbers(db: Database, names: Sequence[str]) -> dict[str, tuple[int, str]]:
    """Member number (upper case) → (id, name) for the texts in ``names`` that are one."""
    wanted = {n.strip().upper() for n in names if n and len(n.strip()) <= 20}
    if not wanted:
        return {}
    with db.read() as s:
        return {number.upper(): (mid, name) for mid, number, name in s.execute(
            select(Member.id, Member.number, Member.name)
            .where(func.upper(Member.number).in_(wanted)))}


def _link(db: Database, sheet: AnswerSheet, names: Sequence[str]) -> list[tuple[str, int | None]]:
    """(name, member_id) per row: a member number in column A links that member (named as
    in the member book); one member twice is refused with both Excel rows."""
    members = _member_numbers(db, names)
    out: list[tuple[str, int | None]] = []
    first_row: dict[int, int] = {}
    for (row, _values), name in zip(sheet.rows, names, strict=True):
        found = members.get(name.strip().upper())
        if found is None:
            out.append((name, None))
            continue
        member_id, member_name = found
        if member_id in first_row:
            raise UserError(f"{sheet.where(row, 1)}: anggota {name} ({member_name}) sudah "
                            f"tercantum pada baris {first_row[member_id]}.", field="path",
                            code="eval_member_twice")
        first_row[member_id] = row
        out.append((member_name, member_id))
    return out


def import_round_answers(db: Database, *, actor: Actor, round_id: int, path: Path | str,
                         dry_run: bool = False) -> Outcome[RoundDTO]:
    """Replace a round's respondents and answers with a filled-in template — all or nothing.
    ``dry_run`` checks everything (file and books) and returns the round as it would be,
    writing nothing."""
    require(actor, "evaluation.enter")
    rnd = evaluation.get_round(db, round_id)
    instrument = evaluation.get_instrument(db, rnd.instrument_id)
    written_for = template_scale_code(path)
    if written_for is not None and written_for != rnd.scale.code:
        # a 4-point template's 1–4 fit a 5-point round too: refuse rather than mis-score
        raise UserError(f"Templat ini ditulis untuk skala '{written_for}', sedangkan putaran "
                        f"'{rnd.title}' memakai skala {rnd.scale.name} ('{rnd.scale.code}'). "
                        "Buat templat dari putaran ini, lalu salin jawabannya ke sana.",
                        field="path", code="eval_template_scale")
    sheet, answers = _read_ikm(path, instrument, rnd.scale)
    linked = _link(db, sheet, [name for name, _ in answers])
    rows = [(name, member_id, values)
            for (name, member_id), (_, values) in zip(linked, answers, strict=True)]
    if not dry_run:
        return evaluation.replace_round_answers(db, actor=actor, round_id=round_id, rows=rows)
    try:
        with db.write() as s:
            raise _DryRun(evaluation.replace_round_answers_in(s, actor, round_id, rows))
    except _DryRun as done:
        return Outcome(done.value, Changes())  # type: ignore[arg-type]


def import_income_rows(db: Database, *, actor: Actor, survey_id: int, path: Path | str,
                       dry_run: bool = False) -> Outcome[IncomeSurveyDTO]:
    """Replace an income survey's rows with a filled-in income template — all or nothing."""
    require(actor, "evaluation.enter")
    evaluation.get_income_survey(db, survey_id)
    sheet, income = _read_income(path)
    pairs = income.rows
    linked = _link(db, sheet, [name for name, _, _ in pairs])
    rows = [(name, member_id, first, second)
            for (name, member_id), (_, first, second) in zip(linked, pairs, strict=True)]
    if not dry_run:
        return evaluation.replace_income_rows(db, actor=actor, survey_id=survey_id, rows=rows)
    try:
        with db.write() as s:
            raise _DryRun(evaluation.replace_income_rows_in(s, actor, survey_id, rows))
    except _DryRun as done:
        return Outcome(done.value, Changes())  # type: ignore[arg-type]
