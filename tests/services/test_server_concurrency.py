"""Several PCs on one office server: three clerks' programs posting at once while a fourth
reads reports, and a program killed in the middle of a transaction. Real processes on the
real test server (tests/pg.py)."""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kamura_desktop.db.models.core import JournalEntry, JournalLine
from kamura_desktop.db.models.membership import SavingsTransaction
from kamura_desktop.services import ledger, membership, savings
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.membership import MemberInput
from kamura_desktop.services.setup import open_books
from tests import pg

pytestmark = pytest.mark.slow

# One clerk's PC: COUNT rounds (0: endless) of a sukarela deposit and a journal entry, one line printed
# after each commit. Waits for the GO file so that the three start together.
CLERK = textwrap.dedent("""
    import datetime as dt, itertools, os, sys, time
    from pathlib import Path
    from kamura_desktop.services import ledger, savings
    from kamura_desktop.services.actor import Actor
    from kamura_desktop.services.ledger import Line
    from kamura_desktop.services.setup import open_books

    url, tag, count, member = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    db = open_books(url)
    print("ready", flush=True)
    while not Path(os.environ["GO"]).exists():
        time.sleep(0.005)
    actor = Actor.system()
    for i in itertools.count(1) if count == 0 else range(1, count + 1):
        savings.record_deposit(db, actor=actor, member_id=member, kind="sukarela",
                               amount=1_000 + i, on_date=dt.date(2026, 3, 2))
        print(f"deposit {tag} {i}", flush=True)
        with db.write() as s:
            ledger.post_entry(s, actor, on_date=dt.date(2026, 3, 2), description=f"{tag} {i}",
                              source_type="uji", source_id=tag,
                              lines=[Line("1101", debit=500 + i), Line("4901", credit=500 + i)])
        print(f"entry {tag} {i}", flush=True)
    db.close()
""")

# The chair's PC: reads the trial balance over and over until STOP exists; every snapshot
# must balance (a reader never sees half of a posting).
READER = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from kamura_desktop.services import ledger
    from kamura_desktop.services.setup import open_books

    db = open_books(sys.argv[1])
    print("ready", flush=True)
    reads = 0
    while not Path(os.environ["STOP"]).exists():
        problems = ledger.ledger_problems(db)
        assert problems == [], problems
        reads += 1
    print(f"reads {reads}", flush=True)
    db.close()
""")


def _start(script: str, *args: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **env})


def _member(db) -> int:
    data = MemberInput(name="Euis Komariah", nik="3217014508800001", sex="P",
                       joined_on=dt.date(2026, 1, 5), rt="1", rw="8",
                       kampung="Cibitung", trade="Warung")
    return membership.register_member(db, actor=Actor.system(), data=data).value.member.id


def _gapless(numbers: list[str]) -> list[int]:
    serials = sorted(int(re.search(r"(\d+)$", n).group(1)) for n in numbers)
    assert len(set(numbers)) == len(numbers), "a number was handed out twice"
    return serials


@pytest.fixture
def office():
    location = pg.new_database()
    db = open_books(location)
    try:
        yield location, db
    finally:
        db.close()
        pg.drop_database(location)


def test_three_clerks_and_a_reader_on_one_server(office, tmp_path: Path):
    location, db = office
    member = _member(db)
    # the drill is 3 × 300 (KAMURA_CONCURRENCY_ROUNDS=300); the suite runs 3 × 100
    # rounds of a deposit and an entry (600 numbered writes) to stay within its time
    n = int(os.environ.get("KAMURA_CONCURRENCY_ROUNDS", "100"))
    go, stop = tmp_path / "go", tmp_path / "stop"
    env = {"GO": str(go), "STOP": str(stop)}
    clerks = [_start(CLERK, location, tag, str(n), str(member), env=env)
              for tag in ("kasir1", "kasir2", "kasir3")]
    reader = _start(READER, location, env=env)
    try:
        for p in [*clerks, reader]:
            assert p.stdout.readline().strip() == "ready", p.stderr.read()
        with db.read() as s:
            before_entries = s.scalar(select(func.count(JournalEntry.id)))
        go.touch()
        results = [p.communicate(timeout=900) for p in clerks]
        stop.touch()
        reader_out, reader_err = reader.communicate(timeout=120)
    finally:
        for p in [*clerks, reader]:
            p.kill()
    for tag, p, (out, err) in zip(("kasir1", "kasir2", "kasir3"), clerks, results, strict=True):
        assert p.returncode == 0, err
        assert "Traceback" not in err
        expected = [f"{kind} {tag} {i}" for i in range(1, n + 1) for kind in ("deposit", "entry")]
        assert out.splitlines() == expected  # every write committed once, none refused
    assert reader.returncode == 0, reader_err
    assert int(reader_out.split()[1]) > 0

    with db.read() as s:
        receipts = s.scalars(select(SavingsTransaction.receipt_no)
                             .where(SavingsTransaction.receipt_no.like("KW-2026-%"))).all()
        numbers = s.scalars(select(JournalEntry.number)
                            .where(JournalEntry.number.like("%2026%"))).all()
        entries = s.scalar(select(func.count(JournalEntry.id)))
        debit, credit = s.execute(select(func.sum(JournalLine.debit),
                                         func.sum(JournalLine.credit))).one()
    assert _gapless(receipts) == list(range(1, 3 * n + 1))
    # each deposit posts one entry and each round one more: 6n new entries, numbered 1..
    assert entries - before_entries == 6 * n
    assert _gapless(numbers) == list(range(1, len(numbers) + 1))
    assert debit == credit
    assert ledger.ledger_problems(db) == []


def test_a_client_killed_mid_transaction_leaves_nothing_half_written(office, tmp_path):
    location, db = office
    member = _member(db)
    go = tmp_path / "go"
    go.touch()
    proc = _start(CLERK, location, "mati", "0", str(member), env={"GO": str(go)})
    try:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        printed = []
        while len(printed) < 40:
            printed.append(proc.stdout.readline().strip())
        time.sleep(0.013)  # somewhere inside a later transaction
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        printed += [x for x in proc.stdout.read().splitlines() if x]
    finally:
        proc.kill()
    deposits = sum(1 for x in printed if x.startswith("deposit"))
    rounds = sum(1 for x in printed if x.startswith("entry"))
    with db.read() as s:
        saved = s.scalar(select(func.count(SavingsTransaction.id))
                         .where(SavingsTransaction.member_id == member))
        own = len(ledger.entries_for_source(db, "uji", "mati"))
        receipts = s.scalars(select(SavingsTransaction.receipt_no)
                             .where(SavingsTransaction.member_id == member)).all()
    # every printed commit is there, at most the one not yet printed more; never a half
    assert deposits <= saved <= deposits + 1
    assert rounds <= own <= rounds + 1
    assert _gapless(receipts) == list(range(1, saved + 1))
    assert ledger.ledger_problems(db) == []
    # the killed session's locks are gone with it: the next clerk posts at once
    db2 = open_books(location)
    try:
        savings.record_deposit(db2, actor=Actor.system(), member_id=member, kind="sukarela",
                               amount=5_000, on_date=dt.date(2026, 3, 3))
    finally:
        db2.close()
