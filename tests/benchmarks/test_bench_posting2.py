"""The lender pool's and the ledger's reads per call, on a small real book (issue 20, the
posting path round two): a lender's balance, the loan standings, every account's balance,
the ledger's problems, and a lender's registration. For information (no target): the
figures that fell when their statements were built once (ARCHITECTURE "What one posting
costs"); each notes its median CPU time in extra_info.

Run: ``.venv/bin/pytest tests/benchmarks/test_bench_posting2.py --benchmark-enable -n 0``.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from kamura_desktop.services import credits, ledger, lender_pool, repayments, savings

from ..services.test_repayments import JOINED, Lending
from .test_membership_bench import run

pytestmark = pytest.mark.slow


@pytest.fixture
def lending_book(db, actors):
    """Twenty savers with sukarela, one of them a lender; a group of five borrowing, one
    instalment paid."""
    lend = Lending(db, actors)
    savers = lend.members(20)
    for m in savers:
        savings.record_deposit(db, actor=actors["petugas"], member_id=m, kind="sukarela",
                               amount=100_000, on_date=JOINED)
    lender_pool.register_lender(db, actor=actors["petugas"], member_id=savers[0], on_date=JOINED)
    cs = lend.credits("PAKET", [25_000] * 5, on=dt.date(2024, 1, 8))
    first = credits.schedule_of(db, cs[0].id)[0]
    repayments.record_repayment(db, actor=actors["petugas"], credit_id=cs[0].id,
                                amount=first.amount, on_date=first.due_date)
    return db, savers, first.due_date


def test_lender_balance(benchmark, lending_book):
    db, savers, _ = lending_book
    assert run(benchmark, lender_pool.lender_balance, db, savers[0]).sukarela == 100_000


def test_loan_standings(benchmark, lending_book):
    db, _, day = lending_book
    assert len(run(benchmark, repayments.loan_standings, db, as_of=day)) == 5


def test_account_balances(benchmark, lending_book):
    db, _, day = lending_book
    assert run(benchmark, ledger.trial_balance, db, as_of=day).balanced


def test_ledger_problems(benchmark, lending_book):
    db, _, _ = lending_book
    assert run(benchmark, ledger.ledger_problems, db) == []


def test_register_lender(benchmark, lending_book, actors):
    db, savers, _ = lending_book
    others = itertools.cycle(savers[1:])  # registering again renews the profile
    out = run(benchmark, lambda: lender_pool.register_lender(
        db, actor=actors["petugas"], member_id=next(others), on_date=JOINED).value)
    assert out.registered and out.requirements == ()
