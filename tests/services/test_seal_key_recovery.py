"""The two edge cases of the seal key shared by the PCs of an office server (issue 16):

* restoring a server ``.dump`` sealed with a key this PC does not hold: the key comes from
  the restoring admin's wrap inside the dump (the CLI logs in: the password is at hand), or
  the restore is refused before anything is replaced — never a restored database whose audit
  seal the key-holders see broken;
* no PC holding the key and no admin with a wrap: ``kamura reseal`` (an admin, on a PC
  without the key, only over whole chains) seals with a new key; the PCs with the old key
  neither reseal again nor install the old one.

Real server (tests/pg.py), real pg_dump / pg_restore, each PC a data folder of its own; the
CLI in this process (tests/helpers_cli.py)."""

from __future__ import annotations

import os

import pytest

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import integrity, server_backup, users
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.setup import open_books
from tests import helpers_rawsql as rawsql
from tests import pg
from tests.conftest import TEST_USERS
from tests.helpers_cli import kamura
from tests.helpers_rawsql import one

ADMIN, ADMIN_PASSWORD = TEST_USERS["admin"]
CLERK, CLERK_PASSWORD = TEST_USERS["petugas"]


@pytest.fixture
def office(fast_passwords, data_dir):
    """Server books made on this test's PC (the session's data folder holds their key)."""
    with pg.office_books() as (where, db):
        db.close()
        yield where


@pytest.fixture
def pg_tools(monkeypatch):
    """pg_dump / pg_restore of the test server on PATH (the office installs its server's)."""
    monkeypatch.setenv("PATH", pg.tools_env()["PATH"])


def _file_id(where: str) -> str:
    return one(where, "SELECT digest FROM tamper_seals WHERE name = 'file'")[0]


def _on_pc(monkeypatch, folder) -> None:
    monkeypatch.setenv("KAMURA_DATA_DIR", str(folder))


def _check(where: str, folder, monkeypatch) -> integrity.CheckReport:
    _on_pc(monkeypatch, folder)
    return integrity.check_server_database(where)


def _count(where: str, action: str) -> int:
    return one(where, f"SELECT count(*) FROM audit_log WHERE action = '{action}'")[0]


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, **extra}


# ---------------------------------------------------------------- restoring a dump sealed elsewhere

def _dump_of_books_sealed_on(folder, to, monkeypatch, *, keep_wraps: bool = True,
                             admin_password: str = ADMIN_PASSWORD) -> str:
    """Server books made and sealed on another PC (``folder``: its own key), with the test
    users (the same ids as the office's), dumped to ``to``; returns their file id."""
    _on_pc(monkeypatch, folder)
    where = pg.new_database(empty=True)
    try:
        books = open_books(where)
        try:
            for role, (name, password) in TEST_USERS.items():
                users.create_user(books, actor=Actor.system(), username=name,
                                  full_name=f"Lama {role}", role=role,
                                  password=admin_password if role == "admin" else password)
        finally:
            books.close()
        if not keep_wraps:  # books from before the wraps, or whose admins never logged in
            rawsql.edit(where, "DELETE FROM seal_key_wraps")
        books = open_books(where)
        try:
            server_backup.dump(books, to)
        finally:
            books.close()
        return _file_id(where)
    finally:
        pg.drop_database(where)


