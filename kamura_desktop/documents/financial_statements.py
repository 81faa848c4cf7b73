"""Financial statements on paper and in Excel (issue 8): laporan posisi keuangan, perhitungan
hasil usaha, laporan perubahan ekuitas, neraca saldo, buku kas harian and buku besar.

Fed the statement DTOs of :mod:`kamura_desktop.dto.accounting` (``services.accounting``
builds them from the ledger). Every report is first turned into a
:class:`ReportGrid` — columns and rows with their look (section heading, indent, total) —
and the same grid is drawn by ReportLab and written by openpyxl, so the PDF and the
workbook always show the same figures.

Money is written the way Indonesian accountants write it: ``Rp125.000``, a negative amount in
parentheses ``(Rp70.000)``, a zero as ``-``. In Excel the amounts are numbers with the format
``#,##0;(#,##0);"-"`` and dates are dates.

The annual report embeds :func:`balance_sheet_flowables`, :func:`income_statement_flowables`
and :func:`equity_changes_flowables` (a title, the period and the table).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Spacer, Table

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.dto.accounting import (
    AccountLedger,
    BalanceSheet,
    EquityChanges,
    IncomeStatement,
    StatementSection,
    TrialBalanceReport,
)
from kamura_desktop.dto.settings import CooperativeProfile

from .excel import (
    CODE_FORMAT,
    DATE_FORMAT,
    FORMULA_PREFIXES,
    RUPIAH_FORMAT,
    a4_fit_to_width,
    code_value,
)
from .outputs import XLSX, check_target, save_workbook
from .pdf import (
    A4_PORTRAIT,
    FONT_BOLD,
    GREEN,
    PALE_GREEN,
    RULE_GREY,
    ContinuedTable,
    PageFormat,
    Paragraph,
    Signer,
    Styles,
    TableStyle,
    build_pdf,
    escape,
    place_and_date,
    signature_blocks,
    styles,
)

A4_LANDSCAPE = PageFormat("A4 mendatar", landscape(A4), margin=14 * mm, top=10 * mm, bottom=9 * mm,
                          compact=False)
ACCOUNTING_FORMAT = RUPIAH_FORMAT  # the one rupiah format of every workbook: (23.000) negative
ROWS_PER_TABLE = 400  # long ledgers are split into tables of this many rows (same header)
# an auditor asks why JU-2024-000787 (1 Nov) comes before JU-2024-000402 (3 Nov): the page says
LEDGER_ORDER_NOTE = ("Urutan: tanggal transaksi, lalu nomor jurnal. Nomor jurnal diberikan menurut urutan "
                     "pencatatan, sehingga transaksi yang dicatat belakangan untuk tanggal yang lebih awal "
                     "bernomor lebih besar; nomor yang tidak urut bukan berarti ada jurnal yang hilang.")
SIGNATURE_TAIL_ROWS = 3  # rows of a printed report kept on the page of the signatures


# ---------------------------------------------------------------- formatting

def acc_money(amount: int | None) -> str:
    """``Rp125.000``; negative ``(Rp125.000)``; zero ``-``; None empty."""
    if amount is None:
        return ""
    if amount == 0:
        return "-"
    text = format_rupiah(abs(amount))
    return f"({text})" if amount < 0 else text


def period_text(date_from: dt.date, date_to: dt.date) -> str:
    """``1 Januari – 31 Desember 2024`` (the year once when both dates share it)."""
    if date_from.year == date_to.year:
        start = format_date_id(date_from).rsplit(" ", 1)[0]
        return f"{start} – {format_date_id(date_to)}"
    return f"{format_date_id(date_from)} – {format_date_id(date_to)}"


def short_date(value: dt.date) -> str:
    return value.strftime("%d-%m-%Y")


def _short_period(date_from: dt.date, date_to: dt.date) -> str:
    return f"{short_date(date_from)} s.d. {short_date(date_to)}"


# ---------------------------------------------------------------- the grid

@dataclass(frozen=True)
class GridColumn:
    header: str
    kind: str = "text"  # text | code | money | date | number (a count) | percent (a Decimal, 95.2 = 95,2 %)
    width: float = 30  # millimetres on paper; Excel width is derived


@dataclass(frozen=True)
class GridRow:
    values: tuple[Any, ...]
    style: str = ""  # "" | heading | subheading (a group's title, bold) | total | grand
    level: int = 0  # indent of the first text column


@dataclass(frozen=True)
class ReportGrid:
    key: str  # balance-sheet, income-statement, …
    title: str  # "LAPORAN POSISI KEUANGAN"
    period: str  # "Per 31 Desember 2024"
    columns: tuple[GridColumn, ...]
    rows: tuple[GridRow, ...]
    notes: tuple[str, ...] = ()
    landscape: bool = False
    label_column: int = 0  # the column that takes the indent
    extra: dict = field(default_factory=dict)
    short_title: str = ""  # for the PDF's footer and metadata: "Neraca per 31-12-2024"

    @property
    def full_title(self) -> str:
        return f"{self.title.title()}, {self.period}"


def _statement_section_rows(section: StatementSection, compare: StatementSection | None, *, heading: str,
                            total_label: str) -> list[GridRow]:
    """A section's rows: its heading, then each group (current assets, …) with its heading and
    subtotal when the section has groups, else its lines; then the section's total."""
    two = compare is not None

    def row(label: str, code: str, amount, other, style: str = "", level: int = 0) -> GridRow:
        return GridRow((label, code, amount, other) if two else (label, code, amount), style, level)

    rows = [row(heading.upper(), "", None, None, "heading")]
    other = {(x.label, x.code): x.amount for x in compare.lines} if two else {}

    def line_rows(lines, indent: int) -> list[GridRow]:
        return [row(x.label, x.code or "", x.amount, other.get((x.label, x.code), 0),
                    "total" if x.is_total else "", x.level + indent) for x in lines]

    if section.groups:
        for g in section.groups:
            mine = [x for x in section.lines if x.group == g.title]
            if not mine:  # an empty group in one row: "Liabilitas jangka panjang  -"
                rows.append(row(g.title, "", 0, 0 if two else None, "subheading", 1))
                continue
            rows.append(row(g.title, "", None, None, "subheading", 1))
            rows += line_rows(mine, 2)
            rows.append(row(f"Jumlah {g.title[0].lower()}{g.title[1:]}", "", g.total,
                            compare.group_total(g.title) if two else None, "total", 1))
    else:
        rows += line_rows(section.lines, 1)
    rows.append(row(total_label, "", section.total, compare.total if two else None, "total"))
    return rows


