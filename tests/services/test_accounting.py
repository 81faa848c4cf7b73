"""Reports from the ledger: a worked year with hand-computed statements, the demo's balance
sheet at several dates, the year-close exclusion, the cash book and the drill-down."""

from __future__ import annotations

import datetime as dt

import pytest

from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import accounting, ledger
from kamura_desktop.services.accounting import StatementLine
from kamura_desktop.services.ledger import Line
from kamura_desktop.services.permissions import PERMISSIONS
from tests.helpers_books import prepared

Y0, Y1 = dt.date(2024, 1, 1), dt.date(2024, 12, 31)


def post(db, actor, on, text, *lines, source="manual"):
    return ledger.post_journal_entry(db, actor=actor, on_date=on, description=text, lines=list(lines),
                                     source_type=source).value


def worked_year(db, actor) -> None:
    """The cooperative's books: 2023 opening, then a year of known entries in 2024."""
    d = dt.date
    post(db, actor, d(2023, 12, 20), "Hibah dana bergulir",
         Line(Acc.KAS, debit=50_000_000), Line(Acc.MODAL_DANA_BERGULIR, credit=50_000_000), source="grant")
    post(db, actor, d(2023, 12, 28), "Beli komputer dan lemari",
         Line(Acc.ASET_TETAP, debit=6_000_000), Line(Acc.KAS, credit=6_000_000))
    post(db, actor, d(2024, 1, 5), "Setoran simpanan pokok dan wajib",
         Line(Acc.KAS, debit=1_500_000), Line(Acc.SIMPANAN_POKOK, credit=1_000_000),
         Line(Acc.SIMPANAN_WAJIB, credit=500_000), source="savings")
    post(db, actor, d(2024, 1, 10), "Setoran simpanan sukarela",
         Line(Acc.KAS, debit=2_000_000), Line(Acc.SIMPANAN_SUKARELA, credit=2_000_000), source="savings")
    post(db, actor, d(2024, 2, 1), "Pencairan pinjaman, biaya administrasi 1 %",
         Line(Acc.PIUTANG_PINJAMAN, debit=10_000_000), Line(Acc.KAS, credit=9_900_000),
         Line(Acc.PENDAPATAN_LAIN, credit=100_000), source="credit_application")
    for month in range(3, 9):  # six instalments: principal 1.000.000, service 300.000
        post(db, actor, d(2024, month, 1), f"Angsuran ke-{month - 2}",
             Line(Acc.KAS, debit=1_300_000), Line(Acc.PIUTANG_PINJAMAN, credit=1_000_000),
             Line(Acc.PENDAPATAN_JASA_PINJAMAN, credit=300_000), source="repayment")
    post(db, actor, d(2024, 6, 30), "Honor pengurus dan alat tulis",
         Line(Acc.BEBAN_HONOR, debit=600_000), Line(Acc.BEBAN_ATK_CETAK, debit=50_000),
         Line(Acc.KAS, credit=650_000))
    post(db, actor, d(2024, 7, 15), "Setor kas ke bank",
         Line(Acc.BANK, debit=5_000_000), Line(Acc.KAS, credit=5_000_000))
    post(db, actor, d(2024, 12, 31), "Penyusutan aset tetap",
         Line(Acc.BEBAN_PENYUSUTAN, debit=500_000), Line(Acc.AKUM_PENYUSUTAN, credit=500_000))
    post(db, actor, d(2024, 12, 31), "Penyisihan kerugian piutang",
         Line(Acc.BEBAN_PENYISIHAN_PIUTANG, debit=70_000),
         Line(Acc.CADANGAN_KERUGIAN_PIUTANG, credit=70_000), source="provision")
    post(db, actor, d(2024, 12, 31), "Penarikan simpanan sukarela",
         Line(Acc.SIMPANAN_SUKARELA, debit=300_000), Line(Acc.KAS, credit=300_000), source="savings")


def close_2024(db, actor):
    """What the year-end close posts: income and expenses to SHU tahun berjalan."""
    return post(db, actor, Y1, "Tutup buku 2024",
                Line(Acc.PENDAPATAN_JASA_PINJAMAN, debit=1_800_000), Line(Acc.PENDAPATAN_LAIN, debit=100_000),
                Line(Acc.BEBAN_HONOR, credit=600_000), Line(Acc.BEBAN_ATK_CETAK, credit=50_000),
                Line(Acc.BEBAN_PENYISIHAN_PIUTANG, credit=70_000), Line(Acc.BEBAN_PENYUSUTAN, credit=500_000),
                Line(Acc.SHU_TAHUN_BERJALAN, credit=680_000), source="year_close")


