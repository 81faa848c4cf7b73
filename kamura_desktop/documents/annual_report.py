"""The annual report for the members' meeting (Laporan Pertanggungjawaban Pengurus, RAT):
the A4 PDF and the Excel workbook.

Fed the plain DTO of ``services.annual_report.AnnualReportDTO`` (documents sit below the
services and never import them; the attributes used are those of that DTO and of the DTOs
it carries: ``settings.CooperativeProfile``, ``lender_pool.FundYear``,
``mentoring.MentoringSummary``, ``accounting.BalanceSheet``/``IncomeStatement``/
``EquityChanges`` and ``shu.ShuDTO``).

The PDF: a cover with the cooperative's profile and logo, a table of contents with page
numbers, numbered chapters (BAB I Pendahuluan … BAB IX Penutup) with the signature block of
the chair, secretary and treasurer, and the per-member SHU list as an appendix. Page numbers
in the table of contents come from a first, short layout pass without the appendix's rows
(the table of contents has a fixed height, so the pages do not move in the second pass).
The appendix of 20.000 members is laid out as one plain-text table per page, which keeps the
layout linear in the number of rows.

The workbook: one sheet per chapter, rupiah as numbers, dates as dates, percentages as
numbers with a percent format.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import tempfile
from collections.abc import Generator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from kamura_desktop.domain.money import format_number

from . import lender_docs
from .excel import DATE_FORMAT, FORMULA_PREFIXES, RUPIAH_FORMAT
from .pdf import (
    A4_PORTRAIT,
    FONT,
    FONT_BOLD,
    GOLD,
    GREEN,
    PALE_GREEN,
    RULE_GREY,
    Signer,
    TableStyle,
    build_pdf,
    data_table,
    escape,
    info_table,
    money,
    para,
    place_and_date,
    register_fonts,
    signature_blocks,
    styles,
    tanggal,
)

try:  # LEDGER-REPORTS' statement flowables, embedded when they exist
    from . import financial_statements as _fs
except ImportError:  # pragma: no cover - only while that module is missing
    _fs = None

Progress = Generator[tuple[int, int, str], None, Any]

WIDTH = A4_PORTRAIT.content_width
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
CHAPTERS = (
    ("intro", "PENDAHULUAN"),
    ("org", "ORGANISASI DAN KEANGGOTAAN"),
    ("savings", "SIMPANAN ANGGOTA"),
    ("credit", "PINJAMAN KELOMPOK"),
    ("lenders", "LENDER DAN DANA BERGULIR"),
    ("mentoring", "PENDAMPINGAN KELOMPOK"),
    ("finance", "LAPORAN KEUANGAN"),
    ("shu", "SISA HASIL USAHA"),
    ("closing", "PENUTUP"),
)
APPENDIX = ("appendix", "LAMPIRAN: DAFTAR SHU PER ANGGOTA")
KOL_COLOURS = lender_docs.KOL_COLOURS
MAX_LISTED = 40  # rows of a list in a chapter (lenders, groups); the workbook has them all
SEX_WORDS = {"L": "Laki-laki", "P": "Perempuan"}


# ---------------------------------------------------------------- small pieces

def _st():
    return styles(False)


def _style(name: str, parent: ParagraphStyle, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent, **kw)


def _n(amount: int | None) -> str:
    return "-" if amount is None else format_number(int(amount))


def _pct_text(ratio) -> str:
    if ratio is None:
        return "–"
    if hasattr(ratio, "percent_text"):
        return ratio.percent_text()
    return f"{float(ratio):.2f}".replace(".", ",") + " %"


def _pct_value(ratio) -> float | None:
    """A ratio as a fraction for Excel's percent format (0,9512 → 95,12 %)."""
    if ratio is None:
        return None
    if hasattr(ratio, "defined"):
        return float(ratio.value) if ratio.defined else None
    return float(ratio) / 100  # a plain number is a percent


def _rate(pct) -> str:
    text = f"{Decimal(pct):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + " %"


def _h(text: str, *, right: bool = False) -> Paragraph:
    st = _st()
    return para(text, st.cell_head_right if right else st.cell_head)


def _c(text: str | None, *, right: bool = False, bold: bool = False) -> Paragraph:
    st = _st()
    style = (st.cell_right_bold if bold else st.cell_right) if right else (st.cell_bold if bold else st.cell)
    return para("-" if text is None else str(text), style)


def _m(amount: int | None, *, bold: bool = False) -> Paragraph:
    return _c(_n(amount), right=True, bold=bold)


def _body(text: str) -> Paragraph:
    return Paragraph(text, _st().body)


def _fields(item: Any, names: Sequence[str]) -> tuple:
    """An item's values by attribute names, or the item itself when it is a plain tuple."""
    if hasattr(item, names[0]):
        return tuple(getattr(item, n) for n in names)
    return tuple(item)


class Marker(Flowable):
    """Zero-size: notes the page it lands on (for the table of contents)."""

    def __init__(self, key: str, pages: dict[str, int]):
        super().__init__()
        self.key, self.pages = key, pages
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self) -> None:
        self.pages[self.key] = self.canv.getPageNumber()


def _chapter(number: int, key: str, title: str, pages: dict[str, int]) -> list:
    st = _st()
    head = _style("chapter", st.title, fontSize=13.5, leading=17, spaceAfter=1)
    return [PageBreak(), Marker(key, pages), para(f"BAB {ROMAN[number]}", head),
            para(title, head), _rule(), Spacer(1, 2 * mm)]


def _rule() -> Table:
    t = Table([[""]], colWidths=[WIDTH], rowHeights=[1.2 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, GOLD)]))
    return t


def _section(text: str) -> Paragraph:
    return para(text, _st().heading)


def _note(text: str) -> Paragraph:
    return Paragraph(text, _st().small)


def _figures(items: Sequence[tuple[str, str]], *, per_row: int = 4) -> Table:
    """Key figures in boxes: a small label over a big amount."""
    st = _st()
    label = _style("ar_fig_label", st.small, alignment=TA_CENTER)
    value = _style("ar_fig_value", st.value, alignment=TA_CENTER, textColor=GREEN, fontSize=10.5,
                   leading=13)
    rows = []
    for k in range(0, len(items), per_row):
        chunk = list(items[k:k + per_row])
        row = [[para(lab, label), para(val, value)] for lab, val in chunk]
        row += [""] * (per_row - len(row))
        rows.append(row)
    t = Table(rows, colWidths=[WIDTH / per_row] * per_row)
    commands = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell:
                commands += [("BOX", (c, r), (c, r), 0.6, GREEN), ("BACKGROUND", (c, r), (c, r), PALE_GREEN)]
    t.setStyle(TableStyle(commands))
    return t


# ---------------------------------------------------------------- charts


def _receivable_note(r, c) -> str:
    """Reconciles the credit chapter's outstanding (principal and service still owed) with the
    balance sheet's receivable (principal only: service is income when paid), so the chair is
    not asked at the RAT why the two figures differ."""
    bs = getattr(r, "balance_sheet", None)
    if bs is None:
        return ""
    receivable = sum(x.amount for x in bs.sections[0].lines
                     if x.code and x.code.startswith("12") and x.amount > 0 and not x.is_total)
    if receivable == c.outstanding:
        return ""
    return (f" Di laporan posisi keuangan (Bab VII) piutang pinjaman tercatat {money(receivable)}: "
            "pokok pinjaman saja (jasa dicatat sebagai pendapatan ketika dibayar).")