def _column_date(value: dt.date) -> str:
    return short_date(value)


def balance_sheet_grid(bs: BalanceSheet) -> ReportGrid:
    """Laporan posisi keuangan as SAK EP shows it: assets as current / non-current, liabilities
    as short / long term (each with its subtotal), equity; the previous date beside."""
    cmp = bs.compare if bs.compare_as_of is not None and bs.compare is not None else None
    cols = [GridColumn("Pos", "text", 92 if cmp is not None else 112), GridColumn("Akun", "code", 14),
            GridColumn(_column_date(bs.as_of), "money", 34 if cmp is not None else 48)]
    if cmp is not None:
        cols.append(GridColumn(_column_date(cmp.as_of), "money", 34))
    names = {"Aset": ("Aset", "Jumlah aset"), "Liabilitas": ("Liabilitas", "Jumlah liabilitas"),
             "Ekuitas": ("Ekuitas", "Jumlah ekuitas")}
    rows: list[GridRow] = []
    for i, sec in enumerate(bs.sections):
        heading, total = names.get(sec.title, (sec.title, f"Jumlah {sec.title.lower()}"))
        rows += _statement_section_rows(sec, cmp.sections[i] if cmp is not None else None,
                                        heading=heading, total_label=total)
    grand: tuple = ("JUMLAH LIABILITAS DAN EKUITAS", "", bs.total_liabilities_equity)
    if cmp is not None:
        grand += (cmp.total_liabilities_equity,)
    rows.append(GridRow(grand, "grand"))
    period = f"Per {format_date_id(bs.as_of)}"
    if cmp is not None:
        period += f" (dibandingkan dengan {format_date_id(cmp.as_of)})"
    notes = tuple(bs.notes)
    if not bs.balanced:
        notes = ("PERHATIAN: jumlah aset tidak sama dengan jumlah liabilitas dan ekuitas.", *notes)
    return ReportGrid("balance-sheet", "LAPORAN POSISI KEUANGAN (NERACA)", period, tuple(cols),
                      tuple(rows), notes, short_title=f"Neraca per {short_date(bs.as_of)}")


