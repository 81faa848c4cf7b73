"""The cash flow statement and the CALK (services/cash_flow.py, issue 19 §2).

Hand-worked on the small cooperative of tests/services/test_health.py (``build_coop``; the
tests that only need it built take its ``@prepared`` fixture ``coop``, built once per run), period
1 January – 30 June 2024 (the members joined on 9 January 2023):

    opening (balance sheet 31 Dec 2023): Kas 250.000 pokok + 3.000.000 wajib = 3.250.000, Bank 0
    operating:  jasa dana bergulir received              +6.000
                principal of the revolving loan repaid   +100.000
                revolving loans disbursed (5 × 300.000)  −1.500.000
                sukarela deposited                       +400.000
                the staff's honorarium                   −50.000       = −1.044.000
    investing:  none                                                   = 0
    financing:  revolving-fund grant received            +1.500.000    = +1.500.000
    Kas → Bank 1.000.000 is not a cash flow; the provision (630.000) moves no cash.
    net +456.000; closing 3.250.000 + 456.000 = 3.706.000 = Kas 2.706.000 + Bank 1.000.000.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
from openpyxl import load_workbook

from kamura_desktop.documents.excel import drain
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import accounting, cash_flow, repayments, settings
from tests.conftest import TEST_USERS
from tests.helpers_cli import kamura
from tests.services.pdf_pages import pdf_text
from tests.services.test_health import build_coop, coop  # noqa: F401 - the @prepared fixture

START, END = dt.date(2024, 1, 1), dt.date(2024, 6, 30)


def lines_of(cf):
    return {(s.activity, x.label): x.amount for s in cf.sections for x in s.lines}


def test_hand_worked_statement_reconciles_with_the_balance_sheet(db, actors, coop):  # noqa: F811 - the imported fixture
    cf = cash_flow.cash_flow_statement(db, date_from=START, date_to=END)
    assert lines_of(cf) == {
        ("operasi", "Penerimaan jasa pinjaman dana bergulir"): 6_000,
        ("operasi", "Penerimaan angsuran pokok pinjaman dana bergulir"): 100_000,
        ("operasi", "Pinjaman dana bergulir yang dicairkan"): -1_500_000,
        ("operasi", "Penerimaan simpanan sukarela"): 400_000,
        ("operasi", "Pembayaran honor pengurus dan karyawan"): -50_000,
        ("pendanaan", "Penerimaan hibah dana bergulir"): 1_500_000,
    }
    assert [s.net for s in cf.sections] == [-1_044_000, 0, 1_500_000]
    assert cf.net_change == 456_000
    assert [(b.code, b.amount) for b in cf.opening] == [(Acc.KAS, 3_250_000), (Acc.BANK, 0)]
    assert [(b.code, b.amount) for b in cf.closing] == [(Acc.KAS, 2_706_000), (Acc.BANK, 1_000_000)]
    assert cf.reconciled and cf.opening_total + cf.net_change == cf.closing_total == 3_706_000
    # the same closing cash as the balance sheet itself
    bs = accounting.balance_sheet(db, as_of=END)
    assert sum(x.amount for x in bs.section("Aset").lines if x.code in (Acc.KAS, Acc.BANK)) == 3_706_000


def test_a_reversed_instalment_lowers_the_instalments_received(db, actors):
    cs = build_coop(db, actors)
    receipt = repayments.record_repayment(db, actor=actors["petugas"], credit_id=cs[1].id, amount=106_000,
                                          on_date=dt.date(2024, 6, 10)).value
    repayments.reverse_repayment(db, actor=actors["bendahara"], repayment_id=receipt.repayment_id,
                                 reason="salah catat anggota", on_date=dt.date(2024, 6, 11))
    cf = cash_flow.cash_flow_statement(db, date_from=START, date_to=END)
    lines = lines_of(cf)
    # paid and reversed: still one instalment received, and no "loan disbursed" line made up
    assert lines[("operasi", "Penerimaan angsuran pokok pinjaman dana bergulir")] == 100_000
    assert lines[("operasi", "Pinjaman dana bergulir yang dicairkan")] == -1_500_000
    assert cf.reconciled and cf.net_change == 456_000


def test_the_demo_reconciles_every_year(demo_db):
    """2024 by hand from the demo's cash entries: Kas 86.340.000 on 31 Dec 2023 → Kas 45.666.000
    + Bank 60.412.000 = 106.078.000; the 60.000.000 moved to the bank is no cash flow."""
    cf = cash_flow.year_statement(demo_db, year=2024)
    assert (cf.opening_total, cf.net_change, cf.closing_total) == (86_340_000, 19_738_000, 106_078_000)
    assert [s.net for s in cf.sections] == [14_748_000, 0, 4_990_000]
    lines = lines_of(cf)
    assert lines[("operasi", "Penerimaan usaha percetakan")] == 3_450_000
    assert lines[("operasi", "Pembelian persediaan paket usaha")] == -1_500_000
    assert lines[("pendanaan", "Penerimaan simpanan wajib")] == 4_590_000
    for year in (2011, 2023, 2024, 2025):
        assert cash_flow.year_statement(demo_db, year=year).reconciled, year
    # the 2024 surplus stays what it was
    assert accounting.income_statement(demo_db, date_from=START, date_to=dt.date(2024, 12, 31)).surplus \
        == 1_453_040


def test_calk_policies_come_from_settings_and_the_treasurer_writes_the_text(db, actors, coop):  # noqa: F811 - the imported fixture
    settings.update_settings(db, actor=actors["ketua"], values={"credit.kol_rule_set": "kukm14"})
    notes = cash_flow.calk_notes(db, year=2024)
    text = {p.title: p.text for p in notes.policies}
    assert "aturan 'Kementerian Koperasi (Permen KUKM 14/2009)'" in text["Piutang pinjaman dan penyisihan kerugian"]
    assert "cadangan 40 %, jasa anggota 40 %" in text["Pembagian sisa hasil usaha (SHU)"]
    assert "diakui pada saat angsuran diterima" in text["Pengakuan pendapatan jasa"]
    lines = {(x.section, x.label): x for x in notes.lines}
    assert (lines[("Aset", "Kas")].amount, lines[("Aset", "Kas")].previous) == (2_706_000, 3_250_000)
    assert lines[("Liabilitas", "Simpanan Sukarela")].amount == 400_000
    kol = lines[("Aset", "Pokok pinjaman beredar menurut kolektibilitas (buku pinjaman)")]
    assert kol.amount == 1_400_000 and sum(a for _, a in kol.details) == 1_400_000

    with pytest.raises(PermissionDenied):
        cash_flow.save_calk_text(db, actor=actors["ketua"], year=2024, text="bukan bendahara")
    with pytest.raises(UserError, match="terlalu panjang"):
        cash_flow.save_calk_text(db, actor=actors["bendahara"], year=2024, text="x" * 20_001)
    cash_flow.save_calk_text(db, actor=actors["bendahara"], year=2024, text="Kantor dipinjami desa.")
    cash_flow.save_calk_text(db, actor=actors["bendahara"], year=2025, text="Tahun berikutnya.")
    again = cash_flow.calk_notes(db, year=2024)
    assert again.free_text == "Kantor dipinjami desa." and again.saved_by == "Uji Bendahara"
    assert cash_flow.calk_notes(db, year=2025).free_text == "Tahun berikutnya."  # kept per year


def test_the_pdf_and_workbook_read_back(db, actors, coop, tmp_path):  # noqa: F811 - the imported fixture
    cash_flow.save_calk_text(db, actor=actors["bendahara"], year=2024, text="Catatan uji CALK.")
    pdf = drain(cash_flow.write_cash_flow_pdf(db, year=2024, path=tmp_path / "ak.pdf"))
    text = pdf_text(pdf)
    assert "LAPORAN ARUS KAS" in text and "CATATAN ATAS LAPORAN KEUANGAN" in text
    assert "(Rp1.500.000)" in text and "Penerimaan hibah dana bergulir" in text
    assert "Catatan uji CALK." in text and "Cocok" in text
    out = drain(cash_flow.write_cash_flow_xlsx(db, year=2024, path=tmp_path / "ak.xlsx"))
    wb = load_workbook(out)
    assert wb.sheetnames == ["Arus Kas", "CALK Rincian", "CALK Kebijakan"]
    rows = {r[0]: r[2] for r in wb["Arus Kas"].iter_rows(min_row=6, values_only=True) if r[0]}
    # nothing happens after June: the year's figures are the half-year's, as numbers
    assert rows["KENAIKAN (PENURUNAN) BERSIH KAS DAN BANK"] == 456_000
    assert rows["Pinjaman dana bergulir yang dicairkan"] == -1_500_000
    assert rows["KAS DAN BANK AKHIR PERIODE"] == rows["Menurut neraca 31 Desember 2024"] == 3_706_000
    policies = [r[0] for r in wb["CALK Kebijakan"].iter_rows(values_only=True)]
    assert "Pembagian sisa hasil usaha (SHU)" in policies and "Catatan pengurus" in policies


def test_cli_writes_the_statement(db, actors, coop, tmp_path):  # noqa: F811 - the imported fixture
    path = db.location
    db.close()
    out = tmp_path / "arus-kas.pdf"
    env = dict(os.environ, KAMURA_PASSWORD=TEST_USERS["bendahara"][1])
    run = kamura(["--db", str(path), "report", "cash-flow",  # in-process
                  "--year", "2024", "--out", str(out), "--user", "bendahara"], env=env)
    assert run.returncode == 0, run.stderr
    assert "cocok dengan neraca" in run.stdout and out.is_file()
    bad = kamura(["--db", str(path), "report", "cash-flow",
                  "--year", "2024", "--out", str(tmp_path / "x.txt"), "--user", "bendahara"], env=env)
    assert bad.returncode == 1 and "harus berakhiran .pdf atau .xlsx" in bad.stderr
