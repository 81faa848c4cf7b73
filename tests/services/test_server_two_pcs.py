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
            time.sleep(0.05)
        one = _kamura_sessions(database) - mine
        assert one and first.poll() is None
        second = subprocess.Popen(start, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        while not _kamura_sessions(database) - mine - one and time.monotonic() < deadline:
            time.sleep(0.05)
        # the server start takes no instance lock before or after it connects: a program
        # sent away would have gone before its session showed, or within this half second
        # in which it builds its login window (it was a whole second)
        time.sleep(0.5)
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
    return pg.rows(location, "SELECT count(*) FROM audit_log WHERE action = 'database.reseal'")[0][0]


def _deposit_from_pc(location: str, data_dir, monkeypatch, serial: int) -> None:
    """One PC (its own data folder) opens the server books, the clerk logs in, registers a
    member and takes the pokok, and the PC closes."""
    import datetime as dt

    from kamura_desktop.services import membership, savings
    from kamura_desktop.services.membership import MemberInput

    monkeypatch.setenv("KAMURA_DATA_DIR", str(data_dir))
    db = open_books(location)
    try:
        clerk = users.authenticate(db, *TEST_USERS["petugas"])
        member = membership.register_member(db, actor=clerk, data=MemberInput(
            name=f"Siti {serial}", nik=f"32171441018{serial:05d}", sex="P",
            joined_on=dt.date(2024, 1, 10))).value.member.id
        savings.record_deposit(db, actor=clerk, member_id=member, kind="pokok",
                               amount=50_000, on_date=dt.date(2024, 1, 10))
    finally:
        db.close()


def _admin_logs_in_on(location: str, data_dir, monkeypatch):
    monkeypatch.setenv("KAMURA_DATA_DIR", str(data_dir))
    db = open_books(location)
    try:
        return users.authenticate(db, *TEST_USERS["admin"])
    finally:
        db.close()


def _key_files(data_dir) -> set[str]:
    return {p.name for p in (data_dir / "kunci").glob("*.key")}


def test_pcs_write_in_turn_without_resealing_once_an_admin_logged_in_on_each(
        office, data_dir, tmp_path, monkeypatch):
    """The seal's key is in each PC's data folder; a PC without it gets it at an admin's login
    (wrapped for the admin in the database: services/tamper.py), never makes one of its own.
    The PC that made the server books (the test's data folder, A) and a second PC (B) where the
    admin logged in once write in turn: no reseal, one key on both PCs, the server checks clean
    from either PC's folder (issue 16: before, B resealed at every open of its own)."""
    from kamura_desktop.services import integrity

    location, db = office
    db.close()
    pc_a, pc_b = data_dir, tmp_path / "bendahara"
    file_id = pg.rows(location, "SELECT digest FROM tamper_seals WHERE name = 'file'")[0][0]
    before = _reseals(location)
    _admin_logs_in_on(location, pc_b, monkeypatch)
    for serial, pc in enumerate([pc_a, pc_b, pc_a, pc_b], start=1):
        _deposit_from_pc(location, pc, monkeypatch, serial)
    assert _reseals(location) == before == 0
    assert pg.rows(location, "SELECT digest FROM tamper_seals WHERE name = 'file'")[0][0] == file_id
    assert _key_files(pc_b) == {f"{file_id}.key"} <= _key_files(pc_a)
    assert (pc_b / "kunci" / f"{file_id}.key").read_text() == (
        pc_a / "kunci" / f"{file_id}.key").read_text()
    assert pg.rows(location, "SELECT count(*) FROM savings_transactions")[0][0] == 4
    for pc in (pc_a, pc_b):
        monkeypatch.setenv("KAMURA_DATA_DIR", str(pc))
        report = integrity.check_server_database(location)
        assert report.ok, report.problems
        assert not any("Kunci segel" in n for n in report.notes), report.notes


def test_a_pc_without_the_key_opens_the_server_books_without_resealing(office, tmp_path,
                                                                       monkeypatch):
    """Opening alone writes nothing: the seals and the audit log stay as the key-holder left
    them, and the check made there says the key comes at an admin's login."""
    from kamura_desktop.services import integrity
    from tests import helpers_rawsql as rawsql

    location, db = office
    db.close()
    before = rawsql.fingerprint(location)
    monkeypatch.setenv("KAMURA_DATA_DIR", str(tmp_path / "baru"))
    open_books(location).close()
    assert rawsql.fingerprint(location) == before
    assert not (tmp_path / "baru" / "kunci").exists()
    report = integrity.check_server_database(location)
    assert report.ok, report.problems
    note = next(n for n in report.notes if "Kunci segel" in n)
    assert "saat seorang admin masuk" in note and "disegel ulang" not in note