def _members_chart(m, width: float) -> Drawing:
    """Members at the start and the end of the year, joined and left, by sex."""
    height = 46 * mm
    d = Drawing(width, height, initialFontName=FONT)
    chart = HorizontalBarChart()
    chart.x, chart.y = 34 * mm, 6 * mm
    chart.width, chart.height = width - 44 * mm, height - 16 * mm
    labels = ["Anggota awal tahun", "Masuk", "Keluar", "Anggota akhir tahun"]
    rows = [m.start, m.joined, m.left, m.end]
    chart.data = [[r.male for r in rows][::-1], [r.female for r in rows][::-1]]
    chart.categoryAxis.categoryNames = labels[::-1]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = RULE_GREY
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    peak = max([1, *[r.male for r in rows], *[r.female for r in rows]])
    raw = max(1.0, peak * 1.15 / 5)  # about five whole-number steps: never "0 0 0" on a tiny book
    magnitude = 10 ** math.floor(math.log10(raw))
    chart.valueAxis.valueStep = math.ceil(raw / magnitude) * magnitude
    chart.valueAxis.valueMax = max(peak * 1.15, chart.valueAxis.valueStep * 5)
    chart.valueAxis.labelTextFormat = lambda v: format_number(int(round(v)))
    chart.valueAxis.strokeColor = RULE_GREY
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8e6")
    chart.bars[0].fillColor = colors.HexColor("#2f7d66")
    chart.bars[1].fillColor = GOLD
    for k in (0, 1):
        chart.bars[k].strokeColor = None
    chart.barLabelFormat = lambda v: format_number(int(v)) if v else ""
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    d.add(chart)
    d.add(String(0, height - 4 * mm, "Anggota menurut jenis kelamin", fontName=FONT_BOLD, fontSize=8.5,
                 fillColor=GREEN))
    for k, (name, colour) in enumerate((("Laki-laki", colors.HexColor("#2f7d66")), ("Perempuan", GOLD))):
        x = width - 60 * mm + k * 30 * mm
        d.add(Rect(x, height - 4.2 * mm, 3 * mm, 3 * mm, fillColor=colour, strokeColor=None))
        d.add(String(x + 4 * mm, height - 3.8 * mm, name, fontName=FONT, fontSize=7))
    return d


def _kol_chart(rows, width: float) -> Drawing | None:
    """The outstanding by kolektibilitas as a pie with a legend."""
    values = [r.outstanding for r in rows]
    if not sum(values):
        return None
    height = 48 * mm
    d = Drawing(width, height, initialFontName=FONT)
    pie = Pie()
    pie.x, pie.y = 8 * mm, 4 * mm
    pie.width = pie.height = height - 14 * mm
    shown = [(r, v) for r, v in zip(rows, values, strict=True) if v]
    pie.data = [v for _, v in shown]
    pie.labels = None
    pie.simpleLabels = True
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.6
    for k, (r, _) in enumerate(shown):
        pie.slices[k].fillColor = colors.HexColor(KOL_COLOURS[r.kol - 1])
    d.add(pie)
    d.add(String(0, height - 4 * mm, "Piutang beredar menurut kolektibilitas", fontName=FONT_BOLD,
                 fontSize=8.5, fillColor=GREEN))
    y = height - 14 * mm
    total = sum(values)
    for r in rows:
        d.add(Rect(height, y, 3 * mm, 3 * mm, fillColor=colors.HexColor(KOL_COLOURS[r.kol - 1]),
                   strokeColor=None))
        share = f"{r.outstanding * 100 / total:.1f}".replace(".", ",") if total else "0"
        d.add(String(height + 5 * mm, y + 0.5, f"Kol {r.kol} · {r.label}: {money(r.outstanding)} ({share} %)",
                     fontName=FONT, fontSize=7.5))
        y -= 6 * mm
    return d


# ---------------------------------------------------------------- chapters

def _cover(r, pages: dict[str, int], toc_pages: dict[str, int] | None) -> list:
    st = _st()
    p = r.profile
    big = _style("cover_big", st.title, fontSize=20, leading=25, spaceAfter=4)
    mid = _style("cover_mid", st.title, fontSize=13, leading=17, textColor=colors.black)
    sub = _style("cover_sub", st.subtitle, fontSize=10.5, leading=14)
    story: list = [Spacer(1, 14 * mm)]
    if p.logo_png:
        story += [Image(io.BytesIO(p.logo_png), width=38 * mm, height=38 * mm, kind="proportional"),
                  Spacer(1, 8 * mm)]
    story += [
        para("LAPORAN PERTANGGUNGJAWABAN PENGURUS", big),
        para(f"TAHUN BUKU {r.year}", mid), Spacer(1, 4 * mm),
        para("disampaikan pada Rapat Anggota Tahunan (RAT)", sub),
        para(f"periode {tanggal(r.date_from)} – {tanggal(r.date_to)}", sub), Spacer(1, 10 * mm),
        para(p.name, _style("cover_name", st.title, fontSize=14, leading=18)),
    ]
    if p.short_name:
        story.append(para(f"({p.short_name})", sub))
    story += [para(p.address_line(), sub), Spacer(1, 8 * mm)]
    pairs = [("Nama koperasi", p.name), ("Badan hukum", p.legal_number or "-"),
             ("Berdiri", str(p.founded_year) if p.founded_year else "-"),
             ("Alamat", p.address_line() or "-"), ("Telepon", p.phone or "-"),
             ("Anggota akhir tahun", f"{format_number(r.membership.end.total)} orang")]
    box = info_table(pairs, [40 * mm, 4 * mm, 96 * mm])
    holder = Table([[box]], colWidths=[146 * mm])
    holder.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, GREEN), ("BACKGROUND", (0, 0), (-1, -1), PALE_GREEN),
                                ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story.append(holder)
    story += [PageBreak(), Marker("toc", pages), para("DAFTAR ISI", st.title), Spacer(1, 4 * mm),
              _toc(r, toc_pages)]
    return story


def _toc(r, toc_pages: dict[str, int] | None) -> Table:
    st = _st()
    rows = []
    entries = [(f"BAB {ROMAN[i]}", title, key) for i, (key, title) in enumerate(CHAPTERS)]
    if r.shu is not None and r.shu.rows:
        entries.append(("", APPENDIX[1], APPENDIX[0]))
    for number, title, key in entries:
        page = (toc_pages or {}).get(key)
        rows.append([para(number, st.value), para(title, st.body),
                     para(str(page) if page else "…", _style("toc_page", st.body, alignment=TA_RIGHT))])
    t = Table(rows, colWidths=[22 * mm, WIDTH - 40 * mm, 18 * mm], rowHeights=[8 * mm] * len(rows))
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE_GREY), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


def _intro(r) -> list:
    p = r.profile
    m = r.membership
    c = r.credit
    story = [_body(
        f"Sesuai Undang-Undang No. 25 Tahun 1992 tentang Perkoperasian pasal 35, Pengurus "
        f"{escape(p.name)} menyampaikan laporan pertanggungjawaban tahun buku {r.year} kepada Rapat "
        f"Anggota Tahunan. Laporan ini memuat keadaan organisasi dan keanggotaan, simpanan, usaha "
        f"pinjaman kelompok (Integrated Peer-to-Peer Lending), dana lender dan dana bergulir, "
        f"kegiatan pendampingan, laporan keuangan (laporan posisi keuangan dan perhitungan hasil "
        f"usaha) serta usulan pembagian Sisa Hasil Usaha (SHU)."), Spacer(1, 3 * mm),
        _section("A. Ringkasan tahun " + str(r.year))]
    surplus = r.income_statement.surplus if r.income_statement is not None else None
    items = [("Anggota akhir tahun", f"{format_number(m.end.total)} orang"),
             ("Anggota baru", f"{format_number(m.joined.total)} orang"),
             ("Simpanan akhir tahun", money(sum(s.closing for s in r.savings))),
             ("Pinjaman disalurkan", money(c.disbursed_amount)),
             ("Piutang beredar 31 Des", money(c.outstanding)),
             ("Tingkat pengembalian", _pct_text(c.repayment_rate)),
             ("PAR 30", _pct_text(dict(c.par).get(30))),
             ("SHU tahun berjalan", money(surplus) if surplus is not None else "-")]
    story.append(_figures(items))
    if r.balance_sheet is not None:
        story += [Spacer(1, 2 * mm), _body(
            f"Jumlah aset pada {tanggal(r.date_to)} sebesar <b>{money(r.balance_sheet.total_assets)}</b>.")]
    if r.year_closed is not None:
        story.append(_body("Tahun buku ini <b>sudah ditutup</b>." if r.year_closed else
                           "Tahun buku ini <b>belum ditutup</b>; angka dapat berubah sampai tutup buku."))
    if r.missing:
        story += [_section("B. Bagian yang belum tersedia"),
                  _body("Bagian berikut belum dapat disusun dari program:"),
                  *[_body(f"• {escape(x)}") for x in r.missing]]
    return story


