"""Financial statements on paper and in Excel: the worked year's key figures read back from
the PDF text and from the workbook cells (numbers as numbers, dates as dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from kamura_desktop.demo import DEMO_PROFILE
from kamura_desktop.documents import financial_statements as fs
from kamura_desktop.documents.pdf import build_pdf, styles
from kamura_desktop.services import accounting, accounting_docs, ledger, settings
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.ledger import Line
from tests.helpers_books import prepared
from tests.services.test_accounting import worked_year

from .built_once import built, pdf_pages
from .pdf_text import page_texts

Y0, Y1 = dt.date(2024, 1, 1), dt.date(2024, 12, 31)


@prepared
def books(db, actors):
    """The worked year of tests/services/test_accounting.py with the demo's profile (built
    once per run and engine, a copy per test)."""
    settings.update_profile(db, actor=Actor.system(), **DEMO_PROFILE)
    worked_year(db, actors["bendahara"])
    return db


def pdf_text(path) -> str:
    return "\n".join(page_texts(path))


def write_pdf(db, tmp_path, report, **kw):
    path = tmp_path / f"{report}.pdf"
    steps = list(accounting_docs.write_statement_pdf(db, report=report, path=path, **kw))
    assert steps[0][0] == 0 and steps[-1][0] == steps[-1][1] and all(len(s) == 3 for s in steps)
    assert path.read_bytes().startswith(b"%PDF")
    return pdf_text(path)


def write_xlsx(db, tmp_path, report, **kw):
    path = tmp_path / f"{report}.xlsx"
    steps = list(accounting_docs.write_statement_xlsx(db, report=report, path=path, **kw))
    assert steps[-1][:2] == (100, 100)
    return load_workbook(path).worksheets[0]


def rows_by_label(ws, column: int) -> dict:
    return {r[column]: r for r in ws.iter_rows(min_row=6, values_only=True) if r and r[column]}


def test_balance_sheet_pdf(books, tmp_path):
    text = write_pdf(books, tmp_path, "balance-sheet", date_from=Y0, date_to=Y1)
    for expected in ("LAPORAN POSISI KEUANGAN", "Per 31 Desember 2024", "31 Desember 2023",
                     "Rp39.450.000", "(Rp70.000)", "(Rp500.000)", "Piutang pinjaman bersih", "Rp3.930.000",
                     "Nilai buku aset tetap", "Rp5.500.000", "Jumlah aset", "Rp53.880.000",
                     "Simpanan Sukarela", "Rp1.700.000", "Rp52.180.000", "JUMLAH LIABILITAS DAN EKUITAS",
                     "Rp50.000.000", "Koperasi", "Mengetahui", "Ketua", "Bendahara", "Uji Ketua",
                     "Uji Bendahara", "Halaman 1 dari 1"):
        assert expected in text, expected


def test_income_statement_and_equity_pdf(books, tmp_path):
    text = write_pdf(books, tmp_path, "income-statement", date_from=Y0, date_to=Y1)
    for expected in ("PERHITUNGAN HASIL USAHA", "Periode 1 Januari – 31 Desember 2024",
                     "Pendapatan Jasa Pinjaman", "Rp1.800.000", "Jumlah pendapatan", "Rp1.900.000",
                     "Jumlah beban", "Rp1.220.000", "SISA HASIL USAHA (SHU) SEBELUM PAJAK", "Rp680.000"):
        assert expected in text, expected
    text = write_pdf(books, tmp_path, "equity-changes", date_from=Y0, date_to=Y1)
    for expected in ("LAPORAN PERUBAHAN EKUITAS", "Simpanan Pokok", "Rp1.000.000", "Rp50.000.000",
                     "Sisa hasil usaha belum ditutup", "Rp680.000", "Rp2.180.000", "Rp52.180.000"):
        assert expected in text, expected


def test_trial_balance_and_ledgers_pdf(books, tmp_path):
    text = write_pdf(books, tmp_path, "trial-balance", date_from=Y0, date_to=Y1)
    for expected in ("NERACA SALDO", "Rp44.000.000", "Rp11.300.000", "Rp15.850.000", "Rp39.450.000",
                     "Rp27.820.000", "Rp55.670.000", "Neraca saldo seimbang"):
        assert expected in text, expected
    text = write_pdf(books, tmp_path, "cash-book", date_from=Y0, date_to=Y1)
    for expected in ("BUKU KAS HARIAN", "Akun 1101 Kas", "Saldo awal", "Rp44.000.000", "05-01-2024",
                     "Rp45.500.000", "Pencairan pinjaman", "Rp9.900.000", "Rp39.450.000", "12 transaksi"):
        assert expected in text, expected
    text = write_pdf(books, tmp_path, "general-ledger", date_from=Y0, date_to=Y1, account_code="2101")
    assert "BUKU BESAR" in text and "2101 Simpanan Sukarela" in text and "Rp1.700.000" in text
    with pytest.raises(Exception, match="akun"):
        list(accounting_docs.write_statement_pdf(books, report="general-ledger", path=tmp_path / "x.pdf",
                                                 date_from=Y0, date_to=Y1))


def test_balance_sheet_workbook(books, tmp_path):
    ws = write_xlsx(books, tmp_path, "balance-sheet", date_from=Y0, date_to=Y1)
    assert ws["A2"].value == "LAPORAN POSISI KEUANGAN (NERACA)"
    assert ws.title == "Laporan Posisi Keuangan"  # not "… (Neraca" cut at 31 characters
    assert "31 Desember 2024" in ws["A3"].value
    header = [c.value for c in ws[5]]
    assert header == ["Pos", "Akun", "31-12-2024", "31-12-2023"]
    rows = rows_by_label(ws, 0)
    assert rows["Kas"][1:] == (1101, 39_450_000, 44_000_000)  # the code a number (issue 18)
    assert rows["Dikurangi: Cadangan Kerugian Piutang"][2] == -70_000
    assert rows["Jumlah aset"][2:] == (53_880_000, 50_000_000)
    assert rows["JUMLAH LIABILITAS DAN EKUITAS"][2:] == (53_880_000, 50_000_000)
    cell = next(r for r in ws.iter_rows(min_row=6) if r[0].value == "Jumlah aset")[2]
    assert isinstance(cell.value, int) and cell.number_format == fs.ACCOUNTING_FORMAT and cell.font.b


def test_statement_workbooks(books, tmp_path):
    ws = write_xlsx(books, tmp_path, "income-statement", date_from=Y0, date_to=Y1)
    rows = rows_by_label(ws, 0)
    assert rows["Pendapatan Jasa Pinjaman"][2] == 1_800_000
    assert rows["SISA HASIL USAHA (SHU) SEBELUM PAJAK"][2] == 680_000
    ws = write_xlsx(books, tmp_path, "trial-balance", date_from=Y0, date_to=Y1)
    rows = rows_by_label(ws, 0)
    assert rows[1101][1:] == ("Kas", 44_000_000, 0, 11_300_000, 15_850_000, 39_450_000, 0)
    total = next(r for r in ws.iter_rows(min_row=6, values_only=True) if r[1] == "Jumlah")
    assert total[2:] == (50_000_000, 50_000_000, 27_820_000, 27_820_000, 55_670_000, 55_670_000)
    ws = write_xlsx(books, tmp_path, "equity-changes", date_from=Y0, date_to=Y1)
    total = next(r for r in ws.iter_rows(min_row=6, values_only=True) if r[1] == "Jumlah ekuitas")
    assert total[2:] == (50_000_000, 2_180_000, 0, 52_180_000)


def test_cash_book_workbook_dates_and_text(books, actors, tmp_path):
    # a description that looks like a formula stays text
    ledger.post_journal_entry(books, actor=actors["bendahara"], on_date=dt.date(2024, 12, 31),
                              description="=HYPERLINK(\"http://x\")", lines=[
                                  Line("5202", debit=1_000), Line("1101", credit=1_000)])
    ws = write_xlsx(books, tmp_path, "cash-book", date_from=Y0, date_to=Y1)
    data = list(ws.iter_rows(min_row=6))
    opening = data[0]
    assert opening[2].value == "Saldo awal" and opening[5].value == 44_000_000
    first = data[1]
    assert isinstance(first[0].value, dt.datetime) and first[0].value.date() == dt.date(2024, 1, 5)
    assert first[0].number_format == "dd/mm/yyyy"
    assert (first[3].value, first[4].value, first[5].value) == (1_500_000, None, 45_500_000)
    formula = next(r for r in data if str(r[2].value).startswith("=HYPERLINK"))
    assert formula[2].data_type == "s"
    closing = next(r for r in data if r[2].value == "Jumlah mutasi dan saldo akhir")
    assert closing[5].value == 39_449_000


def test_flowables_embed_in_another_document(books, tmp_path):
    """What the annual report does: the statements' flowables in its own story."""
    st = styles()
    bs = accounting.balance_sheet(books, as_of=Y1, compare_as_of=dt.date(2023, 12, 31))
    inc = accounting.income_statement(books, date_from=Y0, date_to=Y1)
    ec = accounting.equity_changes(books, date_from=Y0, date_to=Y1)
    story = (fs.balance_sheet_flowables(bs, st) + fs.income_statement_flowables(inc, st)
             + fs.equity_changes_flowables(ec, st, title=False))
    path = build_pdf(tmp_path / "gabungan.pdf", story, profile=settings.get_profile(books),
                     title="Laporan tahunan 2024")
    text = pdf_text(path)
    assert "Rp53.880.000" in text and "Rp680.000" in text and "Rp52.180.000" in text
    assert text.count("LAPORAN PERUBAHAN EKUITAS") == 0  # title=False leaves the heading to the caller


