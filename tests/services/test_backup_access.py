"""Issue 21 items 7 and 8 for backups: ``kamura backup``/``restore`` need a login with the
right role (restore over books that cannot be opened logs in on the backup), backups can be
encrypted with a passphrase, and the data folder, backups and work files are readable by the
user only."""

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from kamura_desktop.cli.main import main
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import backup, integrity, ledger
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.ledger import Line
from kamura_desktop.services.setup import open_books
from tests import helpers_rawsql as rawsql
from tests import pg

PASS = {"admin": "admin-sandi1", "petugas": "petugas-sandi1"}  # conftest.TEST_USERS
PHRASE = "padi-menguning-2024"
#: backups of a SQLite file that the server has no counterpart of: books that cannot be opened
#: (a damaged file header; a server that cannot be reached is refused, nothing to log in on)
#: and encryption (Kamura does not encrypt pg_dump files: `backup --encrypt` on a server is
#: refused with a message: test_cli_encrypted_backup_on_the_server_is_refused)
FILE_BACKUP = pytest.mark.sqlite_only(
    reason="a SQLite file's own backups: restoring over a file whose header is damaged (a "
           "server has no file to damage) or encrypted .sqlite.enc backups (Kamura does not "
           "encrypt the server's pg_dump files; --encrypt on a server is refused)")
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def post(db, description: str) -> None:
    with db.write() as s:
        ledger.post_entry(s, Actor.system(), on_date=dt.date(2024, 3, 28), description=description,
                          lines=[Line("1101", debit=10_000), Line("4101", credit=10_000)])


def descriptions(path: Path | str) -> set[str]:
    conn = rawsql.RawConnection(path)
    try:
        return {r[0] for r in conn.execute("SELECT description FROM journal_entries")}
    finally:
        conn.close()


def last_audit(path: Path | str) -> tuple[str, str]:
    return tuple(rawsql.one(path, "SELECT action, username FROM audit_log "
                                  "WHERE action LIKE 'backup.%' ORDER BY id DESC"))


def backups_made(books: Path | str) -> list[Path]:
    """The backups `kamura backup` made without --to: the file's own folder, or the server's."""
    if pg.is_url(books):
        from kamura_desktop.services import server_backup

        return list(server_backup.backup_dir().glob("kamura-server-*.dump"))
    return list((books.parent / "cadangan").glob("kamura-otomatis-*.sqlite"))