def _organisation(r) -> list:
    st = _st()
    m = r.membership
    story: list = [_section("A. Pengurus")]
    if r.officers:
        rows = [[_h("Jabatan"), _h("Nama")]] + [[_c(o.role), _c(o.name)] for o in r.officers]
        story.append(data_table(rows, [50 * mm, WIDTH - 50 * mm]))
    else:
        story.append(_body("Belum ada pengurus yang tercatat sebagai pengguna program."))
    story.append(_section("B. Tim Kerja Masyarakat (TKM)"))
    if r.tkm:
        rows = [[_h("Peran"), _h("No. anggota"), _h("Nama"), _h("L/P"), _h("Kel. miskin")]]
        rows += [[_c(t.role), _c(t.number), _c(t.name), _c(t.sex), _c("ya" if t.poor_family else "-")]
                 for t in r.tkm]
        story.append(data_table(rows, [48 * mm, 24 * mm, WIDTH - 114 * mm, 14 * mm, 28 * mm]))
    else:
        story.append(_body("Belum ada anggota dengan peran TKM."))
    story.append(_section("C. Keanggotaan"))
    rows = [[_h("Uraian"), _h("Laki-laki", right=True), _h("Perempuan", right=True), _h("Jumlah", right=True)]]
    for label, x in (("Anggota pada 1 Januari", m.start), ("Masuk selama tahun", m.joined),
                     ("Keluar selama tahun", m.left), ("Anggota pada 31 Desember", m.end)):
        bold = label.startswith("Anggota pada 31")
        rows.append([_c(label, bold=bold), _m(x.male, bold=bold), _m(x.female, bold=bold),
                     _m(x.total, bold=bold)])
    rows.append([_c("di antaranya anggota keluarga miskin"), _m(m.poor_end.male), _m(m.poor_end.female),
                 _m(m.poor_end.total)])
    t = data_table(rows, [WIDTH - 90 * mm, 30 * mm, 30 * mm, 30 * mm])
    t.setStyle(TableStyle([("LINEABOVE", (0, 4), (-1, 4), 0.9, GREEN), ("BACKGROUND", (0, 4), (-1, 4), PALE_GREEN)]))
    story.append(t)
    share = (f"{m.poor_end.total * 100 / m.end.total:.1f}".replace(".", ",") + " %") if m.end.total else "–"
    story.append(Paragraph(
        f"Anggota pada 31 Desember = anggota awal + masuk − keluar = {format_number(m.start.total)} + "
        f"{format_number(m.joined.total)} − {format_number(m.left.total)} = <b>{format_number(m.end.total)}</b> "
        f"orang; anggota keluarga miskin {format_number(m.poor_end.total)} orang ({share}). "
        + (f"Calon anggota yang belum melunasi simpanan pokok: {format_number(m.applicants_end)} orang."
           if m.applicants_end else ""), st.small))
    story += [Spacer(1, 3 * mm), _members_chart(m, WIDTH)]
    return story


def _savings(r) -> list:
    st = _st()
    num = _style("sav_num", st.cell_right, fontSize=8)
    num_b = _style("sav_num_b", st.cell_right_bold, fontSize=8)

    def m(v, bold=False):
        return para(_n(v), num_b if bold else num)

    rows = [[_h("Jenis simpanan"), _h("Saldo 1 Januari", right=True), _h("Setoran / masuk", right=True),
             _h("Penarikan / keluar", right=True), _h("Saldo 31 Desember", right=True), _h("Penyimpan", right=True)]]
    for s in r.savings:
        rows.append([_c(s.label), m(s.opening), m(s.inflow), m(s.outflow), m(s.closing), m(s.savers)])
    tot = [sum(getattr(s, k) for s in r.savings) for k in ("opening", "inflow", "outflow", "closing")]
    rows.append([_c("Jumlah", bold=True), *[m(v, True) for v in tot], _c("")])
    story = [_body("Simpanan pokok dan wajib adalah modal sendiri anggota (ekuitas); simpanan sukarela "
                   "adalah kewajiban koperasi kepada anggota dan menjadi sumber dana lender."),
             Spacer(1, 2 * mm),
             data_table(rows, [33 * mm, 29 * mm, 29 * mm, 29 * mm, 29 * mm, WIDTH - 149 * mm], bold_last_row=True),
             _note("Setoran/masuk termasuk SHU dan pengembalian dana lender yang masuk ke simpanan sukarela; "
                   "penarikan/keluar termasuk pengembalian simpanan anggota keluar dan dana lender yang "
                   "disalurkan. Transaksi yang dibatalkan (pembalikan) mengurangi jenisnya sendiri. "
                   "Penyimpan: anggota dengan saldo pada 31 Desember.")]
    return story


def _credit(r) -> list:
    c = r.credit
    story: list = [_section("A. Penyaluran pinjaman selama tahun " + str(r.year))]
    if c.disbursed:
        rows = [[_h("Produk"), _h("Siklus", right=True), _h("Kredit", right=True), _h("Jumlah (Rp)", right=True)]]
        for d in c.disbursed:
            rows.append([_c(d.product_name), _c(str(d.cycle) if d.cycle else "-", right=True), _m(d.credits),
                         _m(d.amount)])
        rows.append([_c("Jumlah", bold=True), _c(""), _m(c.disbursed_credits, bold=True),
                     _m(c.disbursed_amount, bold=True)])
        story.append(data_table(rows, [WIDTH - 100 * mm, 25 * mm, 30 * mm, 45 * mm], bold_last_row=True))
        story.append(_note(f"Siklus: pinjaman ke berapa bagi peminjam itu. Peminjam berbeda: "
                           f"{format_number(c.borrowers)} orang."))
    else:
        story.append(_body("Tidak ada pinjaman yang dicairkan pada tahun ini."))

    story.append(_section(f"B. Pengembalian dan piutang beredar per {tanggal(r.date_to)}"))
    story.append(_figures([
        ("Angsuran jatuh tempo", money(c.due)), ("Angsuran terbayar", money(c.collected)),
        ("Tingkat pengembalian", _pct_text(c.repayment_rate)),
        ("Piutang beredar", f"{money(c.outstanding)}"),
    ]))
    story.append(_note(
        f"Tingkat pengembalian = angsuran terbayar ÷ angsuran yang jatuh tempo pada tahun {r.year} "
        f"(pembayaran terlambat atas angsuran itu ikut dihitung). Piutang beredar: sisa kewajiban "
        f"(pokok dan jasa) {format_number(c.outstanding_credits)} kredit berjalan.{_receivable_note(r, c)}"))
    if c.written_off_credits:
        story.append(_body(f"Dihapusbukukan pada tahun ini: {format_number(c.written_off_credits)} kredit, "
                           f"pokok {money(c.written_off_amount)}."))

    story.append(_section(f"C. Kolektibilitas dan portofolio berisiko per {tanggal(r.date_to)}"))
    rows = [[_h("Kol."), _h("Golongan"), _h("Kredit", right=True), _h("Piutang (Rp)", right=True),
             _h("Porsi", right=True)]]
    for k in c.kolektibilitas:
        rows.append([_c(str(k.kol)), _c(k.label), _m(k.credits), _m(k.outstanding), _c(_pct_text(k.share), right=True)])
    rows.append([_c(""), _c("Jumlah", bold=True), _m(sum(k.credits for k in c.kolektibilitas), bold=True),
                 _m(sum(k.outstanding for k in c.kolektibilitas), bold=True), _c("")])
    story.append(data_table(rows, [12 * mm, WIDTH - 112 * mm, 24 * mm, 44 * mm, 32 * mm], bold_last_row=True))
    par = dict(c.par)
    story.append(Paragraph(
        f"Aturan kolektibilitas: {escape(c.kol_rule_set)}. "
        + " · ".join(f"PAR {d}: <b>{_pct_text(v)}</b>" for d, v in sorted(par.items()))
        + " (seluruh sisa piutang kredit yang terlambat lebih dari sekian hari ÷ seluruh piutang beredar).",
        _st().small))
    chart = _kol_chart(c.kolektibilitas, WIDTH)
    if chart is not None:
        story += [Spacer(1, 2 * mm), chart]

    pv = c.provision
    rows = [[_h("Kol."), _h("Golongan"), _h("Kredit", right=True), _h("Dasar (Rp)", right=True),
             _h("Tarif", right=True), _h("Wajib dibentuk", right=True)]]
    for x in pv.rows:
        rows.append([_c(str(x.kol)), _c(x.label), _m(x.loans), _m(x.base), _c(_rate(x.pct), right=True),
                     _m(x.required)])
    rows.append([_c(""), _c("Penyisihan yang wajib dibentuk", bold=True), _c(""), _c(""), _c(""),
                 _m(pv.required, bold=True)])
    rows.append([_c(""), _c(f"Cadangan kerugian piutang dibukukan per {tanggal(pv.as_of)}"), _c(""), _c(""), _c(""),
                 _m(pv.booked)])
    rows.append([_c(""), _c("Selisih yang masih perlu dibukukan" if pv.change >= 0 else "Selisih (lebih dibentuk)",
                            bold=True), _c(""), _c(""), _c(""), _m(pv.change, bold=True)])
    table = data_table(rows, [12 * mm, WIDTH - 132 * mm, 20 * mm, 34 * mm, 20 * mm, 34 * mm], bold_last_row=True)
    n = len(rows)
    table.setStyle(TableStyle([("SPAN", (1, r), (4, r)) for r in range(n - 3, n)]
                              + [("LINEABOVE", (0, n - 3), (-1, n - 3), 0.9, GREEN)]))
    story.append(KeepTogether([
        _section("D. Penyisihan kerugian piutang"),
        table,
        _note(f"Aturan: {escape(pv.rule_set)}. " + (
            "Dasar penyisihan: pokok beredar atas risiko koperasi sendiri (bagian lender dan dana bergulir "
            "tidak termasuk), menurut perhitungan penyisihan." if pv.from_service else
            "Dasar penyisihan: seluruh piutang beredar; cadangan yang dibukukan dari buku besar.")),
    ]))
    return story


