"""Issue 18 item 5: the balance sheet as SAK EP statements show it — assets as current /
non-current, liabilities as short / long term with subtotals, the previous year beside; the
year's surplus on one clearly named line; no negative "Piutang pinjaman bersih" (the demo's
2024 provision of Rp23.000 stays booked after the revolving loans were repaid in 2025, and the
2025 year-end provision is not posted yet); the income statement with the year before beside;
the same in Excel and in the annual report's workbook."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from pypdf import PdfReader

from kamura_desktop.documents import financial_statements as fs
from kamura_desktop.domain import statement_groups as groups
from kamura_desktop.domain.chart import DEFAULT_CHART
from kamura_desktop.services import accounting, accounting_docs

END_2025 = dt.date(2025, 12, 31)


def _positions(path) -> list[tuple[float, float, str]]:
    """(page-relative y from the top, x, text) of every text run of page 1."""
    page = PdfReader(path).pages[0]
    height = float(page.mediabox.height)
    out: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():  # the text matrix in the page's space (ReportLab moves the origin per cell)
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append((height - y, x, text.strip()))

    page.extract_text(visitor_text=visit)
    return out


def test_every_default_balance_sheet_account_has_a_group_with_its_reason():
    for acc in DEFAULT_CHART:
        if acc.kind in ("asset", "contra_asset", "liability"):
            rule = groups.BY_CODE[acc.code]
            assert rule.why and rule.group in groups.ASSET_GROUPS + groups.LIABILITY_GROUPS, acc.code
    assert groups.group_of("1501", "asset") == "Aset tidak lancar"
    assert groups.group_of("1101", "asset") == "Aset lancar"
    # accounts the office adds: by prefix, else non-current / long term (the SAK EP remainder)
    assert groups.group_of("1105", "asset") == "Aset lancar"
    assert groups.group_of("1601", "asset") == "Aset tidak lancar"
    assert groups.group_of("2201", "liability") == "Liabilitas jangka panjang"
    assert groups.group_of("3101", "equity") is None
    assert "SAK ETAP" in groups.SOURCE and "SAK EP" in groups.SOURCE


def test_demo_2025_sheet_groups_one_surplus_line_and_no_negative_net_receivable(demo_db):
    bs = accounting.balance_sheet(demo_db, as_of=END_2025, compare_as_of=dt.date(2024, 12, 31))
    assets, liabilities, equity = bs.sections
    assert [(g.title, g.total) for g in assets.groups] == [("Aset lancar", 120_241_000), ("Aset tidak lancar", 0)]
    assert [(g.title, g.total) for g in bs.compare.sections[0].groups] == [("Aset lancar", 107_235_000),
                                                                           ("Aset tidak lancar", 0)]
    assert [(g.title, g.total) for g in liabilities.groups] == [("Liabilitas jangka pendek", 40_951_960),
                                                               ("Liabilitas jangka panjang", 0)]
    # the provision exceeds the repaid receivable: no "(Rp23.000)" net line, and the page says why
    assert all(x.amount >= 0 for x in assets.lines if x.is_total)
    assert not any(x.label == "Piutang pinjaman bersih" for x in assets.lines)
    assert {x.code: x.amount for x in assets.lines if x.code} == {
        "1101": 59_852_000, "1102": 60_412_000, "1202": 0, "1209": -23_000}
    note = next(n for n in bs.notes if n.startswith("Cadangan Kerugian Piutang"))
    assert "31 Desember 2025 (Rp23.000)" in note and "(Rp0)" in note and "Penyisihan" in note
    # equity: 2024's closed SHU not yet shared, and 2025's surplus (not closed), each once
    lines = {x.label: x.amount for x in equity.lines}
    assert lines["SHU tahun lalu belum dibagi"] == 1_453_040
    assert lines["Sisa hasil usaha tahun berjalan"] == 236_000
    assert not any("SHU Tahun Berjalan" == x.label or "(belum ditutup)" in x.label for x in equity.lines)
    before = {x.label: x.amount for x in bs.compare.sections[2].lines}
    assert before["Sisa hasil usaha tahun berjalan"] == 1_453_040 and before["SHU tahun lalu belum dibagi"] == 0
    assert bs.balanced and bs.compare.balanced


def test_demo_2025_balance_sheet_pdf_and_workbook_show_the_groups_beside_2024(demo_db, tmp_path):
    pdf = tmp_path / "neraca.pdf"
    for _ in accounting_docs.write_statement_pdf(demo_db, report="balance-sheet", path=pdf,
                                                 date_from=dt.date(2025, 1, 1), date_to=END_2025):
        pass
    runs = _positions(pdf)
    text = " ".join(t for _, _, t in runs)
    for phrase in ("Aset lancar", "Jumlah aset lancar", "Rp120.241.000", "Rp107.235.000", "Aset tidak lancar",
                   "Liabilitas jangka pendek", "Jumlah liabilitas jangka pendek", "Liabilitas jangka panjang",
                   "SHU tahun lalu belum dibagi", "Sisa hasil usaha tahun berjalan", "31-12-2024"):
        assert phrase in text, phrase
    assert "Piutang pinjaman bersih" not in text and "SHU Tahun Berjalan" not in text
    assert "belum ditutup)" not in text

    def y_of(label: str) -> float:
        return next(y for y, _, t in runs if t == label)

    # the groups in SAK EP order, each line under its group heading
    assert (y_of("ASET") < y_of("Aset lancar") < y_of("Kas") < y_of("Jumlah aset lancar")
            < y_of("Aset tidak lancar") < y_of("LIABILITAS") < y_of("Liabilitas jangka pendek")
            < y_of("Simpanan Sukarela") < y_of("Jumlah liabilitas jangka pendek") < y_of("EKUITAS"))
    # the year before in its own column, to the right of the year's
    row = [(x, t) for y, x, t in runs if abs(y - y_of("Jumlah aset lancar")) < 2 and t.startswith("Rp")]
    assert [t for _, t in sorted(row)] == ["Rp120.241.000", "Rp107.235.000"]

    xlsx = tmp_path / "neraca.xlsx"
    for _ in accounting_docs.write_statement_xlsx(demo_db, report="balance-sheet", path=xlsx,
                                                  date_from=dt.date(2025, 1, 1), date_to=END_2025):
        pass
    ws = load_workbook(xlsx).worksheets[0]
    rows = {r[0]: r[2:4] for r in ws.iter_rows(values_only=True) if r and isinstance(r[0], str)}
    assert rows["Jumlah aset lancar"] == (120_241_000, 107_235_000)
    assert rows["Jumlah liabilitas jangka pendek"] == (40_951_960, 33_101_960)
    assert rows["Sisa hasil usaha tahun berjalan"] == (236_000, 1_453_040)
    assert "Piutang pinjaman bersih" not in rows


def test_income_statement_beside_the_year_before_in_pdf_and_excel(demo_db, tmp_path):
    st = accounting.income_statement(demo_db, date_from=dt.date(2025, 1, 1), date_to=END_2025, compare=True)
    assert (st.surplus, st.compare.surplus) == (236_000, 1_453_040)
    # the same lines in both years: a line only 2024 had stands at 0 in 2025
    assert [x.code for x in st.sections[0].lines] == [x.code for x in st.compare.sections[0].lines]
    grid = fs.income_statement_grid(st)
    assert [c.header for c in grid.columns] == ["Pos", "Akun", "2025", "2024"]
    rows = {r.values[0]: r.values[2:] for r in grid.rows}
    assert rows["Pendapatan Usaha Percetakan"] == (0, 3_450_000)
    assert rows["SISA HASIL USAHA (SHU) SEBELUM PAJAK"] == (236_000, 1_453_040)
    xlsx = tmp_path / "phu.xlsx"
    for _ in accounting_docs.write_statement_xlsx(demo_db, report="income-statement", path=xlsx,
                                                  date_from=dt.date(2025, 1, 1), date_to=END_2025):
        pass
    ws = load_workbook(xlsx).worksheets[0]
    got = {r[0]: r[2:4] for r in ws.iter_rows(values_only=True) if r and isinstance(r[0], str)}
    assert got["Jumlah pendapatan"] == (236_000, 4_078_000)
