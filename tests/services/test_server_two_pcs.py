"""Several PCs on one server database: the login lockout and the roles hold across PCs (the
same ``users`` table), and the single-instance rule is only for a SQLite file — two desktop
programs on one server database both run. Real Database objects and real processes on the
real test server (tests/pg.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import psycopg
import pytest

from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import server_backup, users
from kamura_desktop.services.setup import open_books
from kamura_desktop.services.users import MAX_FAILURES
from tests import pg
from tests.conftest import TEST_USERS


@pytest.fixture
def office(fast_passwords):
    with pg.office_books() as (location, db):
        yield location, db


def test_a_name_locked_on_one_pc_is_locked_on_the_other(office):
    location, counter_pc = office
    treasurer_pc = open_books(location)
    try:
        for _ in range(MAX_FAILURES):
            with pytest.raises(UserError):
                users.authenticate(counter_pc, "petugas", "salah-terus")
        # the right password on another PC is refused too: the lock is in the shared table
        with pytest.raises(UserError) as caught:
            users.authenticate(treasurer_pc, "petugas", TEST_USERS["petugas"][1])
        assert "Terlalu banyak percobaan" in caught.value.message
        # the role holds there too: a clerk logged in elsewhere may not restore
        clerk = users.authenticate(treasurer_pc, "bendahara", TEST_USERS["bendahara"][1])
        with pytest.raises(PermissionDenied):
            server_backup.restore(treasurer_pc, actor=clerk, source=__file__)
    finally:
        treasurer_pc.close()


def _kamura_sessions(database: str) -> set[int]:
    with psycopg.connect(dbname="postgres", user="postgres", host=pg.socket_dir()) as c:
        return {r[0] for r in c.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND "
            "application_name = 'kamura'", (database,)).fetchall()}


def test_two_desktop_programs_on_one_server_database_both_run(office, tmp_path):
    location, _db = office
    database = location.rsplit("/", 1)[1].split("?", 1)[0]
    # a password in the location: the test server trusts local users, so no question is
    # asked and each program stops at its login window
    url = location.replace("postgres@", "postgres:uji@", 1)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KAMURA_DATA_DIR": str(tmp_path)}
    start = [sys.executable, "-m", "kamura_desktop.app", "--db", url]
    mine = _kamura_sessions(database)  # this test's own connections
    first = subprocess.Popen(start, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    second = None
    try:
        deadline = time.monotonic() + 60
        while not _kamura_sessions(database) - mine and time.monotonic() < deadline:
            time.sleep(0.2)
        one = _kamura_sessions(database) - mine
        assert one and first.poll() is None
        second = subprocess.Popen(start, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        while not _kamura_sessions(database) - mine - one and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.0)
        # both are at their login window, connected: neither was sent away as "already open"
        assert first.poll() is None and second.poll() is None
        assert _kamura_sessions(database) - mine - one
    finally:
        for proc in (first, second):
            if proc is not None:
                proc.kill()
                _out, err = proc.communicate(timeout=30)
                assert "sudah terbuka" not in err


def _reseals(location: str) -> int:
    name = location.rsplit("/", 1)[1].split("?", 1)[0]
    with psycopg.connect(dbname=name, user="postgres", host=pg.socket_dir()) as c:
        return c.execute("SELECT count(*) FROM audit_log WHERE action = 'database.reseal'"
                         ).fetchone()[0]


def _deposit_from_pc(location: str, data_dir, monkeypatch, serial: int) -> None:
    """One PC (its own data folder) opens the server books, registers a member and takes
    the pokok, and closes."""
    import datetime as dt

    from kamura_desktop.services import membership, savings
    from kamura_desktop.services.actor import Actor
    from kamura_desktop.services.membership import MemberInput

    monkeypatch.setenv("KAMURA_DATA_DIR", str(data_dir))
    db = open_books(location)
    try:
        member = membership.register_member(db, actor=Actor.system(), data=MemberInput(
            name=f"Siti {serial}", nik=f"32171441018{serial:05d}", sex="P",
            joined_on=dt.date(2024, 1, 10))).value.member.id
        savings.record_deposit(db, actor=Actor.system(), member_id=member, kind="pokok",
                               amount=50_000, on_date=dt.date(2024, 1, 10))
    finally:
        db.close()


def test_pcs_that_hold_the_same_seal_key_write_in_turn_without_resealing(office, tmp_path,
                                                                         monkeypatch):
    """The seal's key is in each PC's data folder (docs/server-kantor.md, section 7): with the
    key file copied from the first PC to the second, the two write in turn, nobody reseals and
    the server checks clean with either PC's folder. Without the copy (the limitation the
    docs name) the second PC reseals with a key of its own."""
    import shutil

    from kamura_desktop.services import integrity

    location, db = office
    db.close()
    pc_a, pc_b, pc_c = tmp_path / "loket", tmp_path / "bendahara", tmp_path / "baru"
    _deposit_from_pc(location, pc_a, monkeypatch, 1)  # the first PC seals with its key
    before = _reseals(location)
    shutil.copytree(pc_a / "kunci", pc_b / "kunci")
    for serial, pc in enumerate([pc_b, pc_a, pc_b, pc_a], start=2):
        _deposit_from_pc(location, pc, monkeypatch, serial)
    assert _reseals(location) == before
    for pc in (pc_a, pc_b):
        monkeypatch.setenv("KAMURA_DATA_DIR", str(pc))
        report = integrity.check_server_database(location)
        assert report.ok, report.problems

    _deposit_from_pc(location, pc_c, monkeypatch, 9)  # a PC without the key: reseals
    assert _reseals(location) == before + 1