def test_restoring_a_dump_sealed_with_another_key_installs_it_from_the_admins_wrap(
        office, data_dir, tmp_path, monkeypatch, pg_tools):
    """A dump from before a reseal, or from books sealed on a PC since lost: the admin who
    restores it (the CLI logs in: the password is known) opens their wrap inside the dump,
    the key is checked against the dump's seals and kept on this PC before the restore's
    audit row is written — so the PC that sealed the dump sees no broken seal, and this PC's
    clerk gets in."""
    old_pc = tmp_path / "pc-lama"
    dump = tmp_path / "lama.dump"
    old_id = _dump_of_books_sealed_on(old_pc, dump, monkeypatch)
    _on_pc(monkeypatch, data_dir)
    assert _file_id(office) != old_id

    done = kamura(["--db", office, "restore", "--from", str(dump), "--user", ADMIN],
                  env=_env(KAMURA_PASSWORD=ADMIN_PASSWORD))
    assert done.returncode == 0, done.stderr
    assert _file_id(office) == old_id
    for pc in (old_pc, data_dir):  # before: the PC that sealed the dump saw the audit seal broken
        report = _check(office, pc, monkeypatch)
        assert report.ok, (pc, report.problems)
        assert not any("Kunci segel" in n for n in report.notes)
    assert (data_dir / "kunci" / f"{old_id}.key").read_text() == \
        (old_pc / "kunci" / f"{old_id}.key").read_text()
    summary = one(office, "SELECT summary FROM audit_log WHERE action = 'seal.key_installed'")[0]
    assert old_id in summary and "cadangan" in summary and ADMIN in summary
    assert _count(office, "backup.restore") == 1 and _count(office, "database.reseal") == 0
    _on_pc(monkeypatch, data_dir)
    assert pg.log_in_once(office, CLERK, CLERK_PASSWORD).username == CLERK


def test_a_dump_whose_key_no_admin_here_can_open_is_refused_before_anything_is_replaced(
        office, data_dir, tmp_path, monkeypatch, pg_tools):
    old_pc = tmp_path / "pc-lama"
    dump = tmp_path / "lama.dump"
    old_id = _dump_of_books_sealed_on(old_pc, dump, monkeypatch, keep_wraps=False)
    _on_pc(monkeypatch, data_dir)
    books = open_books(office)
    try:
        admin = users.authenticate(books, ADMIN, ADMIN_PASSWORD)
        before = rawsql.fingerprint(office)
        kept_before = set(server_backup.backup_dir().glob("*")) \
            if server_backup.backup_dir().exists() else set()
        # the app's menu (no password at hand) and the CLI (the password known): both refused
        for password in (None, ADMIN_PASSWORD):
            with pytest.raises(UserError) as caught:
                server_backup.restore(books, actor=admin, source=dump, password=password)
            message = caught.value.message
            assert caught.value.code == "no_seal_key" and caught.value.field == "--from"
            assert message.startswith(f"Kunci segel cadangan {dump.name}")
            assert old_id in message and "tidak ada di komputer ini" in message
            assert "Tidak ada yang diubah" in message
            assert "komputer yang memegang kuncinya" in message
    finally:
        books.close()
    assert rawsql.fingerprint(office) == before
    after = set(server_backup.backup_dir().glob("*")) if server_backup.backup_dir().exists() \
        else set()
    assert after == kept_before  # not even the current contents were dumped
    assert not (data_dir / "kunci" / f"{old_id}.key").exists()


def test_a_dump_whose_admin_had_another_password_then_is_refused_naming_the_admin(
        office, data_dir, tmp_path, monkeypatch, pg_tools):
    """The admin's wrap in the dump opens only with the password of that day: with today's
    the restore is refused, naming who can do it; the current books stay as they were."""
    dump = tmp_path / "lama.dump"
    old_id = _dump_of_books_sealed_on(tmp_path / "pc-lama", dump, monkeypatch,
                                      admin_password="sandi-dulu-1")
    _on_pc(monkeypatch, data_dir)
    books = open_books(office)
    try:
        admin = users.authenticate(books, ADMIN, ADMIN_PASSWORD)
        before = rawsql.fingerprint(office)
        with pytest.raises(UserError) as caught:
            server_backup.restore(books, actor=admin, source=dump, password=ADMIN_PASSWORD)
    finally:
        books.close()
    message = caught.value.message
    assert caught.value.code == "no_seal_key" and old_id in message
    assert f"untuk admin {ADMIN} tidak terbuka dengan kata sandinya sekarang" in message
    assert f"({ADMIN})" in message  # whose wrap the dump holds
    assert rawsql.fingerprint(office) == before
    assert not (data_dir / "kunci" / f"{old_id}.key").exists()


