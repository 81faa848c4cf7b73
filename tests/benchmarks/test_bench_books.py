"""How fast the ledger reports are on a big cooperative: 20.000 members and about
2.000.000 journal lines in 2025 (``books_data.build_big_books``).

Target (issue 8): the trial balance for a year within 2× of one hand-written SQL aggregate
on the same file, with identical figures. The two are timed interleaved (report, SQL,
report, SQL, …) so a busy machine slows both alike; the medians are compared. The other
reports are measured for information.

Run: ``.venv/bin/pytest tests/benchmarks/test_bench_books.py --benchmark-enable``
(skipped in the everyday run).
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import time

import pytest
from sqlalchemy import text

from kamura_desktop.services import accounting
from kamura_desktop.services.setup import open_books

from .books_data import cached_books_file

pytestmark = pytest.mark.slow

YEAR = 2025
Y0, Y1 = dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)
RATIO = 2.0
ROUNDS = 5

#: the hand-written aggregate: the year's debits and credits per account
REFERENCE_SQL = text(
    "SELECT a.code, SUM(l.debit), SUM(l.credit) FROM journal_lines l "
    "JOIN journal_entries e ON e.id = l.entry_id JOIN accounts a ON a.id = l.account_id "
    "WHERE e.date BETWEEN :d0 AND :d1 GROUP BY a.code")
CLOSING_SQL = text(
    "SELECT a.code, SUM(l.debit) - SUM(l.credit) FROM journal_lines l "
    "JOIN journal_entries e ON e.id = l.entry_id JOIN accounts a ON a.id = l.account_id "
    "WHERE e.date <= :d1 GROUP BY a.code")


@pytest.fixture(scope="module")
def books_db(request, tmp_path_factory):
    session = getattr(request.config, "_benchmarksession", None)
    if session is not None and session.skip:  # module fixtures come before `benchmark` skips
        pytest.skip("benchmarks skipped (--benchmark-skip); the big books are not built")
    target = tmp_path_factory.mktemp("books-bench") / "kamura-buku-besar.sqlite"
    shutil.copyfile(cached_books_file(year=YEAR), target)
    db = open_books(target)
    try:
        yield db
    finally:
        db.close()


def reference(db) -> dict[str, tuple[int, int]]:
    with db.read() as s:
        return {code: (int(d), int(c)) for code, d, c in
                s.execute(REFERENCE_SQL, {"d0": Y0.isoformat(), "d1": Y1.isoformat()})}


def report(db):
    return accounting.trial_balance_report(db, date_from=Y0, date_to=Y1)


def test_trial_balance_within_twice_one_sql_aggregate(benchmark, books_db):
    ref = reference(books_db)  # warm the page cache for both
    tb = report(books_db)
    times_report, times_sql = [], []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        tb = report(books_db)
        times_report.append(time.perf_counter() - start)
        start = time.perf_counter()
        ref = reference(books_db)
        times_sql.append(time.perf_counter() - start)
    t_report, t_sql = statistics.median(times_report), statistics.median(times_sql)
    ratio = t_report / t_sql
    benchmark.extra_info.update(report_s=round(t_report, 3), sql_s=round(t_sql, 3), ratio=round(ratio, 2))
    print(f"\ntrial balance {YEAR}: report {t_report:.3f} s, one SQL aggregate {t_sql:.3f} s, "
          f"ratio {ratio:.2f} (median of {ROUNDS}, interleaved)")
    benchmark.pedantic(report, args=(books_db,), rounds=3, iterations=1)

    # identical figures: the year's movements per account ...
    assert {r.code: (r.debit, r.credit) for r in tb.rows if r.debit or r.credit} == ref
    # ... and the closing balances
    with books_db.read() as s:
        closing = {code: int(net) for code, net in s.execute(CLOSING_SQL, {"d1": Y1.isoformat()}) if net}
    assert {r.code: r.closing_debit - r.closing_credit for r in tb.rows
            if r.closing_debit or r.closing_credit} == closing
    assert tb.balanced and tb.total_debit == sum(d for d, _ in ref.values())
    with books_db.read() as s:
        lines = s.scalar(text("SELECT count(*) FROM journal_lines l JOIN journal_entries e "
                              "ON e.id = l.entry_id WHERE e.date BETWEEN :d0 AND :d1"),
                         {"d0": Y0.isoformat(), "d1": Y1.isoformat()})
    print(f"{lines:,} lines in {YEAR}, {len(tb.rows)} accounts, total debit {tb.total_debit:,}")
    assert lines >= 1_900_000
    assert ratio < RATIO, f"trial balance {t_report:.2f} s vs SQL {t_sql:.2f} s: ratio {ratio:.2f}"


def test_balance_sheet_year_end(benchmark, books_db):
    """For information: the sheet at 31 December beside the year before (two aggregates)."""
    bs = benchmark.pedantic(accounting.balance_sheet, args=(books_db,),
                            kwargs={"as_of": Y1, "compare_as_of": dt.date(YEAR - 1, 12, 31)},
                            rounds=3, iterations=1)
    assert bs.balanced and bs.compare.balanced


def test_income_statement_year(benchmark, books_db):
    st = benchmark.pedantic(accounting.income_statement, args=(books_db,),
                            kwargs={"date_from": Y0, "date_to": Y1}, rounds=3, iterations=1)
    assert st.surplus == st.total_income - st.total_expense and st.total_income > 0


def test_equity_changes_year(benchmark, books_db):
    ec = benchmark.pedantic(accounting.equity_changes, args=(books_db,),
                            kwargs={"date_from": Y0, "date_to": Y1}, rounds=3, iterations=1)
    assert ec.total_closing == ec.total_opening + ec.total_increase - ec.total_decrease


def test_cash_book_one_month(benchmark, books_db):
    """For information: December's cash book (every line of account 1101 in the month)."""
    cb = benchmark.pedantic(accounting.cash_book, args=(books_db,),
                            kwargs={"date_from": dt.date(YEAR, 12, 1), "date_to": Y1}, rounds=3, iterations=1)
    assert cb.rows and cb.rows[-1].balance == cb.closing > 0