def _lenders(r) -> list:
    lp = r.lenders
    story: list = [_section("A. Dana lender (I-P2P) selama tahun " + str(r.year)), _figures([
        ("Lender terdaftar", format_number(lp.lenders)), ("Lender aktif tahun ini", format_number(lp.active_lenders)),
        ("Dana disalurkan", money(lp.deployed)), ("Pokok kembali", money(lp.returned)),
        ("Bagi hasil jasa", money(lp.earned)), ("Kerugian hapus buku", money(lp.lost)),
        ("Masih tersalur 31 Des", money(lp.out_end)), ("", ""),
    ][:7])]
    if lp.rows:
        rows = [[_h("No. anggota"), _h("Nama lender"), _h("Disalurkan", right=True), _h("Kembali", right=True),
                 _h("Bagi hasil", right=True)]]
        shown = lp.rows
        if len(shown) > MAX_LISTED:  # the largest in the PDF; every lender in the workbook
            shown = sorted(sorted(lp.rows, key=lambda x: -x.deployed)[:MAX_LISTED], key=lambda x: x.number)
        rows += [[_c(x.number), _c(x.name), _m(x.deployed), _m(x.returned), _m(x.earned)] for x in shown]
        if len(shown) < len(lp.rows):
            rows.append([_c(""), _c(f"… dan {format_number(len(lp.rows) - len(shown))} lender lain (lihat buku "
                                    "kerja Excel)"), _c(""), _c(""), _c("")])
        rows.append([_c(""), _c("Jumlah", bold=True), _m(lp.deployed, bold=True), _m(lp.returned, bold=True),
                     _m(lp.earned, bold=True)])
        story += [Spacer(1, 2 * mm),
                  data_table(rows, [26 * mm, WIDTH - 116 * mm, 30 * mm, 30 * mm, 30 * mm], bold_last_row=True)]
    if lp.capital_received:
        rows = [[_h("Modal diterima tahun ini"), _h("Jumlah (Rp)", right=True)]]
        rows += [[_c(label), _m(v)] for label, v in lp.capital_received]
        story += [Spacer(1, 2 * mm), data_table(rows, [WIDTH - 50 * mm, 50 * mm])]

    story.append(_section("B. Perkembangan dana bergulir"))
    years = list(r.fund_years)
    if not years:
        story.append(_body("Belum ada transaksi dana bergulir."))
        return story
    rows = [[_h("Tahun"), _h("Hibah", right=True), _h("Disalurkan", right=True), _h("Pokok kembali", right=True),
             _h("Jasa", right=True), _h("Kerugian", right=True), _h("Modal akhir", right=True),
             _h("Beredar akhir", right=True)]]
    shown = years[-12:]  # the table keeps the last twelve years; the chart shows them all
    small = _style("fy", _st().cell_right, fontSize=7, leading=9)
    for y in shown:
        rows.append([_c(str(y.year))] + [para(_n(v), small) for v in (
            y.grants, y.lent, y.repaid, y.income, y.losses, y.capital_end, y.outstanding_end)])
    table = data_table(rows, [14 * mm] + [(WIDTH - 14 * mm) / 7] * 7)
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    story.append(table)
    if len(years) > len(shown):
        story.append(_note(f"Tabel memuat {len(shown)} tahun terakhir; grafik memuat semua tahun sejak "
                           f"{years[0].year}."))
    story.append(_note("Modal akhir = hibah + pendapatan jasa − kerugian, dijumlahkan sampai akhir tahun."))
    charts = lender_docs.fund_charts(years, width=WIDTH)
    story += [Spacer(1, 3 * mm), KeepTogether([charts[0]]), Spacer(1, 2 * mm), KeepTogether([charts[1]])]
    return story


def _mentoring(r) -> list:
    ms = r.mentoring
    if ms is None:
        return [_body("Ringkasan pendampingan belum tersedia dari program.")]
    story: list = [_body(
        "Pendampingan kelompok memeriksa buku saku angsuran, membahas hal yang membantu dan menghambat "
        "pengembalian serta usaha anggota, menyepakati jalan keluar, dan memberi arahan dan motivasi. "
        "Ketua kelompok menindaklanjuti dengan kunjungan rumah."), Spacer(1, 2 * mm),
        _figures([("Pertemuan kelompok", format_number(ms.meetings)),
                  ("Kelompok didampingi", format_number(ms.groups_met)),
                  ("Kehadiran", _pct_text(ms.attendance_rate)),
                  ("Kunjungan rumah", format_number(ms.home_visits)),
                  ("Tindak lanjut selesai", format_number(ms.followups_done)),
                  ("Tindak lanjut terbuka", format_number(ms.followups_open))], per_row=3)]
    groups = list(ms.meetings_by_group or ())
    if groups:
        rows = [[_h("Kode"), _h("Kelompok"), _h("Pertemuan", right=True), _h("Kehadiran", right=True)]]
        for g in groups[:MAX_LISTED]:
            code, name, meetings, pct = _fields(g, ("group_code", "group_name", "meetings", "attendance_pct"))
            rows.append([_c(code), _c(name), _m(meetings), _c(_pct_text(pct), right=True)])
        if len(groups) > MAX_LISTED:
            rows.append([_c(""), _c(f"… dan {format_number(len(groups) - MAX_LISTED)} kelompok lain (lihat buku "
                                    "kerja Excel)"), _c(""), _c("")])
        story += [Spacer(1, 2 * mm), data_table(rows, [24 * mm, WIDTH - 84 * mm, 30 * mm, 30 * mm])]
    return story