def income_statement_grid(st: IncomeStatement) -> ReportGrid:
    """Perhitungan hasil usaha; with the same period a year earlier beside it when the statement
    carries one."""
    cmp = st.compare
    if cmp is not None:
        cols = (GridColumn("Pos", "text", 92), GridColumn("Akun", "code", 14),
                GridColumn(str(st.date_to.year) if _whole_year(st) else _column_date(st.date_to), "money", 34),
                GridColumn(str(cmp.date_to.year) if _whole_year(cmp) else _column_date(cmp.date_to), "money", 34))
    else:
        cols = (GridColumn("Pos", "text", 112), GridColumn("Akun", "code", 14), GridColumn("Jumlah", "money", 48))
    rows: list[GridRow] = []
    labels = {"Pendapatan": "Jumlah pendapatan", "Beban": "Jumlah beban"}
    for i, sec in enumerate(st.sections):
        rows += _statement_section_rows(sec, cmp.sections[i] if cmp is not None else None, heading=sec.title,
                                        total_label=labels.get(sec.title, f"Jumlah {sec.title.lower()}"))
    label = "SISA HASIL USAHA (SHU) SEBELUM PAJAK" if st.surplus >= 0 else "DEFISIT HASIL USAHA"
    rows.append(GridRow((label, "", st.surplus) + ((cmp.surplus,) if cmp is not None else ()), "grand"))
    period = f"Periode {period_text(st.date_from, st.date_to)}"
    if cmp is not None:
        period += (f" (dibandingkan dengan tahun {cmp.date_to.year})" if _whole_year(cmp)
                   else f" (dibandingkan dengan {period_text(cmp.date_from, cmp.date_to)})")
    return ReportGrid("income-statement", "PERHITUNGAN HASIL USAHA", period, cols, tuple(rows),
                      ("Jurnal penutupan tahun buku tidak ikut dihitung.",),
                      short_title=f"Hasil usaha {_short_period(st.date_from, st.date_to)}")


def _whole_year(st: IncomeStatement) -> bool:
    return (st.date_from, st.date_to) == (dt.date(st.date_from.year, 1, 1), dt.date(st.date_from.year, 12, 31))


def equity_changes_grid(ec: EquityChanges) -> ReportGrid:
    cols = (GridColumn("Akun", "code", 13), GridColumn("Ekuitas", "text", 57),
            GridColumn("Saldo awal", "money", 26), GridColumn("Penambahan", "money", 26),
            GridColumn("Pengurangan", "money", 26), GridColumn("Saldo akhir", "money", 26))
    rows = [GridRow((r.code, r.name, r.opening, r.increase, r.decrease, r.closing)) for r in ec.rows]
    rows.append(GridRow(("", "Jumlah ekuitas", ec.total_opening, ec.total_increase, ec.total_decrease,
                         ec.total_closing), "grand"))
    return ReportGrid("equity-changes", "LAPORAN PERUBAHAN EKUITAS",
                      f"Periode {period_text(ec.date_from, ec.date_to)}", cols, tuple(rows),
                      label_column=1, short_title=f"Perubahan ekuitas {_short_period(ec.date_from, ec.date_to)}")


