"""The evaluation workbooks: the report's tables one sheet per part, and one round's IKM with
its answers and scale — numbers as numbers, the formats only show them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from kamura_desktop.domain.instruments import Scale, round_half_up

from ..excel import DATE_FORMAT, FORMULA_PREFIXES, RUPIAH_FORMAT
from ..outputs import XLSX, check_target, save_workbook
from ..pdf import tanggal
from .base import GROUP_KINDS, category_text, dec, sig_text
from .data import EvaluationReport, IkmSection, RespondentAnswers, TTestSection

# ---------------------------------------------------------------- Excel

_HEAD_FONT = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="12503F")
_HEAD_BORDER = Border(bottom=Side(style="medium", color="E0B22C"))
_TITLE_FONT = Font(bold=True, size=13, color="12503F")
_SUB_FONT = Font(bold=True, size=11, color="12503F")
_BOLD = Font(bold=True)
_PALE = PatternFill("solid", fgColor="E9F1EE")
MEAN_FORMAT = "0.00"
MEAN4_FORMAT = "0.0000"
DEC2_FORMAT = "#,##0.00"
SIG_FORMAT = ".000"
PCT_FORMAT = "0.00%"


class _Sheet:
    """Writes rows top to bottom on one worksheet: titles, label/value lines and tables."""

    def __init__(self, ws, widths: Sequence[float]):
        self.ws = ws
        self.row = 1
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w

    def put(self, col: int, value: Any, fmt: str | None = None, *, bold: bool = False):
        cell = self.ws.cell(row=self.row, column=col)
        if value is None:
            return cell
        if isinstance(value, Decimal):
            value = float(value)
        if isinstance(value, str):
            cell.value = value
            cell.data_type = "s"
            if value.startswith(FORMULA_PREFIXES):
                cell.quotePrefix = True
        else:
            cell.value = value
        if fmt:
            cell.number_format = fmt
        elif isinstance(value, dt.date):
            cell.number_format = DATE_FORMAT
        if bold:
            cell.font = _BOLD
        return cell

    def title(self, text: str, *, sub: bool = False) -> None:
        if sub and self.row > 1:
            self.row += 1
        self.put(1, text).font = _SUB_FONT if sub else _TITLE_FONT
        self.row += 1

    def line(self, label: str, value: Any, fmt: str | None = None, *, wrap: bool = False) -> None:
        self.put(1, label, bold=True)
        cell = self.put(2, value, fmt)
        if wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            self.put(1, label, bold=True).alignment = Alignment(vertical="top")
            width = self.ws.column_dimensions["B"].width or 10
            lines = sum(max(1, -(-len(part) // int(width * 1.1))) for part in str(value or "").split("\n"))
            self.ws.row_dimensions[self.row].height = min(409, 15 * lines)
        self.row += 1

    def header(self, texts: Sequence[str]) -> None:
        for i, text in enumerate(texts, start=1):
            cell = self.put(i, text)
            cell.font, cell.fill, cell.border = _HEAD_FONT, _HEAD_FILL, _HEAD_BORDER
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        self.row += 1

    def values(self, values: Sequence[Any], formats: Sequence[str | None] = (), *, bold: bool = False,
               fill: bool = False) -> None:
        for i, value in enumerate(values, start=1):
            fmt = formats[i - 1] if i - 1 < len(formats) else None
            cell = self.put(i, value, fmt, bold=bold)
            if fill:
                cell.fill = _PALE
        self.row += 1

    def gap(self) -> None:
        self.row += 1


def _share(percent: float | None) -> float | None:
    """A percentage (82,35) as the share Excel formats with %: 0.8235, not 0.8234999999999999."""
    return None if percent is None else round(percent / 100, 6)


def _sheet_name(used: set[str], wanted: str) -> str:
    clean = "".join("-" if ch in "[]:*?/\\" else ch for ch in wanted).strip()[:31] or "Lembar"
    name, k = clean, 2
    while name.casefold() in used:
        suffix = f" ({k})"
        name = clean[:31 - len(suffix)] + suffix
        k += 1
    used.add(name.casefold())
    return name


def _ikm_sheet(sh: _Sheet, sec: IkmSection, *, organisation: str = "") -> None:
    sh.title(f"IKM — {sec.title}")
    if organisation:
        sh.line("Koperasi", organisation)
    sh.line("Instrumen", f"{sec.instrument_name} ({sec.instrument_code})")
    sh.line("Tanggal", sec.held_on)
    sh.line("Responden", sec.respondents, "0")
    sh.line("Menjawab semua butir", sec.complete, "0")
    sh.line("Skala", sec.scale.name)
    r = sec.result
    if r is None:
        sh.line("IKM", f"belum dapat dihitung: {sec.error or ''}")
        return
    sh.line("NP (bobot per butir)", r.np, MEAN4_FORMAT)
    sh.line("IKM", r.ikm, MEAN4_FORMAT)
    sh.line("IKM (2 desimal)", round_half_up(r.ikm_exact, 2), MEAN_FORMAT)
    sh.line("Kategori", category_text(r))
    if r.converted is not None:
        sh.line("Nilai konversi", r.converted, MEAN_FORMAT)
    sh.title("Hasil per butir", sub=True)
    sh.header(["Kode", "Indikator", "Butir", "Dijawab", "Jumlah", "Rata-rata", "Rata-rata × NP", "Kategori"])
    for item in r.items:
        sh.values([item.code, item.indicator, item.text, item.answered, item.total, item.mean, item.weighted,
                   item.category.display], [None, None, None, "0", "0", MEAN4_FORMAT, MEAN4_FORMAT])
    sh.values(["", "", "IKM", None, None, None, r.ikm], [None] * 6 + [MEAN4_FORMAT], bold=True, fill=True)
    sh.title("Hasil per indikator", sub=True)
    sh.header(["Indikator", "Butir", "Jawaban", "Jumlah", "Rata-rata", "Kategori"])
    for ind in r.indicators:
        sh.values([ind.name, len(ind.item_codes), ind.answered, ind.total, ind.mean, ind.category.display],
                  [None, "0", "0", "0", MEAN4_FORMAT])


def _ttest_sheet(sh: _Sheet, sec: TTestSection) -> None:
    sh.title(f"Uji-t — {sec.title}")
    sh.line("Pertama", sec.first_label)
    sh.line("Kedua", sec.second_label)
    sh.line("Tanggal", sec.held_on)
    sh.line("Responden", sec.rows, "0")
    r = sec.result
    if r is None:
        sh.line("Uji-t", f"belum dapat dihitung: {sec.error or ''}")
    else:
        sh.title("Paired Samples Statistics", sub=True)
        sh.header(["", "", "Mean", "N", "Std. Deviation", "Std. Error Mean"])
        sh.values(["Pasangan 1", sec.first_label, r.mean_first, r.n, r.sd_first, r.se_first],
                  [None, None, DEC2_FORMAT, "0", DEC2_FORMAT, DEC2_FORMAT])
        sh.values(["", sec.second_label, r.mean_second, r.n, r.sd_second, r.se_second],
                  [None, None, DEC2_FORMAT, "0", DEC2_FORMAT, DEC2_FORMAT])
        sh.title("Paired Samples Correlations", sub=True)
        sh.header(["", "", "N", "Correlation", "Sig."])
        sh.values(["Pasangan 1", f"{sec.first_label} & {sec.second_label}", r.n, r.correlation,
                   r.correlation_p], [None, None, "0", "0.000", SIG_FORMAT])
        sh.title("Paired Samples Test", sub=True)
        conf = dec(r.confidence * 100, 0)
        sh.header(["", "Mean", "Std. Deviation", "Std. Error Mean", f"{conf}% CI Lower", f"{conf}% CI Upper",
                   "t", "df", "Sig. (2-tailed)"])
        sh.values([f"{sec.second_label} − {sec.first_label}", r.mean_diff, r.sd_diff, r.se_diff, r.ci_low,
                   r.ci_high, r.t, r.df, r.p_two_tailed],
                  [None, DEC2_FORMAT, DEC2_FORMAT, DEC2_FORMAT, DEC2_FORMAT, DEC2_FORMAT, "0.000", "0", SIG_FORMAT])
        sh.gap()
        sh.line("Sig. (2-tailed) seperti SPSS", sig_text(r.p_two_tailed))
        sh.line("α", r.alpha, "0.00")
        sh.line("Keputusan", r.decision)
    if sec.pairs:
        sh.title("Data (rupiah per bulan)", sub=True)
        sh.header(["Responden", sec.first_label, sec.second_label, "Selisih"])
        for k, p in enumerate(sec.pairs, start=1):
            diff = p.second - p.first if p.first is not None and p.second is not None else None
            sh.values([f"R{k:02d}", p.first, p.second, diff], [None, RUPIAH_FORMAT, RUPIAH_FORMAT, RUPIAH_FORMAT])


def _scale_sheet(sh: _Sheet, scale: Scale) -> None:
    """The scale's answers and its category table (the bounds as numbers)."""
    sh.title(f"Skala — {scale.name}")
    sh.header(["Nilai", "Jawaban"])
    for value, label in scale.points:
        sh.values([value, label], ["0"])
    has_conv = scale.conversion_factor is not None
    sh.title("Tabel kategori", sub=True)
    head = ["IKM dari", "IKM sampai", "Kategori"]
    if has_conv:
        head += ["Konversi dari", "Konversi sampai", "Mutu"]
    sh.header(head)
    for c in scale.categories:
        fmt = "0.00##"
        line: list[Any] = [c.low, c.high, c.label]
        formats: list[str | None] = [fmt, fmt, None]
        if has_conv:
            line += [c.converted_low, c.converted_high, c.quality or ""]
            formats += [fmt, fmt, None]
        sh.values(line, formats)
    if has_conv:
        sh.gap()
        sh.line("Faktor konversi", scale.conversion_factor, "0")