def test_general_ledger_expense_account_year(benchmark, books_db):
    gl = benchmark.pedantic(accounting.general_ledger, args=(books_db,),
                            kwargs={"account_code": "5202", "date_from": Y0, "date_to": Y1},
                            rounds=3, iterations=1)
    assert gl.rows and gl.closing == gl.opening + gl.total_debit - gl.total_credit


# ---------------------------------------------------------------- each report ≤ 2× its SQL
#
# Issue 20: the balance sheet, the income statement, the equity changes and a month of the
# cash book each against one hand-written SQL query computing the same figures on the same
# file, timed interleaved like the trial balance above; the figures must agree.

def _paired(benchmark, books_db, name, run_report, run_sql):
    run_report(), run_sql()  # warm the page cache for both
    times_report, times_sql = [], []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        got = run_report()
        times_report.append(time.perf_counter() - start)
        start = time.perf_counter()
        ref = run_sql()
        times_sql.append(time.perf_counter() - start)
    t_report, t_sql = statistics.median(times_report), statistics.median(times_sql)
    ratio = t_report / t_sql
    benchmark.extra_info.update(report_s=round(t_report, 3), sql_s=round(t_sql, 3),
                                ratio=round(ratio, 2))
    print(f"\n{name}: report {t_report:.3f} s, one SQL query {t_sql:.3f} s, ratio {ratio:.2f} "
          f"(median of {ROUNDS}, interleaved)")
    benchmark.pedantic(run_report, rounds=1, iterations=1)
    return got, ref, ratio


def _sql(db, sql, **params):
    with db.read() as s:
        return s.execute(text(sql), {k: v.isoformat() for k, v in params.items()}).all()


BALANCE_SHEET_SQL = (
    "SELECT a.kind, SUM(l.debit) - SUM(l.credit) FROM journal_lines l "
    "JOIN journal_entries e ON e.id = l.entry_id JOIN accounts a ON a.id = l.account_id "
    "WHERE e.date <= :d1 GROUP BY a.kind")


def test_balance_sheet_within_twice_one_sql_query(benchmark, books_db):
    bs, rows, ratio = _paired(
        benchmark, books_db, f"balance sheet 31-12-{YEAR}",
        lambda: accounting.balance_sheet(books_db, as_of=Y1),
        lambda: _sql(books_db, BALANCE_SHEET_SQL, d1=Y1))
    net = {kind: int(v) for kind, v in rows}
    assets = net.get("asset", 0) + net.get("contra_asset", 0)
    assert bs.total_assets == assets
    # liabilities + equity + the surplus not yet closed = −(everything on the credit side)
    assert bs.total_liabilities_equity == -sum(v for k, v in net.items()
                                               if k not in ("asset", "contra_asset"))
    assert bs.balanced
    assert ratio < RATIO


