"""The annual report's PDF and workbook read back: chapter titles and the table of contents
with true page numbers, the balance-sheet totals and the surplus of the worked year
(tests/services/test_annual_report.py), the signers, the SHU appendix with every member
and its total; the workbook with one sheet per chapter, numbers as numbers and dates as
dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess

import pytest
from openpyxl import load_workbook

from kamura_desktop.documents import annual_report as doc
from kamura_desktop.documents.excel import drain
from kamura_desktop.services import annual_report
from tests.helpers_books import prepared
from tests.services.test_annual_report import SURPLUS, TOTAL_ASSETS, worked_year

from .built_once import built, pdf_pages


@prepared
def report(db, actors):
    """The worked year's annual report data (built once per run and engine: the tests only
    read it)."""
    worked_year(db, actors)
    return annual_report.annual_report_data(db, year=2024)


def _pages(path) -> list[str]:
    return [" ".join(p.split()) for p in pdf_pages(path)]


def test_pdf_has_chapters_contents_totals_and_signers(report, tmp_path):
    path = built(doc.build_annual_report_pdf, tmp_path / "rat.pdf", report=report)
    pages = _pages(path)
    text = "\n".join(pages)
    assert "LAPORAN PERTANGGUNGJAWABAN PENGURUS" in pages[0] and "TAHUN BUKU 2024" in pages[0]
    assert "Koperasi Awilarangan Mukti Rahayu" in pages[0]
    for i, (_, title) in enumerate(doc.CHAPTERS):
        assert f"BAB {doc.ROMAN[i]} {title}" in text
    assert "DAFTAR SHU PER ANGGOTA TAHUN BUKU 2024" in text
    # the contents give the page each chapter starts on
    toc = pages[1]
    assert "DAFTAR ISI" in toc
    for i, (_, title) in enumerate(doc.CHAPTERS):
        number = int(re.search(rf"BAB {doc.ROMAN[i]} {title} (\d+)", toc).group(1))
        # (short chapters share pages, issue 18: the heading is on that page, not always first)
        assert f"BAB {doc.ROMAN[i]} {title}" in pages[number - 1], title
    # the statements and the surplus
    # total assets this year and the year before; the surplus
    assert f"Jumlah aset Rp{TOTAL_ASSETS:,} Rp3.300.000".replace(",", ".") in text
    assert f"SHU sebelum pajak Rp{SURPLUS:,}".replace(",", ".") in text
    assert "Simpanan Pokok 300.000 100.000 50.000 350.000 7" in text
    assert "Anggota pada 31 Desember 1 6 7" in text
    assert "Paket Usaha 1 5 125.000" in text
    assert "100,00 %" in text
    assert "( Uji Ketua )" in text and "( Uji Bendahara )" in text and "Sekretaris" in text
    # the appendix lists the seven members and the members' part exactly
    last = pages[-1]
    assert "Jumlah" in last and f"{report.shu.members_part:,}".replace(",", ".") in last
    for x in report.shu.rows:
        assert x.number in last


def test_pdf_and_workbook_of_a_year_without_surplus_say_why(report, tmp_path):
    bare = dataclasses.replace(report, shu=None, shu_status=annual_report.ShuStatus("none", "Tahun 2024 defisit"))
    text = "\n".join(_pages(built(doc.build_annual_report_pdf, tmp_path / "bare.pdf", report=bare)))
    assert "Tahun 2024 defisit" in text
    assert "LAMPIRAN" not in text and "belum tersedia" not in text
    wb = load_workbook(built(doc.build_annual_report_xlsx, tmp_path / "bare.xlsx", report=bare))
    assert "Lampiran SHU Anggota" not in wb.sheetnames
    assert [r[0] for r in wb["VIII SHU"].iter_rows(values_only=True)] == ["Tahun 2024 defisit"]


def test_shu_appendix_of_many_members_lists_every_row(report, tmp_path):
    row = report.shu.rows[0]
    rows = tuple(dataclasses.replace(row, member_id=k, number=f"KMR-{k:05d}", name=f"Anggota Nomor {k}",
                                     savings_basis=1000 * k, jasa_modal=k, jasa_usaha=2 * k, total=3 * k)
                 for k in range(1, 1001))
    big = dataclasses.replace(report, shu=dataclasses.replace(report.shu, rows=rows))
    pages = _pages(built(doc.build_annual_report_pdf, tmp_path / "big.pdf", report=big))
    start = next(i for i, p in enumerate(pages) if "DAFTAR SHU PER ANGGOTA TAHUN BUKU" in p)
    appendix = [p for p in pages[start:] if "KMR-0" in p]  # (the attendance list names them too)
    assert len(appendix) == -(-1000 // doc.ROWS_PER_PAGE)
    text = "\n".join(appendix)
    assert all(f"KMR-{k:05d}" in text for k in range(1, 1001))
    assert f"Jumlah {sum(1000 * k for k in range(1, 1001)):,}".replace(",", ".") in appendix[-1]
    assert f"{3 * sum(range(1, 1001)):,}".replace(",", ".") in appendix[-1]


def test_workbook_sheets_numbers_and_dates(report, tmp_path):
    path = built(doc.build_annual_report_xlsx, tmp_path / "rat.xlsx", report=report)
    wb = load_workbook(path)
    assert wb.sheetnames == ["I Pendahuluan", "II Keanggotaan", "III Simpanan", "IV Pinjaman",
                             "V Lender & Dana Bergulir", "VI Pendampingan", "VII Laporan Keuangan",
                             "VII Arus Kas", "VII CALK", "VIII SHU", "Lampiran SHU Anggota"]

    def rows(name):
        return [tuple(r) for r in wb[name].iter_rows(values_only=True)]

    intro = {r[0]: r[1] for r in rows("I Pendahuluan") if r and r[0]}
    assert intro["Periode dari"] == dt.datetime(2024, 1, 1)
    assert intro["Periode sampai"] == dt.datetime(2024, 12, 31)
    assert intro["SHU tahun berjalan (Rp)"] == SURPLUS
    assert intro["Tingkat pengembalian"] == pytest.approx(1.0)
    savings = {r[0]: r[1:6] for r in rows("III Simpanan") if r and r[0]}
    assert savings["Simpanan Pokok"] == (300_000, 100_000, 50_000, 350_000, 7)
    assert _value(wb["III Simpanan"], savings["Jumlah"][3]) == 3_510_000
    members = {r[0]: r[1:4] for r in rows("II Keanggotaan") if r and r[0]}
    assert members["Anggota pada 31 Desember"] == (1, 6, 7)
    finance = {r[0]: r[1] for r in rows("VII Laporan Keuangan") if r and r[0]}
    assert finance["Jumlah aset"] == TOTAL_ASSETS and finance["SHU sebelum pajak"] == SURPLUS
    credit = [r for r in rows("IV Pinjaman") if r and r[0] == "Paket Usaha"]
    assert credit == [("Paket Usaha", "PAKET", 1, 5, None, 125_000)]
    shu = rows("Lampiran SHU Anggota")
    assert shu[0][0] == "No" and len(shu) == 1 + len(report.shu.rows) + 1
    assert _value(wb["Lampiran SHU Anggota"], shu[-1][-1]) == report.shu.members_part
    assert isinstance(shu[1][0], int)
    pct = [r for r in rows("VIII SHU") if r and r[0] == "Cadangan"][0]
    assert pct[1] == pytest.approx(0.40)


def _value(ws, value):
    """A cell's figure: a number as written, a ``=SUM(B5:B9)`` added up from the sheet."""
    if isinstance(value, str) and value.startswith("=SUM("):
        m = re.fullmatch(r"=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)", value)
        assert m and m[1] == m[3], value
        return sum(c.value or 0 for (c,) in ws[f"{m[1]}{m[2]}:{m[3]}{m[4]}"])
    return value