def write_ikm_workbook(path: Path | str, *, section: IkmSection, organisation: str = "",
                       respondents: Sequence[RespondentAnswers] = ()) -> Path:
    """One round's IKM as a workbook: sheet "IKM" (the round, NP, IKM, category, converted
    score, then per item and per indicator), "Jawaban" (a row per respondent, a column per
    item, blanks left empty — ready for SPSS) and "Skala" (answers and the category table).
    Every figure is a number cell; the formats only show it."""
    path = Path(path)
    check_target(path, XLSX)  # refused before the work, not after
    wb = Workbook()
    used: set[str] = set()
    ws = wb.active
    ws.title = _sheet_name(used, "IKM")
    sh = _Sheet(ws, [24, 20, 60, 10, 10, 12, 14, 16])
    _ikm_sheet(sh, section, organisation=organisation)
    codes = [item.code for item in section.result.items] if section.result is not None else []
    if respondents:
        width = max(len(codes), max(len(r.answers) for r in respondents))
        codes = codes or [f"B{k}" for k in range(1, width + 1)]
        sh = _Sheet(wb.create_sheet(_sheet_name(used, "Jawaban")), [6, 30] + [7] * len(codes))
        sh.title(f"Jawaban — {section.title}")
        sh.header(["No.", "Responden", *codes])
        for k, r in enumerate(respondents, start=1):
            sh.values([k, r.name, *r.answers], ["0", None] + ["0"] * len(codes))
        sh.ws.freeze_panes = sh.ws.cell(row=3, column=3)
    _scale_sheet(_Sheet(wb.create_sheet(_sheet_name(used, "Skala")), [14, 30, 30, 14, 16, 8]),
                 section.scale)
    save_workbook(wb, path)  # temporary file, renamed when complete
    return path