@pytest.fixture
def books(db, actors, tmp_path, monkeypatch):
    """Closed books with users (fast password hashes) and a backup ``cadangan.sqlite`` (on the
    server ``cadangan.dump``, pg_dump's); the file's path or the server's URL."""
    for name in ("KAMURA_USER", "KAMURA_PASSWORD", "KAMURA_BACKUP_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    post(db, "sebelum cadangan")
    if db.is_server:
        from kamura_desktop.services import server_backup

        monkeypatch.setenv("PATH", pg.tools_env()["PATH"])
        server_backup.backup(db, actor=actors["admin"], to=tmp_path / "cadangan.dump")
    else:
        backup.backup_database(db, actor=actors["admin"], to=tmp_path / "cadangan.sqlite")
    post(db, "sesudah cadangan")
    db.close()
    return db.location if db.is_server else db.path


def saved(books, tmp_path) -> str:
    """The backup the `books` fixture made."""
    return str(tmp_path / ("cadangan.dump" if pg.is_url(books) else "cadangan.sqlite"))


#: the cheapest key derivation the backup format reads (its header records the cost, so a
#: restore derives with what the backup was written with): for the tests that encrypt only to
#: have an encrypted backup to restore, refuse or damage. The program's own cost (2^15 × 8) is
#: written and read in test_encrypted_backup_hides_the_books_and_restores_with_the_passphrase.
LIGHT_SCRYPT_LOG2N = 10


@pytest.fixture
def light_scrypt(monkeypatch) -> None:
    monkeypatch.setattr(backup, "SCRYPT_LOG2N", LIGHT_SCRYPT_LOG2N)


def as_user(monkeypatch, role: str, password: str | None = None) -> list[str]:
    monkeypatch.setenv("KAMURA_PASSWORD", password or PASS[role])
    return ["--user", role]


# ---------------------------------------------------------------- 21.7 login

def test_cli_backup_needs_a_login(books, tmp_path, capsys):
    before = backups_made(books)
    assert main(["backup", "--db", str(books)]) != 0
    assert "--user" in capsys.readouterr().err
    assert backups_made(books) == before


def test_cli_backup_as_the_clerk(books, monkeypatch, capsys):
    before = set(backups_made(books))
    assert main(["backup", "--db", str(books), *as_user(monkeypatch, "petugas")]) == 0
    made = sorted(set(backups_made(books)) - before)
    assert len(made) == 1 and str(made[0]) in capsys.readouterr().out
    assert last_audit(books) == ("backup.create", "petugas")


def test_cli_restore_needs_an_admin_of_the_current_books(books, tmp_path, monkeypatch, capsys):
    with pytest.raises(SystemExit, match="--user"):
        main(["restore", "--db", str(books), "--from", saved(books, tmp_path)])
    assert main(["restore", "--db", str(books), "--from", saved(books, tmp_path),
                 *as_user(monkeypatch, "petugas")]) == 1
    assert "admin" in capsys.readouterr().err.lower()
    assert "sesudah cadangan" in descriptions(books)  # nothing replaced

    assert main(["restore", "--db", str(books), "--from", saved(books, tmp_path),
                 *as_user(monkeypatch, "admin")]) == 0
    assert descriptions(books) == {"sebelum cadangan"}
    # the restored books say who restored them, and that row keeps them clean
    assert last_audit(books) == ("backup.restore", "admin")
    report = integrity.check_database(books)
    assert report.ok, report.problems


@pytest.fixture
def damaged(books):
    data = bytearray(books.read_bytes())
    data[:16] = b"bukan lagi sqlt\x00"  # the header is gone: the books cannot be opened
    books.write_bytes(bytes(data))
    return books


@FILE_BACKUP
def test_cli_restore_over_books_that_cannot_open_logs_in_on_the_backup(damaged, tmp_path,
                                                                       monkeypatch, capsys):
    source = str(tmp_path / "cadangan.sqlite")
    before = damaged.read_bytes()
    # the backup's petugas, or a wrong password of its admin: refused, nothing touched
    assert main(["restore", "--db", str(damaged), "--from", source,
                 *as_user(monkeypatch, "petugas")]) == 1
    assert main(["restore", "--db", str(damaged), "--from", source,
                 *as_user(monkeypatch, "admin", "salah-sandi")]) == 1
    err = capsys.readouterr().err
    assert "tidak dapat dibuka; masuk sebagai admin dari cadangan" in err
    assert damaged.read_bytes() == before
    assert not list((damaged.parent / "cadangan").glob("kamura-sebelum-pulih-*"))

    assert main(["restore", "--db", str(damaged), "--from", source,
                 *as_user(monkeypatch, "admin")]) == 0
    assert descriptions(damaged) == {"sebelum cadangan"}
    kept = list((damaged.parent / "cadangan").glob("kamura-sebelum-pulih-*-rusak.sqlite"))
    assert len(kept) == 1 and kept[0].read_bytes() == before


@FILE_BACKUP
def test_cli_check_stays_open(damaged, capsys):
    assert main(["check", "--db", str(damaged)]) == 1
    out = capsys.readouterr().out
    assert "ADA MASALAH" in out and "bukan database Kamura" in out


# ---------------------------------------------------------------- 21.8 encryption

@FILE_BACKUP
def test_encrypted_backup_hides_the_books_and_restores_with_the_passphrase(demo_db, tmp_path):
    nik = sorted(members_niks(demo_db.path))[0]
    target = tmp_path / "flashdisk" / "koperasi.sqlite.enc"
    info = backup.backup_database(demo_db, actor=Actor.system(), to=target,
                                  passphrase=PHRASE).value
    assert info.encrypted and info.path == target
    data = target.read_bytes()
    assert data.startswith(backup.ENC_MAGIC)
    # version 1, scrypt 2^15 × 8 × 1: the program's own cost (the other tests use a light one)
    assert data[len(backup.ENC_MAGIC):len(backup.ENC_MAGIC) + 4] == bytes([1, 15, 8, 1])
    assert b"SQLite format 3" not in data and nik.encode() not in data
    assert len(data) > backup.CHUNK * 2  # several chunks

    books = tmp_path / "baru" / "kamura.sqlite"
    restored = backup.restore_database(books, source=target, actor=Actor.system(),
                                       passphrase=PHRASE)
    assert restored.value is None  # nothing was there to keep
    assert integrity.check_database(books).ok
    assert nik in members_niks(books)


def members_niks(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT nik FROM members")}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def encrypted_once(demo_template, tmp_path_factory) -> Path:
    """One encrypted backup of (a copy of) the demo, made once for this module: the tests
    only read or damage its bytes, each in a copy of its own (the `encrypted` fixture)."""
    folder = tmp_path_factory.mktemp("terenkripsi")
    source = folder / "kamura-demo.sqlite"
    shutil.copyfile(demo_template, source)
    books = open_books(source)
    try:
        with pytest.MonkeyPatch.context() as mp:  # light_scrypt, for the module
            mp.setattr(backup, "SCRYPT_LOG2N", LIGHT_SCRYPT_LOG2N)
            backup.backup_database(books, actor=Actor.system(),
                                   to=folder / "koperasi.sqlite.enc", passphrase=PHRASE)
    finally:
        books.close()
    assert (folder / "koperasi.sqlite.enc").read_bytes()[len(backup.ENC_MAGIC) + 1] == 10
    return folder / "koperasi.sqlite.enc"


@pytest.fixture
def encrypted(encrypted_once, demo_copy, tmp_path) -> Path:
    """This test's copy of the demo's encrypted backup (``demo_copy``: on the engines of the
    demo, so the FILE_BACKUP mark skips the server's run as before)."""
    target = tmp_path / "koperasi.sqlite.enc"
    shutil.copyfile(encrypted_once, target)
    return target


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def current(tmp_path) -> Path:
    path = tmp_path / "kantor" / "kamura.sqlite"
    db = open_books(path)
    post(db, "buku sekarang")
    db.close()
    return path


@FILE_BACKUP
def test_encrypted_backup_without_or_with_a_wrong_passphrase_is_refused(encrypted, current):
    before = sha(current)
    with pytest.raises(UserError, match="terenkripsi") as info:
        backup.restore_database(current, source=encrypted, actor=Actor.system())
    assert info.value.code == "passphrase"
    with pytest.raises(UserError, match="Kata sandi cadangan salah") as info:
        backup.restore_database(current, source=encrypted, actor=Actor.system(),
                                passphrase="bukan-sandinya")
    assert info.value.code == "passphrase"
    assert sha(current) == before


@FILE_BACKUP
@pytest.mark.parametrize("damage", ["byte in the second chunk", "last chunk cut off",
                                    "chunks swapped", "salt changed"])
def test_a_changed_encrypted_backup_is_refused(encrypted, current, damage):
    data = bytearray(encrypted.read_bytes())
    start = backup._HEADER_LEN + backup._TAG
    block = backup.CHUNK + backup._TAG
    if damage == "byte in the second chunk":
        data[start + block + 100] ^= 0x01
    elif damage == "last chunk cut off":
        whole = (len(data) - start) // block
        del data[start + whole * block:]
    elif damage == "chunks swapped":
        first, second = data[start:start + block], data[start + block:start + 2 * block]
        data[start:start + 2 * block] = second + first
    else:
        data[len(backup.ENC_MAGIC) + 5] ^= 0x01
    encrypted.write_bytes(bytes(data))
    before = sha(current)
    with pytest.raises(UserError) as info:
        backup.restore_database(current, source=encrypted, actor=Actor.system(),
                                passphrase=PHRASE)
    assert ("diubah atau rusak" in info.value.message
            or "kepala berkas cadangan diubah" in info.value.message)
    assert sha(current) == before
    assert not list(current.parent.glob("tmp/*/*"))  # no decrypted copy left


def test_short_passphrase_refused(db, tmp_path):
    with pytest.raises(UserError, match="minimal 8") as info:
        backup.backup_database(db, actor=Actor.system(), to=tmp_path / "c.enc",
                               passphrase="pendek")
    assert info.value.field == "passphrase"
    assert not (tmp_path / "c.enc").exists()


@FILE_BACKUP
def test_cli_encrypted_backup_and_restore(books, tmp_path, monkeypatch, capsys, light_scrypt):
    monkeypatch.setenv("KAMURA_BACKUP_PASSPHRASE", PHRASE)
    assert main(["backup", "--encrypt", "--db", str(books),
                 *as_user(monkeypatch, "petugas")]) == 0
    made = list((books.parent / "cadangan").glob("kamura-terenkripsi-*.sqlite.enc"))
    assert len(made) == 1 and made[0].read_bytes().startswith(backup.ENC_MAGIC)
    assert "Cadangan terenkripsi dibuat" in capsys.readouterr().out

    db = open_books(books)
    post(db, "sesudah cadangan terenkripsi")
    db.close()
    monkeypatch.setenv("KAMURA_BACKUP_PASSPHRASE", "kata-sandi-lain")
    assert main(["restore", "--db", str(books), "--from", str(made[0]),
                 *as_user(monkeypatch, "admin")]) == 1
    assert "sesudah cadangan terenkripsi" in descriptions(books)
    monkeypatch.setenv("KAMURA_BACKUP_PASSPHRASE", PHRASE)
    assert main(["restore", "--db", str(books), "--from", str(made[0]),
                 *as_user(monkeypatch, "admin")]) == 0
    assert descriptions(books) == {"sebelum cadangan", "sesudah cadangan"}


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_cli_encrypted_backup_on_the_server_is_refused(books, monkeypatch, capsys):
    """Kamura does not encrypt pg_dump files: asked to, it says so and writes nothing (the
    SQLite file's encrypted backups are the tests above)."""
    monkeypatch.setenv("KAMURA_BACKUP_PASSPHRASE", PHRASE)
    before = backups_made(books)
    assert main(["backup", "--encrypt", "--db", str(books),
                 *as_user(monkeypatch, "petugas")]) == 1
    err = capsys.readouterr().err
    assert "Kesalahan [--encrypt]: Cadangan server (pg_dump) belum dapat dienkripsi" in err
    assert backups_made(books) == before


# ---------------------------------------------------------------- readable by the user only

@posix_only
def test_data_folder_books_backups_and_work_files_are_private(tmp_path, light_scrypt):
    old = os.umask(0o022)  # the usual umask: files 0644 unless the program says otherwise
    try:
        path = tmp_path / "data" / "Kamura" / "kamura.sqlite"
        (tmp_path / "usb").mkdir(mode=0o755)  # a folder the user already had
        db = open_books(path)
        post(db, "satu")
        auto = backup.auto_backup(db, actor=Actor.system()).value.path
        chosen = backup.backup_database(db, actor=Actor.system(),
                                        to=tmp_path / "usb" / "c.sqlite").value.path
        enc = backup.encrypted_backup(db, actor=Actor.system(), passphrase=PHRASE).value.path
        db.close()
        safety = backup.restore_database(path, source=chosen, actor=Actor.system()).value.path
    finally:
        os.umask(old)

    def mode(p: Path) -> int:
        return stat.S_IMODE(p.stat().st_mode)

    assert mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700  # made by us
    assert mode(tmp_path / "usb") == 0o755  # the user's own folder: only the file is private
    assert mode(path) == 0o600
    for made in (auto, chosen, enc, safety):
        assert mode(made) == 0o600, made
    assert mode(auto.parent) == 0o700
    assert mode(path.parent / "tmp") == 0o700


def test_encryption_setting_is_a_yes_or_no_of_the_admin(db, actors):
    from kamura_desktop.domain.errors import PermissionDenied
    from kamura_desktop.services import settings

    assert settings.get_setting(db, "backup.encrypt_copies") is False
    with pytest.raises(UserError, match="ya atau tidak") as info:
        settings.update_settings(db, actor=actors["admin"], values={"backup.encrypt_copies": "ya"})
    assert info.value.field == "backup.encrypt_copies"
    with pytest.raises(PermissionDenied):
        settings.update_settings(db, actor=actors["petugas"],
                                 values={"backup.encrypt_copies": True})
    settings.update_settings(db, actor=actors["admin"], values={"backup.encrypt_copies": True})
    assert settings.get_setting(db, "backup.encrypt_copies") is True
