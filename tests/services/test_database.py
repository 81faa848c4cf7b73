"""Opening database files: pragmas, migrations, refusals, immutability (kamura_desktop.db)."""

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

import kamura_desktop.db.database as database
from kamura_desktop.db.database import (
    DatabaseDamaged,
    DatabaseError,
    DatabaseTooNew,
    NotAKamuraDatabase,
    known_heads,
    open_database,
)
from kamura_desktop.db.models import metadata
from kamura_desktop.services import ledger
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.ledger import Line
from kamura_desktop.services.setup import open_books

from .closed_file import closed_file


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_closed_db(path: Path, empty_books, *, entries: int = 0) -> Path:
    """A Kamura file made and closed by today's program (tests/services/closed_file.py: the
    run's empty books), then ``entries`` postings written through it and closed again."""
    db = open_books(closed_file(empty_books, path))
    try:
        for i in range(entries):
            with db.write() as s:
                ledger.post_entry(
                    s, Actor.system(), on_date=dt.date(2024, 1, 1 + i % 28),
                    description=f"setoran {i}",
                    lines=[Line("1101", debit=10_000), Line("4101", credit=10_000)],
                )
    finally:
        db.close()
    return path


def set_revision(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
    finally:
        conn.close()


def revision_in_file(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
    finally:
        conn.close()


# ---------------------------------------------------------------- engine settings

@pytest.mark.sqlite_only(reason="SQLite's PRAGMAs (WAL, synchronous FULL, busy timeout); the "
                                "server's own settings: tests/services/test_server.py")
def test_pragmas_on_every_connection(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_foreign_keys_are_enforced(db):
    with pytest.raises(DBAPIError, match="(?i)foreign key"):  # either engine's wording
        with db.engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO journal_lines (entry_id, account_id, debit, credit) "
                "VALUES (99999, 99999, 1, 0)"
            ))


def test_write_transaction_is_immediate(db):
    """A write session holds the write lock from its first statement (BEGIN IMMEDIATE; on the
    server the counters row lock), so a second writer waits instead of failing half-way."""
    other = open_database(db.url if db.is_server else db.path, busy_timeout_ms=100)
    try:
        with db.write() as s:
            s.execute(text("SELECT 1"))  # no write yet: only the BEGIN IMMEDIATE holds the lock
            with pytest.raises(DatabaseError, match="sedang dipakai"):
                with other.write() as s2:
                    s2.execute(text("SELECT 1"))
    finally:
        other.close()


# ---------------------------------------------------------------- migrations

@pytest.mark.fresh_file  # migrations create this file (not the run's empty template)
def test_fresh_file_is_at_head_and_matches_models(db):
    assert db.schema_revisions() == known_heads()
    assert db.migrated_from == ()
    assert db.pre_migration_backup is None
    if db.is_server:  # the same comparison on the server, with its BIGINT on purpose
        pytest.skip("hanya SQLite: the server's schema is compared in "
                    "tests/services/test_server.py (BIGINT and unbounded VARCHAR on purpose)")
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, metadata)
    assert diff == []


def test_fresh_file_creates_missing_folders(tmp_path):
    path = tmp_path / "a" / "b" / "kamura.sqlite"
    db = open_database(path)
    db.close()
    assert path.is_file()
    assert revision_in_file(path) == known_heads()


def test_create_false_refuses_missing_file(tmp_path):
    with pytest.raises(DatabaseError, match="tidak ditemukan"):
        open_database(tmp_path / "tidak-ada.sqlite", create=False)
    assert not (tmp_path / "tidak-ada.sqlite").exists()


(TODAY,) = known_heads()  # the single head of the real migration scripts

NEWER_REVISION = '''"""a revision newer than the files on disk (test only)"""
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("catatan_uji", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("catatan_uji")
'''


def use_newer_migrations(tmp_path: Path, monkeypatch) -> Path:
    """From now on the program knows one more revision than today's files carry (a copy
    of the real migration scripts plus revision 9999), so those files look older."""
    scripts = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS_DIR, scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_newer.py").write_text(NEWER_REVISION.format(head=TODAY))
    monkeypatch.setattr(database, "MIGRATIONS_DIR", scripts)
    assert known_heads() == {"9999"}
    return scripts