def trial_balance_grid(tb: TrialBalanceReport) -> ReportGrid:
    money_w = 32
    cols = (GridColumn("Akun", "code", 13), GridColumn("Nama akun", "text", 64),
            GridColumn("Saldo awal debit", "money", money_w), GridColumn("Saldo awal kredit", "money", money_w),
            GridColumn("Mutasi debit", "money", money_w), GridColumn("Mutasi kredit", "money", money_w),
            GridColumn("Saldo akhir debit", "money", money_w), GridColumn("Saldo akhir kredit", "money", money_w))
    rows = [GridRow((r.code, r.name, r.opening_debit, r.opening_credit, r.debit, r.credit,
                     r.closing_debit, r.closing_credit)) for r in tb.rows]
    totals = tuple(sum(getattr(r, k) for r in tb.rows) for k in (
        "opening_debit", "opening_credit", "debit", "credit", "closing_debit", "closing_credit"))
    rows.append(GridRow(("", "Jumlah", *totals), "grand"))
    notes = ("Neraca saldo seimbang." if tb.balanced else "PERHATIAN: neraca saldo TIDAK seimbang.",)
    return ReportGrid("trial-balance", "NERACA SALDO", f"Periode {period_text(tb.date_from, tb.date_to)}",
                      cols, tuple(rows), notes, landscape=True, label_column=1,
                      short_title=f"Neraca saldo {_short_period(tb.date_from, tb.date_to)}")


def ledger_grid(gl: AccountLedger, *, cash_book: bool = False) -> ReportGrid:
    cols = (GridColumn("Tanggal", "date", 22), GridColumn("No. jurnal", "text", 30),
            GridColumn("Keterangan", "text", 109), GridColumn("Debit", "money", 36),
            GridColumn("Kredit", "money", 36), GridColumn("Saldo", "money", 36))
    rows = [GridRow((None, "", "Saldo awal", None, None, gl.opening), "total")]
    rows += [GridRow((r.date, r.number, r.description, r.debit or None, r.credit or None, r.balance))
             for r in gl.rows]
    rows.append(GridRow((None, "", "Jumlah mutasi dan saldo akhir", sum(r.debit for r in gl.rows),
                         sum(r.credit for r in gl.rows), gl.closing), "grand"))
    title = "BUKU KAS HARIAN" if cash_book else "BUKU BESAR"
    return ReportGrid("cash-book" if cash_book else "general-ledger", title,
                      f"Akun {gl.code} {gl.name} · Periode {period_text(gl.date_from, gl.date_to)}",
                      cols, tuple(rows), (f"{len(gl.rows)} transaksi.", LEDGER_ORDER_NOTE), landscape=True,
                      label_column=2,
                      short_title=f"{title.capitalize()} {gl.code} {_short_period(gl.date_from, gl.date_to)}")


# ---------------------------------------------------------------- PDF

@dataclass(frozen=True)
class _CellStyles:
    text: ParagraphStyle
    bold: ParagraphStyle
    right: ParagraphStyle
    right_bold: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle


def _cell_styles(st: Styles, size: float) -> _CellStyles:
    def s(base: ParagraphStyle, name: str) -> ParagraphStyle:
        return ParagraphStyle(f"fs_{name}_{size}", parent=base, fontSize=size, leading=size * 1.25)

    return _CellStyles(s(st.cell, "t"), s(st.cell_bold, "b"), s(st.cell_right, "r"),
                       s(st.cell_right_bold, "rb"), s(st.cell_head, "h"), s(st.cell_head_right, "hr"))


def _pdf_cell(value: Any, col: GridColumn, bold: bool, cs: _CellStyles, indent: int) -> Any:
    if col.kind == "money":
        return Paragraph(acc_money(value), cs.right_bold if bold else cs.right)
    if col.kind == "date":
        return Paragraph(short_date(value) if value else "", cs.text)
    if col.kind in ("number", "percent"):
        return Paragraph(_number_text(value, col.kind), cs.right_bold if bold else cs.right)
    text = escape("" if value is None else str(value))
    style = cs.bold if bold else cs.text
    if indent:
        style = ParagraphStyle(f"{style.name}_i{indent}", parent=style, leftIndent=3.5 * mm * (indent - 1))
    return Paragraph(text, style)


def _number_text(value: Any, kind: str) -> str:
    """A count as ``1.250``; a percentage as ``95,2 %``; None (nothing to compare with) empty."""
    if value is None:
        return ""
    if kind == "percent":
        return f"{value:.1f}".replace(".", ",") + " %"
    return f"{int(value):,}".replace(",", ".")


