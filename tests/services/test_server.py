"""The office server (PostgreSQL) as a database location: migrations and models agree, the
triggers refuse edits of posted rows, writers queue, and every bad connection is refused in
Indonesian without changing anything. Runs on the real test server of tests/pg.py."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import BigInteger, Integer, String, text
from sqlalchemy.exc import DBAPIError

from kamura_desktop.db import location as loc
from kamura_desktop.db import pg_types
from kamura_desktop.db.database import (
    DatabaseError,
    DatabaseTooNew,
    NotAKamuraDatabase,
    known_heads,
    open_database,
)
from kamura_desktop.db.models import metadata
from kamura_desktop.services.setup import open_books
from tests import pg


@pytest.fixture
def server_db():
    location = pg.new_database()
    database = open_books(location)
    try:
        yield database
    finally:
        database.close()
        pg.drop_database(location)


@pytest.fixture
def empty_location():
    location = pg.new_database(empty=True)
    yield location
    pg.drop_database(location)


def _flat(diff):
    for d in diff:
        if isinstance(d, list):
            yield from _flat(d)
        else:
            yield d


def test_empty_server_database_gets_the_schema_and_matches_the_models(empty_location):
    db = open_database(empty_location)
    try:
        assert db.is_server and db.path is None
        assert db.schema_revisions() == known_heads()
        with db.engine.connect() as conn, pg_types.catalog_reads():
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                    metadata)
            money = conn.execute(text(
                "SELECT data_type FROM information_schema.columns "
                "WHERE table_name = 'journal_lines' AND column_name = 'debit'")).scalar()
            receipt, receipt_len = conn.execute(text(
                "SELECT data_type, character_maximum_length FROM information_schema.columns "
                "WHERE table_name = 'savings_transactions' AND column_name = 'receipt_no'")).one()
        # on purpose (pg_types): every INTEGER column is BIGINT on the server and a VARCHAR
        # has no length, as on SQLite; the only differences from the models, nothing else
        rest = [d for d in _flat(diff) if not (d[0] == "modify_type" and (
            (isinstance(d[5], BigInteger) and type(d[6]) is Integer)
            or (isinstance(d[5], String) and d[5].length is None and type(d[6]) is String)))]
        assert rest == []
        assert money == "bigint"
        assert receipt == "character varying" and receipt_len is None
    finally:
        db.close()


def test_location_is_described_without_password():
    url = "postgresql://kasir:rahasia@192.168.1.10:5432/kamura"
    assert loc.is_server(url) and not loc.is_server("C:/data/kamura.sqlite")
    assert loc.describe(url) == "server 192.168.1.10:5432/kamura (kasir)"
    assert "rahasia" not in loc.describe(url)
    built = loc.build_url(host="192.168.1.10", port="5432", database="kamura", user="kasir",
                          password="rahasia")
    assert built.drivername == "postgresql+psycopg" and built.password == "rahasia"


@pytest.mark.parametrize("sql", ["UPDATE audit_log SET summary = 'diubah'",
                                 "DELETE FROM audit_log"])
def test_posted_rows_are_refused_by_the_server_itself(server_db, sql):
    with server_db.engine.connect() as conn:
        before = conn.execute(text("SELECT count(*), min(summary) FROM audit_log")).one()
    assert before[0] >= 1  # the new database's first audit row
    with pytest.raises(DBAPIError, match="tidak boleh diubah atau dihapus"), \
            server_db.engine.begin() as conn:
        conn.execute(text(sql))
    with server_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*), min(summary) FROM audit_log")).one() == before


def test_a_second_writer_waits_and_is_told_in_indonesian(server_db):
    other = open_database(server_db.url, busy_timeout_ms=200)
    try:
        with server_db.write() as s:
            s.execute(text("SELECT 1"))  # only the write lock is held
            with pytest.raises(DatabaseError, match="sedang dipakai"), other.write() as s2:
                s2.execute(text("SELECT 1"))
    finally:
        other.close()


def test_unreachable_host_is_refused_in_indonesian():
    with pytest.raises(DatabaseError, match="tidak dapat dihubungi"):
        open_database("postgresql+psycopg://kamura@127.0.0.1:1/kamura")


def test_missing_database_is_named(server_db):
    with pytest.raises(DatabaseError, match="tidak ada"):
        open_database(pg.url("tidak_ada_db"))


def test_wrong_password_is_refused_in_indonesian(server_db):
    pg.admin("DROP ROLE IF EXISTS kasir_uji")
    pg.admin("CREATE ROLE kasir_uji LOGIN PASSWORD 'benar-sekali'")
    pg.require_password("kasir_uji")
    name = server_db.url.database
    with pytest.raises(DatabaseError, match="Kata sandi atau nama pengguna database salah"):
        open_database(pg.url(name, user="kasir_uji", password="salah"))


def test_database_of_another_program_is_refused_and_left_alone(empty_location):
    import psycopg

    plain = empty_location.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as conn:
        conn.execute("CREATE TABLE pelanggan (id int, nama text)")
    with pytest.raises(NotAKamuraDatabase, match="program lain"):
        open_database(empty_location)
    with psycopg.connect(plain) as conn:
        tables = {r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert tables == {"pelanggan"}


def test_schema_newer_than_the_program_is_refused(server_db):
    with server_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseTooNew, match="lebih baru"):
        open_database(server_db.url)


def test_the_server_going_away_mid_posting_saves_nothing_and_says_retry(server_db):
    """The connection dies between two statements of one posting (the server restarted, the
    network cable pulled): nothing of it is kept, the clerk is told to try again, and the
    next posting goes through on a fresh connection."""
    from kamura_desktop.services import audit
    from kamura_desktop.services.actor import Actor

    def audit_rows() -> int:
        with server_db.read() as s:
            return s.execute(text("SELECT count(*) FROM audit_log")).scalar()

    before = audit_rows()
    with pytest.raises(DatabaseError, match="terputus.*Tidak ada yang tersimpan.*coba lagi"), \
            server_db.write() as s:
        audit.record(s, Actor.system(), action="uji.satu", entity="uji", summary="pertama")
        s.flush()
        pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
        pg.admin(f"SELECT pg_terminate_backend({int(pid)})")
        audit.record(s, Actor.system(), action="uji.dua", entity="uji", summary="kedua")
        s.flush()
    assert audit_rows() == before
    with server_db.write() as s:
        audit.record(s, Actor.system(), action="uji.tiga", entity="uji", summary="ketiga")
    assert audit_rows() == before + 1


def test_trying_the_connection_says_what_is_there(server_db, empty_location):
    from kamura_desktop.services import connection

    assert "database Kamura" in connection.check_server(server_db.url)
    assert "database kosong" in connection.check_server(empty_location)
    with pytest.raises(DatabaseError, match="tidak dapat dihubungi"):
        connection.check_server("postgresql+psycopg://kamura@127.0.0.1:1/kamura")


def test_the_apps_copy_to_the_server_reports_progress_and_is_the_admins(tmp_path,
                                                                        empty_location):
    """Settings → Salin ke server kantor… runs this generator on the task runner."""
    from kamura_desktop.domain.errors import PermissionDenied, UserError
    from kamura_desktop.services import server_copy
    from kamura_desktop.services.actor import Actor

    db = open_books(tmp_path / "kamura.sqlite")
    try:
        clerk = Actor(user_id=0, username="petugas", full_name="Petugas", role="petugas")
        with pytest.raises(PermissionDenied):
            next(server_copy.copy_to_server(db, actor=clerk, target=empty_location))
        with pytest.raises(UserError, match="harus server kantor"):
            next(server_copy.copy_to_server(db, actor=Actor.system(),
                                             target=str(tmp_path / "lain.sqlite")))
        steps = server_copy.copy_to_server(db, actor=Actor.system(), target=empty_location)
        seen = []
        try:
            while True:
                seen.append(next(steps))
        except StopIteration as stop:
            report = stop.value
    finally:
        db.close()
    assert report.identical
    total = seen[0][1]
    assert seen[0][0] == 0 and seen[-2:] == [(total, total, "selesai"), (1, 1, "memeriksa salinan")]
    assert [done for done, _, _ in seen[:-1]] == sorted(done for done, _, _ in seen[:-1])
    assert {"members", "journal_entries", "audit_log"} <= {name for _, _, name in seen}
