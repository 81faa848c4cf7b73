"""Work plan and budget (RK/RAPB) and its realisation (services/budget.py, issue 19 §3).

Hand-worked year 2025: capital Rp10.000.000 into Kas (January); print-shop income Rp500.000
(10 March) and Rp300.000 (8 July); other income Rp100.000 (May, not budgeted); stationery
Rp150.000 (12 March). Budget: print shop Rp1.200.000, stationery Rp600.000, honorarium
Rp240.000.

Year:   print shop 800.000 / 1.200.000 = 66,7 %, difference −400.000; other income 100.000 / 0
        (no %); stationery 150.000 / 600.000 = 25,0 %; honorarium 0 / 240.000 = 0,0 %;
        income 900.000 / 1.200.000 = 75,0 %; expenses 150.000 / 840.000 = 17,9 %;
        SHU 750.000 / 360.000 = 208,3 %, difference +390.000.
March:  print shop 500.000 / 100.000 = 500,0 %; stationery 150.000 / 50.000 = 300,0 %;
        honorarium 0 / 20.000.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from kamura_desktop.documents.excel import drain
from kamura_desktop.domain.errors import NotFound, PermissionDenied, UserError
from kamura_desktop.services import budget, journal
from kamura_desktop.services.ledger import Line
from tests.conftest import TEST_USERS
from tests.helpers_books import prepared
from tests.helpers_cli import kamura as kamura_cli
from tests.services import shared_demo
from tests.services.pdf_pages import page_texts, pdf_text

#: the demo opened once for this module's reading tests (tests/services/shared_demo.py)
read_demo = shared_demo.read_demo
read_demo_books = shared_demo.read_demo_books

YEAR = 2025
LINES = {"4301": 1_200_000, "5203": 600_000, "5201": 240_000}


def worked_2025(db, actor) -> None:
    post = journal.post_manual_entry
    for on, desc, debit, credit, amount in (
            (dt.date(YEAR, 1, 10), "Modal dari pemerintah desa", "1101", "3202", 10_000_000),
            (dt.date(YEAR, 3, 10), "Cetak undangan", "1101", "4301", 500_000),
            (dt.date(YEAR, 3, 12), "Beli alat tulis", "5203", "1101", 150_000),
            (dt.date(YEAR, 5, 2), "Pendapatan lain", "1101", "4901", 100_000),
            (dt.date(YEAR, 7, 8), "Cetak spanduk", "1101", "4301", 300_000)):
        post(db, actor=actor, on_date=on, description=desc, lines=[Line(debit, debit=amount),
                                                                   Line(credit, credit=amount)])


@prepared
def year(db, actors):
    worked_2025(db, actors["bendahara"])
    budget.save_budget(db, actor=actors["bendahara"], year=YEAR, lines=LINES,
                       targets={"new_members": 2, "credits_disbursed": 1_000_000, "repayment_rate": 95})
    return db


def row(r, code):
    x = next(x for x in r.rows if x.code == code)
    return x.budget, x.actual, x.difference, x.pct


def test_yearly_realisation_hand_worked(year):
    r = budget.realisation(year, year=YEAR)
    assert row(r, "4301") == (1_200_000, 800_000, -400_000, Decimal("66.7"))
    assert row(r, "4901") == (0, 100_000, 100_000, None)
    assert row(r, "5203") == (600_000, 150_000, -450_000, Decimal("25.0"))
    assert row(r, "5201") == (240_000, 0, -240_000, Decimal("0.0"))
    assert (r.income.budget, r.income.actual, r.income.pct) == (1_200_000, 900_000, Decimal("75.0"))
    assert (r.expense.budget, r.expense.actual, r.expense.pct) == (840_000, 150_000, Decimal("17.9"))
    assert (r.surplus.budget, r.surplus.actual, r.surplus.difference, r.surplus.pct) == (
        360_000, 750_000, 390_000, Decimal("208.3"))
    targets = {t.key: (t.target, t.actual, t.pct) for t in r.targets}
    assert targets["new_members"] == (2, 0, Decimal("0.0"))
    assert targets["credits_disbursed"] == (1_000_000, 0, Decimal("0.0"))
    assert targets["repayment_rate"] == (95, Decimal(0), None)  # nothing fell due: no rate


def test_monthly_realisation_uses_a_twelfth_of_the_year(year):
    r = budget.realisation(year, year=YEAR, month=3)
    assert (r.date_from, r.date_to) == (dt.date(YEAR, 3, 1), dt.date(YEAR, 3, 31))
    assert row(r, "4301") == (100_000, 500_000, 400_000, Decimal("500.0"))
    assert row(r, "5203") == (50_000, 150_000, 100_000, Decimal("300.0"))
    assert row(r, "5201") == (20_000, 0, -20_000, Decimal("0.0"))
    assert r.targets == ()
    # December of a budget that does not divide by 12: the months add up to the year
    assert sum(row(budget.realisation(year, year=YEAR, month=m), "5203")[0] for m in range(1, 13)) == 600_000


def test_who_may_enter_and_approve_and_an_approved_budget_is_kept(db, actors):
    with pytest.raises(PermissionDenied, match="Bendahara atau Ketua"):
        budget.save_budget(db, actor=actors["petugas"], year=YEAR, lines=LINES)
    with pytest.raises(UserError, match="bukan akun pendapatan atau beban"):
        budget.save_budget(db, actor=actors["ketua"], year=YEAR, lines={"1101": 5})
    with pytest.raises(UserError, match="tidak negatif"):
        budget.save_budget(db, actor=actors["ketua"], year=YEAR, lines={"4301": -5})
    with pytest.raises(UserError, match="paling tinggi 100 %"):
        budget.save_budget(db, actor=actors["ketua"], year=YEAR, lines=LINES, targets={"repayment_rate": 120})
    with pytest.raises(NotFound):
        budget.approve_budget(db, actor=actors["ketua"], year=YEAR, rat_date=dt.date(2025, 3, 15))
    assert budget.get_budget(db, year=YEAR) is None  # nothing half-saved
    b = budget.save_budget(db, actor=actors["ketua"], year=YEAR, lines=LINES).value
    assert (b.status, b.total_income, b.total_expense, b.saved_by) == ("draft", 1_200_000, 840_000, "Uji Ketua")
    budget.save_budget(db, actor=actors["bendahara"], year=YEAR, lines={**LINES, "4301": 1_500_000})
    assert budget.get_budget(db, year=YEAR).total_income == 1_500_000
    with pytest.raises(PermissionDenied):
        budget.approve_budget(db, actor=actors["bendahara"], year=YEAR, rat_date=dt.date(2025, 3, 15))
    with pytest.raises(UserError, match="di luar itu"):
        budget.approve_budget(db, actor=actors["ketua"], year=YEAR, rat_date=dt.date(2023, 3, 15))
    with pytest.raises(UserError, match="belum lewat"):
        budget.approve_budget(db, actor=actors["ketua"], year=YEAR,
                              rat_date=dt.date.today() + dt.timedelta(days=1))
    ok = budget.approve_budget(db, actor=actors["ketua"], year=YEAR, rat_date=dt.date(2025, 3, 15)).value
    assert (ok.status, ok.approved_on, ok.approved_by) == ("approved", dt.date(2025, 3, 15), "Uji Ketua")
    with pytest.raises(UserError, match="sudah disahkan RAT tanggal 15 Maret 2025"):
        budget.save_budget(db, actor=actors["ketua"], year=YEAR, lines=LINES)
    assert budget.get_budget(db, year=YEAR).total_income == 1_500_000


def test_demo_has_the_2025_budget_and_its_realisation(read_demo):
    b = budget.get_budget(read_demo, year=2025)
    assert (b.status, b.approved_on, b.approved_by) == ("approved", dt.date(2025, 3, 15), "H. Ujang Suryana")
    r = budget.realisation(read_demo, year=2025)
    assert row(r, "4102") == (300_000, 236_000, -64_000, Decimal("78.7"))
    assert row(r, "4301") == (3_600_000, 0, -3_600_000, Decimal("0.0"))
    targets = {t.key: t for t in r.targets}
    assert targets["new_members"].target == 10


def test_pdf_and_workbook_read_back(year, tmp_path):
    pdf = drain(budget.write_realisation(year, year=YEAR, path=tmp_path / "r.pdf"))
    text = page_texts(pdf)[0]
    assert "LAPORAN REALISASI ANGGARAN" in text and "66,7 %" in text and "(Rp400.000)" in text
    assert "rancangan" in text
    out = drain(budget.write_realisation(year, year=YEAR, month=3, path=tmp_path / "r.xlsx"))
    ws = load_workbook(out).worksheets[0]
    rows = {str(r[0]): r for r in ws.iter_rows(min_row=6, values_only=True) if r[0]}  # codes are numbers
    assert rows["4301"][2:] == (100_000, 500_000, 400_000, 5.0)  # the percentage as Excel's 500 %
    plan = drain(budget.write_budget(year, year=YEAR, path=tmp_path / "rapb.pdf"))
    assert "SHU YANG DIRENCANAKAN" in page_texts(plan)[0]


def test_cli_sets_approves_and_reports(db, actors, tmp_path):
    worked_2025(db, actors["bendahara"])
    path = db.location
    db.close()

    def kamura(*args, role="ketua"):
        env = dict(os.environ, KAMURA_PASSWORD=TEST_USERS[role][1])
        return kamura_cli(["--db", str(path), *args, "--user", role], env=env)  # in-process

    run = kamura("budget", "set", "--year", "2025", "--line", "4301=1.200.000", "--line", "5203=600000",
                 "--repayment-rate", "95", role="bendahara")
    assert run.returncode == 0, run.stderr
    assert "pendapatan Rp1.200.000, beban Rp600.000" in run.stdout
    refused = kamura("budget", "approve", "--year", "2025", "--rat-date", "2025-03-15", role="petugas")
    assert refused.returncode == 1 and "tidak berhak" in refused.stderr
    assert kamura("budget", "approve", "--year", "2025", "--rat-date", "2025-03-15").returncode == 0
    out = tmp_path / "realisasi.xlsx"
    run = kamura("report", "budget", "--year", "2025", "--out", str(out))
    assert run.returncode == 0, run.stderr
    assert "realisasi Rp900.000" in run.stdout and out.is_file()


def test_the_rat_book_shows_the_cash_flow_the_realisation_and_next_years_rapb(read_demo, tmp_path):
    from kamura_desktop.services import annual_report

    pdf = drain(annual_report.write_annual_report_pdf(read_demo, year=2024, path=tmp_path / "rat-2024.pdf"))
    text = pdf_text(pdf)
    assert "D. Laporan arus kas" in text and "E. Catatan atas laporan keuangan" in text
    assert "REALISASI ANGGARAN DAN RENCANA KERJA" in text
    assert "Tidak ada RAPB tahun 2024" in text  # the demo planned from 2025 on
    assert "C. Rencana kerja dan anggaran (RK/RAPB) tahun 2025" in text and "Rp3.600.000" in text
    wb = load_workbook(drain(annual_report.write_annual_report_xlsx(read_demo, year=2024,
                                                                    path=tmp_path / "rat-2024.xlsx")))
    assert {"VII Arus Kas", "VII CALK", "IX RAPB 2025"} <= set(wb.sheetnames)
    book_2025 = drain(annual_report.write_annual_report_xlsx(read_demo, year=2025, path=tmp_path / "rat-2025.xlsx"))
    real = {str(r[0]): r for r in load_workbook(book_2025)["IX Realisasi Anggaran"].iter_rows(min_row=6, values_only=True)
            if r[0]}
    assert real["4102"][2:5] == (300_000, 236_000, -64_000)