def _statement_rows(sections, compare_sections, *, headers: Sequence[str]) -> Table:
    """A statement (sections of lines) as a table, with a comparison column when given."""
    cmp = {}
    for sec in compare_sections or ():
        for line in sec.lines:
            cmp[(sec.title, line.code or line.label)] = line.amount
        cmp[(sec.title, "__total__")] = sec.total
    two = compare_sections is not None
    rows = [[_h(headers[0])] + [_h(h, right=True) for h in headers[1:]]]
    bold_rows = []
    for sec in sections:
        rows.append([_c(sec.title, bold=True), _c(""), *([_c("")] if two else [])])
        bold_rows.append(len(rows) - 1)
        for line in sec.lines:
            indent = "\u00a0" * (3 * (int(getattr(line, "level", 0)) + 1))
            strong = bool(getattr(line, "is_total", False))
            row = [_c(indent + line.label, bold=strong), _m(line.amount, bold=strong)]
            if two:
                row.append(_m(cmp.get((sec.title, line.code or line.label)), bold=strong))
            rows.append(row)
        row = [_c(f"Jumlah {sec.title.lower()}", bold=True), _m(sec.total, bold=True)]
        if two:
            row.append(_m(cmp.get((sec.title, "__total__")), bold=True))
        rows.append(row)
        bold_rows.append(len(rows) - 1)
    widths = [WIDTH - 80 * mm, 40 * mm, 40 * mm] if two else [WIDTH - 50 * mm, 50 * mm]
    t = data_table(rows, widths, zebra=False)
    t.setStyle(TableStyle([("BACKGROUND", (0, r), (-1, r), PALE_GREEN) for r in bold_rows]))
    return t


def _finance(r) -> list:
    st = _st()
    story: list = []
    if r.balance_sheet is None and r.income_statement is None:
        return [_body("Laporan keuangan belum dapat disusun dari program (modul akuntansi belum tersedia).")]
    bs, inc, eq = r.balance_sheet, r.income_statement, r.equity_changes
    prev = r.year - 1
    if bs is not None:
        story.append(_section(f"A. Laporan posisi keuangan (neraca) per {tanggal(bs.as_of)}"))
        if _fs is not None and hasattr(_fs, "balance_sheet_flowables"):
            story += list(_fs.balance_sheet_flowables(bs, st, title=False))
        else:
            compare = bs.compare.sections if getattr(bs, "compare", None) is not None else None
            story.append(_statement_rows(bs.sections, compare, headers=(
                "Pos", f"31 Des {r.year}", f"31 Des {prev}")))
        if not bs.balanced:
            story.append(Paragraph(
                f"Jumlah aset <b>{money(bs.total_assets)}</b>, jumlah liabilitas dan ekuitas "
                f"<b>{money(bs.total_liabilities_equity)}</b>: <b>TIDAK SEIMBANG</b>, periksa buku besar.",
                st.body))
    if inc is not None:
        story.append(CondPageBreak(60 * mm))
        story.append(_section(f"B. Perhitungan hasil usaha {tanggal(inc.date_from)} – {tanggal(inc.date_to)}"))
        if _fs is not None and hasattr(_fs, "income_statement_flowables"):
            story += list(_fs.income_statement_flowables(inc, st, title=False))
        else:
            story.append(_statement_rows(inc.sections, None, headers=("Pos", f"Tahun {r.year}")))
        # negatives as in the table, in brackets (a provision released makes the expenses
        # negative); a deficit is called one, not "SHU -Rp…"
        def signed(x: int) -> str:
            return f"({money(-x)})" if x < 0 else money(x)

        result = (f"SHU sebelum pajak {money(inc.surplus)}" if inc.surplus >= 0
                  else f"defisit {money(-inc.surplus)}")
        story.append(Paragraph(
            f"Jumlah pendapatan {signed(inc.total_income)} − jumlah beban {signed(inc.total_expense)} = "
            f"<b>{result}</b>.", st.body))
    if eq is not None:
        story.append(CondPageBreak(50 * mm))
        story.append(_section("C. Laporan perubahan ekuitas"))
        if _fs is not None and hasattr(_fs, "equity_changes_flowables"):
            story += list(_fs.equity_changes_flowables(eq, st, title=False))
        else:
            rows = [[_h("Akun"), _h("Awal", right=True), _h("Bertambah", right=True), _h("Berkurang", right=True),
                     _h("Akhir", right=True)]]
            for e in eq.rows:
                rows.append([_c(f"{e.code} {e.name}"), _m(e.opening), _m(e.increase), _m(e.decrease), _m(e.closing)])
            rows.append([_c("Jumlah", bold=True)] + [_m(sum(getattr(e, k) for e in eq.rows), bold=True)
                                                      for k in ("opening", "increase", "decrease", "closing")])
            story.append(data_table(rows, [WIDTH - 120 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm], bold_last_row=True))
    story.append(_note("Laporan keuangan disusun dari buku besar Kamura (SAK EP). Jurnal penutup tahun tidak "
                       "dihitung dalam perhitungan hasil usaha."))
    return story


def _shu(r) -> list:
    shu = r.shu
    if shu is None:
        if r.shu_status is not None:
            return [_body(f"<b>{escape(r.shu_status.label)}</b>")]
        return [_body("Perhitungan pembagian SHU belum tersedia dari program.")]
    st = _st()
    story: list = []
    if r.shu_status is not None:
        story.append(_body(f"<b>{escape(r.shu_status.label)}</b>."))
    rows = [[_h("Alokasi"), _h("Persen", right=True), _h("Jumlah (Rp)", right=True)]]
    for a in shu.allocations:
        rows.append([_c(a.label), _c(f"{a.pct} %", right=True), _m(a.amount)])
    rows.append([_c("SHU tahun " + str(r.year), bold=True), _c("100 %", right=True, bold=True),
                 _m(shu.surplus, bold=True)])
    story += [Spacer(1, 1 * mm), data_table(rows, [WIDTH - 70 * mm, 25 * mm, 45 * mm], bold_last_row=True),
              Spacer(1, 3 * mm),
              _section("Bagian anggota"),
              data_table([[_h("Uraian"), _h("Jumlah (Rp)", right=True)],
                          [_c(f"Jasa modal ({shu.jasa_modal_pct} % bagian anggota, menurut simpanan)"),
                           _m(shu.jasa_modal_total)],
                          [_c(f"Jasa usaha ({100 - shu.jasa_modal_pct} % bagian anggota, menurut jasa pinjaman "
                              "yang dibayar)"), _m(shu.jasa_usaha_total)],
                          [_c("Bagian anggota", bold=True), _m(shu.members_part, bold=True)]],
                         [WIDTH - 50 * mm, 50 * mm], bold_last_row=True),
              Paragraph(f"Penerima SHU: {format_number(len(shu.rows))} anggota; rinciannya pada lampiran. "
                        "Jasa modal anggota = simpanannya ÷ simpanan seluruh anggota × jasa modal; jasa usaha "
                        "anggota = jasa yang dibayarnya ÷ seluruh jasa × jasa usaha (dibulatkan ke rupiah, "
                        "jumlahnya tepat).", st.small)]
    extra = []
    if getattr(shu, "approved_on", None):
        extra.append(f"disahkan {tanggal(shu.approved_on)}")
    if getattr(shu, "rat_date", None):
        extra.append(f"RAT {tanggal(shu.rat_date)}")
    if getattr(shu, "paid_on", None):
        extra.append(f"dibayarkan {tanggal(shu.paid_on)}")
    if extra:
        story.append(_note("; ".join(extra).capitalize() + "."))
    return story


