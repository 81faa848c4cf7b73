"""A connection lost exactly during the COMMIT of a collection sheet: the client cannot know
from the connection whether the server committed, so the program connects again and asks
the server (``db.database.resolve_lost_commit``: the transaction's id, read just before the
COMMIT, looked up with ``txid_status``). Committed → the clerk gets the receipts as usual and
nothing is posted twice; not committed → "Tidak ada yang tersimpan … coba lagi", and trying
again posts it once; the server unreachable → the outcome is unknown, said so, with what to
check and a warning not to post again.

On the real test server (tests/pg.py). The cut is real: the program talks to the server
through a small TCP relay (:class:`Relay`, a network between the PC and the server) that, at
the sheet's COMMIT, either drops the line before the COMMIT reaches the server, or passes the
COMMIT on, lets the server commit and answer, and drops the line before the answer reaches
the program — or keeps the server's end open (a half-open line: the server's session still
holds the transaction and the write lock). One case cuts with ``pg_terminate_backend`` from a
SQLAlchemy ``commit`` event, right before the COMMIT is sent, as a server restart does.

SQLite is not concerned: the database is a local file, its COMMIT is a call into the same
process that returns or raises — there is no connection to lose between the commit and its
answer."""

from __future__ import annotations

import datetime as dt
import glob
import os
import socket
import struct
import threading

import psycopg
import pytest
from sqlalchemy import event, func, select
from sqlalchemy.engine import URL

from kamura_desktop.db import database
from kamura_desktop.db.database import CommitOutcomeUnknown
from kamura_desktop.db.models.core import JournalEntry, Sequence
from kamura_desktop.db.models.credit import Credit, CreditApplication
from kamura_desktop.db.models.repayment import CollectionAttendance, CollectionSheet, Repayment
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import ledger, repayments, users
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.setup import open_books
from tests import pg
from tests.conftest import TEST_USERS, _log_in_test_users
from tests.services.test_repayments import Lending, statement

DISBURSED = dt.date(2026, 3, 2)


