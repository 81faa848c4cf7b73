"""Excel workbooks (openpyxl): writing the member list, and reading a sheet to import.

Writing: a styled, frozen header with an autofilter, sensible column widths; rupiah are
numbers (``int`` with the ``#,##0`` format), dates are real dates (``dd/mm/yyyy``), NIK and
No. KK are text (a 16-digit number would lose its last digit in Excel). Any text that starts
with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return) is stored as text with a quote
prefix, so that a name like ``=HYPERLINK(...)`` typed into the program never runs as a
formula in the treasurer's Excel. The member export's headers are accepted by the member
import, so an exported file is a valid import file.

Reading: :func:`read_sheet_rows` gives the header and the rows with their row numbers as
Excel shows them; the ``cell_*`` helpers turn what a cell holds (numbers, dates, text in
Indonesian form) into the values the services want, raising :class:`UserError`.

Writers are generators yielding ``(done, total)`` and returning the path (:func:`drain` runs
one to the end).
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import zipfile
import zlib
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from xml.parsers.expat import ExpatError

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from kamura_desktop.domain.dates import parse_date
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.limits import (
    MAX_IMPORT_ROWS,
    MAX_XLSX_MEMBERS,
    MAX_XLSX_PART_BYTES,
    MAX_XLSX_TOTAL_BYTES,
    check_amount,
)
from kamura_desktop.domain.money import format_number, parse_rupiah
from kamura_desktop.domain.text import is_digits

from .outputs import XLSX, check_target, save_workbook

T = TypeVar("T")
Progress = Generator[tuple[int, int], None, T]

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "dd/mm/yyyy"
# one rupiah format in every workbook: 23.000 (in an Indonesian Excel), (23.000) when negative,
# "-" for nothing, as the financial statements print it
RUPIAH_FORMAT = '#,##0;(#,##0);"-"'
TEXT_FORMAT = "@"
CODE_FORMAT = "0"  # an account code written as the number it is, so Excel flags no "number as text"


def code_value(code: str) -> int | str:
    """An account code ("1101") as a number when it is all digits without a leading zero,
    else the text itself."""
    text = str(code)
    return int(text) if is_digits(text) and not text.startswith("0") else text


def a4_fit_to_width(ws, *, landscape: bool = False, title_rows: str | None = None) -> None:
    """Print set-up of a sheet: A4, one page wide (as many pages down as needed) and
    ``title_rows`` ("5:5") repeated at the top of every printed page."""
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if title_rows:
        ws.print_title_rows = title_rows

_HEADER_FONT = Font(name="Calibri", bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="12503F")
_HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
_HEADER_BORDER = Border(bottom=Side(style="medium", color="E0B22C"))


@dataclass(frozen=True)
class Column:
    """One column of an exported table: header text, the row attribute, kind and width."""

    header: str
    key: str
    kind: str = "text"  # text | id (digits kept as text) | int | rupiah | date | bool
    width: float = 14


#: The member export. Every header is one the member import recognises (tested).
MEMBER_COLUMNS: tuple[Column, ...] = (
    Column("No Anggota", "number", width=12),
    Column("Nama", "name", width=28),
    Column("NIK", "nik", "id", width=19),
    Column("No KK", "kk_number", "id", width=19),
    Column("Jenis Kelamin", "sex", width=9),
    Column("Tempat Lahir", "birth_place", width=16),
    Column("Tanggal Lahir", "birth_date", "date", width=12),
    Column("Kampung", "kampung", width=16),
    Column("RT", "rt", width=6),
    Column("RW", "rw", width=6),
    Column("Desa", "desa", width=16),
    Column("Kecamatan", "kecamatan", width=16),
    Column("Telepon", "phone", width=16),
    Column("Usaha", "trade", width=16),
    Column("Tanggal Masuk", "joined_on", "date", width=12),
    Column("KTP", "ktp_on_file", "bool", width=7),
    Column("KK ada", "kk_on_file", "bool", width=7),
    Column("Keluarga Miskin", "poor_family", "bool", width=10),
    Column("Status", "status_label", width=14),
    Column("Tanggal Keluar", "left_on", "date", width=12),
    Column("Peran TKM", "tkm_role", width=20),
    Column("Catatan", "notes", width=24),
    Column("Simpanan Pokok", "pokok", "rupiah", width=13),
    Column("Simpanan Wajib", "wajib", "rupiah", width=13),
    Column("Simpanan Sukarela", "sukarela", "rupiah", width=14),
    Column("Tunggakan Wajib", "wajib_arrears", "rupiah", width=13),
)


def drain(steps: Generator[Any, None, T]) -> T:
    """Run a builder generator to its end and return its result."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def _cell(ws, value: Any, kind: str) -> WriteOnlyCell | Any:
    if value is None:
        return None
    if kind == "bool":
        value = "ya" if value else "tidak"
    if kind in ("int", "rupiah"):
        cell = WriteOnlyCell(ws, value=int(value))
        cell.number_format = RUPIAH_FORMAT if kind == "rupiah" else "0"
        return cell
    if kind == "date":
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    text = str(value)
    if kind == "text" and not text.startswith(FORMULA_PREFIXES):
        return text
    cell = WriteOnlyCell(ws, value=text)
    if kind == "id":
        cell.number_format = TEXT_FORMAT
    if text.startswith(FORMULA_PREFIXES) or kind == "id":
        cell.data_type = "s"  # never a formula, never a number
        if text.startswith(FORMULA_PREFIXES):
            cell.quotePrefix = True
    return cell


