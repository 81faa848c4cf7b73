"""The shared test fixtures that make the suite fast (issue 20) hand out what the slow way
did: the `db` file is the run's empty template (a new file's books, its key on this PC), a
``fresh_file`` test gets a file its own open creates, the demo copies check clean, the temp
files are on tmpfs where there is room, and ``kamura`` in-process exits as the process does."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
import tempfile
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from kamura_desktop.db.database import known_heads
from kamura_desktop.db.models.core import AuditEntry, User
from kamura_desktop.services import integrity, ledger, membership, savings, tamper, users
from tests.conftest import TEST_USERS
from tests.helpers_books import prepared
from tests.helpers_cli import kamura
from tests.helpers_files import file_id


def _audit_actions(path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT action, summary FROM audit_log ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.mark.sqlite_only(reason="the template is a file")
def test_the_db_fixture_is_the_runs_empty_template_with_its_key_here(db):
    assert db.opening_check == "quick"  # copied, recorded as closed cleanly: no full check
    assert db.schema_revisions() == known_heads()
    assert _audit_actions(db.path) == [("database.init", "database baru kamura.sqlite")]
    assert tamper.key_path(file_id(db.path)).is_file()  # not resealed as on a new PC
    report = integrity.check_database(db.path)
    assert report.ok and report.notes == [], (report.problems, report.notes)


@pytest.mark.fresh_file
@pytest.mark.sqlite_only(reason="the template is a file")
def test_a_fresh_file_test_gets_a_file_its_own_open_creates(db):
    assert db.opening_check == "new"
    assert _audit_actions(db.path) == [("database.init", "database baru kamura.sqlite")]


def test_demo_copies_check_clean_with_the_key_of_the_worker_that_built_it(demo_copy):
    assert tamper.key_path(file_id(demo_copy)).is_file()
    report = integrity.check_database(demo_copy)
    assert report.ok and report.notes == [], (report.problems, report.notes)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="tmpfs at /dev/shm")
def test_temp_files_are_in_memory_when_dev_shm_has_room(tmp_path):
    if os.environ.get("KAMURA_TEST_TMPFS") == "0" or not os.environ["TMPDIR"].startswith("/dev/shm/"):
        pytest.skip("the caller chose the temp folder, or /dev/shm has no room")
    assert str(tmp_path).startswith(os.environ["TMPDIR"])
    assert tempfile.gettempdir() == os.environ["TMPDIR"]
    assert os.environ["KAMURA_DATA_DIR"].startswith(os.environ["TMPDIR"])


def test_kamura_in_process_exits_as_the_process_does(tmp_path):
    ok = kamura(["--version"])
    assert (ok.returncode, ok.stderr) == (0, "")
    assert ok.stdout.startswith("kamura ")
    unknown = kamura(["tidak-ada"])  # argparse: exit 2 and the usage on stderr
    assert unknown.returncode == 2 and "tidak-ada" in unknown.stderr
    no_user = kamura(["users", "list", "--db", str(tmp_path / "k.sqlite")],
                     env={k: v for k, v in os.environ.items() if not k.startswith("KAMURA_USER")})
    assert no_user.returncode == 1 and no_user.stdout == ""  # a SystemExit message: code 1
    assert no_user.stderr.startswith("Kesalahan") and "Traceback" not in no_user.stderr


@pytest.fixture
def users_before_actors(db) -> list[tuple]:
    """The users the `db` holds before the `actors` fixture runs (set up between the two)."""
    with db.read() as s:
        return [(u.id, u.username, u.full_name, u.role) for u in s.scalars(select(User).order_by(User.id))]


@pytest.mark.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)
def test_actors_come_with_the_file_and_are_what_a_login_returns(db, users_before_actors, actors):
    # the users were made and logged in once per run, in a template the `db` is a copy of
    assert [(u[1], u[3]) for u in users_before_actors] == [(n, r) for r, (n, _) in TEST_USERS.items()]
    assert list(actors) == list(TEST_USERS)
    for role, (username, password) in TEST_USERS.items():
        assert users.authenticate(db, username, password) == actors[role]  # a real login
        assert (actors[role].user_id, actors[role].username, actors[role].full_name,
                actors[role].role) in users_before_actors
    with db.read() as s:  # each user logged in once for the fixture, once just above
        logins = s.execute(select(AuditEntry.user_id, func.count()).where(
            AuditEntry.action == "login").group_by(AuditEntry.user_id)).all()
    assert sorted(logins) == sorted((a.user_id, 2) for a in actors.values())


#: (engine, location of the books) each time this process ran the body of
#: `member_with_savings` (the location, not ``id(db)``: a freed template's id is reused)
BUILT: list[tuple[str, str]] = []


def _where(db) -> str:
    return str(db.path if db.url is None else db.url)


@prepared
def member_with_savings(db, actors):
    """A member with Rp50.000 pokok, recorded by the clerk (built once per run)."""
    BUILT.append(("sqlite" if db.url is None else "postgresql", _where(db)))
    clerk = actors["petugas"]
    member = membership.register_member(db, actor=clerk, data=membership.MemberInput(
        name="Siti Aminah", nik="3217014503850001", sex="P", joined_on=dt.date(2024, 1, 15),
        kampung="Cibitung", rt="2", rw="8")).value.member
    receipt = savings.record_deposit(db, actor=clerk, member_id=member.id, kind="pokok",
                                     amount=50_000, on_date=dt.date(2024, 1, 15)).value
    return SimpleNamespace(db=db, clerk=clerk, member=member, receipt=receipt, actors=actors)


@pytest.mark.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)
@pytest.mark.parametrize("amount", [10_000, 20_000])
def test_a_prepared_fixture_gives_each_test_its_own_copy_of_books_built_once(
        db, db_engine, member_with_savings, actors, amount):
    book = member_with_savings
    # the value speaks of this test's books and users, as when the body runs in the test
    assert book.db is db and book.actors is actors and book.clerk is actors["petugas"]
    assert savings.balances(db, book.member.id).pokok == 50_000
    assert membership.get_member(db, book.member.id).name == "Siti Aminah"
    # the body ran on the template's books (at most once per process), not on this test's
    assert (db_engine, _where(db)) not in BUILT and [e for e, _ in BUILT].count(db_engine) <= 1
    # a write stays in this test's copy: the other amount's test starts from Rp0 sukarela
    savings.record_deposit(db, actor=book.clerk, member_id=book.member.id, kind="sukarela",
                           amount=amount, on_date=dt.date(2024, 2, 1))
    assert savings.balances(db, book.member.id).sukarela == amount
    assert ledger.ledger_problems(db) == []


@pytest.mark.fresh_file
@pytest.mark.sqlite_only(reason="the template is a file")
def test_a_prepared_fixture_builds_in_the_test_when_the_db_is_not_a_copy(db, member_with_savings):
    assert db.opening_check == "new"
    assert ("sqlite", _where(db)) in BUILT  # the body ran on this test's own books
    assert savings.balances(db, member_with_savings.member.id).pokok == 50_000


def test_server_clones_are_made_ahead_handed_out_once_and_dropped_later():
    """tests/pg.py: the clone a test gets was made on the background thread while the test
    before it ran; it is that test's own (a table made in one clone is not in the next); the
    drop happens after the test, on a background thread too."""
    import psycopg

    from tests import pg

    first = pg.new_database()
    ahead = pg._ahead[pg.TEMPLATE]  # the next clone of the empty books, being made now
    second = pg.new_database()
    assert pg._name_of(second) == ahead.result() != pg._name_of(first)  # handed out once
    assert pg._ahead[pg.TEMPLATE] is not ahead  # and the one after it is on its way
    plain = [loc.replace("postgresql+psycopg://", "postgresql://", 1) for loc in (first, second)]
    count = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
    with psycopg.connect(plain[0], autocommit=True) as conn:
        conn.execute("CREATE TABLE only_in_the_first (x integer)")
        in_first = conn.execute(count).fetchone()[0]
    with psycopg.connect(plain[1]) as conn:  # a copy of the template, not of the first
        assert conn.execute("SELECT to_regclass('only_in_the_first')").fetchone() == (None,)
        assert conn.execute(count).fetchone()[0] == in_first - 1 > 50  # the books' tables
    for location in (first, second):
        pg.drop_later(location)
    pg.settle()  # the threads have done what was queued before
    assert not pg._exists(pg._name_of(first)) and not pg._exists(pg._name_of(second))


@pytest.mark.sqlite_only(reason="the template is a file")
def test_a_removed_seal_key_is_installed_again_by_the_next_copy(db, empty_books, tmp_path):
    """helpers_files.install_key reads a cached file's seal once per process, but still looks
    for the key itself at every copy."""
    from tests.helpers_files import copy_books

    key = tamper.key_path(file_id(db.path))
    kept = key.read_bytes()
    key.unlink()
    try:
        copy_books(empty_books("kamura.sqlite"), tmp_path / "salinan.sqlite")
        assert key.read_bytes() == kept
    finally:
        if not key.is_file():
            key.write_bytes(kept)


@pytest.fixture
def over_member_with_savings(member_with_savings, db_location):
    """A plain fixture over a @prepared one (as the CLI tests' ``book``: the books and where
    they are)."""
    return member_with_savings, db_location


@pytest.mark.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)
def test_a_plain_fixture_over_a_prepared_one_gets_the_copy_by_its_location(
        db, db_engine, over_member_with_savings):
    book, location = over_member_with_savings
    assert book.db is db
    assert (db_engine, _where(db)) not in BUILT  # a copy, not built in this test
    if db_engine == "sqlite":
        assert db.path == location  # the path a CLI test passes as --db is this copy's
    else:
        from tests import pg

        assert pg._name_of(location) == db.url.database
    assert savings.balances(db, book.member.id).pokok == 50_000


def test_a_server_engines_first_connection_asks_for_no_hstore_type(db_server_location):
    """Issue 20: every open of server books (each test on PostgreSQL) made a new engine whose
    first connection looked up the hstore type's oids: one more round trip for a type no
    table of the books uses."""
    from sqlalchemy.dialects.postgresql import HSTORE

    from kamura_desktop.db import location as loc
    from kamura_desktop.db.engine import make_server_engine
    from kamura_desktop.db.models import Base

    assert not [c for t in Base.metadata.tables.values() for c in t.columns
                if isinstance(c.type, HSTORE)]
    engine = make_server_engine(loc.server_url(db_server_location))
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT 1").scalar() == 1
        assert engine.dialect.use_native_hstore is False
        assert engine.dialect._has_native_hstore is False
    finally:
        engine.dispose()


@pytest.fixture
def db_server_location():
    from tests import pg

    location = pg.new_database()
    try:
        yield location
    finally:
        pg.drop_later(location)


def test_the_db_fixtures_server_books_are_opened_ahead_and_no_one_else_gets_them():
    """tests/pg.py: a clone made ahead for the `db` fixture (``opened=True``) is opened
    ahead too, with the program's own open of server books, so the test finds its books
    open; a caller that opens nothing itself never gets such a clone (no connection of the
    fixture's on its database): that one is dropped and a fresh clone made."""
    from tests import pg

    first = pg.new_database(opened=True)
    ahead = pg._ahead[pg.TEMPLATE]
    second = pg.new_database(opened=True)  # the clone made (and opened) while "first" ran
    assert pg._name_of(second) == ahead.result()
    books = pg.take_opened(second)
    assert books is not None and pg.take_opened(second) is None  # handed out once
    try:
        assert books.url.database == pg._name_of(second)
        with books.read() as s:  # the seeded books of the template, open
            assert s.scalar(select(func.count()).select_from(User)) == 0
        assert books.engine.pool.checkedin() == 1  # its connection made before the test
    finally:
        books.close()
    made_opened = pg._ahead[pg.TEMPLATE].result()
    plain = pg.new_database()  # opens nothing: not the clone opened ahead
    assert pg._name_of(plain) != made_opened
    sessions = "SELECT count(*) FROM pg_stat_activity WHERE datname = %s"
    assert pg._admin_execute(sessions, (pg._name_of(plain),)).fetchone() == (0,)
    for location in (first, second, plain):
        pg.drop_later(location)
    pg.settle()
    assert not pg._exists(made_opened)  # dropped, its books closed first
    assert pg._admin_execute(sessions, (made_opened,)).fetchone() == (0,)
