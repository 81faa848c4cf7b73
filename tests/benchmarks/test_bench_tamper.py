"""What tamper evidence costs (issue 21 item 9): posting one entry through the service (entry
+ audit row, each chained and sealed), posting 5.000 entries of history in bulk, and
``kamura check`` on a file with 20.000 entries — each with the chains and without them
(the tamper functions replaced by what main did before: plain inserts, no check).

Run: ``.venv/bin/pytest tests/benchmarks/test_bench_tamper.py --benchmark-enable``.

Measured on the shared 2-core development machine, 7 December 2026 (medians; the machine was
busy, so small differences are noise):

=====================================  ============  ============
                                       without       with chains
=====================================  ============  ============
one entry through the service          10,7 ms       11,9 ms
5.000 entries of history in bulk       504 ms        664 ms
``kamura check``, 20.000 entries       156 ms        666 ms
=====================================  ============  ============

The demo build (2.354 entries, 2.650 audit rows) spent 1,1 s of 9,9 s inside the tamper
functions (measured by timing them in place; A/B runs of the whole build varied more than
that on the busy machine). The "without" variant still reads the next id with one indexed
query, as the bulk path did before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kamura_desktop.db.models.core import AuditEntry
from kamura_desktop.services import integrity, ledger, tamper
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.ledger import BulkEntry, Line

KAS, INCOME = "1101", "4101"
SYSTEM = Actor.system()


@pytest.fixture(params=["dengan rantai", "tanpa rantai"])
def chains(request, monkeypatch):
    if request.param == "tanpa rantai":
        monkeypatch.setattr(tamper, "journal_hash", lambda prev, **values: None)
        monkeypatch.setattr(tamper, "journal_posted", lambda session, head_id, head_hash: None)
        monkeypatch.setattr(tamper, "add_audit_row",
                            lambda session, **values: session.add(AuditEntry(**values)))
        monkeypatch.setattr(tamper, "check", lambda conn: tamper.Findings())
    return request.param


def history(n: int, start: dt.date) -> list[BulkEntry]:
    return [BulkEntry(on_date=start + dt.timedelta(days=k % 300), description=f"Riwayat {k}",
                      lines=[Line(KAS, debit=1000 + k), Line(INCOME, credit=1000 + k)],
                      source_type="history", source_id=str(k),
                      created_at=dt.datetime(2024, 1, 1, 8, 0))
            for k in range(n)]


def test_post_one_entry(benchmark, db, actors, chains):
    counter = iter(range(10**6))

    def post():
        k = next(counter)
        ledger.post_journal_entry(db, actor=actors["bendahara"], on_date=dt.date(2024, 3, 1),
                                  description=f"Penjualan {k}",
                                  lines=[Line(KAS, debit=5000), Line(INCOME, credit=5000)])

    benchmark.pedantic(post, rounds=300, iterations=1, warmup_rounds=10)


def test_post_5000_in_bulk(benchmark, db, chains):
    years = iter(range(2000, 2100))

    def bulk():
        with db.write() as s:
            ledger.post_entries_in_bulk(s, SYSTEM, history(5000, dt.date(next(years), 1, 1)))

    benchmark.pedantic(bulk, rounds=5, iterations=1)


def test_check_20000_entries(benchmark, db, chains):
    with db.write() as s:
        for year in range(2020, 2024):
            ledger.post_entries_in_bulk(s, SYSTEM, history(5000, dt.date(year, 1, 1)))
    report = benchmark.pedantic(integrity.check_database, args=(db.path,), rounds=5, iterations=1)
    assert report.ok
