"""Backups and restore (kamura_desktop.services.backup) on real files."""

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from kamura_desktop.db.database import DatabaseTooNew, NotAKamuraDatabase
from kamura_desktop.db.models.core import AuditEntry, JournalEntry
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import backup, ledger, settings, users
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.ledger import Line
from kamura_desktop.services.setup import open_books

SYSTEM = Actor.system()

pytestmark = pytest.mark.sqlite_only(
    reason="the SQLite file's own backups (services/backup.py: sqlite3's online backup API, "
           ".sqlite copies checked, rotated and put in place of the file); a server's backups "
           "are pg_dump files of services/server_backup.py, tested in "
           "tests/cli/test_cli_server_backup.py and tests/services/test_backup_access.py")


def post(db, description: str, amount: int = 10_000, on_date=dt.date(2024, 3, 28)) -> None:
    with db.write() as s:
        ledger.post_entry(s, SYSTEM, on_date=on_date, description=description,
                          lines=[Line("1101", debit=amount), Line("4101", credit=amount)])


def descriptions(path: Path) -> set[str]:
    """Journal descriptions in a file, read without opening it through the app."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT description FROM journal_entries")}
    finally:
        conn.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_restore_round_trip(db, actors, tmp_path):
    post(db, "setoran Januari", on_date=dt.date(2024, 1, 15))
    post(db, "setoran Februari", on_date=dt.date(2024, 2, 15))
    copy = tmp_path / "luar" / "cadangan-maret.sqlite"
    info = backup.backup_database(db, actor=actors["petugas"], to=copy).value
    assert info.path == copy and info.size_bytes == copy.stat().st_size > 0
    assert descriptions(copy) == {"setoran Januari", "setoran Februari"}
    assert not Path(str(copy) + "-wal").exists()  # a self-contained single file

    post(db, "setoran April (sesudah cadangan)", on_date=dt.date(2024, 4, 15))
    db.close()  # the app closes its connections before a restore

    safety_dir = tmp_path / "pengaman"
    outcome = backup.restore_database(db.path, source=copy, actor=actors["admin"],
                                      backup_dir=safety_dir)
    assert outcome.changes.database
    safety = outcome.value.path
    assert safety.parent == safety_dir and safety.name.startswith("kamura-sebelum-pulih-")
    assert "setoran April (sesudah cadangan)" in descriptions(safety)

    restored = open_books(db.path, create=False)
    try:
        with restored.read() as s:
            got = set(s.scalars(select(JournalEntry.description)))
            last_audit = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
            last_action, last_user = last_audit.action, last_audit.username
        assert got == {"setoran Januari", "setoran Februari"}
        assert (last_action, last_user) == ("backup.restore", "admin")
        assert ledger.ledger_problems(restored) == []
        assert ledger.balance_of(restored, "1101") == 20_000
    finally:
        restored.close()
    # the backup itself is left as it was
    assert descriptions(copy) == {"setoran Januari", "setoran Februari"}


def test_backup_refuses_to_overwrite_the_open_database(db, actors):
    with pytest.raises(UserError, match="tidak boleh menimpa"):
        backup.backup_database(db, actor=actors["admin"], to=db.path)


def test_backup_to_unwritable_place_gives_clear_error(db, actors, tmp_path):
    blocker = tmp_path / "berkas"
    blocker.write_text("x")
    with pytest.raises(UserError, match="tidak dapat ditulis") as info:
        backup.backup_database(db, actor=actors["admin"], to=blocker / "sub" / "c.sqlite")
    assert info.value.field == "to"
    assert backup.last_backup_at(db) is None


def test_restore_needs_admin(db, actors, tmp_path):
    copy = backup.backup_database(db, actor=actors["admin"], to=tmp_path / "c.sqlite").value.path
    for role in ("petugas", "bendahara", "ketua"):
        with pytest.raises(PermissionDenied):
            backup.restore_database(db.path, source=copy, actor=actors[role],
                                    backup_dir=tmp_path / "pengaman")
    assert not (tmp_path / "pengaman").exists()


@pytest.fixture
def closed_db(db, actors):
    """A database with two entries, closed as the app would before restoring."""
    post(db, "setoran satu")
    post(db, "setoran dua")
    db.close()
    return db.path


def test_restore_from_text_file_refused(closed_db, actors, tmp_path):
    junk = tmp_path / "bukan.sqlite"
    junk.write_text("ini bukan database\n" * 100)
    before = sha(closed_db)
    with pytest.raises(NotAKamuraDatabase):
        backup.restore_database(closed_db, source=junk, actor=actors["admin"],
                                backup_dir=tmp_path / "pengaman")
    assert sha(closed_db) == before
    assert descriptions(closed_db) == {"setoran satu", "setoran dua"}
    assert not (tmp_path / "pengaman").exists()


def test_restore_from_foreign_sqlite_refused(closed_db, actors, tmp_path):
    other = tmp_path / "aplikasi-lain.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = sha(closed_db)
    with pytest.raises(NotAKamuraDatabase):
        backup.restore_database(closed_db, source=other, actor=actors["admin"],
                                backup_dir=tmp_path / "pengaman")
    assert sha(closed_db) == before


def test_restore_from_newer_schema_refused(closed_db, actors, tmp_path):
    newer = tmp_path / "dari-versi-baru.sqlite"
    db = open_books(closed_db)
    backup.backup_database(db, actor=actors["admin"], to=newer)
    db.close()
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.commit()
    conn.close()
    before, newer_before = sha(closed_db), sha(newer)
    with pytest.raises(DatabaseTooNew, match="lebih baru"):
        backup.restore_database(closed_db, source=newer, actor=actors["admin"],
                                backup_dir=tmp_path / "pengaman")
    assert sha(closed_db) == before
    assert sha(newer) == newer_before  # the check ran on a copy
    assert not (tmp_path / "pengaman").exists()


def test_restore_from_missing_file_refused(closed_db, actors, tmp_path):
    with pytest.raises(UserError, match="tidak ditemukan"):
        backup.restore_database(closed_db, source=tmp_path / "hilang.sqlite",
                                actor=actors["admin"], backup_dir=tmp_path / "pengaman")


def test_restore_onto_itself_refused(closed_db, actors):
    with pytest.raises(UserError, match="sama dengan"):
        backup.restore_database(closed_db, source=closed_db, actor=actors["admin"])


def test_restore_replaces_a_damaged_database(closed_db, actors, tmp_path):
    good = tmp_path / "baik.sqlite"
    db = open_books(closed_db)
    backup.backup_database(db, actor=actors["admin"], to=good)
    db.close()
    data = bytearray(closed_db.read_bytes())
    data[4096 * 2: 4096 * 3] = b"\xa5" * 4096
    closed_db.write_bytes(bytes(data))

    safety = backup.restore_database(closed_db, source=good, actor=actors["admin"],
                                     backup_dir=tmp_path / "pengaman").value
    # the damaged file is kept (someone may still rescue rows from it), page for page
    assert safety.path.read_bytes()[4096 * 2: 4096 * 3] == b"\xa5" * 4096
    db = open_books(closed_db, create=False)
    try:
        assert ledger.count_entries(db) == 2
    finally:
        db.close()


def test_auto_backup_keeps_the_newest(db, actors, tmp_path):
    folder = tmp_path / "otomatis"
    with db.write() as s:
        settings.set_value(s, "backup.keep", 3)
    made = []
    for i in range(5):
        post(db, f"transaksi {i}")
        made.append(backup.auto_backup(db, actor=actors["admin"], backup_dir=folder).value.path)
    assert len(set(made)) == 5
    left = sorted(folder.iterdir())
    assert set(left) == set(made[-3:])
    assert backup.list_backups(folder) == made[:-4:-1]  # newest first
    # the newest copy holds everything up to it
    assert descriptions(made[-1]) == {f"transaksi {i}" for i in range(5)}


def test_auto_backup_default_folder_is_beside_the_database(db, actors):
    info = backup.auto_backup(db, actor=actors["admin"]).value
    assert info.path.parent == db.path.parent / "cadangan"
    assert info.path.name.startswith(backup.AUTO_PREFIX)


def test_last_backup_at(db, actors, tmp_path):
    assert backup.last_backup_at(db) is None
    start = dt.datetime.now().replace(microsecond=0)
    backup.backup_database(db, actor=actors["ketua"], to=tmp_path / "satu.sqlite")
    first = backup.last_backup_at(db)
    assert start <= first <= dt.datetime.now()
    with db.read() as s:
        row = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert (row.action, row.username) == ("backup.create", "ketua")
        assert "satu.sqlite" in row.summary


def test_backups_within_one_second_sort_in_the_order_they_were_made(tmp_path):
    stamps = ["20240101-115959", "20240101-120000", "20240101-120000-1", "20240101-120000-2",
              "20240101-120000-9", "20240101-120000-10", "20240102-080000"]
    for stamp in stamps:  # oldest first
        (tmp_path / f"{backup.AUTO_PREFIX}{stamp}.sqlite").write_bytes(b"")
    (tmp_path / "catatan.txt").write_text("bukan cadangan")
    newest_first = [p.name[len(backup.AUTO_PREFIX):-len(".sqlite")]
                    for p in backup.list_backups(tmp_path)]
    assert newest_first == stamps[::-1]
    removed = backup.prune_backups(tmp_path, keep=2)
    assert {p.name for p in removed} == {f"{backup.AUTO_PREFIX}{s}.sqlite" for s in stamps[:-2]}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"{backup.AUTO_PREFIX}{s}.sqlite" for s in stamps[-2:]] + ["catatan.txt"])


def test_backup_of_the_demo_carries_profile_logo_and_users(demo_db, tmp_path):
    copy = backup.backup_database(demo_db, actor=SYSTEM, to=tmp_path / "demo-copy.sqlite").value
    other = open_books(copy.path, create=False)
    try:
        profile = settings.get_profile(other)
        assert profile.village == "Desa Mekarmukti"
        assert profile.founded_year == 2018
        assert profile.logo_png == settings.get_profile(demo_db).logo_png
        assert [u.role for u in users.list_users(other)] == ["admin", "bendahara", "ketua",
                                                             "petugas"]
        assert ledger.ledger_problems(other) == []
    finally:
        other.close()


@pytest.mark.parametrize("name", ["kamura.sqlite-wal", "kamura.sqlite-shm", "lain.sqlite-journal"])
def test_backup_never_writes_as_a_side_file_of_a_database(db, actors, name):
    target = db.path.parent / name
    existed = target.exists()
    before = target.read_bytes() if existed else None
    with pytest.raises(UserError) as err:
        backup.backup_database(db, actor=actors["admin"], to=target)
    assert err.value.field == "to" and "-wal, -shm atau -journal" in err.value.message
    assert (target.read_bytes() if existed else None) == before
    assert target.exists() == existed


@pytest.mark.parametrize("kind", ["another cooperative's books", "a document", "an older backup"])
def test_backup_never_replaces_a_file_already_there(db, actors, tmp_path, kind):
    target = tmp_path / "cadangan-lama.sqlite"
    if kind == "a document":
        target = tmp_path / "laporan.pdf"
        target.write_bytes(b"%PDF-1.4 laporan tahunan")
    elif kind == "another cooperative's books":
        conn = sqlite3.connect(target)
        conn.execute("CREATE TABLE anggota (nama TEXT)")
        conn.execute("INSERT INTO anggota VALUES ('Koperasi lain')")
        conn.commit()
        conn.close()
    else:
        backup.backup_database(db, actor=actors["admin"], to=target)
    before = sha(target)
    with pytest.raises(UserError) as err:
        backup.backup_database(db, actor=actors["admin"], to=target)
    assert "sudah ada" in err.value.message and str(target) in err.value.message
    assert sha(target) == before