_CELL_PAD = 6.5  # points: left and right padding of a cell plus a hair
_MIN_TEXT_MM = 44.0


def _column_widths(grid: ReportGrid, st: Styles, font_size: float) -> tuple[list[float], float]:
    """Column widths in points and the font size so no amount wraps: a money column grows to
    its widest amount (bold, as totals are), taken from the widest text column down to
    ``_MIN_TEXT_MM``; when even that is not enough the font shrinks (not below 6 pt)."""
    base = [c.width * mm for c in grid.columns]
    total = sum(base)
    money = [j for j, c in enumerate(grid.columns) if c.kind == "money"]
    if not money:
        return base, font_size
    texts = {j: [acc_money(r.values[j]) for r in grid.rows if isinstance(r.values[j], int)] for j in money}
    font = st.cell_right_bold.fontName
    size = font_size
    while True:
        need = {j: max([stringWidth(t, font, size) for t in texts[j]] + [0.0]) + _CELL_PAD for j in money}
        widths = [max(w, need[j]) if j in need else w for j, w in enumerate(base)]
        over = sum(widths) - total
        text_cols = sorted((j for j, c in enumerate(grid.columns) if c.kind == "text"),
                           key=lambda j: -widths[j])
        for j in text_cols:
            if over <= 0:
                break
            give = min(over, widths[j] - _MIN_TEXT_MM * mm)
            if give > 0:
                widths[j] -= give
                over -= give
        if over <= 0.01 or size <= 6.0:
            return widths, size
        size = max(6.0, size - 0.4)


def grid_tables(grid: ReportGrid, st: Styles, *, font_size: float = 8.2,
                chunk: int = ROWS_PER_TABLE, tail: int = 0) -> Iterator[Table]:
    """The grid as ruled tables (a long one split every ``chunk`` rows, the heading repeated
    at the top of every page, never mid-page: :class:`~.pdf.ContinuedTable`).
    ``tail``: the last that many rows come as a table of their own, ruled to join the table
    above seamlessly, so a caller can keep them with what follows (the signatures and the
    total never stand alone on a page); it carries the heading when it starts a page."""
    widths, font_size = _column_widths(grid, st, font_size)
    cs = _cell_styles(st, font_size)
    head = [Paragraph(escape(c.header), cs.head_right if c.kind == "money" else cs.head) for c in grid.columns]
    rows = grid.rows
    tail = min(max(tail, 0), max(len(rows) - 1, 0))
    body, end_rows = (rows[:len(rows) - tail], rows[len(rows) - tail:]) if tail else (rows, ())
    starts = list(range(0, max(len(body), 1), chunk))
    # each row's cells, made once: the rows left over when a part breaks at a page's end are
    # made into a table again (with the heading, on the next page), and so are the rows
    # that stayed (without it) — the same paragraphs then, their lines broken once per width
    # (pdf.Paragraph), as the heading's cells always were (issue 20; the same bytes:
    # tests/documents/test_same_bytes.py)
    cells: dict[int, list] = {}

    def part(open_bottom: bool):
        def make(part_rows, with_head: bool) -> Table:
            return _grid_table(grid, part_rows, widths, cs, head=head if with_head else None,
                               open_bottom=open_bottom, cells=cells)
        return make

    for start in starts:
        last = start == starts[-1]
        make = part(last and bool(end_rows))
        rows_ = body[start:start + chunk]
        # the parts after the first continue the table: the heading only where a page starts
        yield make(rows_, True) if start == 0 else ContinuedTable(rows_, make)
    if end_rows:
        yield ContinuedTable(end_rows, part(False))