def test_money_format():
    assert fs.acc_money(125_000) == "Rp125.000"
    assert fs.acc_money(-70_000) == "(Rp70.000)"
    assert fs.acc_money(0) == "-" and fs.acc_money(None) == ""
    assert fs.period_text(Y0, Y1) == "1 Januari – 31 Desember 2024"
    assert fs.period_text(dt.date(2023, 7, 1), Y1) == "1 Juli 2023 – 31 Desember 2024"


def _money_cells_fit(tables) -> list[str]:
    """Texts of money cells that would wrap onto a second line in their column."""
    wrapped = []
    for table in tables:
        widths = table._colWidths
        for row in table._cellvalues[1:]:
            for width, cell in zip(widths, row, strict=True):
                if getattr(cell, "style", None) is None or cell.style.alignment != 2:  # TA_RIGHT
                    continue
                cell.wrap(width - 6, 1000)
                if len(cell.blPara.lines) > 1:
                    wrapped.append(cell.text)
    return wrapped


def test_large_amounts_do_not_wrap_in_narrow_columns():
    """An equity statement of a big cooperative: Rp62.105.580.000 and (Rp1.234.567.890) stay on
    one line (the money columns widen, the name column gives way) and the table still fits A4."""
    rows = tuple(accounting.EquityRow(code, name, 62_105_580_000, 12_345_678_900, 9_876_543_210,
                                      64_574_715_690, (code,))
                 for code, name in (("3101", "Simpanan Pokok"), ("3102", "Simpanan Wajib"),
                                    ("3201", "Modal Dana Bergulir (Hibah)")))
    rows += (accounting.EquityRow("", "Sisa hasil usaha belum ditutup", -1_234_567_890, 0, 0,
                                  -1_234_567_890, ()),)
    ec = accounting.EquityChanges(dt.date(2025, 1, 1), dt.date(2025, 12, 31), rows,
                                  total_opening=185_082_172_110, total_increase=37_037_036_700,
                                  total_decrease=29_629_629_630, total_closing=192_489_579_180, surplus=0)
    st = styles()
    grid = fs.equity_changes_grid(ec)
    tables = list(fs.grid_tables(grid, st))
    assert _money_cells_fit(tables) == []
    assert sum(tables[0]._colWidths) <= fs.A4_PORTRAIT.content_width + 0.5
    # the annual report embeds the same flowables
    flow = [f for f in fs.equity_changes_flowables(ec, st, title=False) if hasattr(f, "_cellvalues")]
    assert _money_cells_fit(flow) == []


