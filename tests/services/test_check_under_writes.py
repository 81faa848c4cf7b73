"""Issue 22 item 1: the integrity check never calls a healthy file damaged while other
programs write — also when the checking process holds its own connections to the file.

The cause was ``is_sqlite_file`` reading the header with ``open()``: on POSIX closing any
handle of a database file drops every lock the process holds on it, so another program's
closing connection thought itself the last one, checkpointed and deleted the WAL under this
process's connections, and every later look of this process saw "database disk image is
malformed" in a healthy file."""

import datetime as dt
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from kamura_desktop.db.database import integrity_problems
from kamura_desktop.services import integrity, ledger
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.ledger import Line
from kamura_desktop.services.setup import open_books
from tests.helpers_files import copy_books

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only(
    reason="the file check of SQLite (quick_check/integrity_check on the WAL file while "
           "others write); the server's check reads one snapshot: test_server_check.py")]

#: the drill's bound: at least STRESS_SECONDS seconds and at least STRESS_CHECKS checks
#: while the writers write (at most STRESS_LIMIT seconds). The figure in the report: checks
#: run, false alarms, when the first came. KAMURA_CHECK_STRESS_SECONDS=15 is the long drill
#: of issue 22's closing note.
STRESS_SECONDS = float(os.environ.get("KAMURA_CHECK_STRESS_SECONDS", "3"))
STRESS_CHECKS = int(os.environ.get("KAMURA_CHECK_STRESS_CHECKS", "40"))
STRESS_LIMIT = max(60.0, STRESS_SECONDS)

@pytest.fixture
def books_path(tmp_path, empty_books) -> Path:
    """A new, closed Kamura file ``kamura.sqlite`` (what ``open_books(path).close()`` makes):
    a copy of the run's empty books (tests/conftest.empty_books), not a build per test."""
    return copy_books(empty_books("kamura.sqlite"), tmp_path / "kamura.sqlite")


# Writes for ever like a CLI that opens and closes the file for each command: each write
# ends by closing every connection (the moment another process's locks matter).
WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from kamura_desktop.services import ledger
    from kamura_desktop.services.actor import Actor
    from kamura_desktop.services.ledger import Line
    from kamura_desktop.services.setup import open_books
    db = open_books(sys.argv[1])
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        with db.write() as s:
            ledger.post_entry(s, Actor.system(), on_date=dt.date(2024, 1, 2),
                              description=f"{sys.argv[2]} {i}",
                              lines=[Line("1101", debit=1_000 + i), Line("4101", credit=1_000 + i)])
        db.engine.dispose()
""")


def test_no_false_alarm_while_other_programs_write(books_path, capsys):
    """3 s of checks (at least 40) while two programs and this process write. It was 15 s;
    the shorter drill still fails on the code before the fix: with the header read with
    ``open()`` put back (a scratch copy, ``look_at_file`` reading the 16 header bytes with
    ``open()`` first) it failed 25 runs out of 25 (10 at 2,5 s, 15 at 3 s: 145–459 checks,
    137–450 false alarms each, the first after 0,16–1,45 s, at check 6–34). A bound of 40
    checks alone (about 1,3 s) missed once in 6 runs: hence the seconds."""
    path = books_path
    db = open_books(path)  # this process holds its own connections, as the app does
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for tag in ("a", "b")]
    stop = threading.Event()
    own_errors: list[BaseException] = []

    def own_work() -> None:  # the app's own reads and writes meanwhile
        i = 0
        while not stop.is_set():
            i += 1
            try:
                with db.write() as s:
                    ledger.post_entry(s, Actor.system(), on_date=dt.date(2024, 1, 3),
                                      description=f"sendiri {i}",
                                      lines=[Line("1101", debit=500), Line("4101", credit=500)])
                ledger.count_entries(db)
            except BaseException as exc:  # noqa: BLE001 - reported below
                own_errors.append(exc)
                return
            time.sleep(0.01)

    checks, alarms = 0, []
    worker = threading.Thread(target=own_work)
    try:
        for p in procs:
            assert p.stdout.readline().strip() == "ready", p.stderr.read()
        worker.start()
        started = time.monotonic()
        while True:
            took = time.monotonic() - started
            if (took >= STRESS_SECONDS and checks >= STRESS_CHECKS) or took >= STRESS_LIMIT:
                break
            report = integrity.check_database(path)
            checks += 1
            if not report.ok:
                alarms.append((checks, time.monotonic() - started, report.problems[0]))
    finally:
        stop.set()
        if worker.is_alive():
            worker.join(timeout=60)
        for p in procs:
            p.kill()
            p.communicate(timeout=30)
    db.close()
    with capsys.disabled():
        print(f"\n[22.1] {checks} checks in {took:.1f} s while 2 programs wrote: "
              f"{len(alarms)} false alarms" + (f", the first at check {alarms[0][0]} after "
                                               f"{alarms[0][1]:.2f} s: {alarms[0][2][:60]}"
                                               if alarms else ""))
    assert checks >= 10
    assert alarms == []
    assert own_errors == []
    assert integrity_problems(path) == []  # the file is healthy, as every check said


def test_header_check_never_opens_the_live_file(books_path, monkeypatch):
    """The header is asked of SQLite, never read with open() (which would drop locks)."""
    import builtins

    from kamura_desktop.db import database

    path = books_path
    opened = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    assert database.is_sqlite_file(path)
    database.check_kamura_file(path)
    assert integrity.check_database(path).ok
    assert [f for f in opened if f.startswith(str(path))] == []


def test_a_problem_is_reported_only_when_a_second_look_confirms_it(books_path, monkeypatch):
    path = books_path
    looks = []
    real = integrity._check_once

    def flaky(p):
        report = real(p)
        looks.append(report)
        if len(looks) == 1:
            report.problems.append("Database tidak dapat dibaca: database disk image is malformed")
        return report

    monkeypatch.setattr(integrity, "_check_once", flaky)
    report = integrity.check_database(path)
    assert len(looks) == 2 and report.ok
    assert any("tidak terulang" in n for n in report.notes)


def test_damaged_message_offers_details_and_a_copy_before_a_restore(books_path):
    path = books_path
    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 3] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    report = integrity.check_database(path)
    assert not report.ok
    message = report.problems[0]
    assert "rusak" in message and "Pulihkan" not in message.split("kamura check")[0]
    assert f"kamura check --db \"{path}\"" in message
    assert "salinan berkas kamura.sqlite" in message
    assert message.index("kamura check") < message.index("pulihkan dari cadangan")