def write_evaluation_workbook(path: Path | str, report: EvaluationReport) -> Generator[tuple[int, int, str], None,
                                                                                      Path]:
    """The report's tables in a workbook, one sheet per part; yields ``(done, total, text)``."""
    path = Path(path)
    check_target(path, XLSX)  # refused before the work, not after
    rep = report
    total = 5 + len(rep.ikm) + len(rep.ttests)
    done = 0
    wb = Workbook()
    used: set[str] = set()

    ws = wb.active
    ws.title = _sheet_name(used, "Ringkasan")
    sh = _Sheet(ws, [34, 26, 40, 12, 12, 12, 18])
    p = rep.profile
    sh.title("Laporan Evaluasi Program I-P2P")
    sh.line("Koperasi", p.name)
    sh.line("Alamat", p.address_line())
    sh.line("Periode dari", rep.date_from)
    sh.line("Periode sampai", rep.date_to)
    sh.line("Disusun", rep.prepared_on)
    s = rep.summary
    sh.title("Ringkasan program", sub=True)
    for label, value, fmt in (
            ("Peserta (peminjam)", s.participants, "0"), ("Dari keluarga miskin", s.poor_family, "0"),
            ("Perempuan", s.women, "0"), ("Kelompok", s.groups, "0"), ("Siklus pinjaman kelompok", s.cycles, "0"),
            ("Kredit dicairkan", s.credits, "0"), ("Pinjaman disalurkan", s.disbursed, RUPIAH_FORMAT),
            ("Angsuran diterima", s.repaid, RUPIAH_FORMAT), ("Dana lender dalam kredit", s.lender_funded,
                                                             RUPIAH_FORMAT),
            ("Lender terdaftar", s.lenders, "0"), ("Anggota aktif akhir periode", s.members_active, "0"),
            ("Anggota baru dalam periode", s.members_joined, "0")):
        sh.line(label, value, fmt)
    if s.group_lines:
        sh.title("Kelompok", sub=True)
        sh.header(["Kode", "Kelompok", "Jenis", "Peserta", "Kel. miskin", "Siklus", "Disalurkan"])
        for g in s.group_lines:
            sh.values([g.code, g.name, GROUP_KINDS.get(g.kind, g.kind), g.members, g.poor_family, g.cycles,
                       g.disbursed], [None, None, None, "0", "0", "0", RUPIAH_FORMAT])
    done += 1
    yield done, total, "Ringkasan"

    sh = _Sheet(wb.create_sheet(_sheet_name(used, "Catatan")), [22, 100])
    sh.title("Catatan Ketua")
    for label, text in (("Evaluasi proses", rep.notes.process_notes), ("Kesimpulan", rep.notes.conclusions),
                        ("Rekomendasi", rep.notes.recommendations)):
        sh.line(label, text or "", wrap=True)
    m = rep.mentoring
    sh.title("Pendampingan", sub=True)
    for label, value, fmt in (("Pertemuan kelompok", m.meetings, "0"), ("Kelompok didampingi", m.groups_met, "0"),
                              ("Rata-rata kehadiran", _share(m.attendance_pct), PCT_FORMAT),
                              ("Kunjungan rumah", m.home_visits, "0"),
                              ("Tindak lanjut selesai", m.followups_done, "0"),
                              ("Tindak lanjut terbuka", m.followups_open, "0")):
        sh.line(label, value, fmt)
    done += 1
    yield done, total, "Catatan"

    for k, sec in enumerate(rep.ikm, start=1):
        sh = _Sheet(wb.create_sheet(_sheet_name(used, f"IKM {k} {sec.instrument_code}")),
                    [24, 20, 60, 10, 10, 12, 14, 16])
        _ikm_sheet(sh, sec)
        done += 1
        yield done, total, f"IKM {sec.title}"
    for k, sec in enumerate(rep.ttests, start=1):
        sh = _Sheet(wb.create_sheet(_sheet_name(used, f"Uji-t {k}")), [30, 22, 18, 16, 18, 18, 10, 8, 14])
        _ttest_sheet(sh, sec)
        done += 1
        yield done, total, f"Uji-t {sec.title}"

    pf = rep.portfolio
    sh = _Sheet(wb.create_sheet(_sheet_name(used, "Portofolio")), [40, 22, 22, 14, 14])
    sh.title(f"Kinerja portofolio per {tanggal(pf.as_of)}")
    sh.line("Aturan kolektibilitas", pf.rule_set_name)
    sh.line("Angsuran jatuh tempo dalam periode", pf.repayment.denominator, RUPIAH_FORMAT)
    sh.line("Dibayar atas angsuran itu", pf.repayment.numerator, RUPIAH_FORMAT)
    sh.line("Tingkat pengembalian", float(pf.repayment.value) if pf.repayment.defined else None, PCT_FORMAT)
    sh.line("Kredit berjalan", pf.loans, "0")
    sh.line("Pokok terutang (dasar PAR)", pf.outstanding, RUPIAH_FORMAT)
    sh.line("Jasa terutang (tidak termasuk)", pf.service_outstanding, RUPIAH_FORMAT)
    sh.title("Kolektibilitas (dasar: pokok terutang)", sub=True)
    sh.header(["Kolektibilitas", "Kredit", "Pokok terutang", "Porsi pokok", "Jasa terutang"])
    for b in pf.by_kol:
        sh.values([f"{b.key} {b.label}", b.count, b.outstanding,
                   float(b.share.value) if b.share.defined else None, b.service_outstanding],
                  [None, "0", RUPIAH_FORMAT, PCT_FORMAT, RUPIAH_FORMAT])
    sh.values(["Jumlah", sum(b.count for b in pf.by_kol), sum(b.outstanding for b in pf.by_kol), None,
               sum(b.service_outstanding for b in pf.by_kol)],
              [None, "0", RUPIAH_FORMAT, None, RUPIAH_FORMAT], bold=True, fill=True)
    sh.title("Portofolio berisiko (dasar: pokok terutang)", sub=True)
    sh.header(["Indikator", "Pokok berisiko", "Total pokok terutang", "Rasio"])
    par_rows = [(f"PAR {d} (terlambat > {d} hari)", r) for d, r in pf.par]
    for label, r in ((("PAR dana bergulir (≥ 3 angsuran)", pf.pnpm_par),) if pf.pnpm_par else ()):
        par_rows.append((label, r))
    for label, r in par_rows:
        sh.values([label, r.numerator, r.denominator, float(r.value) if r.defined else None],
                  [None, RUPIAH_FORMAT, RUPIAH_FORMAT, PCT_FORMAT])
    for label, r in (("LAR dana bergulir", pf.pnpm_lar), ("RR dana bergulir", pf.pnpm_rr)):
        if r is not None:
            sh.values([label, r.numerator, r.denominator, float(r.value) if r.defined else None],
                      [None, "#,##0", "#,##0", PCT_FORMAT])
    done += 1
    yield done, total, "Portofolio"

    sh = _Sheet(wb.create_sheet(_sheet_name(used, "Dana Bergulir")), [10, 16, 16, 16, 16, 16, 18, 18, 10])
    sh.title("Perkembangan dana bergulir (rupiah)")
    sh.header(["Tahun", "Hibah", "Disalurkan", "Pokok kembali", "Jasa", "Kerugian", "Modal akhir",
               "Beredar akhir", "Kredit"])
    for y in (y for y in pf.fund_years if y.year <= pf.as_of.year):
        sh.values([y.year, y.grants, y.lent, y.repaid, y.income, y.losses, y.capital_end, y.outstanding_end,
                   y.loans], ["0"] + [RUPIAH_FORMAT] * 7 + ["0"])
    done += 1
    yield done, total, "Dana bergulir"

    if rep.mentoring.by_group:
        sh = _Sheet(wb.create_sheet(_sheet_name(used, "Pendampingan")), [12, 30, 12, 14])
        sh.title("Pertemuan kelompok")
        sh.header(["Kode", "Kelompok", "Pertemuan", "Kehadiran"])
        for g in rep.mentoring.by_group:
            sh.values([g.code, g.name, g.meetings, _share(g.attendance_pct)],
                      [None, None, "0", PCT_FORMAT])
    save_workbook(wb, path)  # temporary file, renamed when complete
    done += 1
    yield done, total, "Selesai"
    return path