@prepared
def books(db, actors):
    worked_year(db, actors["bendahara"])
    return db


def lines_of(section) -> list[tuple]:
    return [(x.label, x.amount, x.code, x.level, x.is_total) for x in section.lines]


# Hand computation of the year (rupiah):
#   cash on 31-12-2023: 50.000.000 − 6.000.000 = 44.000.000
#   cash in 2024:  + 1.500.000 + 2.000.000 + 6 × 1.300.000 (= 7.800.000)            = 11.300.000 in
#                  − 9.900.000 − 650.000 − 5.000.000 − 300.000                       = 15.850.000 out
#   cash on 31-12-2024: 44.000.000 + 11.300.000 − 15.850.000 = 39.450.000
#   loans: 10.000.000 − 6 × 1.000.000 = 4.000.000, less provision 70.000 → 3.930.000
#   fixed assets 6.000.000 less depreciation 500.000 → 5.500.000
#   total assets: 39.450.000 + 5.000.000 + 3.930.000 + 5.500.000 = 53.880.000
#   income: service 6 × 300.000 = 1.800.000 + admin fee 100.000 = 1.900.000
#   expenses: 600.000 + 50.000 + 70.000 + 500.000 = 1.220.000 → SHU 680.000
#   liabilities: sukarela 2.000.000 − 300.000 = 1.700.000
#   equity: 1.000.000 + 500.000 + 50.000.000 + 680.000 = 52.180.000; 1.700.000 + 52.180.000 = 53.880.000

def test_worked_year_balance_sheet(books):
    bs = accounting.balance_sheet(books, as_of=Y1, compare_as_of=dt.date(2023, 12, 31))
    assets, liabilities, equity = bs.sections
    assert [s.title for s in bs.sections] == ["Aset", "Liabilitas", "Ekuitas"]
    assert [(x.label, x.group) for x in assets.lines if x.code in ("1101", "1501")] == [
        ("Kas", "Aset lancar"), ("Aset Tetap", "Aset tidak lancar")]
    assert [(g.title, g.total) for g in assets.groups] == [("Aset lancar", 48_380_000),
                                                          ("Aset tidak lancar", 5_500_000)]
    assert [(g.title, g.total) for g in liabilities.groups] == [("Liabilitas jangka pendek", 1_700_000),
                                                               ("Liabilitas jangka panjang", 0)]
    assert lines_of(assets) == [
        ("Kas", 39_450_000, "1101", 0, False),
        ("Bank", 5_000_000, "1102", 0, False),
        ("Piutang Pinjaman Anggota", 4_000_000, "1201", 0, False),
        ("Dikurangi: Cadangan Kerugian Piutang", -70_000, "1209", 1, False),
        ("Piutang pinjaman bersih", 3_930_000, None, 0, True),
        ("Aset Tetap", 6_000_000, "1501", 0, False),
        ("Dikurangi: Akumulasi Penyusutan Aset Tetap", -500_000, "1509", 1, False),
        ("Nilai buku aset tetap", 5_500_000, None, 0, True),
    ]
    assert assets.lines[4].account_codes == ("1201", "1209")
    assert assets.total == bs.total_assets == 53_880_000
    assert lines_of(liabilities) == [("Simpanan Sukarela", 1_700_000, "2101", 0, False)]
    assert lines_of(equity) == [
        ("Simpanan Pokok", 1_000_000, "3101", 0, False),
        ("Simpanan Wajib", 500_000, "3102", 0, False),
        ("Modal Dana Bergulir (Hibah)", 50_000_000, "3201", 0, False),
        ("Sisa hasil usaha tahun berjalan", 680_000, None, 0, False),
    ]
    assert "belum ditutup" in bs.notes[0] and "SAK EP" in bs.notes[-1]
    assert bs.total_liabilities == 1_700_000 and bs.total_equity == 52_180_000
    assert bs.total_liabilities_equity == 53_880_000 and bs.balanced
    # the comparison has the same lines at the end of 2023
    prev = bs.compare
    assert bs.compare_as_of == prev.as_of == dt.date(2023, 12, 31)
    assert [x.label for x in prev.sections[0].lines] == [x.label for x in assets.lines]
    assert {x.label: x.amount for x in prev.sections[0].lines}["Kas"] == 44_000_000
    assert prev.total_assets == prev.total_liabilities_equity == 50_000_000 and prev.balanced
    assert {x.label: x.amount for x in prev.sections[1].lines} == {"Simpanan Sukarela": 0}


