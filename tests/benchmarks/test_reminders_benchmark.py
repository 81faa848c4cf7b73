"""How long the reminder list and the reminder letters take on the large loan book of
``test_bench_repayments`` (2.000 active credits, 100.000 instalments, about 40.000 payments).
For information (no pass/fail time). Run: ``.venv/bin/pytest
tests/benchmarks/test_reminders_benchmark.py --benchmark-enable``."""

from __future__ import annotations

import shutil

import pytest

from kamura_desktop.services import reminders
from kamura_desktop.services.setup import open_books

from .test_bench_repayments import cached_loan_book

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def loan_db(request, tmp_path_factory):
    session = getattr(request.config, "_benchmarksession", None)
    if session is not None and session.skip:
        pytest.skip("benchmarks skipped (--benchmark-skip); the loan book is not built")
    target = tmp_path_factory.mktemp("bench-reminders") / "kamura-pinjaman.sqlite"
    shutil.copyfile(cached_loan_book(), target)
    db = open_books(target)
    try:
        yield db
    finally:
        db.close()


def test_reminder_list_on_2000_credits(benchmark, loan_db):
    rows = benchmark.pedantic(reminders.reminder_list, args=(loan_db,), rounds=3, iterations=1)
    assert rows and all(r.amount > 0 for r in rows)


def test_reminder_letters_on_2000_credits(benchmark, loan_db):
    letters = benchmark.pedantic(reminders.reminder_letters, args=(loan_db,), rounds=3, iterations=1)
    assert all(x.level in (1, 2, 3) for x in letters)