def test_workbook_totals_are_sums_print_set_up_and_one_format(report, tmp_path):
    """Issue 18 (Excel): totals are =SUM formulas over the figures above that equal the
    figures the report states; every sheet prints A4 one page wide with its heading row
    repeated and frozen; rupiah in one format with (23.000) negatives; account codes numbers."""
    wb = load_workbook(built(doc.build_annual_report_xlsx, tmp_path / "rat.xlsx", report=report))
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == 9, ws.title  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, ws.title
        assert ws.print_title_rows, ws.title
        assert ws.freeze_panes in ("A2", "A6"), ws.title
    totals = {ws.title: [r for r in ws.iter_rows() if r and r[0].value == "Jumlah"] for ws in wb.worksheets}
    (savings,) = totals["III Simpanan"]
    assert all(str(c.value).startswith("=SUM(") for c in savings[1:5])
    assert [_value(wb["III Simpanan"], c.value) for c in savings[1:5]] == [
        sum(getattr(s, k) for s in report.savings) for k in ("opening", "inflow", "outflow", "closing")]
    (credit,) = totals["IV Pinjaman"]
    assert _value(wb["IV Pinjaman"], credit[3].value) == report.credit.disbursed_credits
    assert _value(wb["IV Pinjaman"], credit[5].value) == report.credit.disbursed_amount
    assert str(credit[5].value).startswith("=SUM(")
    shu = [r for r in wb["VIII SHU"].iter_rows() if r[0].value == "SHU"][0]
    assert str(shu[2].value).startswith("=SUM(") and _value(wb["VIII SHU"], shu[2].value) == report.shu.surplus
    appendix = [r for r in wb["Lampiran SHU Anggota"].iter_rows() if r[2].value == "Jumlah"][0]
    assert [_value(wb["Lampiran SHU Anggota"], c.value) for c in appendix[3:8]] == [
        sum(getattr(x, k) for x in report.shu.rows)
        for k in ("savings_basis", "service_basis", "jasa_modal", "jasa_usaha", "total")]
    formats = {c.number_format for ws in wb.worksheets for r in ws.iter_rows() for c in r
               if (isinstance(c.value, int) or str(c.value).startswith("=SUM("))
               and c.number_format not in ("0", "#,##0", "General") and "%" not in c.number_format}
    assert formats == {'#,##0;(#,##0);"-"'}
    codes = [r[1] for r in wb["VII CALK"].iter_rows(min_row=6) if r[1].value not in (None, "")]
    assert codes and all(isinstance(c.value, int) and c.number_format == "0" for c in codes)


