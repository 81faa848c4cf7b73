"""The issue's figures on both engines, side by side, on the same data: the cached SQLite
books of the other benchmarks, and the very same books copied to the PostgreSQL test server
(tests/pg.py) with ``kamura copy`` (services/server_copy: proved identical by row counts and
hashes before anything is timed).

- member search: < 50 ms per keystroke at 20.000 members (conftest's members book);
- a collection sheet posted: < 200 ms (test_bench_repayments' loan book);
- kolektibilitas/PAR as of a date: the service ≤ 2× one hand-written SQL query on the same
  engine (the SQLite query of test_bench_repayments, and its PostgreSQL spelling here);
- the annual report (RAT, 20.000 members, 2.000.000 ledger lines): < 20 s (books_data).

Skipped in the everyday run; run them with
``.venv/bin/pytest tests/benchmarks/test_bench_pg.py --benchmark-enable -s -n 0`` (copying
the annual report's books to the server takes minutes: ``-k "not annual"`` leaves it out).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from pathlib import Path
from types import SimpleNamespace

import psycopg
import pytest
from sqlalchemy import text

from kamura_desktop.domain.chart import Acc
from kamura_desktop.services import (
    annual_report,
    journal,
    ledger,
    membership,
    server_copy,
    users,
)
from kamura_desktop.services.membership import MemberFilter
from kamura_desktop.services.setup import open_books
from tests import pg

from . import test_bench_repayments as loan_bench
from .books_data import BENDAHARA, copy_books_file
from .conftest import N_MEMBERS, cached_big_books
from .test_membership_bench import KEYSTROKE_MS, check, keystroke, run

ENGINES = ["sqlite", "postgresql"]


def _enabled(request) -> None:
    session = getattr(request.config, "_benchmarksession", None)
    if session is None or session.skip:  # never build or copy big books in the everyday run
        pytest.skip("benchmarks run with --benchmark-enable")


def _books_on(engine: str, sqlite_file: Path):
    """Open ``sqlite_file``, or a copy of it on the test server (proved identical)."""
    if engine == "sqlite":
        db = open_books(sqlite_file)
        try:
            yield db
        finally:
            db.close()
        return
    location = pg.new_database(empty=True)
    started = time.perf_counter()
    report = server_copy.copy_database(sqlite_file, location)
    assert report.identical, "\n".join(report.lines())
    name = location.rsplit("/", 1)[1].split("?", 1)[0]
    with psycopg.connect(dbname=name, user="postgres", host=pg.socket_dir(),
                         autocommit=True) as c:
        c.execute("VACUUM ANALYZE")
    print(f"\n{sqlite_file.name} copied to the server in {time.perf_counter() - started:.0f} s")
    db = open_books(location)
    try:
        yield db
    finally:
        db.close()
        pg.drop_database(location)


# ------------------------------------------------------------------ member search

@pytest.fixture(scope="module", params=ENGINES)
def members(request, tmp_path_factory):
    _enabled(request)
    target = tmp_path_factory.mktemp("pg-members") / "kamura-besar.sqlite"
    shutil.copyfile(cached_big_books(), target)
    yield from _books_on(request.param, target)


@pytest.mark.parametrize("query", ["s", "siti", "siti a", "rt 003 rw 008", "32170", "kmr-19",
                                   "babakan pindang"])
def test_search_per_keystroke(benchmark, members, query):
    calls = []

    def search():
        calls.append(query)
        return keystroke(members, query)

    before = _server_cpu_s(members)
    page = run(benchmark, search)
    assert page.rows, query
    engine = "postgresql" if members.is_server else "sqlite"
    benchmark.extra_info["engine"] = engine
    if members.is_server:  # the server's CPU counts too: its backends' mean per search
        benchmark.extra_info["server_cpu_mean_ms"] = round(
            (_server_cpu_s(members) - before) / len(calls) * 1000, 1)
    print(f"\nsearch {query!r} ({engine}): median {benchmark.stats.stats.median * 1000:.1f} ms, "
          f"min {benchmark.stats.stats.min * 1000:.1f} ms, {benchmark.extra_info}")
    check(benchmark, KEYSTROKE_MS)


def _server_cpu_s(db) -> float:
    """User + system CPU seconds of the test server's backends serving ``db``'s database
    (read from /proc: the server runs on this machine); 0 for a SQLite file."""
    if not db.is_server:
        return 0.0
    import os

    name = db.engine.url.database
    tick, total = os.sysconf("SC_CLK_TCK"), 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
            if not cmdline.startswith("postgres: ") or f" {name} " not in cmdline:
                continue
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / tick


_FOUND: dict[tuple[str, str], tuple[int, list[str]]] = {}


@pytest.mark.parametrize("query", ["siti a", "3217", "babakan pindang", "rt 003 rw 008"])
def test_the_search_finds_the_same_members_on_both(members, query):
    """Case- and accent-blind the same way: the same members, in the same order, on either
    engine (the SQLite run comes first and leaves its answer for the server's)."""
    page = membership.list_members(members, MemberFilter(query=query))
    assert membership.list_members(members).total == N_MEMBERS
    found = (page.total, [r.number for r in page.rows])
    _FOUND[("postgresql" if members.is_server else "sqlite", query)] = found
    if members.is_server and ("sqlite", query) in _FOUND:
        assert found == _FOUND[("sqlite", query)]


# ------------------------------------------------------------------ collection sheet, PAR

@pytest.fixture(scope="module", params=ENGINES)
def loans(request, tmp_path_factory):
    _enabled(request)
    target = tmp_path_factory.mktemp("pg-loans") / "kamura-pinjaman.sqlite"
    shutil.copyfile(loan_bench.cached_loan_book(), target)
    for db in _books_on(request.param, target):
        yield SimpleNamespace(db=db, petugas=users.authenticate(db, *loan_bench.PETUGAS),
                              groups=iter(range(1, loan_bench.N_GROUPS + 1)))


def test_post_collection_sheet(benchmark, loans):
    loan_bench.bench_post_collection_sheet(benchmark, loans)
    print(f"\ncollection sheet posted ({'postgresql' if loans.db.is_server else 'sqlite'}): "
          f"median {benchmark.stats.stats.median * 1000:.0f} ms")
    assert benchmark.stats.stats.median < 0.200


#: test_bench_repayments.STANDINGS_SQL in PostgreSQL's spelling: LEAST/GREATEST for the
#: two-argument MIN/MAX, date subtraction for julianday(), the paid sum in the GROUP BY
PG_STANDINGS_SQL = (loan_bench.STANDINGS_SQL
                    .replace("LEFT JOIN paid p ON p.credit_id = l.credit_id\n    GROUP BY l.credit_id",
                             "LEFT JOIN paid p ON p.credit_id = l.credit_id\n    GROUP BY l.credit_id, p.paid")
                    .replace("MIN(c.outstanding, MAX(0, c.principal - COALESCE(pp.principal_paid, 0)))",
                             "LEAST(c.outstanding, GREATEST(0, c.principal - COALESCE(pp.principal_paid, 0)))")
                    .replace("CAST(COALESCE(julianday(:as_of) - julianday(c.oldest_unpaid), 0) AS INTEGER)",
                             "COALESCE(CAST(:as_of AS date) - c.oldest_unpaid, 0)"))


def figures_by_sql(db, as_of: dt.date) -> dict:
    if not db.is_server:
        return loan_bench.figures_by_sql(db, as_of)
    with db.read() as s:
        rows = s.execute(text(PG_STANDINGS_SQL), {"as_of": as_of}).all()
    return {
        "kol": {r.kol: (r.n, r.outstanding) for r in rows},
        "outstanding": sum(r.principal for r in rows),
        "par": {1: sum(r.par_1 for r in rows), 30: sum(r.par_30 for r in rows),
                90: sum(r.par_90 for r in rows)},
    }


def test_standings_and_par_within_twice_one_sql_query(benchmark, loans):
    assert PG_STANDINGS_SQL.count("LEAST(") == PG_STANDINGS_SQL.count("GROUP BY l.credit_id, p.paid") == 1
    as_of = dt.date.today() - dt.timedelta(days=3)
    figures = benchmark.pedantic(loan_bench.figures_by_service, args=(loans.db, as_of),
                                 rounds=5, iterations=1)
    assert figures == figures_by_sql(loans.db, as_of)
    assert len(figures["kol"]) == 5
    pairs = [(loan_bench._timed(loan_bench.figures_by_service, loans.db, as_of),
              loan_bench._timed(figures_by_sql, loans.db, as_of)) for _ in range(5)]
    service = min(min(p for p, _ in pairs), benchmark.stats.stats.min)
    sql = min(q for _, q in pairs)
    benchmark.extra_info.update(sql_seconds=round(sql, 4), ratio=round(service / sql, 2))
    print(f"\nstandings + PAR ({'postgresql' if loans.db.is_server else 'sqlite'}): service "
          f"{service * 1000:.0f} ms, one SQL query {sql * 1000:.0f} ms, ratio {service / sql:.2f}")
    assert service <= 2 * sql


# ------------------------------------------------------------------ the annual report

YEAR = 2025


@pytest.fixture(scope="module", params=ENGINES)
def annual_books(request, tmp_path_factory):
    _enabled(request)
    path = copy_books_file(tmp_path_factory.mktemp("pg-annual"))
    db = open_books(path)
    try:  # as test_bench_annual: a year with a surplus, so the SHU list has every member
        treasurer = users.authenticate(db, *BENDAHARA)
        journal.post_manual_entry(db, actor=treasurer, on_date=dt.date(YEAR, 12, 31),
                                  description="Pendapatan lain-lain (tahun dengan SHU untuk benchmark)",
                                  lines=[ledger.Line(Acc.BANK, debit=5_000_000_000),
                                         ledger.Line(Acc.PENDAPATAN_LAIN, credit=5_000_000_000)])
    finally:
        db.close()
    yield from _books_on(request.param, path)


def _proc_stat(pid: int) -> list[str]:
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()


def server_cpu_seconds() -> float:
    """CPU (user + system) the test server's processes have used so far: the postmaster's own
    and its reaped children's (cutime, cstime) and every live backend's; Linux only (0 elsewhere).
    The difference over an operation is the server's share of its cost, which the client's
    ``process_time`` does not see."""
    try:
        postmaster = pg.server().get_pid()
        ticks = os.sysconf("SC_CLK_TCK")
        own = _proc_stat(postmaster)  # fields 14-17 of stat: utime stime cutime cstime
        total = sum(int(x) for x in own[11:15])
        for entry in os.listdir("/proc"):
            if entry.isdigit() and int(entry) != postmaster:
                try:
                    stat = _proc_stat(int(entry))
                except OSError:  # gone meanwhile
                    continue
                if int(stat[1]) == postmaster:
                    total += int(stat[11]) + int(stat[12])
        return total / ticks
    except (OSError, AttributeError, ValueError):
        return 0.0


def test_annual_report(benchmark, annual_books, tmp_path):
    out = tmp_path / "rat.pdf"
    cpu = {}

    def write():
        server, client = server_cpu_seconds(), time.process_time()
        steps = list(annual_report.write_annual_report_pdf(annual_books, year=YEAR, path=out))
        cpu.update(client=time.process_time() - client, server=server_cpu_seconds() - server)
        return steps

    steps = benchmark.pedantic(write, rounds=1, iterations=1)
    assert steps and out.stat().st_size > 1_000_000
    seconds = benchmark.stats.stats.max
    engine = "postgresql" if annual_books.is_server else "sqlite"
    benchmark.extra_info.update(engine=engine, client_cpu=round(cpu["client"], 1),
                                server_cpu=round(cpu["server"], 1))
    print(f"\nannual report ({engine}): {seconds:.1f} s wall, CPU {cpu['client']:.1f} s in this process"
          + (f" + {cpu['server']:.1f} s in the server" if annual_books.is_server else "")
          + f", load average {os.getloadavg()[0]:.1f}")
    assert seconds < 20.0