def test_older_file_is_backed_up_then_upgraded(tmp_path, monkeypatch, empty_books):
    path = make_closed_db(tmp_path / "lama.sqlite", empty_books, entries=3)  # made by today's program
    assert revision_in_file(path) == {TODAY}
    use_newer_migrations(tmp_path, monkeypatch)

    backups = tmp_path / "cadangan"
    db = open_database(path, backup_dir=backups)
    try:
        assert db.schema_revisions() == {"9999"}
        assert db.migrated_from == (TODAY,)
        with db.read() as s:
            assert s.execute(text("SELECT count(*) FROM catatan_uji")).scalar() == 0
            assert s.execute(text("SELECT count(*) FROM journal_entries")).scalar() == 3
    finally:
        db.close()

    copies = list(backups.glob("lama-sebelum-migrasi-*.sqlite"))
    assert copies == [db.pre_migration_backup]
    # the copy is the file as it was: old revision, same entries, healthy
    assert revision_in_file(copies[0]) == {TODAY}
    assert database.integrity_problems(copies[0]) == []
    conn = sqlite3.connect(f"file:{copies[0]}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT count(*) FROM journal_entries").fetchone()[0] == 3
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert "catatan_uji" not in tables

    # opened again: already current, no second backup
    db = open_database(path, backup_dir=backups)
    db.close()
    assert len(list(backups.iterdir())) == 1


def test_fresh_file_needs_no_backup(tmp_path, monkeypatch):
    use_newer_migrations(tmp_path, monkeypatch)
    backups = tmp_path / "cadangan"
    db = open_database(tmp_path / "baru.sqlite", backup_dir=backups)
    try:
        assert db.schema_revisions() == {"9999"}
        assert db.pre_migration_backup is None
    finally:
        db.close()
    assert not backups.exists()


# ---------------------------------------------------------------- refusals

def test_newer_schema_is_refused_and_file_untouched(tmp_path, empty_books):
    path = make_closed_db(tmp_path / "baru.sqlite", empty_books, entries=2)
    set_revision(path, "ffff9999")
    before = sha(path)
    with pytest.raises(DatabaseTooNew) as info:
        open_database(path, backup_dir=tmp_path / "cadangan")
    assert "lebih baru" in info.value.message
    assert "ffff9999" in info.value.message
    assert sha(path) == before
    assert revision_in_file(path) == {"ffff9999"}
    assert not (tmp_path / "cadangan").exists()


def test_text_file_is_not_a_kamura_database(tmp_path):
    path = tmp_path / "catatan.sqlite"
    path.write_text("Daftar anggota:\n1. Euis\n2. Rina\n" * 50)
    before = sha(path)
    with pytest.raises(NotAKamuraDatabase, match="bukan database Kamura"):
        open_database(path)
    assert sha(path) == before


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "lain.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('liburan.jpg')")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(NotAKamuraDatabase, match="database SQLite lain"):
        open_database(path)
    assert sha(path) == before
    conn = sqlite3.connect(path)
    try:  # still someone else's file in its own journal mode; no Kamura tables added
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert tables == {"photos"}


def test_damaged_file_is_refused_and_nothing_written(tmp_path, empty_books):
    path = make_closed_db(tmp_path / "rusak.sqlite", empty_books, entries=40)
    data = bytearray(path.read_bytes())
    assert len(data) > 4096 * 4
    data[4096 * 2: 4096 * 3] = bytes((i * 37 + 11) % 256 for i in range(4096))
    path.write_bytes(bytes(data))
    before = sha(path)

    with pytest.raises(DatabaseDamaged) as info:
        open_database(path, backup_dir=tmp_path / "cadangan")
    assert "rusak" in info.value.message
    assert sha(path) == before
    assert not (tmp_path / "cadangan").exists()
    wal = Path(str(path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_unwritable_data_folder_gives_clear_error(tmp_path):
    blocker = tmp_path / "afile"
    blocker.write_text("bukan folder")
    path = blocker / "sub" / "k.sqlite"
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert "Folder data" in info.value.message
    assert str(path.parent) in info.value.message
    assert blocker.read_text() == "bukan folder"


def test_empty_file_is_initialised(tmp_path):
    path = tmp_path / "kosong.sqlite"
    path.touch()
    db = open_database(path)
    try:
        assert db.schema_revisions() == known_heads()
    finally:
        db.close()


# ---------------------------------------------------------------- immutability

@pytest.fixture
def posted(db):
    with db.write() as s:
        entry = ledger.post_entry(
            s, Actor.system(), on_date=dt.date(2024, 3, 28), description="setoran awal",
            lines=[Line("1101", debit=50_000), Line("3101", credit=50_000)],
        )
    return entry.id


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE journal_lines SET debit = debit + 1",
        "DELETE FROM journal_lines",
        "UPDATE journal_entries SET description = 'diubah'",
        "DELETE FROM journal_entries",
        "UPDATE audit_log SET summary = 'diubah'",
        "DELETE FROM audit_log",
    ],
)
def test_posted_rows_cannot_be_changed(db, posted, sql):
    table = sql.split()[1] if sql.startswith("UPDATE") else sql.split()[2]
    with db.engine.connect() as conn:
        before = conn.execute(text(f"SELECT * FROM {table} ORDER BY id")).all()
    assert before, f"{table} should hold rows for this test to mean anything"
    with pytest.raises(DBAPIError, match="tidak boleh"):
        with db.engine.begin() as conn:
            conn.execute(text(sql))
    with db.engine.connect() as conn:
        assert conn.execute(text(f"SELECT * FROM {table} ORDER BY id")).all() == before