def test_worked_year_income_statement(books):
    st = accounting.income_statement(books, date_from=Y0, date_to=Y1)
    income, expense = st.sections
    assert [(x.code, x.label, x.amount) for x in income.lines] == [
        ("4101", "Pendapatan Jasa Pinjaman", 1_800_000), ("4901", "Pendapatan Lain-lain", 100_000)]
    assert [(x.code, x.amount) for x in expense.lines] == [
        ("5201", 600_000), ("5203", 50_000), ("5204", 70_000), ("5206", 500_000)]
    assert (st.total_income, st.total_expense, st.surplus) == (1_900_000, 1_220_000, 680_000)
    # half a year: three instalments' service and the fee; honor and ATK on 30 June
    half = accounting.income_statement(books, date_from=Y0, date_to=dt.date(2024, 6, 30))
    assert (half.total_income, half.total_expense, half.surplus) == (1_300_000, 650_000, 650_000)


def test_worked_year_equity_changes(books):
    ec = accounting.equity_changes(books, date_from=Y0, date_to=Y1)
    assert [(r.code, r.opening, r.increase, r.decrease, r.closing) for r in ec.rows] == [
        ("3101", 0, 1_000_000, 0, 1_000_000),
        ("3102", 0, 500_000, 0, 500_000),
        ("3201", 50_000_000, 0, 0, 50_000_000),
        ("", 0, 680_000, 0, 680_000),
    ]
    assert ec.rows[-1].name == "Sisa hasil usaha belum ditutup"
    assert (ec.total_opening, ec.total_increase, ec.total_decrease, ec.total_closing) == (
        50_000_000, 2_180_000, 0, 52_180_000)
    assert ec.surplus == 680_000


def test_worked_year_trial_balance(books):
    tb = accounting.trial_balance_report(books, date_from=Y0, date_to=Y1)
    got = {r.code: (r.opening_debit, r.opening_credit, r.debit, r.credit, r.closing_debit, r.closing_credit)
           for r in tb.rows}
    assert got == {
        "1101": (44_000_000, 0, 11_300_000, 15_850_000, 39_450_000, 0),
        "1102": (0, 0, 5_000_000, 0, 5_000_000, 0),
        "1201": (0, 0, 10_000_000, 6_000_000, 4_000_000, 0),
        "1209": (0, 0, 0, 70_000, 0, 70_000),
        "1501": (6_000_000, 0, 0, 0, 6_000_000, 0),
        "1509": (0, 0, 0, 500_000, 0, 500_000),
        "2101": (0, 0, 300_000, 2_000_000, 0, 1_700_000),
        "3101": (0, 0, 0, 1_000_000, 0, 1_000_000),
        "3102": (0, 0, 0, 500_000, 0, 500_000),
        "3201": (0, 50_000_000, 0, 0, 0, 50_000_000),
        "4101": (0, 0, 0, 1_800_000, 0, 1_800_000),
        "4901": (0, 0, 0, 100_000, 0, 100_000),
        "5201": (0, 0, 600_000, 0, 600_000, 0),
        "5203": (0, 0, 50_000, 0, 50_000, 0),
        "5204": (0, 0, 70_000, 0, 70_000, 0),
        "5206": (0, 0, 500_000, 0, 500_000, 0),
    }
    # 2024's entries: 1,5 + 2 + 10 + 6 × 1,3 + 0,65 + 5 + 0,5 + 0,07 + 0,3 million
    assert (tb.total_debit, tb.total_credit) == (27_820_000, 27_820_000)
    assert (tb.total_opening_debit, tb.total_opening_credit) == (50_000_000, 50_000_000)
    assert (tb.total_closing_debit, tb.total_closing_credit) == (55_670_000, 55_670_000)
    assert tb.balanced
    assert [r.code for r in tb.rows] == sorted(got)


