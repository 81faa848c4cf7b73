"""A write the office server aborts for a conflict (deadlock, serialization failure) runs
again, a bounded number of times, then tells the clerk the server is busy — and nothing is
half-written either way. On the real test server (tests/pg.py): the clerk's PC (a Database
of its own, in a thread) posts a deposit while "another PC" (a session of this test process, as an
admin's psql would be) holds the receipt counter and then asks for Kamura's write lock, so
that PostgreSQL's deadlock detector aborts the clerk's transaction."""

from __future__ import annotations

import datetime as dt
import threading
import time

import psycopg
import pytest
from sqlalchemy import func, select

from kamura_desktop.db.engine import SERVER_WRITE_LOCK
from kamura_desktop.db.models.core import JournalEntry, Sequence
from kamura_desktop.db.models.membership import SavingsTransaction
from kamura_desktop.services import ledger, membership, savings
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.membership import MemberInput
from kamura_desktop.services.setup import open_books
from tests import pg


def clerk(url: str, member: int, mode: str) -> str:
    """The clerk's PC: one deposit through the path every screen and command takes
    (run_write), or, with "two", a journal entry committed first and the deposit after it in
    the same call; what it would print. Its own Database (its own server sessions), run in a
    thread of this process (issue 20: a process of its own proved nothing more and cost two
    seconds of imports)."""
    from kamura_desktop.domain.errors import UserError
    from kamura_desktop.services.connection import run_write
    from kamura_desktop.services.ledger import Line

    db = open_books(url)
    tries = []

    def deposit(amount):
        return savings.record_deposit(db, actor=Actor.system(), member_id=member,
                                      kind="sukarela", amount=amount,
                                      on_date=dt.date(2026, 3, 2)).value.receipt_no

    def use_case():
        tries.append(1)
        if mode == "two":  # a journal entry (not the receipt counter) committed first
            with db.write() as s:
                ledger.post_entry(s, Actor.system(), on_date=dt.date(2026, 3, 2),
                                  description="dua", source_type="uji", source_id="dua",
                                  lines=[Line("1101", debit=500), Line("4901", credit=500)])
        return deposit(7_000)

    try:
        return f"ok {run_write(use_case)} {len(tries)}"
    except UserError as exc:
        return f"refused {len(tries)} {exc.message}"
    finally:
        db.close()


#: how long the clerk's session waits on a lock before PostgreSQL looks for a deadlock (the
#: server's default is 1 s, paid at every deadlock of these tests; the detection is the same)
DEADLOCK_TIMEOUT = "100ms"


@pytest.fixture
def office():
    location = pg.new_database()
    pg.admin(f'ALTER DATABASE "{_dbname(location)}" SET deadlock_timeout = \'{DEADLOCK_TIMEOUT}\'')
    db = open_books(location)
    try:
        data = MemberInput(name="Euis Komariah", nik="3217014508800001", sex="P",
                           joined_on=dt.date(2026, 1, 5), rt="1", rw="8", kampung="Cibitung",
                           trade="Warung")
        member = membership.register_member(db, actor=Actor.system(), data=data).value.member.id
        # the first receipt of the year creates the counter row the other PC will hold
        savings.record_deposit(db, actor=Actor.system(), member_id=member, kind="sukarela",
                               amount=1_000, on_date=dt.date(2026, 3, 2))
        yield location, db, member
    finally:
        db.close()
        pg.drop_database(location)


def _dbname(location: str) -> str:
    return location.rsplit("/", 1)[1].split("?", 1)[0]


def _deadlocks(location: str) -> int:
    with psycopg.connect(dbname="postgres", user="postgres", host=pg.socket_dir(),
                         autocommit=True) as c:
        c.execute("SELECT pg_stat_clear_snapshot()")
        return c.execute("SELECT deadlocks FROM pg_stat_database WHERE datname = %s",
                         (_dbname(location),)).fetchone()[0]