def _grid_table(grid: ReportGrid, part: Sequence[GridRow], widths: list[float], cs: _CellStyles, *,
                head: list | None, open_bottom: bool, cells: dict[int, list] | None = None) -> Table:
    """``cells``: the cells already made for a row of ``grid`` (by ``id``: the grid keeps
    its rows alive), used again and filled in."""
    data = [head] if head is not None else []
    first = 1 if head is not None else 0
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE_GREY),
        ("LINEBEFORE", (0, 0), (0, -1), 0.6, GREEN),
        ("LINEAFTER", (-1, 0), (-1, -1), 0.6, GREEN),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if head is not None:
        commands += [("BACKGROUND", (0, 0), (-1, 0), GREEN), ("LINEABOVE", (0, 0), (-1, 0), 0.6, GREEN)]
    if not open_bottom:
        commands.append(("LINEBELOW", (0, -1), (-1, -1), 0.6, GREEN))
    for i, row in enumerate(part, start=first):
        bold = row.style in ("heading", "subheading", "total", "grand")
        made = cells.get(id(row)) if cells is not None else None
        if made is None:
            made = [_pdf_cell(v, c, bold, cs, row.level if j == grid.label_column else 0)
                    for j, (v, c) in enumerate(zip(row.values, grid.columns, strict=True))]
            if cells is not None:
                cells[id(row)] = made
        data.append(list(made))
        if row.style == "heading":
            commands.append(("BACKGROUND", (0, i), (-1, i), PALE_GREEN))
        elif row.style == "total":
            commands.append(("LINEABOVE", (grid.label_column + 1, i), (-1, i), 0.5, colors.black))
        elif row.style == "grand":
            commands += [("LINEABOVE", (0, i), (-1, i), 0.9, GREEN),
                         ("LINEBELOW", (0, i), (-1, i), 1.6, GREEN),
                         ("BACKGROUND", (0, i), (-1, i), PALE_GREEN)]
    table = Table(data, colWidths=widths, repeatRows=1 if head is not None else 0)
    table.setStyle(TableStyle(commands))
    return table


def grid_title(grid: ReportGrid, st: Styles) -> list:
    period = ParagraphStyle("fs_period", parent=st.subtitle, fontName=FONT_BOLD, textColor=colors.black,
                            fontSize=10, leading=13, spaceAfter=5)
    return [Paragraph(escape(grid.title), st.title), Paragraph(escape(grid.period), period)]


def grid_flowables(grid: ReportGrid, st: Styles, *, title: bool = True) -> list:
    """Title, table and notes; the notes stay on the page of the table's last rows (a note
    alone at the top of a page reads as if it belonged to what follows)."""
    out = grid_title(grid, st) if title else []
    notes = [x for note in grid.notes for x in (Spacer(1, 1.5 * mm), Paragraph(escape(note), st.small))]
    tables = list(grid_tables(grid, st, tail=SIGNATURE_TAIL_ROWS if notes else 0))
    if notes and len(tables) > 1:
        return out + tables[:-1] + [KeepTogether([tables[-1], *notes])]
    return out + tables + notes


def balance_sheet_flowables(bs: BalanceSheet, styles_: Styles | None = None, *, title: bool = True) -> list:
    """Laporan posisi keuangan: title, date(s) and the table (for the annual report, too)."""
    return grid_flowables(balance_sheet_grid(bs), styles_ or styles(), title=title)


def income_statement_flowables(is_: IncomeStatement, styles_: Styles | None = None, *,
                               title: bool = True) -> list:
    return grid_flowables(income_statement_grid(is_), styles_ or styles(), title=title)


def equity_changes_flowables(ec: EquityChanges, styles_: Styles | None = None, *,
                             title: bool = True) -> list:
    return grid_flowables(equity_changes_grid(ec), styles_ or styles(), title=title)


def trial_balance_flowables(tb: TrialBalanceReport, styles_: Styles | None = None, *,
                            title: bool = True) -> list:
    return grid_flowables(trial_balance_grid(tb), styles_ or styles(), title=title)


@dataclass(frozen=True)
class Signatures:
    chair: str | None  # the chair's name, or None for a dotted line
    treasurer: str | None
    signed_on: dt.date | None


def _signature_content(profile: CooperativeProfile, sig: Signatures, width: float) -> list:
    return [Spacer(1, 7 * mm),
            signature_blocks([Signer("Ketua", sig.chair, caption="Mengetahui,"),
                              Signer("Bendahara", sig.treasurer, caption="Dibuat oleh,")],
                             width=width, place_date=place_and_date(profile, sig.signed_on), space=17 * mm)]


