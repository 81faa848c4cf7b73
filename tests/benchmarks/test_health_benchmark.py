"""How long the health assessment takes on a big cooperative: 20.000 members and about
2.000.000 journal lines in 2025 (``books_data.build_big_books``; its loans are in the ledger
only, so the loan book part is measured on the demo elsewhere — this is the ledger's weight).

For information (no pass/fail time): ``assess`` reads the balance sheet on 31 December, the
year's income statement, the loan book and the membership count once; the report writes
the PDF from that. Run: ``.venv/bin/pytest tests/benchmarks/test_health_benchmark.py
--benchmark-enable``.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from kamura_desktop.documents.excel import drain
from kamura_desktop.services import accounting, health
from kamura_desktop.services.setup import open_books

from .books_data import cached_books_file

pytestmark = pytest.mark.slow

YEAR = 2025
END = dt.date(YEAR, 12, 31)


@pytest.fixture(scope="module")
def books_db(request, tmp_path_factory):
    session = getattr(request.config, "_benchmarksession", None)
    if session is not None and session.skip:
        pytest.skip("benchmarks skipped (--benchmark-skip); the big books are not built")
    target = tmp_path_factory.mktemp("health-bench") / "kamura-buku-besar.sqlite"
    shutil.copyfile(cached_books_file(year=YEAR), target)
    db = open_books(target)
    try:
        yield db
    finally:
        db.close()


def test_assessment_on_two_million_lines(benchmark, books_db):
    a = benchmark.pedantic(health.assess, args=(books_db,), kwargs={"as_of": END}, rounds=3, iterations=1)
    bs = accounting.balance_sheet(books_db, as_of=END)
    assert a.ratio("modal_sendiri_aset").denominator.amount == bs.total_assets
    assert a.ratio("rentabilitas_aset").numerator.amount == accounting.income_statement(
        books_db, date_from=dt.date(YEAR, 1, 1), date_to=END).surplus


def test_assessment_pdf(benchmark, books_db, tmp_path):
    a = health.assess(books_db, as_of=END)
    path = benchmark.pedantic(lambda: drain(health.write_health_pdf(
        books_db, as_of=END, scheme=a.scheme, path=tmp_path / "h.pdf", assessment=a)), rounds=3, iterations=1)
    assert path.stat().st_size > 10_000
