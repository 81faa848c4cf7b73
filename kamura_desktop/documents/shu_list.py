"""The per-member SHU list (*Daftar Pembagian SHU Anggota*), PDF (A4) and Excel.

Page 1: the year's surplus and its allocation by the by-law percentages, the members' part
split into jasa modal and jasa usaha with the bases they are shared by; then one line per
member: savings basis, service paid, jasa modal, jasa usaha, total, and a column to sign on
receipt; totals that equal the parts exactly; the signatures of chair and treasurer.

Fed the SHU service's DTO, :class:`kamura_desktop.dto.shu.ShuDTO`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from kamura_desktop.domain.money import format_number
from kamura_desktop.dto.settings import CooperativeProfile
from kamura_desktop.dto.shu import ShuDTO

from .excel import DATE_FORMAT, FORMULA_PREFIXES, RUPIAH_FORMAT
from .outputs import XLSX, check_target, save_workbook
from .pdf import (
    A4_PORTRAIT,
    FONT,
    FONT_BOLD,
    PALE_GREEN,
    Paragraph,
    Signer,
    TableStyle,
    build_pdf,
    data_table,
    escape,
    info_table,
    money,
    para,
    place_and_date,
    signature_blocks,
    styles,
    tanggal,
    text_width,
    widen,
)

WIDTH = A4_PORTRAIT.content_width
STATUS_TEXT = {"draft": "DRAF — belum disetujui RAT", "approved": "Disetujui RAT",
               "paid": "Disetujui RAT dan dibayarkan"}
METHOD_TEXT = {"sukarela": "ke simpanan sukarela", "tunai": "tunai"}


def _num(amount: int) -> str:
    return format_number(amount)


def _basis_text(shu: ShuDTO) -> str:
    return "simpanan pokok + wajib" + (" + sukarela" if shu.include_sukarela else "")


def build_shu_list_pdf(path: Path | str, shu: ShuDTO, *, profile: CooperativeProfile,
                       printed_at: dt.datetime | None = None) -> Path:
    st = styles()
    title = f"Daftar Pembagian SHU Anggota Tahun Buku {shu.year}"
    story: list = [para(title, st.title),
                   para(f"{profile.name} · {STATUS_TEXT[shu.status]}", st.subtitle)]
    savings_total = sum(r.savings_basis for r in shu.rows)
    service_total = sum(r.service_basis for r in shu.rows)
    pairs = [
        ("SHU tahun berjalan", money(shu.surplus)),
        ("Tanggal RAT", tanggal(shu.rat_date) if shu.rat_date else "-"),
        ("Dasar jasa modal", f"{_basis_text(shu)} per 31 Desember {shu.year}: {money(savings_total)}"),
        ("Dasar jasa usaha", f"jasa pinjaman yang dibayar anggota dalam {shu.year}: {money(service_total)}"),
    ]
    if shu.paid_on:
        pairs.append(("Dibayarkan", f"{tanggal(shu.paid_on)}, {METHOD_TEXT.get(shu.pay_method or '', '')}"))
    story += [info_table(pairs, [38 * mm, 4 * mm, WIDTH - 42 * mm]), Spacer(1, 4 * mm),
              para("Pembagian SHU menurut AD/ART", st.heading)]
    alloc_rows: list[list] = [[Paragraph("Bagian", st.cell_head), Paragraph("%", st.cell_head_right),
                               Paragraph("Jumlah (Rp)", st.cell_head_right)]]
    for a in shu.allocations:
        alloc_rows.append([para(a.label, st.cell), para(f"{a.pct} %", st.cell_right),
                           para(_num(a.amount), st.cell_right)])
    alloc_rows.append([para("Jumlah", st.cell_bold),
                       para(f"{sum(a.pct for a in shu.allocations)} %", st.cell_right_bold),
                       para(_num(sum(a.amount for a in shu.allocations)), st.cell_right_bold)])
    story.append(data_table(alloc_rows, [WIDTH - 70 * mm, 25 * mm, 45 * mm], bold_last_row=True))
    story.append(Spacer(1, 2 * mm))
    story.append(para(
        f"Bagian anggota {money(shu.members_part)}: jasa modal {shu.jasa_modal_pct} % = "
        f"{money(shu.jasa_modal_total)}, jasa usaha {100 - shu.jasa_modal_pct} % = "
        f"{money(shu.jasa_usaha_total)}. Setiap bagian dibagi menurut perbandingan dasar anggota "
        "dalam rupiah utuh; sisa pembulatan diberikan kepada sisa terbesar, sehingga jumlahnya tepat.",
        st.small))
    story.append(para("Daftar anggota", st.heading))
    story += _member_tables(shu, st, savings_total, service_total)
    story.append(Spacer(1, 6 * mm))
    story.append(KeepTogether([signature_blocks(
        [Signer("Bendahara"), Signer("Ketua", caption="Mengetahui,")], width=WIDTH,
        place_date=place_and_date(profile, shu.rat_date))]))
    return build_pdf(path, story, profile=profile, title=title,
                     subject=f"SHU {shu.year}", printed_at=printed_at)


RIGHT_COLS = (3, 4, 5, 6, 7)
PADDING = 5.0  # data_table: 2.5 pt above and below each cell


class MemberList(Flowable):
    """The member table, split page by page in linear time.

    One ReportLab table of 20.000 rows re-measures every remaining row at each page break
    (40 s); this flowable measures each row once and, at a page break, builds a table of just
    the rows that fit, with the header repeated on every page (8 s)."""

    def __init__(self, head: list, rows: list[list], heights: list[float], widths: list[float],
                 total: list | None, total_height: float, first: int = 0, size: float = 7.5):
        super().__init__()
        self.size = size
        self.head, self.rows, self.heights, self.widths = head, rows, heights, widths
        self.total, self.total_height, self.first = total, total_height, first
        self._table: Table | None = None
        self._head_height: float | None = None

    def _build(self, rows: list[list], with_total: bool) -> Table:
        with_total = with_total and self.total is not None
        body = [self.head, *rows, *([self.total] if with_total else [])]
        table = data_table(body, self.widths, bold_last_row=with_total)
        size = self.size
        cmds = [("FONT", (0, 1), (-1, -1), FONT, size), ("FONT", (7, 1), (7, -1), FONT_BOLD, size),
                ("ALIGN", (3, 1), (7, -1), "RIGHT")]
        if with_total:
            cmds.append(("FONT", (3, -1), (-1, -1), FONT_BOLD, size))
        if self.first % 2:  # keep the zebra stripes in step across pages
            cmds += [("BACKGROUND", (0, r), (-1, r), PALE_GREEN if r % 2 else colors.white)
                     for r in range(1, len(rows) + 1)]
        table.setStyle(TableStyle(cmds))
        return table

    def _head_h(self, aw: float) -> float:
        if self._head_height is None:
            self._head_height = self._build([], False).wrap(aw, 10_000)[1]
        return self._head_height

    def _needed(self, aw: float) -> float:
        return self._head_h(aw) + sum(self.heights) + (self.total_height if self.total else 0)

    def wrap(self, aw, ah):
        needed = self._needed(aw)
        if needed > ah:
            self.width, self.height = aw, needed  # too tall: the frame will split it
            return self.width, self.height
        self._table = self._build(self.rows, True)
        self.width, self.height = self._table.wrap(aw, ah)
        return self.width, self.height

    def split(self, aw, ah):
        room, n = ah - self._head_h(aw), 0
        while n < len(self.rows) and room >= self.heights[n]:
            room -= self.heights[n]
            n += 1
        if n == len(self.rows) and (self.total is None or room >= self.total_height):
            return [self._build(self.rows, True)]
        if n == len(self.rows):
            n -= 1  # the total must not stand alone: the last row goes over with it
        while n > 0 and self._build(self.rows[:n], False).wrap(aw, ah)[1] > ah:
            n -= 1  # a row taller than measured: one fewer
        if n == 0:
            return []
        return [self._build(self.rows[:n], False),
                MemberList(self.head, self.rows[n:], self.heights[n:], self.widths, self.total,
                           self.total_height, self.first + n, self.size)]

    def draw(self) -> None:
        self._table.drawOn(self.canv, 0, 0)


def _member_tables(shu: ShuDTO, st, savings_total: int, service_total: int) -> list:
    """The member list in 7.5 pt (eight columns of rupiah on A4 portrait): plain strings
    (fast for thousands of members), the name as a paragraph so a long name wraps."""
    name_style = ParagraphStyle("shu_name", parent=st.cell, fontSize=7.5, leading=9.2)
    head_style = ParagraphStyle("shu_head", parent=st.cell_head, fontSize=7.5, leading=9.2)
    head_right = ParagraphStyle("shu_head_r", parent=st.cell_head_right, fontSize=7.5, leading=9.2)
    widths = [9 * mm, 17 * mm, 33 * mm, 21 * mm, 19 * mm, 20 * mm, 20 * mm, 21 * mm]
    widths.append(WIDTH - sum(widths))
    # each rupiah column as wide as its total (bold; plain strings never wrap, they would run
    # into the next column): the name and the initials give way
    totals = (savings_total, service_total, sum(r.jasa_modal for r in shu.rows),
              sum(r.jasa_usaha for r in shu.rows), sum(r.total for r in shu.rows))
    size = 7.5  # smaller print only when the totals (tens of milyar) leave no other room
    while True:
        wide = widen(widths, {3 + i: text_width([_num(t)], size=size, padding=8) for i, t in enumerate(totals)},
                     flexible=2)
        if wide[2] < 24 * mm:
            wide = widen(wide, {2: 24 * mm}, flexible=8)
        if wide[8] >= 10 * mm or size <= 5.5:
            break
        size -= 0.25
    widths = wide
    head = [Paragraph(escape(h), head_right if i in RIGHT_COLS else head_style) for i, h in enumerate(
        ("No", "No. Anggota", "Nama", "Simpanan", "Jasa dibayar", "Jasa modal", "Jasa usaha", "SHU",
         "Paraf"))]
    rows, heights = [], []
    for n, r in enumerate(shu.rows, start=1):
        name = Paragraph(escape(r.name), name_style)
        heights.append(max(name.wrap(widths[2] - 8, 10_000)[1], 9.0) + PADDING)
        rows.append([str(n), r.number, name, _num(r.savings_basis), _num(r.service_basis),
                     _num(r.jasa_modal), _num(r.jasa_usaha), _num(r.total), ""])
    total = ["", "", Paragraph(escape(f"Jumlah ({len(shu.rows)} anggota)"),
                               ParagraphStyle("shu_total", parent=name_style, fontName=FONT_BOLD)),
             _num(savings_total), _num(service_total), _num(sum(r.jasa_modal for r in shu.rows)),
             _num(sum(r.jasa_usaha for r in shu.rows)), _num(sum(r.total for r in shu.rows)), ""]
    return [MemberList(head, rows, heights, widths, total, 9.2 + PADDING, size=size)]


def _text(value: str) -> str:
    return ("'" + value) if value.startswith(FORMULA_PREFIXES) else value


def build_shu_list_xlsx(path: Path | str, shu: ShuDTO, *, profile: CooperativeProfile) -> Path:
    """Sheet "SHU <year>": the members' list with typed numbers; sheet "Pembagian": the
    allocation."""
    path = Path(path)
    check_target(path, XLSX)  # refused before the work, not after
    wb = Workbook()
    ws = wb.active
    ws.title = f"SHU {shu.year}"
    head_font, head_fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="12503F")
    border = Border(bottom=Side(style="medium", color="E0B22C"))
    headers = [("No", 6), ("No Anggota", 13), ("Nama", 30), ("Dasar Simpanan", 16),
               ("Jasa Dibayar", 14), ("Jasa Modal", 14), ("Jasa Usaha", 14), ("SHU", 14)]
    ws.append([f"Daftar Pembagian SHU Anggota Tahun Buku {shu.year}"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([_text(f"{profile.name} · {STATUS_TEXT[shu.status]}")])
    ws.append([])
    ws.append([h for h, _ in headers])
    for i, (_, width) in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
        cell = ws.cell(row=4, column=i)
        cell.font, cell.fill, cell.border = head_font, head_fill, border
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for n, r in enumerate(shu.rows, start=1):
        ws.append([n, _text(r.number), _text(r.name), r.savings_basis, r.service_basis, r.jasa_modal,
                   r.jasa_usaha, r.total])
    last = ws.max_row
    ws.append(["", "", "Jumlah", sum(r.savings_basis for r in shu.rows),
               sum(r.service_basis for r in shu.rows), sum(r.jasa_modal for r in shu.rows),
               sum(r.jasa_usaha for r in shu.rows), sum(r.total for r in shu.rows)])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=5, max_row=ws.max_row, min_col=4, max_col=8):
        for cell in row:
            cell.number_format = RUPIAH_FORMAT
    ws.freeze_panes = "D5"
    if shu.rows:
        ws.auto_filter.ref = f"A4:H{last}"

    alloc = wb.create_sheet("Pembagian")
    alloc.column_dimensions["A"].width = 42
    alloc.column_dimensions["B"].width = 8
    alloc.column_dimensions["C"].width = 16
    alloc.append(["Bagian", "%", "Jumlah"])
    for cell in alloc[1]:
        cell.font, cell.fill = head_font, head_fill
    for a in shu.allocations:
        alloc.append([a.label, a.pct, a.amount])
    alloc.append(["Jumlah (SHU tahun berjalan)", sum(a.pct for a in shu.allocations), shu.surplus])
    alloc.append([])
    alloc.append([f"Jasa modal ({shu.jasa_modal_pct} %)", None, shu.jasa_modal_total])
    alloc.append([f"Jasa usaha ({100 - shu.jasa_modal_pct} %)", None, shu.jasa_usaha_total])
    alloc.append(["Dasar jasa modal", _basis_text(shu)])
    alloc.append(["Tanggal RAT", shu.rat_date])
    alloc.append(["Tanggal dibayarkan", shu.paid_on])
    for row in alloc.iter_rows(min_row=2, min_col=3, max_col=3):
        for cell in row:
            cell.number_format = RUPIAH_FORMAT
    for row in alloc.iter_rows(min_row=2, min_col=2, max_col=2):
        for cell in row:
            if isinstance(cell.value, dt.date):
                cell.number_format = DATE_FORMAT
    save_workbook(wb, path)  # temporary file, renamed when complete
    return path