def test_an_admin_without_a_wrap_on_a_keyless_pc_is_told_of_kamura_reseal(office, tmp_path,
                                                                          monkeypatch):
    rawsql.edit(office, "DELETE FROM seal_key_wraps")
    _on_pc(monkeypatch, tmp_path / "pc-b")
    refusal = pg.refused_login(office, ADMIN, ADMIN_PASSWORD)
    assert refusal.code == "no_seal_key" and f"kamura reseal --user {ADMIN}" in refusal.message


# ---------------------------------------------------------------- kamura reseal

def _reseal(where: str, username: str, password: str, *extra: str):
    return kamura(["--db", where, "reseal", "--user", username, *extra],
                  env=_env(KAMURA_PASSWORD=password))


def test_kamura_reseal_gives_the_office_a_new_key_and_the_pc_with_the_old_one_gets_it(
        office, data_dir, tmp_path, monkeypatch):
    """The key-holding PC (A: the test's data folder) is gone before any admin had a wrap:
    on PC B nobody can log in. ``kamura reseal`` there seals with a new key, drops the old
    wraps, wraps the new one for the admin, says so in the audit log. A, coming back with the
    old key file, does not reseal again: it is keyless for the new file id — the clerk is
    refused, the admin's login installs the new key (never the old one)."""
    where = office
    pc_a, pc_b = data_dir, tmp_path / "pc-b"
    old_id = _file_id(where)
    rawsql.edit(where, "DELETE FROM seal_key_wraps")  # no admin ever logged in after the upgrade
    _on_pc(monkeypatch, pc_b)
    assert pg.refused_login(where, CLERK, CLERK_PASSWORD).code == "no_seal_key"
    assert pg.refused_login(where, ADMIN, ADMIN_PASSWORD).code == "no_seal_key"

    done = _reseal(where, ADMIN, ADMIN_PASSWORD)
    assert done.returncode == 0, done.stderr
    new_id = _file_id(where)
    assert new_id != old_id and new_id in done.stdout
    assert {p.name for p in (pc_b / "kunci").glob("*.key")} == {f"{new_id}.key"}
    admin_id = one(where, f"SELECT id FROM users WHERE username = '{ADMIN}'")[0]
    assert pg.rows(where, "SELECT user_id, file_id FROM seal_key_wraps") == [(admin_id, new_id)]
    user_id, username, summary = one(where, "SELECT user_id, username, summary FROM audit_log "
                                            "WHERE action = 'database.reseal'")
    assert (user_id, username) == (admin_id, ADMIN)
    assert old_id in summary and new_id in summary and "kamura reseal" in summary
    report = integrity.check_server_database(where)
    assert report.ok, report.problems
    assert pg.log_in_once(where, CLERK, CLERK_PASSWORD).username == CLERK

    # PC A comes back with the old key file: no reseal, keyless for the new file id
    _on_pc(monkeypatch, pc_a)
    assert (pc_a / "kunci" / f"{old_id}.key").is_file()
    open_books(where).close()
    assert _count(where, "database.reseal") == 1
    assert pg.refused_login(where, CLERK, CLERK_PASSWORD).code == "no_seal_key"
    assert pg.log_in_once(where, ADMIN, ADMIN_PASSWORD).username == ADMIN  # its wrap: the new key
    assert (pc_a / "kunci" / f"{new_id}.key").read_text() == \
        (pc_b / "kunci" / f"{new_id}.key").read_text()
    assert pg.log_in_once(where, CLERK, CLERK_PASSWORD).username == CLERK
    assert _count(where, "database.reseal") == 1
    for pc in (pc_a, pc_b):
        report = _check(where, pc, monkeypatch)
        assert report.ok, (pc, report.problems)