def _closing(r) -> list:
    p = r.profile
    sig = r.signers
    rat = getattr(r.shu, "rat_date", None) if r.shu is not None else None
    return [
        _body(f"Demikian laporan pertanggungjawaban Pengurus {escape(p.name)} tahun buku {r.year}. Pengurus "
              "mengucapkan terima kasih kepada seluruh anggota, para lender, Tim Kerja Masyarakat, "
              "pemerintah desa dan semua pihak yang telah mendukung kegiatan koperasi. Kami mohon Rapat "
              "Anggota Tahunan berkenan menerima laporan ini, mengesahkan laporan keuangan, dan "
              "memutuskan pembagian Sisa Hasil Usaha."), Spacer(1, 8 * mm),
        KeepTogether([
            para(f"Pengurus {p.name}", _style("sig_head", _st().body, alignment=TA_CENTER)),
            Spacer(1, 2 * mm),
            signature_blocks([Signer("Ketua", sig.chair), Signer("Sekretaris", sig.secretary),
                              Signer("Bendahara", sig.treasurer)], width=WIDTH,
                             place_date=place_and_date(p, rat)),
        ]),
    ]


# ---------------------------------------------------------------- the appendix

APPENDIX_COLUMNS = ("No", "No. anggota", "Nama", "Dasar simpanan", "Jasa dibayar", "Jasa modal",
                    "Jasa usaha", "Jumlah SHU")
APPENDIX_WIDTHS = (11 * mm, 21 * mm, 40 * mm, 22 * mm, 20 * mm, 19 * mm, 19 * mm, 22 * mm)
ROWS_PER_PAGE = 60


def _fit(text: str, width: float, size: float = 7.2) -> str:
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"


class ShuListPage(Flowable):
    """One page of the per-member SHU list, drawn straight on the canvas with one text object:
    20.000 members lay out in a few seconds, where a table of 20.000 rows takes many times
    longer (every cell measured and split)."""

    ROW = 9.6
    HEAD = 12.0

    def __init__(self, rows: Sequence[tuple[str, ...]], *, total: tuple[str, ...] | None = None):
        super().__init__()
        self.rows, self.total = rows, total
        self.width = sum(APPENDIX_WIDTHS)
        self.height = self.HEAD + self.ROW * (len(rows) + (1 if total else 0))

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        w, h, row_h = self.width, self.height, self.ROW
        edges = [0.0]
        for cw in APPENDIX_WIDTHS:
            edges.append(edges[-1] + cw)
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, h - self.HEAD, w, self.HEAD, stroke=0, fill=1)
        c.setFillColor(PALE_GREEN)
        n = len(self.rows) + (1 if self.total else 0)
        for i in range(1, n, 2):
            c.rect(0, h - self.HEAD - (i + 1) * row_h, w, row_h, stroke=0, fill=1)
        if self.total:
            c.rect(0, 0, w, row_h, stroke=0, fill=1)
        c.setStrokeColor(RULE_GREY)
        c.setLineWidth(0.3)
        for i in range(1, n):
            y = h - self.HEAD - i * row_h
            c.line(0, y, w, y)
        if self.total:
            c.setStrokeColor(GREEN)
            c.setLineWidth(0.9)
            c.line(0, row_h, w, row_h)
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.6)
        c.rect(0, 0, w, h, stroke=1, fill=0)
        pad = 2.5
        right_cols = {0, 3, 4, 5, 6, 7}

        def put(t, cells, y, font, size):
            digit, dot = stringWidth("0", font, size), stringWidth(".", font, size)
            for k, text in enumerate(cells):
                if k in right_cols:
                    if text.isdigit() or text.replace(".", "").isdigit():
                        # DejaVu's digits share one width: no need to measure each number
                        width = len(text) * digit - text.count(".") * (digit - dot)
                    else:
                        width = stringWidth(text, font, size)
                    x = edges[k + 1] - pad - width
                else:
                    x = edges[k] + pad
                t.setTextOrigin(x, y)
                t.textOut(text)

        t = c.beginText()
        t.setFont(FONT_BOLD, 7)
        t.setFillColor(colors.white)
        put(t, APPENDIX_COLUMNS, h - self.HEAD + 4, FONT_BOLD, 7)
        t.setFont(FONT, 7.2)
        t.setFillColor(colors.black)
        y = h - self.HEAD - row_h + 3
        for cells in self.rows:
            put(t, cells, y, FONT, 7.2)
            y -= row_h
        if self.total:
            t.setFont(FONT_BOLD, 7.2)
            put(t, self.total, y, FONT_BOLD, 7.2)
        c.drawText(t)
        c.restoreState()


def _appendix_pages(rows: Sequence[Any]) -> Generator[ShuListPage, None, None]:
    """The list cut into pages of :data:`ROWS_PER_PAGE` rows, the total under the last."""
    register_fonts()  # names are measured before anything else may have registered DejaVu
    name_w = APPENDIX_WIDTHS[2] - 5
    totals = [0, 0, 0, 0, 0]
    n = len(rows)
    for k in range(0, n, ROWS_PER_PAGE):
        cells = []
        for i, x in enumerate(rows[k:k + ROWS_PER_PAGE], start=k + 1):
            cells.append((str(i), x.number, _fit(x.name, name_w), format_number(x.savings_basis),
                          format_number(x.service_basis), format_number(x.jasa_modal),
                          format_number(x.jasa_usaha), format_number(x.total)))
            totals[0] += x.savings_basis
            totals[1] += x.service_basis
            totals[2] += x.jasa_modal
            totals[3] += x.jasa_usaha
            totals[4] += x.total
        last = k + ROWS_PER_PAGE >= n
        yield ShuListPage(cells, total=("", "", "Jumlah", *[format_number(v) for v in totals]) if last else None)


def _appendix(r, pages: dict[str, int], *, with_rows: bool) -> list:
    shu = r.shu
    story: list = [PageBreak(), Marker(APPENDIX[0], pages), para("LAMPIRAN", _style("ap", _st().title, fontSize=13.5)),
                   para(f"DAFTAR SHU PER ANGGOTA TAHUN BUKU {r.year}", _st().title),
                   _note((r.shu_status.label + ". ") if r.shu_status else "")]
    if not with_rows:
        return story
    first = True
    for page in _appendix_pages(shu.rows):
        if not first:
            story.append(PageBreak())
        story.append(page)
        first = False
    return story


# ---------------------------------------------------------------- the PDF

def _story(r, pages: dict[str, int], toc_pages: dict[str, int] | None, *, with_appendix_rows: bool) -> list:
    story = _cover(r, pages, toc_pages)
    makers = {"intro": _intro, "org": _organisation, "savings": _savings, "credit": _credit,
              "lenders": _lenders, "mentoring": _mentoring, "finance": _finance, "shu": _shu,
              "closing": _closing}
    for i, (key, title) in enumerate(CHAPTERS):
        story += _chapter(i, key, title, pages)
        story += makers[key](r)
    if r.shu is not None and r.shu.rows:
        story += _appendix(r, pages, with_rows=with_appendix_rows)
    return story


def build_annual_report_pdf(path: Path | str, *, report, printed_at: dt.datetime | None = None) -> Progress:
    """Write the annual report PDF; yields ``(done, total, text)``, returns the path."""
    r = report
    title = f"Laporan Tahunan {r.year}"
    total = 4
    yield 0, total, "Menyusun daftar isi"
    pages: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="kamura-rat-") as tmp:
        build_pdf(Path(tmp) / "toc.pdf", _story(r, pages, None, with_appendix_rows=False),
                  profile=r.profile, title=title, printed_at=printed_at)
    yield 1, total, "Menyusun bab-bab laporan"
    story = _story(r, {}, dict(pages), with_appendix_rows=True)
    rows = len(r.shu.rows) if r.shu is not None else 0
    yield 2, total, f"Menata halaman (lampiran {format_number(rows)} anggota)" if rows else "Menata halaman"
    out = build_pdf(path, story, profile=r.profile, title=title,
                    subject=f"Laporan Pertanggungjawaban Pengurus Tahun Buku {r.year} (RAT)",
                    printed_at=printed_at)
    yield total, total, "PDF selesai"
    return out


# ---------------------------------------------------------------- the workbook

_BOLD = Font(name="Calibri", bold=True)
_TITLE = Font(name="Calibri", bold=True, size=13, color="12503F")
_HEAD_FONT = Font(name="Calibri", bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="12503F")
_TOTAL_FILL = PatternFill("solid", fgColor="E9F1EE")
PERCENT_FORMAT = "0.00%"


