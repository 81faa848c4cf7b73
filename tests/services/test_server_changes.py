"""Other PCs' commits reach this PC's views: two Database objects on one server database
stand for two PCs; a write on one is heard by the other (LISTEN/NOTIFY) as the ``Changes``
of the tables it wrote — never its own writes, never a rolled-back one. On the real test
server (tests/pg.py)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from kamura_desktop.db.models import metadata
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import membership, savings
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.changes import (
    EVERYTHING,
    QUIET_TABLES,
    TABLE_AREAS,
    Changes,
    changes_for_tables,
)
from kamura_desktop.services.connection import OtherPCs
from kamura_desktop.services.membership import MemberInput
from kamura_desktop.services.setup import open_books
from tests import pg


@pytest.fixture
def two_pcs():
    location = pg.new_database()
    counter, treasurer = open_books(location), open_books(location)
    try:
        yield counter, treasurer
    finally:
        counter.close()
        treasurer.close()
        pg.drop_database(location)


def _heard(feed: OtherPCs, timeout: float = 10) -> Changes:
    """Poll as the hub's timer does until something arrives (or the time is up)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        changes = feed.poll()
        if changes.any():
            return changes
        time.sleep(0.05)
    return Changes()


def _member(db, nik: str = "3217014508800001") -> int:
    data = MemberInput(name="Euis Komariah", nik=nik, sex="P",
                       joined_on=dt.date(2026, 1, 5), rt="1", rw="8", kampung="Cibitung",
                       trade="Warung")
    return membership.register_member(db, actor=Actor.system(), data=data).value.member.id


def test_a_deposit_on_one_pc_is_heard_on_the_other(two_pcs):
    counter, treasurer = two_pcs
    feed = OtherPCs(treasurer)
    assert feed.active
    try:
        member = _member(counter)
        assert _heard(feed) == Changes(members=True)
        savings.record_deposit(counter, actor=Actor.system(), member_id=member, kind="sukarela",
                               amount=25_000, on_date=dt.date(2026, 3, 2))
        heard = _heard(feed)
        assert heard.savings and heard.ledger and not heard.credits and not heard.evaluation
        # the treasurer's own write is published where it is made, not heard again: the
        # counter's next write (a member) is heard alone (the server delivers notifications
        # in commit order, so one for the deposit would have come first)
        savings.record_deposit(treasurer, actor=Actor.system(), member_id=member,
                               kind="sukarela", amount=5_000, on_date=dt.date(2026, 3, 2))
        _member(counter, nik="3217014508800002")
        assert _heard(feed) == Changes(members=True)
        # a refused (rolled-back) write tells nobody anything: again only the next member
        with pytest.raises(UserError):
            savings.record_deposit(counter, actor=Actor.system(), member_id=member,
                                   kind="sukarela", amount=0, on_date=dt.date(2026, 3, 2))
        _member(counter, nik="3217014508800003")
        assert _heard(feed) == Changes(members=True)
        assert feed.poll() == Changes()
    finally:
        feed.close()


def test_a_sqlite_file_has_no_other_pcs(db_path):
    db = open_books(db_path)
    try:
        feed = OtherPCs(db)
        assert not feed.active and feed.poll() == Changes()
    finally:
        db.close()


def test_every_table_is_mapped_to_what_it_changes():
    # a new table must be placed consciously; until then it reloads everything
    unmapped = {t for t in metadata.tables
                if t not in TABLE_AREAS and t not in QUIET_TABLES and not t.startswith("eval_")}
    assert unmapped == set()
    assert changes_for_tables({"a_table_from_a_later_book"}) == EVERYTHING
    assert changes_for_tables({"audit_log", "sequences", "tamper_seals"}) == Changes()
    assert changes_for_tables({"repayments", "journal_lines"}) == Changes(repayments=True,
                                                                         ledger=True)


def test_after_the_server_connection_was_lost_everything_reloads_once(two_pcs, monkeypatch):
    from kamura_desktop.db.database import ChangeListener

    counter, treasurer = two_pcs
    monkeypatch.setattr(ChangeListener, "RECONNECT_AFTER_S", 0.0)
    feed = OtherPCs(treasurer)
    try:
        name = treasurer.url.database
        listening = ("FROM pg_stat_activity WHERE application_name = 'kamura-listen' "
                     f"AND datname = '{name}'")
        pg.admin(f"SELECT pg_terminate_backend(pid, 5000) {listening}")  # waits until it ended
        assert pg.rows(pg.url("postgres"), f"SELECT count(*) {listening}") == [(0,)]
        _member(counter)  # written while this PC was not listening: missed
        # the loss is seen on a poll or two (nothing to reload while the server is away),
        # then the listener is back: what was missed is unknown, so everything reloads once
        polls = [feed.poll() for _ in range(3)]
        assert polls[-1] == EVERYTHING and not any(p.any() for p in polls[:-1]), polls
        assert feed.poll() == Changes()
    finally:
        feed.close()
