"""Closing a year changes none of that year's figures in any report ("every report tells the
same truth").

A small cooperative with a year of activity (2024, tests/services/test_shu.py's worked year:
five revolving-fund credits, two of them repaid with jasa, savings, printing income, ATK and
honor) plus a grant to the revolving fund and a write-off of one revolving-fund credit. Every
report of 2024 is built before the year is closed, after the close, after it is reopened (the
close reversed) and after it is closed again, and the figures must be equal each time.

Where accounting's own design shows the close (services/accounting.py, module notes: the
income statement leaves year-close entries out; the balance sheet, the trial balance and the
changes in equity include them — after the close the surplus sits in SHU Tahun Berjalan), the
comparison says so and compares what the design keeps:

- balance sheet and changes in equity: every asset, liability and equity line and every total
  equal, with the year's surplus counted once wherever it sits (the line "Sisa hasil usaha …
  belum ditutup" before the close, account SHU Tahun Berjalan 3401 after it);
- trial balance: the pre-closing trial balance (the period's movements less the year-close
  entries and their reversals);
- general ledger: every line of the year but the year-close lines, with its running balance.

Reopening reverses the close with an entry to the same accounts, so once a year has been
reopened, the changes in equity show SHU Tahun Berjalan increased by the close and decreased
by its reversal (gross, like any reversed entry to an equity account): the figures compared
there are the net movements (increase − decrease). The strict comparison of those gross
figures is :func:`test_a_reopened_year_shows_its_equity_changes_as_if_never_closed`, expected
to fail until accounting's changes in equity leave a close and its reversal out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict

from sqlalchemy import select

from kamura_desktop.db.models.core import Account, JournalEntry, JournalLine
from kamura_desktop.db.models.credit import Credit
from kamura_desktop.domain.chart import DEBIT_NORMAL, Acc
from kamura_desktop.dto.accounting import (
    SECTION_EQUITY,
    AccountLedger,
    BalanceSheet,
    EquityChanges,
    TrialBalanceReport,
)
from kamura_desktop.services import (
    accounting,
    annual_report,
    evaluation_report,
    lender_pool,
    shu,
    year_end,
)
from tests.helpers_books import prepared
from tests.services.test_shu import build_year

Y = 2024
START, END = dt.date(Y, 1, 1), dt.date(Y, 12, 31)
CLOSE = "year_close"
SURPLUS = "SHU tahun berjalan (ditutup atau belum)"


# ---------------------------------------------------------------- the cooperative

def year_of_activity(db, actors) -> None:
    """test_shu's 2024 (revolving-fund credits repaid with jasa Rp18.000, savings, printing
    income, ATK, honor), a Rp10.000.000 grant to the revolving fund and the write-off of a
    revolving-fund credit nobody paid; 2023 (members joining) closed."""
    # the grant comes first: the fund lends only money it has (8 January)
    lender_pool.receive_capital(db, actor=actors["bendahara"], fund="revolving", giver="KOTAKU",
                                on_date=dt.date(Y, 1, 3), amount=10_000_000)
    ids = build_year(db, actors)
    with db.read() as s:
        unpaid = s.scalar(select(Credit.id).where(Credit.member_id == ids[3]))
    lender_pool.write_off_credit(db, actor=actors["ketua"], credit_id=unpaid, on_date=dt.date(Y, 11, 29),
                                 reason="Macet lebih dari 180 hari")
    year_end.close_year(db, actor=actors["ketua"], year=Y - 1)


@prepared
def activity(db, actors) -> None:
    """:func:`year_of_activity`'s books, built once per run (each test its own copy:
    tests/helpers_books.py)."""
    year_of_activity(db, actors)


# ---------------------------------------------------------------- what the design lets the close show

def _close_sums(db) -> dict[str, tuple[int, int]]:
    """{code: (debit, credit)} of the year-close entries of the year and their reversals."""
    with db.read() as s:
        q = (select(Account.code, JournalLine.debit, JournalLine.credit)
             .join(JournalLine, JournalLine.account_id == Account.id)
             .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
             .where(JournalEntry.source_type == CLOSE, JournalEntry.date >= START, JournalEntry.date <= END))
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for code, d, c in s.execute(q):
            out[code][0] += d
            out[code][1] += c
    return {code: (d, c) for code, (d, c) in out.items()}


def _sheet(bs: BalanceSheet) -> tuple:
    """Every line and total; in equity the year's surplus once, wherever it sits (line
    "belum ditutup" before the close, SHU Tahun Berjalan after)."""
    sections = []
    for sec in bs.sections:
        lines = [(ln.label, ln.code, ln.amount, ln.level, ln.is_total) for ln in sec.lines]
        if sec.title == SECTION_EQUITY:
            surplus = sum(a for label, code, a, _, _ in lines
                          if code == Acc.SHU_TAHUN_BERJALAN or label == accounting.SURPLUS_LABEL)
            lines = [x for x in lines if x[1] != Acc.SHU_TAHUN_BERJALAN and x[0] != accounting.SURPLUS_LABEL]
            lines.append((SURPLUS, None, surplus, 0, False))
        sections.append((sec.title, tuple(lines), sec.total))
    return (bs.as_of, tuple(sections), bs.total_assets, bs.total_liabilities_equity, bs.balanced,
            bs.compare_as_of, _sheet(bs.compare) if bs.compare is not None else None)


def _equity(eq: EquityChanges, *, net: bool = False) -> tuple:
    """Every row and total; the year's surplus once, wherever it sits (row "belum ditutup"
    before the close, SHU Tahun Berjalan after). ``net``: increases and decreases as one net
    movement (a close and its reversal cancel out)."""
    rows, surplus = [], [0, 0, 0, 0]
    for r in eq.rows:
        if r.code in ("", Acc.SHU_TAHUN_BERJALAN):
            surplus = [a + b for a, b in zip(surplus, (r.opening, r.increase, r.decrease, r.closing), strict=True)]
        else:
            rows.append(r)
    moves: tuple[int, ...] = (eq.total_increase, eq.total_decrease)
    if net:
        surplus = [surplus[0], surplus[1] - surplus[2], 0, surplus[3]]
        moves = (eq.total_increase - eq.total_decrease,)
    return (eq.date_from, eq.date_to, tuple(rows), tuple(surplus), eq.total_opening, *moves,
            eq.total_closing, eq.surplus)


def _pre_closing(tb: TrialBalanceReport, close: dict[str, tuple[int, int]]) -> tuple:
    """The pre-closing trial balance: the period's movements less the year-close entries (the
    trial balance shows the ledger as it stands, closes included, by design)."""
    rows = []
    for r in tb.rows:
        cd, cc = close.get(r.code, (0, 0))
        opening = r.opening_debit - r.opening_credit
        d, c = r.debit - cd, r.credit - cc
        if opening or d or c:
            rows.append((r.code, r.name, r.kind, opening, d, c, opening + d - c))
    return (tb.date_from, tb.date_to, tuple(rows), sum(x[3] for x in rows), sum(x[4] for x in rows),
            sum(x[5] for x in rows), tb.total_opening_debit - tb.total_opening_credit)


def _ledger(gl: AccountLedger) -> tuple:
    """Opening, every line of the year but the year-close lines (with its running balance),
    and the closing balance without the close."""
    rows = tuple(r for r in gl.rows if r.source_type != CLOSE)
    sign = 1 if gl.kind in DEBIT_NORMAL else -1
    closing = gl.opening + sign * sum(r.debit - r.credit for r in rows)
    return gl.code, gl.name, gl.opening, rows, closing


# ---------------------------------------------------------------- every report of the year

def reports(db, *, net: bool = False) -> dict[str, object]:
    """Every report of 2024 as data, named by what it is (``net``: see :func:`_equity`)."""
    close = _close_sums(db)
    chart = accounting.list_accounts(db)
    pl_codes = [a.code for a in chart if a.kind in ("income", "expense")]
    bs, income, equity = accounting.year_statements(db, year=Y)
    annual = annual_report.annual_report_data(db, year=Y)
    evaluation = evaluation_report.evaluation_report_data(db, date_from=START, date_to=END)
    return {
        # services/lender_pool/fund.py: the fund-development PDF/Excel, the lender page, BAB V
        "perkembangan dana bergulir per tahun (jasa, modal, piutang)":
            lender_pool.revolving_fund_development(db),
        "modal dana bergulir": lender_pool.revolving_fund_capital(db),
        # services/accounting.py
        "perhitungan hasil usaha 2024": accounting.income_statement(db, date_from=START, date_to=END),
        "laporan posisi keuangan 31-12-2024 (dan 2023)":
            _sheet(accounting.balance_sheet(db, as_of=END, compare_as_of=dt.date(Y - 1, 12, 31))),
        "laporan perubahan ekuitas 2024": _equity(accounting.equity_changes(db, date_from=START, date_to=END), net=net),
        "tiga laporan sekaligus (year_statements)": (_sheet(bs), income, _equity(equity, net=net)),
        "neraca saldo 2024 sebelum penutupan":
            _pre_closing(accounting.trial_balance_report(db, date_from=START, date_to=END), close),
        "buku besar 2024 per akun": [_ledger(accounting.general_ledger(db, account_code=a.code,
                                                                       date_from=START, date_to=END))
                                     for a in chart],
        "rincian jurnal akun pendapatan dan beban (drill-down)": {
            code: accounting.account_entries(db, account_codes=[code], date_from=START, date_to=END)
            for code in pl_codes},
        # services/shu.py
        "perhitungan SHU 2024": shu.compute_shu(db, year=Y),
        # services/year_end.py: the next year's opening balances (the open year's result folded
        # into SHU Tahun Berjalan as it would be closed)
        "saldo awal 2025": dataclasses.replace(year_end.opening_balances(db, Y + 1), previous_year_closed=None),
        # services/annual_report.py (the RAT report's DTO; year_closed says whether it is closed)
        "laporan tahunan RAT 2024 (tanpa neraca dan ekuitas)":
            dataclasses.replace(annual, balance_sheet=None, equity_changes=None, year_closed=None),
        "laporan tahunan RAT 2024: neraca": _sheet(annual.balance_sheet),
        "laporan tahunan RAT 2024: perubahan ekuitas": _equity(annual.equity_changes, net=net),
        # services/evaluation_report.py
        "laporan evaluasi 2024: portofolio dan dana bergulir":
            evaluation_report.portfolio_section(db, date_from=START, date_to=END),
        "laporan evaluasi 2024 (seluruhnya)": evaluation,
    }


def assert_same(before: dict[str, object], now: dict[str, object], when: str) -> None:
    assert list(now) == list(before)
    changed = [name for name in before if now[name] != before[name]]
    assert not changed, f"{when}: berubah {changed}"


def test_closing_a_year_changes_none_of_its_figures_in_any_report(db, actors, activity):
    before = reports(db)
    fund = {y.year: y for y in before["perkembangan dana bergulir per tahun (jasa, modal, piutang)"]}
    income = accounting.income_statement(db, date_from=START, date_to=END)
    jasa = next(ln.amount for sec in income.sections for ln in sec.lines
                if ln.code == Acc.PENDAPATAN_JASA_DANA_BERGULIR)
    assert fund[Y].income == jasa == 18_000  # the income statement's Pendapatan Jasa Dana Bergulir
    assert fund[Y].grants == 10_000_000 and fund[Y].losses > 0

    assert year_end.close_year(db, actor=actors["ketua"], year=Y).value.surplus == income.surplus
    assert _close_sums(db)  # the close did move the income and expense accounts
    assert_same(before, reports(db), "sesudah tutup buku")


def test_reopening_and_closing_again_change_none_of_its_figures(db, actors, activity):
    """The close reversed on reopening, then a new close: the figures stay those of the year
    never closed (the changes in equity compared as net movements, see the module notes)."""
    before = reports(db, net=True)
    year_end.close_year(db, actor=actors["ketua"], year=Y)
    year_end.reopen_year(db, actor=actors["admin"], year=Y, reason="Koreksi uji")
    assert_same(before, reports(db, net=True), "sesudah dibuka kembali (penutupan dibalik)")
    year_end.close_year(db, actor=actors["ketua"], year=Y)
    assert_same(before, reports(db, net=True), "sesudah ditutup lagi")


def test_a_reopened_year_shows_its_equity_changes_as_if_never_closed(db, actors, activity):
    before = _equity(accounting.equity_changes(db, date_from=START, date_to=END))
    year_end.close_year(db, actor=actors["ketua"], year=Y)
    year_end.reopen_year(db, actor=actors["admin"], year=Y, reason="Koreksi uji")
    assert _equity(accounting.equity_changes(db, date_from=START, date_to=END)) == before


def test_the_demo_fund_development_reads_the_income_statement(demo_db):
    """The demo closes 2024: every year's Jasa in the fund's development (BAB V of the annual
    report) is that year's Pendapatan Jasa Dana Bergulir in the income statement."""
    assert year_end.year_is_closed(demo_db, 2024)
    for y in lender_pool.revolving_fund_development(demo_db):
        income = accounting.income_statement(demo_db, date_from=dt.date(y.year, 1, 1),
                                             date_to=dt.date(y.year, 12, 31))
        jasa = sum(ln.amount for sec in income.sections for ln in sec.lines
                   if ln.code == Acc.PENDAPATAN_JASA_DANA_BERGULIR)
        assert y.income == jasa, y.year
    dev = {y.year: y for y in lender_pool.revolving_fund_development(demo_db)}
    assert dev[2024].income > 0
    assert dev[2024].capital_end == dev[2023].capital_end + dev[2024].grants + dev[2024].income - dev[2024].losses