def write_table_workbook(
    path: Path | str,
    *,
    columns: Sequence[Column],
    rows: Sequence[Any],
    sheet_title: str,
    info: Sequence[tuple[str, Any]] = (),
    every: int = 250,
) -> Progress[Path]:
    """Write ``rows`` (objects with the columns' attributes) as a styled table; yields
    ``(done, total)`` and returns the path. ``info`` goes on a second sheet "Keterangan"."""
    path = Path(path)
    check_target(path, XLSX)  # refused before the work, not after
    total = len(rows)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title[:31])
    for i, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.freeze_panes = "C2" if len(columns) > 2 else "A2"
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last}{total + 1}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    header = []
    for col in columns:
        cell = WriteOnlyCell(ws, value=col.header)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment, cell.border = _HEADER_ALIGN, _HEADER_BORDER
        header.append(cell)
    ws.row_dimensions[1].height = 30
    ws.append(header)
    yield 0, total
    for n, row in enumerate(rows, start=1):
        ws.append([_cell(ws, getattr(row, col.key), col.kind) for col in columns])
        if n % every == 0:
            yield n, total
    if info:
        sheet = wb.create_sheet("Keterangan")
        sheet.column_dimensions["A"].width = 22
        sheet.column_dimensions["B"].width = 60
        for label, value in info:
            kind = "date" if isinstance(value, dt.date) else "text"
            label_cell = WriteOnlyCell(sheet, value=label)
            label_cell.font = Font(bold=True)
            sheet.append([label_cell, _cell(sheet, value, kind)])
    save_workbook(wb, path)  # temporary file, renamed when complete
    yield total, total
    return path


def write_members_workbook(path: Path | str, rows: Sequence[Any], *,
                           info: Sequence[tuple[str, Any]] = ()) -> Progress[Path]:
    """The member list (rows with :data:`MEMBER_COLUMNS`' attributes) as a workbook."""
    return (yield from write_table_workbook(path, columns=MEMBER_COLUMNS, rows=rows,
                                            sheet_title="Anggota", info=info))


# ---------------------------------------------------------------- reading

@dataclass(frozen=True)
class SheetRows:
    """A sheet read for import: the header row and the data rows under it."""

    sheet: str
    header_row: int  # as Excel numbers rows (1-based)
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]  # (row number, values padded to the header)


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def damaged_workbook(path: Path, where: str) -> UserError:
    """The one message for a workbook that is damaged, hostile or not an .xlsx at all."""
    return UserError(f"{path.name}: berkas Excel rusak atau bukan .xlsx ({where}). Tidak ada "
                     "yang disimpan. Buka berkas itu di Excel, simpan sebagai Buku Kerja Excel "
                     "(.xlsx), lalu coba lagi.", field="path", code="not_xlsx")