def test_kamura_reseal_refuses_a_wrong_password_a_clerk_and_a_pc_holding_the_key(
        office, data_dir, tmp_path, monkeypatch):
    where = office
    rawsql.edit(where, "DELETE FROM seal_key_wraps")
    before = rawsql.fingerprint(where)
    # the PC holding the key: nothing to recover
    done = _reseal(where, ADMIN, ADMIN_PASSWORD)
    assert done.returncode == 1
    assert "memegang kunci segel database ini" in done.stderr and "tidak perlu" in done.stderr

    _on_pc(monkeypatch, tmp_path / "pc-b")
    done = _reseal(where, ADMIN, "salah-sandi")
    assert done.returncode == 1 and users.WRONG_CREDENTIALS in done.stderr
    done = _reseal(where, CLERK, CLERK_PASSWORD)
    assert done.returncode == 1 and "Hanya admin" in done.stderr
    assert rawsql.fingerprint(where) == before
    assert not (tmp_path / "pc-b" / "kunci").exists()


def test_kamura_reseal_never_seals_over_a_broken_chain(office, tmp_path, monkeypatch):
    """An audit row edited with psql (its hash left as it was): refused naming the row."""
    where = office
    rawsql.edit(where, "DELETE FROM seal_key_wraps")
    with rawsql.attacker(where) as conn:
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER trg_audit_log_no_update")
        conn.execute("UPDATE audit_log SET summary = 'diubah' WHERE id = 2")
        conn.execute("ALTER TABLE audit_log ENABLE TRIGGER trg_audit_log_no_update")
    before = rawsql.fingerprint(where)
    _on_pc(monkeypatch, tmp_path / "pc-b")
    done = _reseal(where, ADMIN, ADMIN_PASSWORD)
    assert done.returncode == 1
    assert "tidak disegel ulang" in done.stderr
    assert "catatan audit #2" in done.stderr
    assert rawsql.fingerprint(where) == before
    assert not (tmp_path / "pc-b" / "kunci").exists()


def test_kamura_reseal_is_not_needed_when_an_admin_holds_a_wrap(office, data_dir, tmp_path,
                                                               monkeypatch):
    """The admin's own wrap opens: a login installs the key (no new key for the office).
    Another admin's wrap: that admin logs in here instead — unless ``--paksa`` (they cannot
    come, or forgot their password)."""
    where = office
    _on_pc(monkeypatch, tmp_path / "pc-b")
    before = rawsql.fingerprint(where)
    done = _reseal(where, ADMIN, ADMIN_PASSWORD)
    assert done.returncode == 1 and "cukup masuk" in done.stderr
    assert rawsql.fingerprint(where) == before

    _on_pc(monkeypatch, data_dir)  # the key-holding PC: a second admin, wrapped at creation
    books = open_books(where)
    try:
        admin = users.authenticate(books, ADMIN, ADMIN_PASSWORD)
        users.create_user(books, actor=admin, username="admin2", full_name="Admin Kedua",
                          role="admin", password="kedua-sandi1")
    finally:
        books.close()
    admin_id = one(where, f"SELECT id FROM users WHERE username = '{ADMIN}'")[0]
    rawsql.edit(where, f"DELETE FROM seal_key_wraps WHERE user_id = {admin_id}")
    old_id = _file_id(where)
    _on_pc(monkeypatch, tmp_path / "pc-b")
    before = rawsql.fingerprint(where)
    done = _reseal(where, ADMIN, ADMIN_PASSWORD)
    assert done.returncode == 1 and "admin2" in done.stderr and "--paksa" in done.stderr
    assert rawsql.fingerprint(where) == before
    done = _reseal(where, ADMIN, ADMIN_PASSWORD, "--paksa")
    assert done.returncode == 0, done.stderr
    assert _file_id(where) != old_id
    assert pg.rows(where, "SELECT user_id FROM seal_key_wraps") == [(admin_id,)]