INCOME_SQL = (
    "SELECT a.code, a.kind, SUM(l.debit), SUM(l.credit) FROM journal_lines l "
    "JOIN journal_entries e ON e.id = l.entry_id JOIN accounts a ON a.id = l.account_id "
    "WHERE e.date BETWEEN :d0 AND :d1 AND a.kind IN ('income', 'expense') "
    "AND (e.source_type IS NULL OR e.source_type != 'year_close') GROUP BY a.code, a.kind")


def test_income_statement_within_twice_one_sql_query(benchmark, books_db):
    st, rows, ratio = _paired(
        benchmark, books_db, f"income statement {YEAR}",
        lambda: accounting.income_statement(books_db, date_from=Y0, date_to=Y1),
        lambda: _sql(books_db, INCOME_SQL, d0=Y0, d1=Y1))
    income = sum(int(c) - int(d) for _code, kind, d, c in rows if kind == "income")
    expense = sum(int(d) - int(c) for _code, kind, d, c in rows if kind == "expense")
    assert (st.total_income, st.total_expense, st.surplus) == (income, expense, income - expense)
    assert income > 0
    assert ratio < RATIO


#: the same figures as the report: every equity account's opening, increases and decreases
#: (a year-close counted by its net) and the period's surplus from the income and expenses
EQUITY_SQL = (
    "SELECT a.code, a.kind, "
    "SUM(CASE WHEN e.date < :d0 THEN l.credit - l.debit ELSE 0 END), "
    "SUM(CASE WHEN e.date >= :d0 AND COALESCE(e.source_type, '') != 'year_close' "
    "    THEN l.credit ELSE 0 END), "
    "SUM(CASE WHEN e.date >= :d0 AND COALESCE(e.source_type, '') != 'year_close' "
    "    THEN l.debit ELSE 0 END), "
    "SUM(CASE WHEN e.date >= :d0 AND e.source_type = 'year_close' "
    "    THEN l.credit - l.debit ELSE 0 END) "
    "FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id "
    "JOIN accounts a ON a.id = l.account_id "
    "WHERE e.date <= :d1 AND a.kind IN ('equity', 'income', 'expense') GROUP BY a.code, a.kind")


def test_equity_changes_within_twice_one_sql_query(benchmark, books_db):
    ec, rows, ratio = _paired(
        benchmark, books_db, f"equity changes {YEAR}",
        lambda: accounting.equity_changes(books_db, date_from=Y0, date_to=Y1),
        lambda: _sql(books_db, EQUITY_SQL, d0=Y0, d1=Y1))
    by_code = {r.code: r for r in ec.rows if r.code}
    surplus = 0
    for code, kind, opening, credits, debits, close_net in rows:
        if kind != "equity":
            surplus += credits - debits
            continue
        if not (opening or credits or debits or close_net):
            continue
        row = by_code[code]
        increase, decrease = credits + max(close_net, 0), debits + max(-close_net, 0)
        assert (row.opening, row.increase, row.decrease) == (opening, increase, decrease), code
    assert ec.surplus == surplus != 0
    assert ratio < RATIO


CASH_BOOK_SQL = (
    "WITH cash AS (SELECT id FROM accounts WHERE code = '1101'), "
    "opening AS (SELECT COALESCE(SUM(l.debit - l.credit), 0) AS v FROM journal_lines l "
    "  JOIN journal_entries e ON e.id = l.entry_id "
    "  WHERE l.account_id = (SELECT id FROM cash) AND e.date < :d0) "
    "SELECT e.date, e.number, l.debit, l.credit, (SELECT v FROM opening) + "
    "  SUM(l.debit - l.credit) OVER (ORDER BY e.date, e.id, l.id) "
    "FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id "
    "WHERE l.account_id = (SELECT id FROM cash) AND e.date BETWEEN :d0 AND :d1 "
    "ORDER BY e.date, e.id, l.id")


def test_cash_book_month_within_twice_one_sql_query(benchmark, books_db):
    d0 = dt.date(YEAR, 12, 1)
    cb, rows, ratio = _paired(
        benchmark, books_db, f"cash book December {YEAR}",
        lambda: accounting.cash_book(books_db, date_from=d0, date_to=Y1),
        lambda: _sql(books_db, CASH_BOOK_SQL, d0=d0, d1=Y1))
    assert len(cb.rows) == len(rows) > 0
    assert [r.balance for r in cb.rows] == [int(r[4]) for r in rows]
    assert cb.closing == int(rows[-1][4])
    assert ratio < RATIO