#: what reading a damaged or hostile package can raise, besides openpyxl's own errors
_READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError,
                ValueError, KeyError, TypeError, AttributeError, IndexError, LookupError,
                NotImplementedError, RuntimeError, SyntaxError, UnicodeError, OverflowError,
                RecursionError, MemoryError, InvalidFileException, ExpatError)


def _xml_encoding(head: bytes) -> str:
    """The encoding of an XML part from its first bytes (BOM or the '<?' pattern)."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return name
    if head.startswith(b"<\x00\x00\x00"):
        return "utf-32-le"
    if head.startswith(b"\x00\x00\x00<"):
        return "utf-32-be"
    if head.startswith(b"<\x00"):
        return "utf-16-le"
    if head.startswith(b"\x00<"):
        return "utf-16-be"
    return "latin-1"  # every ASCII-compatible encoding shows '<!DOCTYPE' as these bytes


_PROLOG_LIMIT = 1024 * 1024


def _has_dtd(stream) -> bool:
    """Whether the XML in ``stream`` declares a DTD (``<!DOCTYPE`` — the only way to entity
    expansion, "billion laughs" and external entities). Reads only the prolog: the XML
    declaration, comments and processing instructions before the first element."""
    head = stream.read(4)
    decoder = codecs.getincrementaldecoder(_xml_encoding(head))(errors="replace")
    text, pos, read = decoder.decode(head), 0, len(head)
    while True:
        while pos < len(text) and text[pos] in " \t\r\n\ufeff":
            pos += 1
        need = None
        if pos >= len(text) - 4:
            need = ""
        elif text.startswith("<?", pos):
            end = text.find("?>", pos + 2)
            need, pos = ("?>", pos) if end < 0 else (None, end + 2)
        elif text.startswith("<!--", pos):
            end = text.find("-->", pos + 4)
            need, pos = ("-->", pos) if end < 0 else (None, end + 3)
        elif text.startswith("<!", pos):
            return True  # <!DOCTYPE, <!ENTITY, …: nothing an .xlsx ever holds
        else:
            return False  # the first element (or garbage the parser will refuse)
        if need is not None:
            chunk = stream.read(16 * 1024)
            if not chunk:
                return False
            read += len(chunk)
            if read > _PROLOG_LIMIT:
                return True  # a megabyte of comments before the first element
            text += decoder.decode(chunk)


def _check_package(path: Path) -> None:
    """Refuse a hostile package before openpyxl parses it: not a zip, too many parts, a
    part that would unpack beyond the bounds (a "zip bomb"; Python's zipfile never unpacks
    more than a part's stated size), or any XML part with a DTD."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_XLSX_MEMBERS:
                raise damaged_workbook(path, f"{len(infos)} bagian di dalamnya")
            total = 0
            for info in infos:
                total += info.file_size
                if total > MAX_XLSX_TOTAL_BYTES or (
                        info.file_size > MAX_XLSX_PART_BYTES
                        and not info.filename.startswith("xl/worksheets/")):
                    raise damaged_workbook(path, f"bagian {info.filename} terlalu besar "
                                                 "setelah dibuka")
                if info.filename.lower().endswith((".xml", ".rels", ".vml")):
                    with zf.open(info) as stream:
                        if _has_dtd(stream):
                            raise damaged_workbook(
                                path, f"bagian {info.filename} memuat deklarasi DTD/entitas "
                                      "yang tidak pernah ada di berkas Excel")
    except UserError:
        raise
    except _READ_ERRORS as exc:
        raise damaged_workbook(path, f"arsipnya tidak dapat dibuka: {type(exc).__name__}") from exc


def _check_path(path: Path) -> None:
    if not path.is_file():
        raise UserError(f"Berkas {path} tidak ditemukan.", field="path")
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise UserError(f"{path.name} berformat Excel 97-2003 (.xls). Buka di Excel lalu "
                        "simpan sebagai Buku Kerja Excel (.xlsx), kemudian impor lagi.",
                        field="path", code="xls")
    if suffix == ".csv":
        raise UserError(f"{path.name} berformat CSV. Buka di Excel lalu simpan sebagai Buku "
                        "Kerja Excel (.xlsx), kemudian impor lagi.", field="path", code="csv")


class _StreamingSheet(ReadOnlyWorksheet):
    """openpyxl opens a read-only sheet by looking for its ``<dimension>``; in a sheet without
    one (a hostile file's, or one written by a program that leaves it out) that search parses
    the whole sheet before the first row is read — a minute for two million rows. The import
    reads every row anyway (``reset_dimensions``), so the size is never needed."""

    def _get_size(self) -> None:
        pass


class _StreamingReader(ExcelReader):
    """openpyxl's reader in read-only mode, opening sheets as :class:`_StreamingSheet`
    (chart sheets, which hold no rows, are left out)."""

    def read_worksheets(self) -> None:
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files or "chartsheet" in rel.Type:
                continue
            ws = _StreamingSheet(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state
            self.wb._sheets.append(ws)


@contextlib.contextmanager
def open_workbook(path: Path | str) -> Iterator[Any]:
    """Open an .xlsx for reading, in openpyxl's streaming (read-only) mode, after
    :func:`_check_package`. Whatever goes wrong inside the ``with`` block while openpyxl
    reads (a broken deflate stream, malformed XML, …) becomes the same
    "berkas Excel rusak atau bukan .xlsx" :class:`UserError`."""
    path = Path(path)
    _check_path(path)
    _check_package(path)
    try:
        reader = _StreamingReader(path, read_only=True, data_only=True, keep_links=False)
        reader.read()
        wb = reader.wb
    except _READ_ERRORS as exc:
        raise damaged_workbook(path, f"tidak dapat dibuka: {type(exc).__name__}") from exc
    try:
        if not wb.worksheets:
            raise damaged_workbook(path, "tidak ada lembar kerja di dalamnya")
        yield wb
    except UserError:
        raise
    except _READ_ERRORS as exc:
        raise damaged_workbook(path, f"isinya tidak dapat dibaca sampai selesai: "
                                     f"{type(exc).__name__}") from exc
    finally:
        with contextlib.suppress(*_READ_ERRORS):
            wb.close()


def too_many_rows(path: Path, sheet: str, max_rows: int) -> UserError:
    return UserError(
        f"{path.name}: lembar '{sheet}' berisi lebih dari {format_number(max_rows)} baris "
        f"data, batas satu kali impor. Tidak ada yang disimpan. Bagi datanya menjadi beberapa "
        f"berkas berisi paling banyak {format_number(max_rows)} baris, lalu impor satu per "
        "satu.", field="path", code="too_many_rows")


def iter_sheet_values(path: Path, ws: Any, *, max_rows: int = MAX_IMPORT_ROWS
                      ) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """``(row number, values)`` of a read-only sheet, every row including blank ones, with
    the row-count bound: more than ``max_rows`` rows holding data (or any content below
    row ``2 × max_rows``, or more cells than such a sheet can hold) is refused with a
    message naming the sheet and the limit. Streaming stops there: a two-million-row file
    is refused after reading the rows up to the limit."""
    ws.reset_dimensions()  # some programs write a wrong <dimension>; read every cell
    filled = cells = number = 0
    last_row = 2 * max_rows
    too_many = too_many_rows(path, ws.title, max_rows)
    rows = ws.iter_rows(min_row=1, values_only=True)
    try:
        for number, values in enumerate(rows, start=1):
            if all(_is_blank(v) for v in values):
                if number > last_row:
                    raise too_many
                continue
            filled += 1
            cells += len(values)
            if filled > max_rows + 20 or number > last_row or cells > 100 * max_rows:
                raise too_many
            yield number, tuple(values)
    except UserError:
        raise
    except _READ_ERRORS as exc:
        raise damaged_workbook(path, f"lembar '{ws.title}' rusak sekitar baris "
                                     f"{number + 1}: "
                                     f"{type(exc).__name__}") from exc
    finally:
        with contextlib.suppress(*_READ_ERRORS):
            rows.close()


def read_sheet_rows(path: Path | str, *,
                    is_header: Callable[[Sequence[str]], bool] | None = None,
                    scan: int = 20, max_rows: int = MAX_IMPORT_ROWS) -> SheetRows:
    """Read the first sheet of an .xlsx file. The header is the first row for which
    ``is_header(texts)`` is true within the first ``scan`` rows (default: the first non-empty
    row), so a title above the table is fine. Empty rows are skipped; row numbers are the
    ones Excel shows. A missing, old-format (.xls), damaged, hostile or non-Excel file, or one
    with more than ``max_rows`` data rows, raises :class:`UserError` in Indonesian."""
    path = Path(path)
    with open_workbook(path) as wb:
        ws = wb.worksheets[0]
        header_row, header = 0, ()
        rows: list[tuple[int, tuple[Any, ...]]] = []
        for number, values in iter_sheet_values(path, ws, max_rows=max_rows):
            if not header_row:
                texts = tuple("" if v is None else str(v).strip() for v in values)
                if is_header is None or is_header(texts):
                    header_row, header = number, texts
                elif number >= scan:
                    break
                continue
            if len(rows) == max_rows:
                raise too_many_rows(path, ws.title, max_rows)
            padded = tuple(values[: len(header)]) + (None,) * (len(header) - len(values))
            rows.append((number, padded))
        title = ws.title
    if not header_row:
        raise UserError(f"Baris judul kolom tidak ditemukan pada lembar '{title}' di "
                        f"{path.name}. Baris pertama tabel harus berisi nama kolom "
                        "(misalnya Nama, NIK, Tanggal Masuk).", field="path", code="no_header")
    return SheetRows(title, header_row, header, tuple(rows))


# ---------------------------------------------------------------- cell values

def cell_text(value: Any) -> str | None:
    """A cell as text: stripped, None when empty; whole numbers without '.0'; dates
    as dd/mm/yyyy."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    text = str(value).strip()
    return text or None


def cell_date(value: Any, *, field: str | None = None) -> dt.date | None:
    """A date from an Excel date cell, an Excel serial number or text such as 28/03/2024."""
    if _is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:  # Excel serials 1900-01-01 .. 9999-12-31
            return from_excel(value).date()
        raise UserError(f"'{value}' bukan tanggal yang sah. Tulis misalnya 28/03/2024.",
                        field=field)
    return parse_date(str(value).strip(), field=field)


def cell_rupiah(value: Any, *, field: str | None = None) -> int | None:
    """Whole rupiah from a number cell or text (``125000``, ``Rp125.000``); None if empty."""
    if _is_blank(value):
        return None
    if isinstance(value, bool):
        raise UserError("Jumlah uang tidak valid.", field=field)
    if isinstance(value, float):
        if not value.is_integer():
            raise UserError(f"Jumlah {value} bukan rupiah utuh.", field=field)
        value = int(value)
    if not isinstance(value, int):
        value = parse_rupiah(str(value), field=field)
    return check_amount(value, field=field or "amount", label="Jumlah uang", allow_zero=True)


_YES = {"ya", "y", "ada", "1", "true", "benar", "sudah", "v", "✓", "✔", "yes", "iya"}
_NO = {"tidak", "t", "tdk", "no", "n", "0", "false", "salah", "belum", "tidak ada", "-"}


def cell_bool(value: Any, *, field: str | None = None) -> bool:
    """ya/ada/1/✓ → True; tidak/belum/0/empty → False; anything else is a problem."""
    if _is_blank(value):
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
    else:
        text = " ".join(str(value).lower().split())
        if text in _YES:
            return True
        if text in _NO:
            return False
    raise UserError(f"'{value}' tidak dimengerti; isi 'ya' atau 'tidak'.", field=field)