def test_year_close_entry_is_left_out_of_the_income_statement(books, actors):
    close_2024(books, actors["bendahara"])
    st = accounting.income_statement(books, date_from=Y0, date_to=Y1)
    assert (st.total_income, st.total_expense, st.surplus) == (1_900_000, 1_220_000, 680_000)
    # the balance sheet shows the closed surplus on the one line of the year's surplus (issue 18:
    # not "SHU Tahun Berjalan" beside "… (belum ditutup) –"), and says it is closed
    bs = accounting.balance_sheet(books, as_of=Y1)
    equity = {x.label: x.amount for x in bs.sections[2].lines}
    assert equity["Sisa hasil usaha tahun berjalan"] == 680_000
    assert "SHU Tahun Berjalan" not in equity and len(equity) == 4
    assert "sudah ditutup" in bs.notes[0]
    assert bs.balanced and bs.total_assets == 53_880_000
    # changes in equity: the period's SHU in, and out again to 3401 by the close
    ec = accounting.equity_changes(books, date_from=Y0, date_to=Y1)
    rows = {r.code: (r.opening, r.increase, r.decrease, r.closing) for r in ec.rows}
    assert rows["3401"] == (0, 680_000, 0, 680_000)
    assert rows[""] == (0, 0, 0, 0)  # the SHU shows once: closed into 3401, nothing left unclosed
    assert ec.total_increase == 680_000 + sum(r.increase for r in ec.rows if r.code not in ("", "3401"))
    assert ec.total_closing == 52_180_000 and ec.surplus == 680_000
    # the trial balance is the ledger as it stands: income and expenses closed to zero
    tb = accounting.trial_balance_report(books, date_from=Y0, date_to=Y1)
    r4101 = next(r for r in tb.rows if r.code == "4101")
    assert (r4101.debit, r4101.credit, r4101.closing_credit) == (1_800_000, 1_800_000, 0)
    assert tb.balanced
    # the next year opens with the closed surplus and no income
    nxt = accounting.balance_sheet(books, as_of=dt.date(2025, 1, 31))
    equity = {x.label: x.amount for x in nxt.sections[2].lines}
    assert equity["SHU tahun lalu belum dibagi"] == 680_000 and equity["Sisa hasil usaha tahun berjalan"] == 0
    assert nxt.balanced
    # drill-down from the income statement still adds up (close entry left out)
    rows_4101 = accounting.account_entries(books, account_codes=["4101"], date_from=Y0, date_to=Y1)
    assert sum(r.credit - r.debit for r in rows_4101) == 1_800_000 and len(rows_4101) == 6


def test_unclosed_previous_year_shows_separately(books, actors):
    bs = accounting.balance_sheet(books, as_of=dt.date(2025, 3, 31))
    equity = {x.label: x.amount for x in bs.sections[2].lines}
    assert equity["Sisa hasil usaha tahun lalu belum ditutup"] == 680_000
    assert equity["Sisa hasil usaha tahun berjalan"] == 0
    assert bs.balanced


def test_cash_book_running_balance(books):
    cb = accounting.cash_book(books, date_from=Y0, date_to=Y1)
    assert (cb.code, cb.name, cb.opening, cb.closing) == ("1101", "Kas", 44_000_000, 39_450_000)
    assert [(r.date, r.debit, r.credit, r.balance) for r in cb.rows[:4]] == [
        (dt.date(2024, 1, 5), 1_500_000, 0, 45_500_000),
        (dt.date(2024, 1, 10), 2_000_000, 0, 47_500_000),
        (dt.date(2024, 2, 1), 0, 9_900_000, 37_600_000),
        (dt.date(2024, 3, 1), 1_300_000, 0, 38_900_000),
    ]
    assert len(cb.rows) == 12 and cb.rows[-1].balance == cb.closing
    assert (cb.total_debit, cb.total_credit) == (11_300_000, 15_850_000)
    balance = cb.opening
    for r in cb.rows:
        balance += r.debit - r.credit
        assert r.balance == balance
    # a month in the middle opens where the previous month ended
    march = accounting.cash_book(books, date_from=dt.date(2024, 3, 1), date_to=dt.date(2024, 3, 31))
    assert (march.opening, len(march.rows), march.closing) == (37_600_000, 1, 38_900_000)
    assert march.rows[0].number.startswith("JU-2024-")
    # the bank account through the same book
    bank = accounting.cash_book(books, date_from=Y0, date_to=Y1, account_code="1102")
    assert (bank.opening, bank.closing) == (0, 5_000_000)