class Relay:
    """A TCP relay between the program and the test server's socket. ``cut_at_commit``
    arms it for the next COMMIT any connection sends:

    - ``"before"``: both ends are closed; the COMMIT never reaches the server;
    - ``"after"``: the COMMIT goes to the server, the server commits and answers, the answer
      is thrown away and both ends are closed — the client saw nothing;
    - ``"half-open"``: the client's end is closed, the server's is kept open and silent (the
      server's session sits in its transaction, holding the write lock).

    ``refuse`` makes every new connection fail (the server unreachable)."""

    def __init__(self) -> None:
        self.target = glob.glob(os.path.join(pg.socket_dir(), ".s.PGSQL.*[0-9]"))[0]
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.mode: str | None = None
        self.fired = threading.Event()
        self.refusing = False
        self.refuse_at_cut = False
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, database: str) -> str:
        return URL.create("postgresql+psycopg", username="postgres", host="127.0.0.1",
                          port=self.port, database=database,
                          query={"sslmode": "disable", "gssencmode": "disable"}
                          ).render_as_string(hide_password=False)

    def cut_at_commit(self, mode: str, *, then_refuse: bool = False) -> None:
        """Arm the cut; ``then_refuse``: the server becomes unreachable at the very moment of
        the cut (before either end is closed), so no reconnect can slip in before it."""
        self.fired.clear()
        self.refuse_at_cut = then_refuse
        self.mode = mode

    def refuse(self) -> None:
        self.refusing = True

    def close(self) -> None:
        self.refusing = True
        self.listener.close()
        for s in self.held:
            s.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.refusing:  # as a host that does not answer: the line drops at once
                client.close()
                continue
            server = socket.socket(socket.AF_UNIX)
            server.connect(self.target)
            pair = {"answer_dropped": threading.Event(), "drop_answer": False}
            threading.Thread(target=self._up, args=(client, server, pair), daemon=True).start()
            threading.Thread(target=self._down, args=(server, client, pair), daemon=True).start()

    @staticmethod
    def _read(sock: socket.socket, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = sock.recv(n - len(data))
            if not chunk:
                raise EOFError
            data += chunk
        return data

    def _up(self, client: socket.socket, server: socket.socket, pair: dict) -> None:
        """Client → server, message by message (the start-up message has no type byte)."""
        try:
            length = struct.unpack("!i", self._read(client, 4))[0]
            server.sendall(struct.pack("!i", length) + self._read(client, length - 4))
            while True:
                kind = self._read(client, 1)
                length = struct.unpack("!i", self._read(client, 4))[0]
                body = self._read(client, length - 4)
                message = kind + struct.pack("!i", length) + body
                mode = self.mode
                if kind == b"Q" and body.rstrip(b"\0").upper() == b"COMMIT" and mode:
                    self.mode = None
                    if self.refuse_at_cut:
                        self.refusing = True
                    if mode == "before":
                        _close(client, server)
                    elif mode == "after":
                        pair["drop_answer"] = True
                        server.sendall(message)
                        pair["answer_dropped"].wait(30)  # the server has committed
                        _close(client, server)
                    else:  # half-open
                        _close(client)
                        self.held.append(server)
                    self.fired.set()
                    return
                server.sendall(message)
        except (OSError, EOFError):
            _close(client, server)

    def _down(self, server: socket.socket, client: socket.socket, pair: dict) -> None:
        try:
            while True:
                chunk = server.recv(65536)
                if not chunk:
                    break
                if pair["drop_answer"]:
                    pair["answer_dropped"].set()
                    return
                client.sendall(chunk)
        except OSError:
            pass
        if not pair["drop_answer"]:
            _close(client, server)


def _close(*socks: socket.socket) -> None:
    for s in socks:
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        s.close()


def _log_in(db) -> dict[str, Actor]:
    return {role: users.authenticate(db, username, password)
            for role, (username, password) in TEST_USERS.items()}


def _lent(books) -> bytes:
    """The office every test starts from (built once per run on the test server, cloned
    for each test): the test users and a Paket Usaha group of five handed over on
    :data:`DISBURSED` (nothing else to hand back: :func:`_sheet` reads it from the books)."""
    Lending(books, _log_in(books)).paket_group(on=DISBURSED)
    return b""


@pytest.fixture
def office(fast_passwords):
    """The books on a test-server database, opened by the program through the relay."""
    location, _ = pg.new_database(users=_log_in_test_users,
                                  prepared=("commit-lost-office", _lent))
    name = location.rsplit("/", 1)[1].split("?", 1)[0]
    relay = Relay()
    db = open_books(relay.url(name))
    try:
        actors = _log_in(db)
        yield location, relay, db, actors
    finally:
        relay.close()
        db.close()
        pg.drop_database(location)


def _counts(location: str) -> tuple[int, ...]:
    """Read straight from the server, outside the program and the relay."""
    db = open_books(location)
    try:
        with db.read() as s:
            return (s.scalar(select(func.count(CollectionSheet.id))),
                    s.scalar(select(func.count(CollectionAttendance.id))),
                    s.scalar(select(func.count(Repayment.id))),
                    s.scalar(select(func.count(JournalEntry.id))),
                    s.scalar(select(func.coalesce(func.sum(Sequence.next_value), 0))))
    finally:
        db.close()


def _sheet(db, actors):
    with db.read() as s:  # the group of five the office was given (_lent)
        credit_id, group_id = s.execute(
            select(Credit.id, CreditApplication.group_id)
            .join(CreditApplication, CreditApplication.id == Credit.application_id)
            .order_by(Credit.id).limit(1)).one()
    day = statement(db, credit_id).instalments[0].due_date
    sheet = repayments.open_collection_sheet(db, group_id=group_id, meeting_date=day)
    entries = [repayments.SheetEntry(member_id=ln.member_id, paid=ln.due_today)
               for ln in sheet.lines]
    assert sum(e.paid for e in entries) == 21_000

    def post():
        return repayments.post_collection_sheet(db, actor=actors["petugas"], group_id=group_id,
                                                meeting_date=day, entries=entries)

    return post, group_id, day


def _posted_once(location, before):
    sheets, attendance, payments, entries, numbers = _counts(location)
    assert (sheets, attendance, payments) == (before[0] + 1, before[1] + 5, before[2] + 5)
    assert entries > before[3]


def test_the_answer_to_the_commit_lost_but_the_server_committed_is_a_success(office):
    location, relay, db, actors = office
    post, group_id, day = _sheet(db, actors)
    before = _counts(location)

    relay.cut_at_commit("after")
    receipts = post().value  # no error: the program asked the server, which had committed
    assert relay.fired.is_set()
    assert len(receipts) == 5 and sum(r.amount for r in receipts) == 21_000
    assert [r.receipt_no for r in receipts] == [f"KW-2026-{n:06d}" for n in range(1, 6)]
    _posted_once(location, before)
    # the clerk sees it posted; posting it again is refused, never a second posting
    assert repayments.open_collection_sheet(db, group_id=group_id, meeting_date=day).already_posted
    with pytest.raises(UserError):
        post()
    _posted_once(location, before)
    assert ledger.ledger_problems(db) == []


def test_the_line_cut_before_the_commit_reached_the_server_says_nothing_saved(office):
    location, relay, db, actors = office
    post, group_id, day = _sheet(db, actors)
    before = _counts(location)

    relay.cut_at_commit("before")
    with pytest.raises(UserError) as caught:
        post()
    message = caught.value.message
    assert "TIDAK tersimpan" in message and "Tidak ada yang tersimpan" in message
    assert "coba lagi" in message and "127.0.0.1" in message
    assert not isinstance(caught.value, CommitOutcomeUnknown)
    assert _counts(location) == before  # nothing half-written, no number used

    receipts = post().value  # trying again posts it, once
    assert [r.receipt_no for r in receipts] == [f"KW-2026-{n:06d}" for n in range(1, 6)]
    _posted_once(location, before)
    assert ledger.ledger_problems(db) == []


def test_the_server_session_killed_right_before_the_commit_says_nothing_saved(office):
    """``pg_terminate_backend`` from another connection, fired by SQLAlchemy's ``commit``
    event: the server ends the clerk's session just before the COMMIT is sent."""
    location, relay, db, actors = office
    post, group_id, day = _sheet(db, actors)
    before = _counts(location)
    killed = []

    def kill(conn) -> None:
        if killed:
            return
        pid = conn.connection.driver_connection.info.backend_pid
        pg.admin(f"SELECT pg_terminate_backend({pid}, 10000)")
        killed.append(pid)

    event.listen(db.engine, "commit", kill)
    try:
        with pytest.raises(UserError) as caught:
            post()
    finally:
        event.remove(db.engine, "commit", kill)
    assert killed
    assert "TIDAK tersimpan" in caught.value.message
    assert "terminating" not in caught.value.message  # the driver's English stays out
    assert _counts(location) == before
    post()
    _posted_once(location, before)


def test_a_half_open_line_is_ended_and_reported_as_not_saved(office, monkeypatch):
    """The server's session never saw the cut and still holds the transaction (and the write
    lock every PC queues on): the program ends that session and then knows (aborted). The
    grace before it is ended is 0,2 s here instead of the program's 2 s: the same path, the
    session still "in progress" when the grace is over (nothing ends it but the program)."""
    monkeypatch.setattr(database, "IN_PROGRESS_GRACE_S", 0.2)
    location, relay, db, actors = office
    post, group_id, day = _sheet(db, actors)
    before = _counts(location)

    relay.cut_at_commit("half-open")
    with pytest.raises(UserError) as caught:
        post()
    assert "TIDAK tersimpan" in caught.value.message
    assert _counts(location) == before
    post()  # the write lock is free again: another posting goes through
    _posted_once(location, before)


@pytest.mark.parametrize("cut", ["after", "before"])
def test_the_server_unreachable_after_the_cut_says_the_outcome_is_unknown(office, monkeypatch,
                                                                        cut):
    location, relay, db, actors = office
    post, group_id, day = _sheet(db, actors)
    before = _counts(location)
    # (the program tries again for 20 s; 0,3 s here is still three tries, each refused)
    monkeypatch.setenv("KAMURA_OUTCOME_WAIT_S", "0.3")

    # the relay stops answering the moment the line drops (set by the cut itself: a thread
    # set off by the cut lost the race to the program's reconnect on a loaded machine)
    relay.cut_at_commit(cut, then_refuse=True)
    with pytest.raises(CommitOutcomeUnknown) as caught:
        post()
    message = caught.value.message
    assert caught.value.code == "server_outcome_unknown"
    assert "tidak tahu apakah pekerjaan ini sudah tersimpan" in message
    assert "JANGAN langsung mencatatnya lagi" in message
    assert "riwayat simpanan/angsuran" in message and "jurnal" in message
    assert "Tidak ada yang tersimpan" not in message  # never the possibly false claim
    # what the server did is what the cut allowed: the sheet once, or not at all
    if cut == "after":
        _posted_once(location, before)
    else:
        assert _counts(location) == before
    with psycopg.connect(dbname="postgres", user="postgres", host=pg.socket_dir()) as c:
        assert c.execute("SELECT 1").fetchone() == (1,)  # the server was fine all along
