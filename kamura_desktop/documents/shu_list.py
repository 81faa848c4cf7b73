"""The per-member SHU list (*Daftar Pembagian SHU Anggota*), PDF (A4) and Excel.

Page 1: the year's surplus and its allocation by the by-law percentages, the members' part
split into jasa modal and jasa usaha with the bases they are shared by; then one line per
member: savings basis, service paid, jasa modal, jasa usaha, total, and a column to sign on
receipt; totals that equal the parts exactly; the signatures of chair and treasurer.

Fed with the SHU service's DTO, described here as Protocols (documents never import
services).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from kamura_desktop.domain.money import format_number

from .excel import DATE_FORMAT, FORMULA_PREFIXES, RUPIAH_FORMAT
from .pdf import (
    A4_PORTRAIT,
    Letterhead,
    Signer,
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
)

WIDTH = A4_PORTRAIT.content_width
STATUS_TEXT = {"draft": "DRAF — belum disetujui RAT", "approved": "Disetujui RAT",
               "paid": "Disetujui RAT dan dibayarkan"}
METHOD_TEXT = {"sukarela": "ke simpanan sukarela", "tunai": "tunai"}


class AllocationLike(Protocol):
    key: str
    label: str
    pct: int
    amount: int


class MemberRowLike(Protocol):
    number: str
    name: str
    savings_basis: int
    service_basis: int
    jasa_modal: int
    jasa_usaha: int
    total: int


class ShuLike(Protocol):
    year: int
    status: str
    surplus: int
    allocations: Sequence[AllocationLike]
    members_part: int
    jasa_modal_pct: int
    jasa_modal_total: int
    jasa_usaha_total: int
    rows: Sequence[MemberRowLike]
    rat_date: dt.date | None
    paid_on: dt.date | None
    pay_method: str | None
    include_sukarela: bool


def _num(amount: int) -> str:
    return format_number(amount)


def _basis_text(shu: ShuLike) -> str:
    return "simpanan pokok + wajib" + (" + sukarela" if shu.include_sukarela else "")


def build_shu_list_pdf(path: Path | str, shu: ShuLike, *, profile: Letterhead,
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
    # the member table in 7.5 pt so that eight columns of rupiah fit A4 portrait
    small = {name: ParagraphStyle(f"shu_{name}", parent=getattr(st, name), fontSize=7.5, leading=9.2)
             for name in ("cell", "cell_bold", "cell_right", "cell_right_bold", "cell_head",
                          "cell_head_right")}
    widths = [9 * mm, 18 * mm, 37 * mm, 21 * mm, 19 * mm, 19 * mm, 19 * mm, 20 * mm]
    widths.append(WIDTH - sum(widths))
    head = ["No", "No. Anggota", "Nama", "Simpanan", "Jasa dibayar", "Jasa modal", "Jasa usaha",
            "SHU", "Paraf"]
    right = (3, 4, 5, 6, 7)
    rows: list[list] = [[Paragraph(escape(h), small["cell_head_right" if i in right else "cell_head"])
                         for i, h in enumerate(head)]]
    for n, r in enumerate(shu.rows, start=1):
        rows.append([para(str(n), small["cell"]), para(r.number, small["cell"]), para(r.name, small["cell"]),
                     para(_num(r.savings_basis), small["cell_right"]),
                     para(_num(r.service_basis), small["cell_right"]),
                     para(_num(r.jasa_modal), small["cell_right"]), para(_num(r.jasa_usaha), small["cell_right"]),
                     para(_num(r.total), small["cell_right_bold"]), ""])
    rows.append(["", "", para(f"Jumlah ({len(shu.rows)} anggota)", small["cell_bold"]),
                 para(_num(savings_total), small["cell_right_bold"]),
                 para(_num(service_total), small["cell_right_bold"]),
                 para(_num(sum(r.jasa_modal for r in shu.rows)), small["cell_right_bold"]),
                 para(_num(sum(r.jasa_usaha for r in shu.rows)), small["cell_right_bold"]),
                 para(_num(sum(r.total for r in shu.rows)), small["cell_right_bold"]), ""])
    story.append(data_table(rows, widths, bold_last_row=True))
    story.append(Spacer(1, 6 * mm))
    story.append(KeepTogether([signature_blocks(
        [Signer("Bendahara"), Signer("Ketua", caption="Mengetahui,")], width=WIDTH,
        place_date=place_and_date(profile, shu.rat_date))]))
    return build_pdf(path, story, profile=profile, title=title,
                     subject=f"SHU {shu.year}", printed_at=printed_at)


def _text(value: str) -> str:
    return ("'" + value) if value.startswith(FORMULA_PREFIXES) else value


def build_shu_list_xlsx(path: Path | str, shu: ShuLike, *, profile: Letterhead) -> Path:
    """Sheet "SHU <year>": the members' list with typed numbers; sheet "Pembagian": the
    allocation."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
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
    wb.save(path)
    return path
