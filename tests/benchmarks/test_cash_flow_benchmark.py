"""How long the cash flow statement takes on a big cooperative: 20.000 members and about
2.000.000 journal lines in 2025 (``books_data.build_big_books``). For information (no
pass/fail time). Run: ``.venv/bin/pytest tests/benchmarks/test_cash_flow_benchmark.py
--benchmark-enable``."""

from __future__ import annotations

import shutil

import pytest

from kamura_desktop.services import cash_flow
from kamura_desktop.services.setup import open_books

from .books_data import cached_books_file

pytestmark = pytest.mark.slow

YEAR = 2025


@pytest.fixture(scope="module")
def books_db(request, tmp_path_factory):
    session = getattr(request.config, "_benchmarksession", None)
    if session is not None and session.skip:
        pytest.skip("benchmarks skipped (--benchmark-skip); the big books are not built")
    target = tmp_path_factory.mktemp("cash-flow-bench") / "kamura-buku-besar.sqlite"
    shutil.copyfile(cached_books_file(year=YEAR), target)
    db = open_books(target)
    try:
        yield db
    finally:
        db.close()


def test_cash_flow_statement_on_two_million_lines(benchmark, books_db):
    cf = benchmark.pedantic(cash_flow.year_statement, args=(books_db,), kwargs={"year": YEAR},
                            rounds=3, iterations=1)
    assert cf.reconciled