def signature_flowables(profile: CooperativeProfile, sig: Signatures, width: float) -> list:
    return [KeepTogether(_signature_content(profile, sig, width))]


def build_grid_pdf(path: Path | str, grid: ReportGrid, *, profile: CooperativeProfile, signatures: Signatures) -> Path:
    """One report on A4 (the trial balance and the ledgers landscape) with the letterhead, the
    period in the title and the chair's and treasurer's signatures."""
    page = A4_LANDSCAPE if grid.landscape else A4_PORTRAIT
    st = styles()
    grid = _fit(grid, page)
    # the last rows, the notes and the signatures stay together: a signature block never
    # stands alone on a page of its own
    tables = list(grid_tables(grid, st, tail=SIGNATURE_TAIL_ROWS))
    notes = [x for note in grid.notes for x in (Spacer(1, 1.5 * mm), Paragraph(escape(note), st.small))]
    end = [tables.pop()] if len(tables) > 1 else []
    story = grid_title(grid, st) + tables
    # (one KeepTogether: a nested one reports an endless height and would always break)
    story.append(KeepTogether(end + notes + _signature_content(profile, signatures,
                                                               min(page.content_width, 150 * mm))))
    return build_pdf(path, story, profile=profile, page=page, title=grid.short_title or grid.title.title(),
                     subject=f"{grid.full_title} — {profile.name}")


def _fit(grid: ReportGrid, page: PageFormat) -> ReportGrid:
    """Stretch the widest text column so the table fills the page's width."""
    total = sum(c.width for c in grid.columns) * mm
    spare = (page.content_width - total) / mm
    if abs(spare) < 0.5:
        return grid
    widest = max(range(len(grid.columns)), key=lambda i: (grid.columns[i].kind == "text", grid.columns[i].width))
    cols = list(grid.columns)
    c = cols[widest]
    cols[widest] = GridColumn(c.header, c.kind, max(20.0, c.width + spare))
    return ReportGrid(grid.key, grid.title, grid.period, tuple(cols), grid.rows, grid.notes, grid.landscape,
                      grid.label_column, grid.extra, grid.short_title)


# ---------------------------------------------------------------- Excel

_HEAD_FONT = Font(name="Calibri", bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="12503F")
_HEAD_BORDER = Border(bottom=Side(style="medium", color="E0B22C"))
_BAND_FILL = PatternFill("solid", fgColor="E9F1EE")
_BOLD = Font(name="Calibri", bold=True)
_TITLE = Font(name="Calibri", bold=True, size=14, color="12503F")
_TOTAL_BORDER = Border(top=Side(style="thin", color="000000"))
_GRAND_BORDER = Border(top=Side(style="thin", color="12503F"), bottom=Side(style="double", color="12503F"))


def _xl_value(ws, value: Any, col: GridColumn, row: GridRow, j: int, label_column: int):
    if value is None or (col.kind == "date" and not value):
        cell = WriteOnlyCell(ws, value=None)
    elif col.kind == "money":
        cell = WriteOnlyCell(ws, value=int(value))
        cell.number_format = ACCOUNTING_FORMAT
    elif col.kind == "date":
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
    elif col.kind == "number":
        cell = WriteOnlyCell(ws, value=int(value))
        cell.number_format = "#,##0"
    elif col.kind == "code" and isinstance(code_value(value), int):
        cell = WriteOnlyCell(ws, value=code_value(value))  # an account code as a number
        cell.number_format = CODE_FORMAT
    elif col.kind == "percent":
        cell = WriteOnlyCell(ws, value=float(value) / 100)  # Excel's percent: 0.952 shows 95,2 %
        cell.number_format = "0.0%"
    else:
        text = str(value)
        cell = WriteOnlyCell(ws, value=text)
        if text.startswith(FORMULA_PREFIXES):
            cell.data_type = "s"
            cell.quotePrefix = True
        if j == label_column and row.level:
            cell.alignment = Alignment(indent=row.level - 1)
    if row.style in ("heading", "subheading", "total", "grand"):
        cell.font = _BOLD
    if row.style == "heading":
        cell.fill = _BAND_FILL
    elif row.style == "total" and col.kind == "money":
        cell.border = _TOTAL_BORDER
    elif row.style == "grand":
        cell.fill = _BAND_FILL
        cell.border = _GRAND_BORDER
    return cell