def _wait_until_blocked(location: str, timeout: float = 60) -> None:
    """Until a Kamura session of the database waits for a lock (the clerk's posting)."""
    deadline = time.monotonic() + timeout
    with psycopg.connect(dbname="postgres", user="postgres", host=pg.socket_dir(),
                         autocommit=True) as c:
        while time.monotonic() < deadline:
            waiting = c.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                                "AND application_name = 'kamura' AND wait_event_type = 'Lock'",
                                (_dbname(location),)).fetchone()[0]
            if waiting:
                return
            time.sleep(0.02)
    raise AssertionError("the clerk's posting never waited for the held counter")


def _deadlock_the_clerk(location: str, member: int, *, mode: str = "one",
                        attempts: int | None = None, rounds: int = 1) -> str:
    """Run the clerk's PC and make each of its first ``rounds`` attempts a deadlock victim;
    return what it printed."""
    other_pc = psycopg.connect(dbname=_dbname(location), user="postgres", host=pg.socket_dir())
    printed: list[str] = []
    failed: list[BaseException] = []

    def run_clerk() -> None:
        try:
            printed.append(clerk(location, member, mode))
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            failed.append(exc)

    with pytest.MonkeyPatch.context() as mp:
        if attempts is not None:
            mp.setenv("KAMURA_WRITE_ATTEMPTS", str(attempts))
        try:
            # the other PC never loses the deadlock: the clerk's session detects it first
            other_pc.execute("SET deadlock_timeout = '60s'")
            other_pc.commit()
            thread = None
            for _ in range(rounds):
                other_pc.execute("SELECT next_value FROM sequences WHERE name = 'receipt:2026' "
                                 "FOR UPDATE")
                if thread is None:
                    thread = threading.Thread(target=run_clerk, daemon=True)
                    thread.start()
                _wait_until_blocked(location)
                # the clerk holds Kamura's write lock and waits for the counter; asking for
                # that lock closes the circle, and PostgreSQL aborts the clerk's transaction
                other_pc.execute(f"SELECT pg_advisory_xact_lock({SERVER_WRITE_LOCK})")
                other_pc.commit()
            thread.join(timeout=120)
        finally:
            other_pc.close()
    assert not thread.is_alive(), "the clerk's posting never ended"
    assert failed == [], failed
    return printed[0].strip()


def _state(db, member: int) -> tuple[int, int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count(SavingsTransaction.id))
                         .where(SavingsTransaction.member_id == member)),
                s.scalar(select(func.count(JournalEntry.id))),
                s.get(Sequence, "receipt:2026").next_value)


def test_a_deadlocked_posting_is_retried_and_committed_once(office):
    location, db, member = office
    saved, entries, next_receipt = _state(db, member)
    before = _deadlocks(location)
    out = _deadlock_the_clerk(location, member)
    # the posting was aborted once by the server and went through on its second attempt
    assert out == f"ok KW-2026-{next_receipt:06d} 2", out
    assert _deadlocks(location) == before + 1
    assert _state(db, member) == (saved + 1, entries + 1, next_receipt + 1)
    assert savings.balances(db, member).sukarela == 8_000
    assert ledger.ledger_problems(db) == []


def test_when_the_attempts_run_out_the_clerk_is_told_the_server_is_busy(office):
    location, db, member = office
    before = _state(db, member)
    out = _deadlock_the_clerk(location, member, attempts=2, rounds=2)
    assert out.startswith("refused 2 Server sedang sibuk"), out
    assert "sudah dicoba 2 kali" in out and "Tidak ada yang tersimpan" in out
    assert "coba lagi" in out and _dbname(location) in out  # names the server's database
    assert _state(db, member) == before  # nothing half-written, no receipt number used
    assert ledger.ledger_problems(db) == []


def test_a_call_that_already_committed_a_write_is_not_run_again(office):
    location, db, member = office
    saved, entries, next_receipt = _state(db, member)
    out = _deadlock_the_clerk(location, member, mode="two")
    # the call's first write stands; running the call again would post it twice
    assert out.startswith("refused 1 Server sedang sibuk"), out
    assert _state(db, member) == (saved, entries + 1, next_receipt)
    assert ledger.ledger_problems(db) == []