def test_kamura_reseal_is_for_a_server_database_only(tmp_path, fast_passwords):
    """A SQLite file alone on a PC is resealed at open when its key is missing: nothing for
    the command to do, and it says so."""
    path = tmp_path / "kantor.sqlite"
    books = open_books(path)
    try:
        users.create_user(books, actor=Actor.system(), username=ADMIN, full_name="Admin",
                          role="admin", password=ADMIN_PASSWORD)
    finally:
        books.close()
    done = _reseal(str(path), ADMIN, ADMIN_PASSWORD)
    assert done.returncode == 1 and "hanya untuk database server kantor" in done.stderr


def test_a_dump_whose_key_is_lost_for_good_is_restored_with_paksa_then_resealed(
        office, data_dir, tmp_path, monkeypatch, pg_tools):
    """The disaster the backups are for: the only backup was sealed by a PC now lost, and no
    admin's wrap in it opens. ``kamura restore --paksa`` restores it anyway (said in the audit
    row), and ``kamura reseal`` then seals the restored books anew — over whole chains only."""
    old_pc = tmp_path / "pc-lama"
    dump = tmp_path / "lama.dump"
    old_id = _dump_of_books_sealed_on(old_pc, dump, monkeypatch, keep_wraps=False)
    _on_pc(monkeypatch, data_dir)
    env = _env(KAMURA_PASSWORD=ADMIN_PASSWORD)
    refused = kamura(["--db", office, "restore", "--from", str(dump), "--user", ADMIN], env=env)
    assert refused.returncode == 1 and "--paksa" in refused.stderr, refused.stderr
    assert _file_id(office) != old_id

    done = kamura(["--db", office, "restore", "--from", str(dump), "--user", ADMIN, "--paksa"],
                  env=env)
    assert done.returncode == 0, done.stderr
    assert "kamura reseal" in done.stdout
    assert _file_id(office) == old_id
    summary = one(office, "SELECT summary FROM audit_log WHERE action = 'backup.restore'")[0]
    assert "--paksa" in summary and old_id in summary
    assert pg.refused_login(office, CLERK, CLERK_PASSWORD).code == "no_seal_key"

    done = _reseal(office, ADMIN, ADMIN_PASSWORD)
    assert done.returncode == 0, done.stderr
    assert _file_id(office) not in (old_id,)
    report = integrity.check_server_database(office)
    assert report.ok, report.problems
    assert pg.log_in_once(office, CLERK, CLERK_PASSWORD).username == CLERK


def test_a_sqlite_backup_sealed_with_another_key_is_restored_and_resealed_at_open(
        data_dir, tmp_path, monkeypatch, fast_passwords):
    """SQLite stays as it was: a file alone on a PC is restored whatever its key, and the
    program's next open reseals it when whole (one ``database.reseal``, a clean check)."""
    def books_on(folder, path):
        _on_pc(monkeypatch, folder)
        books = open_books(path)
        try:
            for role, (name, password) in TEST_USERS.items():
                users.create_user(books, actor=Actor.system(), username=name,
                                  full_name=f"Uji {role}", role=role, password=password)
        finally:
            books.close()

    other, current = tmp_path / "lain.sqlite", tmp_path / "kantor.sqlite"
    books_on(tmp_path / "pc-lama", other)
    books_on(data_dir, current)
    old_id = _file_id(str(other))
    done = kamura(["--db", str(current), "restore", "--from", str(other), "--user", ADMIN],
                  env=_env(KAMURA_PASSWORD=ADMIN_PASSWORD))
    assert done.returncode == 0, done.stderr
    open_books(current).close()
    assert _file_id(str(current)) != old_id
    assert _count(str(current), "database.reseal") == 1
    report = integrity.check_database(current)
    assert report.ok, report.problems
    assert pg.log_in_once(str(current), CLERK, CLERK_PASSWORD).username == CLERK
