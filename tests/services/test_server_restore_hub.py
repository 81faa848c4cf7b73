"""`kamura restore` on the office server while other PCs have the books open: ``pg_restore``
writes past the program (no change notice of its own), so the restore tells every PC that
follows the server that the whole database was replaced; their views reload everything, and
their listener goes on hearing the next writes. The real test server and its own
pg_dump/pg_restore processes (tests/pg.py); the command runs in this process."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from kamura_desktop.services import membership, savings, server_backup
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.changes import EVERYTHING, REPLACED, Changes, changes_for_tables
from kamura_desktop.services.connection import OtherPCs
from kamura_desktop.services.membership import MemberInput
from kamura_desktop.services.setup import open_books
from tests import pg
from tests.conftest import TEST_USERS
from tests.helpers_cli import kamura


@pytest.fixture
def office(fast_passwords):
    with pg.office_books() as (location, db):
        yield location, db


def _heard(feed: OtherPCs, timeout: float = 10) -> Changes:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        changes = feed.poll()
        if changes.any():
            return changes
        time.sleep(0.05)
    return Changes()


def test_a_restore_is_heard_as_the_whole_database_replaced():
    assert changes_for_tables({REPLACED}) == EVERYTHING
    assert changes_for_tables({"members", REPLACED}) == EVERYTHING


def test_kamura_restore_on_the_server_makes_the_other_pcs_reload_everything(office, tmp_path,
                                                                            monkeypatch):
    location, db = office
    monkeypatch.setenv("PATH", pg.tools_env()["PATH"])
    member = membership.register_member(db, actor=Actor.system(), data=MemberInput(
        name="Iis Rohaeti", nik="3217014107850002", sex="P", joined_on=dt.date(2026, 1, 5),
        rt="2", rw="8", kampung="Cibitung", trade="Warung")).value.member.id
    dump = tmp_path / "kantor.dump"
    server_backup.backup(db, actor=Actor.system(), to=dump)
    savings.record_deposit(db, actor=Actor.system(), member_id=member, kind="sukarela",
                           amount=75_000, on_date=dt.date(2026, 1, 6))

    treasurer_pc = open_books(location)  # a PC with the books open while the admin restores
    feed = OtherPCs(treasurer_pc)
    try:
        env = {**pg.tools_env(), "KAMURA_PASSWORD": TEST_USERS["admin"][1]}
        # the command in this process (tests/helpers_cli.py): its own books, sessions and
        # origin, as a process of its own would have; pg_restore is still a real process
        restored = kamura(["--db", location, "restore", "--from", str(dump), "--user", "admin"],
                          env=env)
        assert restored.returncode == 0, restored.stderr
        assert _heard(feed) == EVERYTHING  # the deposit made after the backup is gone
        assert savings.balances(treasurer_pc, member).sukarela == 0
        # the listener goes on: the next write of another PC is heard as what it is
        counter_pc = open_books(location)
        try:
            savings.record_deposit(counter_pc, actor=Actor.system(), member_id=member,
                                   kind="sukarela", amount=5_000, on_date=dt.date(2026, 1, 7))
        finally:
            counter_pc.close()
        heard = _heard(feed)
        assert heard.savings and heard.ledger and not heard.database
    finally:
        feed.close()
        treasurer_pc.close()