def test_database_error_is_a_user_error():
    from kamura_desktop.domain.errors import UserError

    assert issubclass(DatabaseError, UserError)
    for cls in (DatabaseTooNew, DatabaseDamaged, NotAKamuraDatabase):
        assert issubclass(cls, DatabaseError)


def test_data_dir_override_is_in_force(data_dir):
    """Guard for the whole suite: nothing may touch the clerk's real data folder."""
    from kamura_desktop.services.locations import data_dir as current

    assert current() == data_dir
    assert os.environ["KAMURA_DATA_DIR"] == str(data_dir)


def test_check_reports_an_older_file_without_touching_it(tmp_path, monkeypatch, empty_books):
    from kamura_desktop.services.integrity import check_database

    path = make_closed_db(tmp_path / "lama.sqlite", empty_books, entries=3)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    before = sha(path)
    use_newer_migrations(tmp_path, monkeypatch)
    report = check_database(path)
    assert report.ok, report.problems
    assert report.entries == 3 and report.total_debit == report.total_credit > 0
    assert any("lebih lama" in n for n in report.notes)
    assert sha(path) == before
    assert not (path.parent / "cadangan").exists()  # no migration backup was made
    assert revision_in_file(path) != {"9999"}


def test_check_finds_an_unbalanced_entry_written_behind_the_program(tmp_path, empty_books):
    from kamura_desktop.services.integrity import check_database

    path = make_closed_db(tmp_path / "k.sqlite", empty_books, entries=2)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO journal_lines (entry_id, account_id, debit, credit) "
                 "VALUES (1, 1, 999, 0)")
    conn.commit()
    conn.close()
    report = check_database(path)
    assert not report.ok
    assert any("tidak seimbang" in p for p in report.problems)


def test_a_database_locked_by_another_program_gives_a_clear_message_and_writes_nothing(tmp_path, empty_books):
    from kamura_desktop.domain.errors import UserError

    path = make_closed_db(tmp_path / "k.sqlite", empty_books, entries=1)
    db = database.open_database(path, busy_timeout_ms=300)
    other = sqlite3.connect(path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    try:
        with pytest.raises(UserError) as info:
            with db.write() as s:
                ledger.post_entry(s, Actor.system(), on_date=dt.date(2024, 2, 1),
                                  description="tidak boleh masuk",
                                  lines=[Line("1101", debit=5_000), Line("4101", credit=5_000)])
        assert "sedang dipakai program lain" in info.value.message
        assert "tidak ada yang tersimpan" in info.value.message
    finally:
        other.rollback()
        other.close()
    assert ledger.count_entries(db) == 1
    db.close()


def test_upgrade_from_0004_keeps_savings_rows_and_their_immutability(tmp_path):
    """0005 rebuilds savings_transactions for new lender movement types: the rows, the
    indexes and the no-update/no-delete triggers must survive the rebuild."""
    from tests.helpers_files import file_at_revision

    path = file_at_revision(tmp_path / "lama.sqlite", "0004")
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO members (number, nik, name, sex, joined_on, ktp_on_file, kk_on_file, "
                 "poor_family, status, search_text, created_at, updated_at) VALUES ('KMR-0001', "
                 "'3217014103850001', 'Siti', 'P', '2024-01-01', 0, 0, 0, 'active', 'siti', "
                 "'2024-01-01 00:00:00', '2024-01-01 00:00:00')")
    conn.execute("INSERT INTO savings_transactions (member_id, kind, tx_type, on_date, amount, "
                 "created_at) VALUES (1, 'sukarela', 'setoran', '2024-01-02', 5000, '2024-01-02 00:00:00')")
    conn.commit()
    conn.close()

    db = database.open_database(path)
    assert "0005" in db.schema_revisions() or db.schema_revisions() == database.known_heads()
    assert db.pre_migration_backup is not None and db.pre_migration_backup.is_file()
    db.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT amount, credit_id FROM savings_transactions").fetchall() == [(5000, None)]
        with pytest.raises(sqlite3.DatabaseError, match="tidak boleh diubah"):
            conn.execute("UPDATE savings_transactions SET amount = 1")
        with pytest.raises(sqlite3.DatabaseError, match="tidak boleh diubah"):
            conn.execute("DELETE FROM savings_transactions")
        conn.execute("INSERT INTO savings_transactions (member_id, kind, tx_type, on_date, amount, "
                     "created_at) VALUES (1, 'sukarela', 'bagi_hasil', '2024-02-01', 50, "
                     "'2024-02-01 00:00:00')")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO savings_transactions (member_id, kind, tx_type, on_date, "
                         "amount, created_at) VALUES (1, 'sukarela', 'ngawur', '2024-02-01', 5, "
                         "'2024-02-01 00:00:00')")
        indexes = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='savings_transactions'")}
        assert "ix_savings_member_kind_date" in indexes
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