def _sheet_name(title: str) -> str:
    """A sheet name within Excel's 31 characters, cut at a word and never leaving half a
    bracket ("Laporan Posisi Keuangan (Neraca" → "Laporan Posisi Keuangan")."""
    if len(title) <= 31:
        return title
    cut = title[:31]
    if "(" in cut and ")" not in cut[cut.rindex("("):]:
        cut = cut[:cut.rindex("(")]
    elif " " in cut:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" -·(") or title[:31]


def write_grid_sheet(wb: Workbook, grid: ReportGrid, *, cooperative: str, sheet_title: str | None = None,
                     every: int = 2000) -> Iterator[tuple[int, int]]:
    """Add one sheet with the cooperative's name, the title, the period, the header and the rows;
    yields (rows done, rows) as it goes."""
    ws = wb.create_sheet(_sheet_name(sheet_title or grid.title.title()))
    for i, col in enumerate(grid.columns, start=1):
        width = {"money": 17, "date": 12, "code": 8, "number": 11, "percent": 10}.get(col.kind, max(14, col.width * 0.55))
        ws.column_dimensions[get_column_letter(i)].width = width
    a4_fit_to_width(ws, landscape=grid.landscape, title_rows="5:5")
    ws.freeze_panes = "A6"
    for text, font in ((cooperative, _BOLD), (grid.title, _TITLE), (grid.period, _BOLD)):
        cell = WriteOnlyCell(ws, value=text)
        cell.font = font
        ws.append([cell])
    ws.append([])
    head = []
    for col in grid.columns:
        cell = WriteOnlyCell(ws, value=col.header)
        cell.font, cell.fill, cell.border = _HEAD_FONT, _HEAD_FILL, _HEAD_BORDER
        cell.alignment = Alignment(horizontal="right" if col.kind == "money" else "left", vertical="center",
                                   wrap_text=True)
        head.append(cell)
    ws.append(head)
    total = len(grid.rows)
    yield 0, total
    for n, row in enumerate(grid.rows, start=1):
        ws.append([_xl_value(ws, v, c, row, j, grid.label_column)
                   for j, (v, c) in enumerate(zip(row.values, grid.columns, strict=True))])
        if n % every == 0:
            yield n, total
    for note in grid.notes:
        ws.append([])
        ws.append([note])
    yield total, total


def write_grid_workbook(path: Path | str, grid: ReportGrid, *, cooperative: str,
                        info: Sequence[tuple[str, Any]] = ()) -> Iterator[tuple[int, int]]:
    """A workbook of one report (plus a "Keterangan" sheet); yields progress, saves ``path``."""
    path = Path(path)
    check_target(path, XLSX)  # refused before the work, not after
    wb = Workbook(write_only=True)
    yield from write_grid_sheet(wb, grid, cooperative=cooperative)
    if info:
        sheet = wb.create_sheet("Keterangan")
        sheet.column_dimensions["A"].width = 24
        sheet.column_dimensions["B"].width = 60
        for label, value in info:
            label_cell = WriteOnlyCell(sheet, value=label)
            label_cell.font = _BOLD
            value_cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, dt.date):
                value_cell.number_format = DATE_FORMAT
            sheet.append([label_cell, value_cell])
    save_workbook(wb, path)  # temporary file, renamed when complete


__all__ = [
    "A4_LANDSCAPE", "ACCOUNTING_FORMAT", "GridColumn", "GridRow", "ReportGrid", "Signatures", "acc_money",
    "balance_sheet_flowables", "balance_sheet_grid", "build_grid_pdf", "equity_changes_flowables",
    "equity_changes_grid", "grid_flowables", "income_statement_flowables", "income_statement_grid",
    "ledger_grid", "period_text", "signature_flowables", "trial_balance_flowables", "trial_balance_grid",
    "write_grid_sheet", "write_grid_workbook",
]
