"""The annual report workbook: one sheet per chapter, rupiah as numbers, dates as dates,
percentages as numbers with a percent format; every sheet printed A4 one page wide with its
heading row frozen and repeated on every page; column totals as ``=SUM(...)`` formulas."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .. import filings
from ..excel import DATE_FORMAT, FORMULA_PREFIXES, RUPIAH_FORMAT, a4_fit_to_width
from ..financial_statements import (
    ReportGrid,
    balance_sheet_grid,
    income_statement_grid,
    write_grid_sheet,
)
from ..outputs import XLSX, check_target, save_workbook
from .appendix import APPENDIX_COLUMNS
from .base import CHAPTERS, Progress, _share
from .data import AnnualReportDTO

_BOLD = Font(name="Calibri", bold=True)
_TITLE = Font(name="Calibri", bold=True, size=13, color="12503F")
_HEAD_FONT = Font(name="Calibri", bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="12503F")
_TOTAL_FILL = PatternFill("solid", fgColor="E9F1EE")
PERCENT_FORMAT = "0.00%"


@dataclass(frozen=True)
class Sum:
    """A column total written as ``=SUM(<column><first>:<column><row above>)``."""

    first: int  # the sheet row of the first figure summed


class _Sheet:
    """A write-only sheet with typed cells: text, int, year, rupiah, date, pct; its first row
    (the title, or the column heads of a one-table sheet) frozen and printed on every page."""

    def __init__(self, wb: Workbook, title: str, widths: Sequence[float]):
        self.ws = wb.create_sheet(title[:31])
        self.rows = 0  # rows written so far: the next row is rows + 1
        for i, w in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = w
        self.ws.freeze_panes = "A2"  # before the first row: a write-only sheet writes its view first
        a4_fit_to_width(self.ws, title_rows="1:1")

    def append(self, cells: list) -> None:
        self.ws.append(cells)
        self.rows += 1

    @property
    def next_row(self) -> int:
        return self.rows + 1

    def cell(self, value: Any, kind: str = "text", *, bold: bool = False, fill=None, column: int = 1):
        if value is None:
            c = WriteOnlyCell(self.ws, value=None)
        elif isinstance(value, Sum):
            letter = get_column_letter(column)
            c = WriteOnlyCell(self.ws, value=f"=SUM({letter}{value.first}:{letter}{self.rows})")
            c.number_format = RUPIAH_FORMAT if kind == "rupiah" else "#,##0"
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
        self.append([c])

    def blank(self) -> None:
        self.append([])

    def header(self, *names: str) -> None:
        cells = []
        for n in names:
            c = WriteOnlyCell(self.ws, value=n)
            c.font, c.fill = _HEAD_FONT, _HEAD_FILL
            c.alignment = Alignment(wrap_text=True, vertical="center")
            cells.append(c)
        self.append(cells)

    def row(self, *values: tuple[Any, str] | Any, bold: bool = False, total: bool = False) -> None:
        cells = []
        for column, v in enumerate(values, start=1):
            value, kind = v if isinstance(v, tuple) else (v, "text")
            cells.append(self.cell(value, kind, bold=bold or total, fill=_TOTAL_FILL if total else None,
                                   column=column))
        self.append(cells)


def _xl_grid(sh: _Sheet, grid: ReportGrid) -> None:
    """A statement grid's rows (the same grouping, order and labels as the PDF: current /
    non-current assets, short / long-term liabilities with their subtotals, the year before
    beside) without its code column: label, then the amounts."""
    keep = [j for j, c in enumerate(grid.columns) if c.kind != "code"]
    sh.header(*(grid.columns[j].header for j in keep))
    for row in grid.rows:
        if row.style == "grand":
            continue  # the callers write their own closing lines
        values = []
        for j in keep:
            value, col = row.values[j], grid.columns[j]
            if col.kind == "money":
                values.append((value, "rupiah"))
            else:
                values.append("   " * row.level + str(value or ""))
        sh.row(*values, bold=row.style in ("heading", "subheading") or row.style == "total" and row.level > 0,
               total=row.style == "total" and row.level == 0)


def _grid_sheets(wb: Workbook, cooperative: str, parts) -> None:
    """A sheet per (grid builder, DTO, title) whose DTO is there."""
    for build, dto, title in parts:
        if dto is not None:
            for _ in write_grid_sheet(wb, build(dto), cooperative=cooperative, sheet_title=title):
                pass


def build_annual_report_xlsx(path: Path | str, *, report: AnnualReportDTO) -> Progress:
    """Write the annual report workbook, one sheet per chapter; yields ``(done, total, text)``."""
    r = report
    path = Path(path)
    check_target(path, XLSX)  # refused before the work, not after
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
    sh.row("Tahun buku ditutup", "ya" if r.year_closed else "belum")
    sh.blank()
    sh.header("Ringkasan", "Nilai")
    c = r.credit
    sh.row("Anggota akhir tahun", (r.membership.end.total, "int"))
    sh.row("Simpanan akhir tahun (Rp)", (sum(s.closing for s in r.savings), "rupiah"))
    sh.row("Pinjaman disalurkan (Rp)", (c.disbursed_amount, "rupiah"))
    sh.row("Pokok piutang beredar 31 Des (Rp)", (c.outstanding, "rupiah"))
    sh.row("Tingkat pengembalian", (_share(c.repayment_rate), "pct"))
    sh.row("SHU tahun berjalan (Rp)", (r.surplus, "rupiah"))

    yield 1, total, "Organisasi dan keanggotaan"
    sh = _Sheet(wb, "II Keanggotaan", (38, 16, 34, 10, 14))
    sh.title("Organisasi dan keanggotaan")
    sh.header("Pengurus dan Pengawas", "", "Nama", "Mulai", "Sampai")
    for o in r.officers:
        sh.row(o.role, "", o.name, (o.term_start, "date") if o.term_start else "",
               (o.term_end, "date") if o.term_end else "")
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
    first = sh.next_row
    for s in r.savings:
        sh.row(s.label, (s.opening, "rupiah"), (s.inflow, "rupiah"), (s.outflow, "rupiah"),
               (s.closing, "rupiah"), (s.savers, "int"))
    sh.row("Jumlah", *[(Sum(first), "rupiah")] * 4, total=True)

    yield 3, total, "Pinjaman"
    sh = _Sheet(wb, "IV Pinjaman", (34, 22, 14, 18, 12, 18))
    sh.title(f"Pinjaman kelompok tahun {r.year}")
    sh.header("Produk", "Kode", "Siklus", "Kredit", "", "Jumlah (Rp)")
    first = sh.next_row
    for d in c.disbursed:
        sh.row(d.product_name, d.product_code, (d.cycle, "int"), (d.credits, "int"), "", (d.amount, "rupiah"))
    sh.row("Jumlah", "", "", (Sum(first), "int"), "", (Sum(first), "rupiah"), total=True)
    sh.blank()
    sh.header("Pengembalian dan piutang", "Nilai")
    sh.row("Angsuran jatuh tempo (Rp)", (c.due, "rupiah"))
    sh.row("Angsuran terbayar (Rp)", (c.collected, "rupiah"))
    sh.row("Tingkat pengembalian", (_share(c.repayment_rate), "pct"))
    sh.row("Kredit berjalan 31 Des", (c.outstanding_credits, "int"))
    sh.row("Pokok piutang beredar 31 Des (Rp)", (c.outstanding, "rupiah"))
    sh.row("Jasa masih terutang 31 Des (Rp)", (c.service_outstanding, "rupiah"))
    for days, ratio in c.par:
        sh.row(f"PAR {days} (dasar: pokok terutang)", (_share(ratio), "pct"))
    sh.row("Dihapusbukukan (kredit)", (c.written_off_credits, "int"))
    sh.row("Dihapusbukukan (Rp)", (c.written_off_amount, "rupiah"))
    sh.blank()
    sh.header("Kolektibilitas", "Golongan", "Kredit", "Pokok terutang (Rp)", "Porsi pokok", "Jasa terutang (Rp)")
    for k in c.kolektibilitas:
        sh.row((k.kol, "int"), k.label, (k.credits, "int"), (k.outstanding, "rupiah"), (_share(k.share), "pct"),
               (k.service_outstanding, "rupiah"))
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
    for label, v, kind in (("Pertemuan", ms.meetings, "int"), ("Kelompok didampingi", ms.groups_met, "int"),
                           ("Kunjungan rumah", ms.home_visits, "int"),
                           ("Tindak lanjut selesai", ms.followups_done, "int"),
                           ("Tindak lanjut terbuka", ms.followups_open, "int")):
        sh.row(label, (v, kind))
    sh.row("Kehadiran", (_share(ms.attendance), "pct") if ms.attendance is not None else "-")
    sh.blank()
    sh.header("Kode", "Kelompok", "Pertemuan", "Kehadiran")
    for g in ms.by_group:
        sh.row(g.code, g.name, (g.meetings, "int"),
               (g.attendance_pct / 100, "pct") if g.attendance_pct is not None else "-")

    yield 6, total, "Laporan keuangan"
    sh = _Sheet(wb, "VII Laporan Keuangan", (48, 18, 18, 18, 18))
    bs = r.balance_sheet
    sh.title(f"Laporan posisi keuangan per 31 Desember {r.year}")
    _xl_grid(sh, balance_sheet_grid(bs))
    before = (bs.compare.total_liabilities_equity,) if bs.compare is not None else ()
    sh.row("Jumlah liabilitas dan ekuitas", (bs.total_liabilities_equity, "rupiah"),
           *((v, "rupiah") for v in before), total=True)
    for note in bs.notes:
        sh.row(note)
    sh.blank()
    inc = r.income_statement
    sh.title(f"Perhitungan hasil usaha tahun {r.year}")
    _xl_grid(sh, income_statement_grid(inc))
    before = (inc.compare.surplus,) if inc.compare is not None else ()
    sh.row("SHU sebelum pajak", (inc.surplus, "rupiah"), *((v, "rupiah") for v in before), total=True)
    sh.blank()
    sh.title("Perubahan ekuitas")
    sh.header("Akun", "Awal", "Bertambah", "Berkurang", "Akhir")
    for e in r.equity_changes.rows:
        sh.row(f"{e.code} {e.name}", (e.opening, "rupiah"), (e.increase, "rupiah"), (e.decrease, "rupiah"),
               (e.closing, "rupiah"))

    # issue 19: the cash flow statement and the notes' breakdown beside the statements
    _grid_sheets(wb, p.name, ((filings.cash_flow_grid, r.cash_flow, "VII Arus Kas"),
                              (filings.calk_grid, r.calk, "VII CALK")))

    yield 7, total, "SHU"
    sh = _Sheet(wb, "VIII SHU", (52, 12, 18))
    shu = r.shu
    if shu is None:
        sh.row(r.shu_status.label)
    else:
        sh.title(f"Pembagian SHU tahun {r.year}")
        sh.row(r.shu_status.label)
        sh.header("Alokasi", "Persen", "Jumlah (Rp)")
        first = sh.next_row
        for a in shu.allocations:
            sh.row(a.label, (a.pct / 100, "pct"), (a.amount, "rupiah"))
        sh.row("SHU", (1, "pct"), (Sum(first), "rupiah"), total=True)
        sh.blank()
        sh.row("Jasa modal", (shu.jasa_modal_pct / 100, "pct"), (shu.jasa_modal_total, "rupiah"))
        sh.row("Jasa usaha", ((100 - shu.jasa_modal_pct) / 100, "pct"), (shu.jasa_usaha_total, "rupiah"))
        sh.row("Bagian anggota", "", (shu.members_part, "rupiah"), total=True)

    # issue 18, BAB IX: the year's targets against what the books show
    if r.realisation is not None:
        sh = _Sheet(wb, "IX Target & Capaian", (46, 18, 18, 12))
        sh.title(f"Target dan capaian tahun {r.year}")
        sh.header("Sasaran", "Target", "Capaian", "% capaian")
        for t in r.realisation.targets:
            kind = {"rupiah": "rupiah", "persen": "pct"}.get(t.unit, "int")
            scale = 100 if kind == "pct" else 1
            sh.row(t.label, (Decimal(t.target) / scale if scale != 1 else t.target, kind),
                   (Decimal(t.actual) / scale if scale != 1 else t.actual, kind),
                   (t.pct / 100, "pct") if t.pct is not None else "-")
        for x, label in ((r.realisation.income, "Pendapatan"), (r.realisation.expense, "Beban"),
                         (r.realisation.surplus, "Sisa hasil usaha (SHU)")):
            sh.row(label, (x.budget, "rupiah"), (x.actual, "rupiah"), (x.pct / 100, "pct") if x.pct is not None else "-")

    # issue 19, BAB IX: the year's realisation and next year's RAPB
    _grid_sheets(wb, p.name, ((filings.realisation_grid, r.realisation, "IX Realisasi Anggaran"),
                              (filings.budget_grid, r.next_budget, f"IX RAPB {r.year + 1}")))

    yield 8, total, "Lampiran SHU per anggota"
    if shu is not None:
        sh = _Sheet(wb, "Lampiran SHU Anggota", (8, 14, 30, 16, 16, 14, 14, 14))
        sh.header(*APPENDIX_COLUMNS)
        first = sh.next_row
        for i, x in enumerate(shu.rows, start=1):
            sh.row((i, "int"), x.number, x.name, (x.savings_basis, "rupiah"), (x.service_basis, "rupiah"),
                   (x.jasa_modal, "rupiah"), (x.jasa_usaha, "rupiah"), (x.total, "rupiah"))
        sh.row("", "", "Jumlah", *[(Sum(first), "rupiah")] * 5, total=True)
    save_workbook(wb, path)  # temporary file, renamed when complete
    yield total, total, "Buku kerja selesai"
    return path