def test_demo_report_pdf_and_workbook(demo_db, tmp_path):
    pdf = tmp_path / "demo.pdf"
    for _ in annual_report.write_annual_report_pdf(demo_db, year=2024, path=pdf):
        pass
    text = "\n".join(_pages(pdf))
    assert "BAB V LENDER DAN DANA BERGULIR" in text and "Perkembangan dana bergulir" not in text[:10]
    assert "H. Ujang Suryana" in text and "KMR-0001" in text
    # the credit chapter's outstanding is the principal: the balance sheet's receivable, PAR's
    # base; the service still owed is its own figure and the chapter says which base it uses
    report = annual_report.annual_report_data(demo_db, year=2024)
    receivable = sum(x.amount for x in report.balance_sheet.sections[0].lines
                     if x.code in ("1201", "1202"))
    assert receivable == report.credit.outstanding
    assert all(r.denominator == receivable for _, r in report.credit.par)
    assert "piutang pinjaman tercatat" not in text
    flat = " ".join(text.split())
    assert "Dasar: pokok terutang" in flat and "Jasa terutang (Rp)" in flat
    assert f"Jasa masih terutang {doc.money(report.credit.service_outstanding)}" in flat
    xlsx = tmp_path / "demo.xlsx"
    for _ in annual_report.write_annual_report_xlsx(demo_db, year=2024, path=xlsx):
        pass
    assert load_workbook(xlsx)["V Lender & Dana Bergulir"].max_row > 10


def test_long_lender_list_is_cut_in_the_pdf_and_whole_in_the_workbook(report, tmp_path):
    rows = tuple(annual_report.LenderRow(f"KMR-{k:04d}", f"Lender {k}", 1000 * k, 500 * k, k)
                 for k in range(1, 101))
    lenders = dataclasses.replace(report.lenders, rows=rows, active_lenders=100)
    many = dataclasses.replace(report, lenders=lenders)
    text = "\n".join(_pages(built(doc.build_annual_report_pdf, tmp_path / "l.pdf", report=many)))
    assert f"… dan {100 - doc.MAX_LISTED} lender lain" in text
    assert "KMR-0100" in text and "KMR-0060" not in text  # the largest are shown
    wb = load_workbook(built(doc.build_annual_report_xlsx, tmp_path / "l.xlsx", report=many))
    numbers = {r[0] for r in wb["V Lender & Dana Bergulir"].iter_rows(values_only=True)}
    assert {f"KMR-{k:04d}" for k in range(1, 101)} <= numbers


def test_income_sentence_with_negative_expenses_and_a_deficit(report, tmp_path):
    """A year whose provision was released has negative expenses: the sentence under the
    income statement read "jumlah beban -Rp23.000"; a deficit read "SHU sebelum pajak -Rp…"."""
    inc = report.income_statement
    released = dataclasses.replace(inc, total_income=236_000, total_expense=-23_000, surplus=259_000)
    text = "\n".join(_pages(built(doc.build_annual_report_pdf, tmp_path / "a.pdf",
                                  report=dataclasses.replace(report, income_statement=released))))
    assert "jumlah beban (Rp23.000) = SHU sebelum pajak Rp259.000" in text and "-Rp" not in text
    loss = dataclasses.replace(inc, total_income=100_000, total_expense=350_000, surplus=-250_000)
    text = "\n".join(_pages(built(doc.build_annual_report_pdf, tmp_path / "b.pdf",
                                  report=dataclasses.replace(report, income_statement=loss))))
    assert "jumlah beban Rp350.000 = defisit Rp250.000" in text