class _Sheet:
    """A write-only sheet with typed cells: text, int, year, rupiah, date, pct."""

    def __init__(self, wb: Workbook, title: str, widths: Sequence[float]):
        self.ws = wb.create_sheet(title[:31])
        for i, w in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = w

    def cell(self, value: Any, kind: str = "text", *, bold: bool = False, fill=None):
        if value is None:
            c = WriteOnlyCell(self.ws, value=None)
        elif kind in ("int", "rupiah", "year"):
            c = WriteOnlyCell(self.ws, value=int(value))
            c.number_format = {"rupiah": RUPIAH_FORMAT, "int": "#,##0", "year": "0"}[kind]
        elif kind == "date":
            c = WriteOnlyCell(self.ws, value=value)
            c.number_format = DATE_FORMAT
        elif kind == "pct":
            c = WriteOnlyCell(self.ws, value=float(value) if not isinstance(value, Decimal) else float(value))
            c.number_format = PERCENT_FORMAT
        else:
            text = str(value)
            c = WriteOnlyCell(self.ws, value=text)
            if text.startswith(FORMULA_PREFIXES):
                c.data_type = "s"
                c.quotePrefix = True
        if bold:
            c.font = _BOLD
        if fill is not None:
            c.fill = fill
        return c

    def title(self, text: str) -> None:
        c = WriteOnlyCell(self.ws, value=text)
        c.font = _TITLE
        self.ws.append([c])

    def blank(self) -> None:
        self.ws.append([])

    def header(self, *names: str) -> None:
        cells = []
        for n in names:
            c = WriteOnlyCell(self.ws, value=n)
            c.font, c.fill = _HEAD_FONT, _HEAD_FILL
            c.alignment = Alignment(wrap_text=True, vertical="center")
            cells.append(c)
        self.ws.append(cells)

    def row(self, *values: tuple[Any, str] | Any, bold: bool = False, total: bool = False) -> None:
        cells = []
        for v in values:
            value, kind = v if isinstance(v, tuple) else (v, "text")
            cells.append(self.cell(value, kind, bold=bold or total, fill=_TOTAL_FILL if total else None))
        self.ws.append(cells)


def _xl_statement(sh: _Sheet, sections, compare_sections, headers: Sequence[str]) -> None:
    cmp = {}
    for sec in compare_sections or ():
        for line in sec.lines:
            cmp[(sec.title, line.code or line.label)] = line.amount
        cmp[(sec.title, "__total__")] = sec.total
    two = compare_sections is not None
    sh.header(*headers)
    for sec in sections:
        sh.row(sec.title, bold=True)
        for line in sec.lines:
            label = "   " * (int(getattr(line, "level", 0)) + 1) + line.label
            values = [label, (line.amount, "rupiah")]
            if two:
                values.append((cmp.get((sec.title, line.code or line.label)), "rupiah"))
            sh.row(*values, bold=bool(getattr(line, "is_total", False)))
        values = [f"Jumlah {sec.title.lower()}", (sec.total, "rupiah")]
        if two:
            values.append((cmp.get((sec.title, "__total__")), "rupiah"))
        sh.row(*values, total=True)