def test_general_ledger_on_the_normal_side(books):
    gl = accounting.general_ledger(books, account_code="2101", date_from=Y0, date_to=Y1)
    assert (gl.kind, gl.opening, gl.closing) == ("liability", 0, 1_700_000)
    assert [r.balance for r in gl.rows] == [2_000_000, 1_700_000]
    grant = accounting.general_ledger(books, account_code="3201", date_from=Y0, date_to=Y1)
    assert (grant.opening, grant.rows, grant.closing) == (50_000_000, (), 50_000_000)
    with pytest.raises(Exception, match="9999"):
        accounting.general_ledger(books, account_code="9999", date_from=Y0, date_to=Y1)
    with pytest.raises(UserError):
        accounting.general_ledger(books, account_code="1101", date_from=Y1, date_to=Y0)


def _check_drill(db, line: StatementLine, date_from, date_to, debit_side: bool):
    rows = accounting.account_entries(db, account_codes=line.account_codes, date_from=date_from,
                                      date_to=date_to)
    total = sum((r.debit - r.credit) if debit_side else (r.credit - r.debit) for r in rows)
    assert total == line.amount, line
    if rows:
        assert rows[-1].balance == line.amount
        assert set(r.account_code for r in rows) <= set(line.account_codes)


def test_drill_down_lines_sum_to_the_statement_line(books):
    bs = accounting.balance_sheet(books, as_of=Y1)
    early = dt.date(1900, 1, 1)
    for sec in bs.sections:
        for line in sec.lines:
            if line.account_codes:
                _check_drill(books, line, early, Y1, debit_side=sec.title == "Aset")
    st = accounting.income_statement(books, date_from=Y0, date_to=Y1)
    for sec in st.sections:
        for line in sec.lines:
            _check_drill(books, line, Y0, Y1, debit_side=sec.title == "Beban")
    net = next(x for x in bs.sections[0].lines if x.label == "Piutang pinjaman bersih")
    rows = accounting.account_entries(books, account_codes=net.account_codes, date_from=early, date_to=Y1)
    assert len(rows) == 8 and rows[-1].balance == 3_930_000
    assert accounting.account_entries(books, account_codes=[""], date_from=Y0, date_to=Y1) == []


def test_demo_balance_sheet_balances_at_several_dates(demo_db):
    dates = [dt.date(2023, 6, 30), dt.date(2023, 12, 31), dt.date(2024, 3, 31), dt.date(2024, 9, 30),
             dt.date(2024, 12, 31), dt.date.today()]
    for on in dates:
        bs = accounting.balance_sheet(demo_db, as_of=on, compare_as_of=dt.date(on.year - 1, 12, 31))
        assert bs.balanced, on
        assert bs.compare.balanced, on
        assert bs.total_assets == bs.total_liabilities_equity > 0
        # the sheet agrees with the ledger's own trial balance at that date
        tb = ledger.trial_balance(demo_db, as_of=on)
        assert tb.balanced
        cash = next(x.amount for x in bs.sections[0].lines if x.code == "1101")
        assert cash == ledger.balance_of(demo_db, "1101", as_of=on)
    tb = accounting.trial_balance_report(demo_db, date_from=Y0, date_to=Y1)
    assert tb.balanced and tb.total_debit > 0
    st = accounting.income_statement(demo_db, date_from=Y0, date_to=Y1)
    bs = accounting.balance_sheet(demo_db, as_of=Y1)
    equity = {x.label: x.amount for x in bs.sections[2].lines}
    assert equity["Sisa hasil usaha tahun berjalan"] == st.surplus  # closed or not, one line
    for sec in bs.sections:
        for line in sec.lines:
            if line.account_codes:
                _check_drill(demo_db, line, dt.date(1900, 1, 1), Y1, debit_side=sec.title == "Aset")


def test_list_accounts_and_permission(db):
    accounts = accounting.list_accounts(db)
    assert (accounts[0].code, accounts[0].name, accounts[0].kind) == ("1101", "Kas", "asset")
    assert len(accounts) == len({a.code for a in accounts}) >= 39
    roles, _ = PERMISSIONS["reports.view"]
    assert roles == {"petugas", "bendahara", "ketua", "admin"}


