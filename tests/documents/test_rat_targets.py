"""Issue 18: the RAT book sets the year's targets (the RK/RAPB of services/budget.py) beside what
was achieved and the percentage, when a budget for the year exists; the same in the workbook."""

from __future__ import annotations

from openpyxl import load_workbook

from kamura_desktop.documents.annual_report.chapters import target_rows
from kamura_desktop.documents.excel import drain
from kamura_desktop.services import annual_report

from .pdf_text import flat_pages, flat_text


def test_demo_2025_targets_against_achievement_in_the_pdf_and_workbook(demo_db, tmp_path):
    report = annual_report.annual_report_data(demo_db, year=2025)
    # the demo's 2025 RAPB: 10 new members, Rp5.000.000 disbursed, 95 % repayment; income
    # Rp4.324.000, expenses Rp2.686.000, SHU Rp1.638.000 planned; 2025's books: no member joined,
    # nothing disbursed, every instalment due paid, service Rp236.000 and no expenses
    assert target_rows(report) == [
        ("Anggota baru", "10 orang", "0 orang", "0,0 %"),
        ("Pinjaman yang dicairkan", "Rp5.000.000", "Rp0", "0,0 %"),
        ("Tingkat pengembalian (terkumpul ÷ jatuh tempo)", "95,0 %", "100,0 %", "105,3 %"),
        ("Pendapatan", "Rp4.324.000", "Rp236.000", "5,5 %"),
        ("Beban", "Rp2.686.000", "Rp0", "0,0 %"),
        ("Sisa hasil usaha (SHU)", "Rp1.638.000", "Rp236.000", "14,4 %"),
    ]
    pdf = drain(annual_report.write_annual_report_pdf(demo_db, year=2025, path=tmp_path / "rat.pdf",
                                                      report=report))
    pages = flat_pages(pdf)
    page = next(p for p in pages if "Target dan capaian tahun 2025" in p)
    assert "Sasaran Target Capaian % capaian" in page
    assert "Sisa hasil usaha (SHU) Rp1.638.000 Rp236.000 14,4 %" in page
    assert "Tingkat pengembalian (terkumpul ÷ jatuh tempo) 95,0 % 100,0 % 105,3 %" in page

    wb = load_workbook(drain(annual_report.write_annual_report_xlsx(demo_db, year=2025, path=tmp_path / "rat.xlsx",
                                                                    report=report)))
    rows = {r[0]: r[1:4] for r in wb["IX Target & Capaian"].iter_rows(values_only=True) if r and r[0]}
    assert rows["Sisa hasil usaha (SHU)"][:2] == (1_638_000, 236_000)
    assert abs(rows["Sisa hasil usaha (SHU)"][2] - 0.144) < 1e-9
    assert rows["Anggota baru"][:2] == (10, 0)


def test_without_a_budget_the_chapter_says_so(demo_db):
    report = annual_report.annual_report_data(demo_db, year=2024)
    assert report.realisation is None and target_rows(report) == []


def test_the_targets_are_not_repeated_as_a_sentence_under_the_realisation(demo_db, tmp_path):
    pdf = drain(annual_report.write_annual_report_pdf(demo_db, year=2025, path=tmp_path / "rat.pdf"))
    text = flat_text(pdf)
    assert "Target: Anggota baru" not in text and "target 10 orang" not in text
    assert "Anggota baru 10 orang 0 orang 0,0 %" in text  # once, in the table of A