def build_annual_report_xlsx(path: Path | str, *, report) -> Progress:
    """Write the annual report workbook, one sheet per chapter; yields ``(done, total, text)``."""
    r = report
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    total = len(CHAPTERS) + 2
    wb = Workbook(write_only=True)
    p = r.profile

    yield 0, total, "Pendahuluan"
    sh = _Sheet(wb, "I Pendahuluan", (34, 60))
    sh.title(f"Laporan Pertanggungjawaban Pengurus Tahun Buku {r.year}")
    sh.row("Koperasi", p.name)
    sh.row("Badan hukum", p.legal_number or "")
    sh.row("Berdiri", (p.founded_year, "year") if p.founded_year else "")
    sh.row("Alamat", p.address_line())
    sh.row("Telepon", p.phone or "")
    sh.row("Periode dari", (r.date_from, "date"))
    sh.row("Periode sampai", (r.date_to, "date"))
    if r.year_closed is not None:
        sh.row("Tahun buku ditutup", "ya" if r.year_closed else "belum")
    sh.blank()
    sh.header("Ringkasan", "Nilai")
    c = r.credit
    sh.row("Anggota akhir tahun", (r.membership.end.total, "int"))
    sh.row("Simpanan akhir tahun (Rp)", (sum(s.closing for s in r.savings), "rupiah"))
    sh.row("Pinjaman disalurkan (Rp)", (c.disbursed_amount, "rupiah"))
    sh.row("Piutang beredar 31 Des (Rp)", (c.outstanding, "rupiah"))
    sh.row("Tingkat pengembalian", (_pct_value(c.repayment_rate), "pct"))
    if r.income_statement is not None:
        sh.row("SHU tahun berjalan (Rp)", (r.income_statement.surplus, "rupiah"))
    for x in r.missing:
        sh.row("Belum tersedia", x)

    yield 1, total, "Organisasi dan keanggotaan"
    sh = _Sheet(wb, "II Keanggotaan", (38, 16, 34, 10, 14))
    sh.title("Organisasi dan keanggotaan")
    sh.header("Pengurus", "", "Nama")
    for o in r.officers:
        sh.row(o.role, "", o.name)
    sh.blank()
    sh.header("Peran TKM", "No. anggota", "Nama", "L/P", "Keluarga miskin")
    for t in r.tkm:
        sh.row(t.role, t.number, t.name, t.sex, "ya" if t.poor_family else "tidak")
    sh.blank()
    sh.header("Keanggotaan", "Laki-laki", "Perempuan", "Jumlah")
    m = r.membership
    for label, x in (("Anggota pada 1 Januari", m.start), ("Masuk", m.joined), ("Keluar", m.left),
                     ("Anggota pada 31 Desember", m.end), ("Anggota keluarga miskin (31 Des)", m.poor_end)):
        sh.row(label, (x.male, "int"), (x.female, "int"), (x.total, "int"), total=label.endswith("31 Desember"))
    sh.row("Calon anggota (belum aktif)", "", "", (m.applicants_end, "int"))

    yield 2, total, "Simpanan"
    sh = _Sheet(wb, "III Simpanan", (24, 16, 16, 16, 16, 12))
    sh.title("Simpanan anggota")
    sh.header("Jenis", "Saldo 1 Januari", "Setoran/masuk", "Penarikan/keluar", "Saldo 31 Desember", "Penyimpan")
    for s in r.savings:
        sh.row(s.label, (s.opening, "rupiah"), (s.inflow, "rupiah"), (s.outflow, "rupiah"),
               (s.closing, "rupiah"), (s.savers, "int"))
    sh.row("Jumlah", *[(sum(getattr(s, k) for s in r.savings), "rupiah")
                       for k in ("opening", "inflow", "outflow", "closing")], total=True)

    yield 3, total, "Pinjaman"
    sh = _Sheet(wb, "IV Pinjaman", (34, 22, 14, 18, 12, 18))
    sh.title(f"Pinjaman kelompok tahun {r.year}")
    sh.header("Produk", "Kode", "Siklus", "Kredit", "", "Jumlah (Rp)")
    for d in c.disbursed:
        sh.row(d.product_name, d.product_code, (d.cycle, "int"), (d.credits, "int"), "", (d.amount, "rupiah"))
    sh.row("Jumlah", "", "", (c.disbursed_credits, "int"), "", (c.disbursed_amount, "rupiah"), total=True)
    sh.blank()
    sh.header("Pengembalian dan piutang", "Nilai")
    sh.row("Angsuran jatuh tempo (Rp)", (c.due, "rupiah"))
    sh.row("Angsuran terbayar (Rp)", (c.collected, "rupiah"))
    sh.row("Tingkat pengembalian", (_pct_value(c.repayment_rate), "pct"))
    sh.row("Kredit berjalan 31 Des", (c.outstanding_credits, "int"))
    sh.row("Piutang beredar 31 Des (Rp)", (c.outstanding, "rupiah"))
    for days, ratio in c.par:
        sh.row(f"PAR {days}", (_pct_value(ratio), "pct"))
    sh.row("Dihapusbukukan (kredit)", (c.written_off_credits, "int"))
    sh.row("Dihapusbukukan (Rp)", (c.written_off_amount, "rupiah"))
    sh.blank()
    sh.header("Kolektibilitas", "Golongan", "Kredit", "Piutang (Rp)", "Porsi")
    for k in c.kolektibilitas:
        sh.row((k.kol, "int"), k.label, (k.credits, "int"), (k.outstanding, "rupiah"), (_pct_value(k.share), "pct"))
    sh.blank()
    pv = c.provision
    sh.header("Penyisihan kerugian piutang", "Nilai")
    sh.row("Aturan", pv.rule_set)
    sh.row("Wajib dibentuk (Rp)", (pv.required, "rupiah"))
    sh.row("Dibukukan (Rp)", (pv.booked, "rupiah"))
    sh.row("Selisih (Rp)", (pv.change, "rupiah"))
    sh.blank()
    sh.header("Kolektibilitas", "Golongan", "Kredit", "Dasar (Rp)", "Tarif", "Wajib dibentuk (Rp)")
    for x in pv.rows:
        sh.row((x.kol, "int"), x.label, (x.loans, "int"), (x.base, "rupiah"), (float(x.pct) / 100, "pct"),
               (x.required, "rupiah"))

    yield 4, total, "Lender dan dana bergulir"
    sh = _Sheet(wb, "V Lender & Dana Bergulir", (16, 30, 16, 16, 16, 16, 16, 16))
    lp = r.lenders
    sh.title("Dana lender")
    for label, v, kind in (("Lender terdaftar", lp.lenders, "int"), ("Lender aktif", lp.active_lenders, "int"),
                           ("Disalurkan (Rp)", lp.deployed, "rupiah"), ("Pokok kembali (Rp)", lp.returned, "rupiah"),
                           ("Bagi hasil (Rp)", lp.earned, "rupiah"), ("Kerugian (Rp)", lp.lost, "rupiah"),
                           ("Masih tersalur 31 Des (Rp)", lp.out_end, "rupiah")):
        sh.row(label, (v, kind))
    sh.blank()
    sh.header("No. anggota", "Nama lender", "Disalurkan", "Kembali", "Bagi hasil")
    for x in lp.rows:
        sh.row(x.number, x.name, (x.deployed, "rupiah"), (x.returned, "rupiah"), (x.earned, "rupiah"))
    sh.blank()
    sh.title("Perkembangan dana bergulir")
    sh.header("Tahun", "Hibah", "Disalurkan", "Kredit", "Pokok kembali", "Jasa", "Kerugian", "Modal akhir",
              "Beredar akhir")
    for y in r.fund_years:
        sh.row((y.year, "year"), (y.grants, "rupiah"), (y.lent, "rupiah"), (y.loans, "int"), (y.repaid, "rupiah"),
               (y.income, "rupiah"), (y.losses, "rupiah"), (y.capital_end, "rupiah"), (y.outstanding_end, "rupiah"))

    yield 5, total, "Pendampingan"
    sh = _Sheet(wb, "VI Pendampingan", (30, 34, 14, 14))
    sh.title("Pendampingan kelompok")
    ms = r.mentoring
    if ms is None:
        sh.row("Belum tersedia")
    else:
        for label, v, kind in (("Pertemuan", ms.meetings, "int"), ("Kelompok didampingi", ms.groups_met, "int"),
                               ("Kunjungan rumah", ms.home_visits, "int"),
                               ("Tindak lanjut selesai", ms.followups_done, "int"),
                               ("Tindak lanjut terbuka", ms.followups_open, "int")):
            sh.row(label, (v, kind))
        sh.row("Kehadiran", (_pct_value(ms.attendance_rate), "pct") if ms.attendance_rate is not None else "-")
        sh.blank()
        sh.header("Kode", "Kelompok", "Pertemuan", "Kehadiran")
        for g in ms.meetings_by_group or ():
            code, name, meetings, pct = _fields(g, ("group_code", "group_name", "meetings", "attendance_pct"))
            sh.row(code, name, (meetings, "int"), (_pct_value(pct), "pct") if pct is not None else "-")

    yield 6, total, "Laporan keuangan"
    sh = _Sheet(wb, "VII Laporan Keuangan", (48, 18, 18, 18, 18))
    if r.balance_sheet is None and r.income_statement is None:
        sh.row("Laporan keuangan belum tersedia")
    if r.balance_sheet is not None:
        bs = r.balance_sheet
        sh.title(f"Laporan posisi keuangan per 31 Desember {r.year}")
        compare = bs.compare.sections if getattr(bs, "compare", None) is not None else None
        _xl_statement(sh, bs.sections, compare, ("Pos", f"31 Des {r.year}", f"31 Des {r.year - 1}")
                      if compare is not None else ("Pos", f"31 Des {r.year}"))
        sh.row("Jumlah aset", (bs.total_assets, "rupiah"), total=True)
        sh.row("Jumlah liabilitas dan ekuitas", (bs.total_liabilities_equity, "rupiah"), total=True)
        sh.blank()
    if r.income_statement is not None:
        inc = r.income_statement
        sh.title(f"Perhitungan hasil usaha tahun {r.year}")
        _xl_statement(sh, inc.sections, None, ("Pos", f"Tahun {r.year}"))
        sh.row("SHU sebelum pajak", (inc.surplus, "rupiah"), total=True)
        sh.blank()
    if r.equity_changes is not None:
        sh.title("Perubahan ekuitas")
        sh.header("Akun", "Awal", "Bertambah", "Berkurang", "Akhir")
        for e in r.equity_changes.rows:
            sh.row(f"{e.code} {e.name}", (e.opening, "rupiah"), (e.increase, "rupiah"), (e.decrease, "rupiah"),
                   (e.closing, "rupiah"))

    yield 7, total, "SHU"
    sh = _Sheet(wb, "VIII SHU", (52, 12, 18))
    shu = r.shu
    if shu is None:
        sh.row(r.shu_status.label if r.shu_status is not None else "Pembagian SHU belum tersedia")
    else:
        sh.title(f"Pembagian SHU tahun {r.year}")
        if r.shu_status:
            sh.row(r.shu_status.label)
        sh.header("Alokasi", "Persen", "Jumlah (Rp)")
        for a in shu.allocations:
            sh.row(a.label, (a.pct / 100, "pct"), (a.amount, "rupiah"))
        sh.row("SHU", (1, "pct"), (shu.surplus, "rupiah"), total=True)
        sh.blank()
        sh.row("Jasa modal", (shu.jasa_modal_pct / 100, "pct"), (shu.jasa_modal_total, "rupiah"))
        sh.row("Jasa usaha", ((100 - shu.jasa_modal_pct) / 100, "pct"), (shu.jasa_usaha_total, "rupiah"))
        sh.row("Bagian anggota", "", (shu.members_part, "rupiah"), total=True)

    yield 8, total, "Lampiran SHU per anggota"
    if shu is not None:
        sh = _Sheet(wb, "Lampiran SHU Anggota", (8, 14, 30, 16, 16, 14, 14, 14))
        sh.ws.freeze_panes = "A2"
        sh.header(*APPENDIX_COLUMNS)
        for i, x in enumerate(shu.rows, start=1):
            sh.row((i, "int"), x.number, x.name, (x.savings_basis, "rupiah"), (x.service_basis, "rupiah"),
                   (x.jasa_modal, "rupiah"), (x.jasa_usaha, "rupiah"), (x.total, "rupiah"))
        sh.row("", "", "Jumlah", *[(sum(getattr(x, k) for x in shu.rows), "rupiah") for k in (
            "savings_basis", "service_basis", "jasa_modal", "jasa_usaha", "total")], total=True)
    wb.save(path)
    yield total, total, "Buku kerja selesai"
    return path