def _pdftotext(path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], check=True, capture_output=True).stdout.decode()


def _attendance_lines(path) -> list[str]:
    """The attendance list (BAB XII C) as pdftotext lays it out, one text line a row: read
    from the pages of BAB XII only, as the contents give them (the SHU appendix after it is
    a third of a large report's pages)."""
    toc = " ".join(_pdftotext(path, "-f", "2", "-l", "2").split())
    first = int(re.search(r"BAB XII BAHAN RAPAT ANGGOTA TAHUNAN (\d+)", toc).group(1))
    after = int(re.search(r"LAMPIRAN: DAFTAR SHU PER ANGGOTA (\d+)", toc).group(1))
    text = _pdftotext(path, "-layout", "-f", str(first), "-l", str(after - 1))
    part = text[text.index("C. Daftar hadir anggota"):text.index("D. Berita acara Rapat Anggota Tahunan")]
    return [line.strip() for line in part.splitlines() if line.strip()]


def test_attendance_list_of_ten_thousand_members_every_row_once_with_whole_numbers(report, tmp_path):
    """The RAT's attendance list has a row for every member, in order, each with its own
    number and signature place; a five-digit row number stays whole (the 12 mm column of the
    old table broke "10000" over two lines) and a name too long for its column wraps inside
    its row (drawn page by page since issue 16: the 20.000-member table took minutes)."""
    n = 10_000
    long_name = "Nyimas Siti Rahmawati Kusumadewi Purnamasari Handayani Wulandari Anggraeni"
    row = report.shu.rows[0]
    rows = tuple(dataclasses.replace(row, member_id=k, number=f"KMR-{k:05d}",
                                     name=long_name if k == 9_999 else f"Anggota {k}")
                 for k in range(1, n + 1))
    big = dataclasses.replace(report, shu=dataclasses.replace(report.shu, rows=rows))
    lines = _attendance_lines(built(doc.build_annual_report_pdf, tmp_path / "hadir.pdf", report=big))
    rows_read = [line.split() for line in lines if re.match(r"\d+ +KMR-\d{5}\b", line)]
    assert [int(r[0]) for r in rows_read] == list(range(1, n + 1))
    assert [r[1] for r in rows_read] == [f"KMR-{k:05d}" for k in range(1, n + 1)]
    # the signature place: the row's number and a stop, on the left or the right of the column
    assert all(r[-1] == f"{k}." for k, r in zip(range(1, n + 1), rows_read, strict=True) if k != 9_999)
    assert rows_read[9_997][2:4] == ["Anggota", "9998"] and rows_read[9_999][2:4] == ["Anggota", "10000"]
    # the long name wraps to three lines inside its row: the row's number in the middle one
    at = next(i for i, line in enumerate(lines) if line.startswith("9999 "))
    assert lines[at - 1] == "Nyimas Siti Rahmawati Kusumadewi" and lines[at + 1] == "Anggraeni"
    assert "Purnamasari Handayani Wulandari" in lines[at]


def test_the_report_is_laid_out_once_with_its_contents_numbered_in_place(report, tmp_path, monkeypatch):
    """Issue 20: the report was laid out twice, the first pass only to count the pages the
    contents name (half a short report's time; two of the ten seconds of a 10.000-member
    one). Now once: the contents' numbers are drawn into page 2 at their place when the file
    is saved — the text reads "BAB I PENDAHULUAN 3" in order, each on the page it names."""
    from kamura_desktop.documents.annual_report import report as report_pdf

    layouts = []
    build = report_pdf.build_pdf
    monkeypatch.setattr(report_pdf, "build_pdf", lambda *a, **k: layouts.append(a[0]) or build(*a, **k))
    path = drain(doc.build_annual_report_pdf(tmp_path / "sekali.pdf", report=report))
    assert layouts == [path]
    pages = _pages(path)
    toc = pages[1]
    for i, (key, title) in enumerate(doc.CHAPTERS):
        number = int(re.search(rf"BAB {doc.ROMAN[i]} {title} (\d+)", toc).group(1))
        assert f"BAB {doc.ROMAN[i]} {title}" in pages[number - 1], key
    appendix = int(re.search(r"LAMPIRAN: DAFTAR SHU PER ANGGOTA (\d+)", toc).group(1))
    assert "DAFTAR SHU PER ANGGOTA TAHUN BUKU 2024" in pages[appendix - 1] and appendix == len(pages)