def test_empty_books(db):
    bs = accounting.balance_sheet(db, as_of=Y1)
    assert bs.balanced and bs.total_assets == 0
    st = accounting.income_statement(db, date_from=Y0, date_to=Y1)
    assert st.surplus == 0 and all(not s.lines for s in st.sections)
    tb = accounting.trial_balance_report(db, date_from=Y0, date_to=Y1)
    assert tb.rows == () and tb.balanced
    cb = accounting.cash_book(db, date_from=Y0, date_to=Y1)
    assert (cb.opening, cb.rows, cb.closing) == (0, (), 0)


def test_comparison_equals_the_sheet_at_that_date(demo_db):
    """Both dates come from one pass over the lines: the comparison must be the same sheet."""
    pairs = [(dt.date(2024, 12, 31), dt.date(2023, 12, 31)), (dt.date(2024, 3, 31), dt.date(2023, 6, 30)),
             (dt.date(2023, 6, 30), dt.date(2024, 9, 30)), (dt.date(2024, 5, 1), dt.date(2024, 4, 30))]
    for as_of, other in pairs:
        both = accounting.balance_sheet(demo_db, as_of=as_of, compare_as_of=other)
        for got, alone in ((both, accounting.balance_sheet(demo_db, as_of=as_of)),
                           (both.compare, accounting.balance_sheet(demo_db, as_of=other))):
            for sec, ref in zip(got.sections, alone.sections, strict=True):
                amounts = {x.label: x.amount for x in sec.lines}
                assert sec.total == ref.total, (as_of, other, sec.title)
                assert all(amounts[x.label] == x.amount for x in ref.lines), (as_of, other, sec.title)


def test_reopened_year_reversal_of_the_close_is_left_out_too(books, actors):
    """Reopening reverses the close with an entry of the same source type: the income
    statement stays the same and the surplus is back among the unclosed figures."""
    close = close_2024(books, actors["bendahara"])
    ledger.reverse_entry(books, actor=actors["bendahara"], entry_id=close.id, reason="buka kembali",
                         on_date=Y1)
    st = accounting.income_statement(books, date_from=Y0, date_to=Y1)
    assert st.surplus == 680_000
    bs = accounting.balance_sheet(books, as_of=Y1)
    equity = {x.label: x.amount for x in bs.sections[2].lines}
    assert equity["Sisa hasil usaha tahun berjalan"] == 680_000
    assert equity.get("SHU tahun lalu belum dibagi", 0) == 0 and bs.balanced
    ec = accounting.equity_changes(books, date_from=Y0, date_to=Y1)
    assert [(r.opening, r.increase, r.decrease, r.closing) for r in ec.rows if r.code == ""] == [
        (0, 680_000, 0, 680_000)]


def _three(db, year):
    end = dt.date(year, 12, 31)
    return (accounting.balance_sheet(db, as_of=end, compare_as_of=dt.date(year - 1, 12, 31)),
            accounting.income_statement(db, date_from=dt.date(year, 1, 1), date_to=end, compare=True),
            accounting.equity_changes(db, date_from=dt.date(year, 1, 1), date_to=end))


def test_year_statements_equal_the_three_reports(books, actors):
    """The annual report's one-aggregate statements are exactly the three separate reports:
    an open year, a closed one, a reopened one (the close reversed), and the next year."""
    assert accounting.year_statements(books, year=2024) == _three(books, 2024)
    close = close_2024(books, actors["bendahara"])
    assert accounting.year_statements(books, year=2024) == _three(books, 2024)
    assert accounting.year_statements(books, year=2025) == _three(books, 2025)
    ledger.reverse_entry(books, actor=actors["bendahara"], entry_id=close.id, reason="buka kembali",
                         on_date=Y1)
    assert accounting.year_statements(books, year=2024) == _three(books, 2024)


def test_year_statements_on_the_demo_read_the_lines_once(demo_db):
    """Equal to the three reports on the demo's closed 2024 and open 2025, from ONE query over
    journal_lines (the three reports take three)."""
    from sqlalchemy import event

    for year in (2023, 2024, 2025):
        assert accounting.year_statements(demo_db, year=year) == _three(demo_db, year)
    seen: list[str] = []

    def count(conn, cursor, statement, *args):
        if "journal_lines" in statement:
            seen.append(statement)

    event.listen(demo_db.engine, "before_cursor_execute", count)
    try:
        accounting.year_statements(demo_db, year=2024)
        assert len(seen) == 1
        seen.clear()
        _three(demo_db, 2024)
        assert len(seen) >= 3
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", count)
