"""The office server going away in the middle of a collection sheet: the clerk's connection
is cut (``pg_terminate_backend`` from another session, as when the server PC restarts)
while the sheet's transaction has already written its rows. The sheet is not posted, the
clerk is told in Indonesian, naming the server, to try again, nothing is half-written — and
trying again posts it. On the real test server of tests/pg.py."""

from __future__ import annotations

import datetime as dt
import threading
import time

import psycopg
import pytest
from sqlalchemy import func, select

from kamura_desktop.db.models.core import JournalEntry, Sequence
from kamura_desktop.db.models.repayment import CollectionAttendance, CollectionSheet, Repayment
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import ledger, repayments, users
from kamura_desktop.services.setup import open_books
from tests import pg
from tests.conftest import TEST_USERS
from tests.services.test_repayments import Lending, statement

DISBURSED = dt.date(2026, 3, 2)


@pytest.fixture
def office(fast_passwords):
    location = pg.new_database()
    db = open_books(location)
    try:
        from kamura_desktop.services.actor import Actor

        for role, (username, password) in TEST_USERS.items():
            users.create_user(db, actor=Actor.system(), username=username,
                              full_name=f"Uji {role}", role=role, password=password)
        actors = {role: users.authenticate(db, username, password)
                  for role, (username, password) in TEST_USERS.items()}
        yield location, db, actors
    finally:
        db.close()
        pg.drop_database(location)


def _dbname(location: str) -> str:
    return location.rsplit("/", 1)[1].split("?", 1)[0]


def _counts(db) -> tuple[int, ...]:
    with db.read() as s:
        return (s.scalar(select(func.count(CollectionSheet.id))),
                s.scalar(select(func.count(CollectionAttendance.id))),
                s.scalar(select(func.count(Repayment.id))),
                s.scalar(select(func.count(JournalEntry.id))),
                s.scalar(select(func.coalesce(func.sum(Sequence.next_value), 0))))


def _blocked_kamura_pid(location: str, timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    with psycopg.connect(dbname="postgres", user="postgres", host=pg.socket_dir(),
                         autocommit=True) as c:
        while time.monotonic() < deadline:
            row = c.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s AND "
                            "application_name = 'kamura' AND wait_event_type = 'Lock'",
                            (_dbname(location),)).fetchone()
            if row:
                return row[0]
            time.sleep(0.02)
    raise AssertionError("the sheet's transaction never reached the held journal counter")


def test_the_server_going_away_mid_sheet_posts_nothing_and_asks_to_retry(office):
    location, db, actors = office
    loans = Lending(db, actors).paket_group(on=DISBURSED)
    group_id = loans[0].group_id
    day = statement(db, loans[0].id).instalments[0].due_date
    sheet = repayments.open_collection_sheet(db, group_id=group_id, meeting_date=day)
    entries = [repayments.SheetEntry(member_id=ln.member_id, paid=ln.due_today)
               for ln in sheet.lines]
    assert sum(e.paid for e in entries) == 21_000
    before = _counts(db)

    # another session holds the journal counter: the sheet's transaction writes the sheet,
    # the attendance and the first instalment, then waits there for its journal number
    holder = psycopg.connect(dbname=_dbname(location), user="postgres", host=pg.socket_dir())
    outcome: dict[str, object] = {}

    def post() -> None:
        try:
            outcome["value"] = repayments.post_collection_sheet(
                db, actor=actors["petugas"], group_id=group_id, meeting_date=day,
                entries=entries)
        except Exception as exc:  # noqa: BLE001 - the test looks at what the clerk gets
            outcome["error"] = exc

    try:
        holder.execute("SELECT next_value FROM sequences WHERE name = 'journal:2026' FOR UPDATE")
        clerk = threading.Thread(target=post)
        clerk.start()
        pid = _blocked_kamura_pid(location)
        # the server drops the clerk's connection mid-transaction
        pg.admin(f"SELECT pg_terminate_backend({pid})")
        clerk.join(timeout=60)
        holder.rollback()
    finally:
        holder.close()
    assert not clerk.is_alive()
    error = outcome.get("error")
    assert isinstance(error, UserError), outcome
    assert "terputus" in error.message and "coba lagi" in error.message
    assert _dbname(location) in error.message  # names the server's database
    assert "Tidak ada yang tersimpan" in error.message
    assert "terminating" not in error.message  # the driver's English stays out
    assert _counts(db) == before  # not posted, nothing half-written, no number used
    assert not repayments.open_collection_sheet(db, group_id=group_id,
                                                meeting_date=day).already_posted
    assert ledger.ledger_problems(db) == []

    # the clerk tries again: the program reconnects and the sheet is posted whole
    receipts = repayments.post_collection_sheet(db, actor=actors["petugas"], group_id=group_id,
                                                meeting_date=day, entries=entries).value
    assert len(receipts) == 5 and sum(r.amount for r in receipts) == 21_000
    assert [r.receipt_no for r in receipts] == [f"KW-2026-{n:06d}" for n in range(1, 6)]
    assert ledger.ledger_problems(db) == []