@pytest.mark.parametrize("report", ["trial-balance", "balance-sheet", "general-ledger"])
def test_signatures_never_stand_alone_on_a_page(demo_db, tmp_path, report, monkeypatch):
    """The demo's 2024 trial balance fills its landscape page; its signatures used to go to a
    page of their own. The last rows now move with them. Every report: the page with the
    signatures also shows the report's closing row. (Each engine's service reads its own
    grid; a grid, profile and signatures equal to those the other engine read are laid out
    once per run: tests/documents/built_once.py.)"""
    build = fs.build_grid_pdf
    monkeypatch.setattr(fs, "build_grid_pdf", lambda path, grid, **kw: built(build, path, grid=grid, **kw))
    path = tmp_path / f"{report}.pdf"
    list(accounting_docs.write_statement_pdf(demo_db, report=report, path=path, date_from=Y0, date_to=Y1,
                                             account_code="1101" if report == "general-ledger" else None))
    pages = page_texts(path)
    signed = [t for t in pages if "Mengetahui" in t]
    assert len(signed) == 1
    assert "JUMLAH" in signed[0].upper()
    if report == "trial-balance":
        tb = accounting.trial_balance_report(demo_db, date_from=Y0, date_to=Y1)
        assert fs.acc_money(sum(r.closing_debit for r in tb.rows)) in signed[0]


def test_signatures_stay_with_the_last_rows_at_every_length(db, tmp_path):
    """Trial balances of 10 to 40 accounts on landscape A4: whatever the length, the page
    that carries the signatures carries the Jumlah row too (at some length the table used to
    end at the foot of a page and leave the signatures alone on the next)."""
    settings.update_profile(db, actor=Actor.system(), **DEMO_PROFILE)
    profile = settings.get_profile(db)
    lengths = set()
    for n in range(10, 41):
        rows = tuple(accounting.TBRow(f"{1000 + i}", f"Akun {i}", "asset", 0, 0, 1_000, 1_000, 0, 0)
                     for i in range(n))
        tb = accounting.TrialBalanceReport(Y0, Y1, rows, 0, 0, n * 1_000, n * 1_000, 0, 0)
        path = built(fs.build_grid_pdf, tmp_path / f"tb{n}.pdf", grid=fs.trial_balance_grid(tb),
                     profile=profile, signatures=fs.Signatures("A", "B", None))
        pages = pdf_pages(path)
        lengths.add(len(pages))
        signed = [t for t in pages if "Mengetahui" in t]
        assert len(signed) == 1 and "Jumlah" in signed[0], (n, len(pages))
    assert lengths == {1, 2}  # the range crosses the page boundary
