"""The tamper seal's key shared by every PC of an office server (issue 16): wrapped for each
admin under a key derived from the admin's password (table ``seal_key_wraps``), installed on
a PC without it at an admin's login, checked against the seals first. The wraps' life on
both engines; the PCs of one server on the real test server (tests/pg.py), each PC a data
folder of its own."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import select

from kamura_desktop.db.models.core import SealKeyWrap, TamperSeal, User
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import integrity, tamper, users
from kamura_desktop.services.setup import open_books
from tests import helpers_rawsql as rawsql
from tests import pg
from tests.conftest import TEST_USERS
from tests.helpers_cli import kamura
from tests.helpers_rawsql import location, one

ADMIN, ADMIN_PASSWORD = TEST_USERS["admin"]
CLERK, CLERK_PASSWORD = TEST_USERS["petugas"]


def _wrap(db, username: str) -> SealKeyWrap | None:
    with db.read() as s:
        user_id = s.scalar(select(User.id).where(User.username == username))
        wrap = s.scalar(select(SealKeyWrap).where(SealKeyWrap.user_id == user_id))
        if wrap is not None:
            s.expunge(wrap)
        return wrap


def _key_in_force(db) -> tuple[str, bytes]:
    """The file id and this PC's key of it (the seals verify with it: the check is clean)."""
    with db.read() as s:
        file_id = s.get(TamperSeal, "file").digest
    return file_id, bytes.fromhex(tamper.key_path(file_id).read_text())


def _opens(wrap: SealKeyWrap, password: str) -> bytes | None:
    return tamper.unwrap_key(wrap, password)


# ---------------------------------------------------------------- the wraps' life (both engines)

def test_each_admin_holds_a_wrap_of_the_key_and_nobody_else(db, actors):
    file_id, key = _key_in_force(db)
    wrap = _wrap(db, ADMIN)
    assert wrap is not None and wrap.file_id == file_id
    assert wrap.kdf.startswith("argon2id:t=") and len(bytes.fromhex(wrap.salt)) == 16
    assert _opens(wrap, ADMIN_PASSWORD) == key
    assert _opens(wrap, "bukan-sandinya") is None
    for role in ("petugas", "bendahara", "ketua"):
        assert _wrap(db, TEST_USERS[role][0]) is None
    # bound to the file and the user: the same bytes under another user's id do not open
    wrap.user_id += 1
    assert tamper.unwrap_key(wrap, ADMIN_PASSWORD) is None


def test_a_password_change_or_reset_wraps_again_and_deactivation_deletes(db, actors):
    _file_id, key = _key_in_force(db)
    admin = actors["admin"]
    users.create_user(db, actor=admin, username="admin2", full_name="Admin Kedua", role="admin",
                      password="kedua-sandi1")
    assert _opens(_wrap(db, "admin2"), "kedua-sandi1") == key  # a new admin: wrapped at once

    users.change_own_password(db, actor=admin, old_password=ADMIN_PASSWORD,
                              new_password="sandi-baru-1")
    wrap = _wrap(db, ADMIN)
    assert _opens(wrap, ADMIN_PASSWORD) is None and _opens(wrap, "sandi-baru-1") == key

    users.change_password(db, actor=admin, username=ADMIN, new_password="sandi-baru-2",
                          old_password="sandi-baru-1")
    wrap = _wrap(db, ADMIN)
    assert _opens(wrap, "sandi-baru-1") is None and _opens(wrap, "sandi-baru-2") == key

    users.reset_password(db, actor=admin, username="admin2", new_password="sementara-1")
    wrap = _wrap(db, "admin2")
    assert _opens(wrap, "kedua-sandi1") is None and _opens(wrap, "sementara-1") == key

    users.deactivate_user(db, actor=admin, username="admin2")
    assert _wrap(db, "admin2") is None
    users.set_active(db, actor=admin, username="admin2", active=True)
    assert _wrap(db, "admin2") is None  # made again at the admin's next login
    users.authenticate(db, "admin2", "sementara-1")
    assert _opens(_wrap(db, "admin2"), "sementara-1") == key


def test_an_admin_login_makes_a_missing_wrap_and_replaces_one_that_does_not_open(db, actors):
    _file_id, key = _key_in_force(db)
    where = location(db)
    rawsql.edit(where, "DELETE FROM seal_key_wraps")
    users.authenticate(db, ADMIN, ADMIN_PASSWORD)
    assert _opens(_wrap(db, ADMIN), ADMIN_PASSWORD) == key
    # its first byte changed (to 00, or to ff when it was 00: a wrap that began with 00 was
    # left as it was, one run in 256, and the test failed in a full run)
    rawsql.edit(where, "UPDATE seal_key_wraps SET wrapped = CASE WHEN substr(wrapped, 1, 2) = '00' "
                       "THEN 'ff' ELSE '00' END || substr(wrapped, 3)")
    assert _opens(_wrap(db, ADMIN), ADMIN_PASSWORD) is None
    users.authenticate(db, ADMIN, ADMIN_PASSWORD)
    assert _opens(_wrap(db, ADMIN), ADMIN_PASSWORD) == key
    # a whole wrap is kept (its MAC with the key says so), and a clerk's login leaves it alone
    before = one(where, "SELECT salt, wrapped, mac FROM seal_key_wraps")
    users.authenticate(db, ADMIN, ADMIN_PASSWORD)
    users.authenticate(db, CLERK, CLERK_PASSWORD)
    assert one(where, "SELECT salt, wrapped, mac FROM seal_key_wraps") == before
    assert one(where, "SELECT count(*) FROM seal_key_wraps")[0] == 1


@pytest.mark.sqlite_only(reason="a file alone on a PC is resealed at open when its key is "
                                "missing; a server database never is (tests below)")
def test_a_file_resealed_on_a_new_pc_drops_the_old_wraps_and_the_admin_wraps_the_new_key(
        db, actors, tmp_path, monkeypatch):
    where = location(db)
    old_id = one(where, "SELECT digest FROM tamper_seals WHERE name = 'file'")[0]
    db.close()
    monkeypatch.setenv("KAMURA_DATA_DIR", str(tmp_path / "pc-baru"))
    books = open_books(where)
    try:
        new_id = one(where, "SELECT digest FROM tamper_seals WHERE name = 'file'")[0]
        assert new_id != old_id
        assert one(where, "SELECT count(*) FROM seal_key_wraps")[0] == 0
        users.authenticate(books, ADMIN, ADMIN_PASSWORD)
        assert one(where, "SELECT file_id FROM seal_key_wraps")[0] == new_id
        assert _opens(_wrap(books, ADMIN), ADMIN_PASSWORD) == bytes.fromhex(
            tamper.key_path(new_id).read_text())
    finally:
        books.close()


def test_the_migration_adds_the_table_to_books_at_0019_and_the_first_admin_login_wraps(
        db_engine, tmp_path, fast_passwords):
    """An office's books from before 0020 (a file, or a server database, migrated to 0019
    with an admin in it): opening them adds the empty table; the admin's first login on the
    PC holding the key wraps it."""
    from kamura_desktop.db import database
    from kamura_desktop.services.actor import Actor

    if db_engine == "postgresql":
        where = pg.new_database(empty=True)
        from kamura_desktop.db import location as loc

        url = loc.server_url(where)
        old = database.Database(path=None, engine=database.make_server_engine(url), url=url)
        try:
            database.upgrade(old, "0019")
        finally:
            old.close()
    else:
        from tests.helpers_files import file_at_revision

        where = str(file_at_revision(tmp_path / "lama.sqlite", "0019"))
    try:
        assert "seal_key_wraps" not in rawsql.table_names(where)
        books = open_books(where)
        try:
            assert "seal_key_wraps" in rawsql.table_names(where)
            users.create_user(books, actor=Actor.system(), username=ADMIN, full_name="Admin",
                              role="admin", password=ADMIN_PASSWORD)
            rawsql.edit(where, "DELETE FROM seal_key_wraps")  # as made before 0020
            users.authenticate(books, ADMIN, ADMIN_PASSWORD)
            _file_id, key = _key_in_force(books)
            assert _opens(_wrap(books, ADMIN), ADMIN_PASSWORD) == key
        finally:
            books.close()
    finally:
        if db_engine == "postgresql":
            pg.drop_database(where)


# ---------------------------------------------------------------- PCs of one office server

@pytest.fixture
def office(fast_passwords, data_dir):
    """The server books made on this test's PC (the session's data folder holds the key)."""
    with pg.office_books() as (where, db):
        db.close()
        yield where


@pytest.fixture
def new_pc(tmp_path, monkeypatch):
    """Switch to a PC without the key (a data folder of its own); gives its folder."""
    folder = tmp_path / "pc-baru"
    monkeypatch.setenv("KAMURA_DATA_DIR", str(folder))
    return folder


def test_on_a_pc_without_the_key_only_an_admin_with_a_wrap_gets_in_and_installs_it(
        office, new_pc, data_dir):
    where = office
    file_id = one(where, "SELECT digest FROM tamper_seals WHERE name = 'file'")[0]
    before = rawsql.fingerprint(where)

    # a clerk with the right password: told what to do, nothing written
    refusal = pg.refused_login(where, CLERK, CLERK_PASSWORD)
    assert refusal.code == "no_seal_key" and refusal.field == "username"
    assert refusal.message.startswith("Komputer ini belum memegang kunci segel buku kantor.")
    assert "Minta admin masuk sekali di komputer ini" in refusal.message
    # a wrong password: the usual message, counted in memory, nothing written either
    assert pg.refused_login(where, CLERK, "salah-sandi").code == "credentials"
    assert rawsql.fingerprint(where) == before
    assert not (new_pc / "kunci").exists()

    # an admin without a wrap (made before the key was shared): refused, told where to go
    columns = "id, user_id, file_id, kdf, salt, nonce, wrapped, mac, created_at"
    wrap = one(where, f"SELECT {columns} FROM seal_key_wraps")
    rawsql.edit(where, "DELETE FROM seal_key_wraps")
    before = rawsql.fingerprint(where)
    refusal = pg.refused_login(where, ADMIN, ADMIN_PASSWORD)
    assert refusal.code == "no_seal_key"
    assert "komputer yang sudah memegang kunci" in refusal.message and ADMIN in refusal.message
    assert rawsql.fingerprint(where) == before and not (new_pc / "kunci").exists()
    with rawsql.attacker(where) as conn:  # put back as it was
        conn.execute(f"INSERT INTO seal_key_wraps ({columns}) VALUES "
                     f"({', '.join('?' * len(wrap))})", tuple(wrap))

    # the admin with a wrap: the key is installed, said in the audit log, the clerk gets in
    admin = pg.log_in_once(where, ADMIN, ADMIN_PASSWORD)
    key_file = new_pc / "kunci" / f"{file_id}.key"
    assert key_file.read_text() == (data_dir / "kunci" / f"{file_id}.key").read_text()
    assert key_file.stat().st_mode & 0o777 == 0o600
    user_id, summary = one(where, "SELECT user_id, summary FROM audit_log WHERE action = "
                                  "'seal.key_installed'")
    assert user_id == admin.user_id and "dipasang di komputer ini dari server" in summary
    assert file_id in summary
    assert pg.log_in_once(where, CLERK, CLERK_PASSWORD).username == CLERK
    assert one(where, "SELECT count(*) FROM audit_log WHERE action = 'database.reseal'")[0] == 0
    report = integrity.check_server_database(where)
    assert report.ok, report.problems
    assert not any("Kunci segel" in n for n in report.notes)


def test_a_wrap_replaced_by_one_of_another_key_is_refused(office, new_pc):
    """An attacker who knows the admin's password but not the key puts in a wrap of a key of
    their own (well formed, the right file id and user id): it opens, but the seals do not
    verify with it, so it is refused and nothing is installed or written."""
    where = office
    file_id, user_id = one(where, "SELECT file_id, user_id FROM seal_key_wraps")
    forged = tamper.wrap_key(os.urandom(32), file_id=file_id, user_id=user_id,
                             password=ADMIN_PASSWORD, params=tamper.KdfParams(1, 1024, 1))
    rawsql.edit(where, "UPDATE seal_key_wraps SET kdf = '{kdf}', salt = '{salt}', nonce = "
                       "'{nonce}', wrapped = '{wrapped}'".format(**forged))
    before = rawsql.fingerprint(where)
    refusal = pg.refused_login(where, ADMIN, ADMIN_PASSWORD)
    assert refusal.code == "seal_key_refused"
    assert "tidak cocok dengan segel" in refusal.message and "kamura check" in refusal.message
    assert rawsql.fingerprint(where) == before
    assert not (new_pc / "kunci").exists()
    assert pg.refused_login(where, CLERK, CLERK_PASSWORD).code == "no_seal_key"


def test_after_a_password_change_the_new_password_brings_the_key(office, monkeypatch, data_dir,
                                                                 new_pc):
    where = office
    monkeypatch.setenv("KAMURA_DATA_DIR", str(data_dir))  # on the key-holding PC
    books = open_books(where)
    try:
        admin = users.authenticate(books, ADMIN, ADMIN_PASSWORD)
        users.change_own_password(books, actor=admin, old_password=ADMIN_PASSWORD,
                                  new_password="sandi-baru-1")
    finally:
        books.close()
    monkeypatch.setenv("KAMURA_DATA_DIR", str(new_pc))
    assert pg.refused_login(where, ADMIN, ADMIN_PASSWORD).code == "credentials"
    assert pg.log_in_once(where, ADMIN, "sandi-baru-1").username == ADMIN
    assert one(where, "SELECT count(*) FROM audit_log WHERE action = 'seal.key_installed'")[0] == 1


#: ``kamura`` as a process of its own (its imports, environment and exit code), with the
#: tests' cheap argon2id cost in place of the program's (users._hasher, as the
#: fast_passwords fixture sets it here): its login rehashes the password and wraps the seal
#: key at that cost, which the logins after it then pay again (four derivations of ~0,15 s
#: at the program's cost; test_users checks the program's own parameters)
FAST_KAMURA = ("import sys\n"
               "from argon2 import PasswordHasher\n"
               "from kamura_desktop.services import users\n"
               "users._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)\n"
               "from kamura_desktop.cli.main import main\n"
               "sys.exit(main(sys.argv[1:]))\n")


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_kamura_copy_to_the_server_leaves_a_wrap_for_the_admin_who_ran_it(db_engine, tmp_path,
                                                                         fast_passwords):
    """The copy logs in as an admin on the file (on the PC that holds its key): that login
    wraps the key for the admin, the wrap is copied with the seals, and the next PC gets
    the key by that admin's login on the server."""
    from kamura_desktop.services.actor import Actor

    source = tmp_path / "kantor.sqlite"
    books = open_books(source)
    try:
        for role in ("admin", "petugas"):
            name, password = TEST_USERS[role]
            users.create_user(books, actor=Actor.system(), username=name, full_name=name,
                              role=role, password=password)
    finally:
        books.close()
    rawsql.edit(str(source), "DELETE FROM seal_key_wraps")  # a file from before 0020
    target = pg.new_database(empty=True)
    try:
        env = {k: v for k, v in os.environ.items() if k not in ("KAMURA_USER",)}
        env["KAMURA_PASSWORD"] = ADMIN_PASSWORD
        proc = subprocess.run([sys.executable, "-c", FAST_KAMURA, "copy",
                               "--from", str(source), "--to", target, "--user", ADMIN],
                              capture_output=True, text=True, timeout=180, env=env)
        assert proc.returncode == 0, proc.stderr
        file_id = one(target, "SELECT digest FROM tamper_seals WHERE name = 'file'")[0]
        assert one(target, "SELECT file_id FROM seal_key_wraps")[0] == file_id
        assert tamper.key_path(file_id).is_file()  # the copying PC holds the key

        # the next PC (its own data folder): the same `kamura` run in this process
        # (tests/helpers_cli.py) — the copy above was the real process; these prove the
        # key's way to another PC, which the data folder in the environment stands for
        key_here = tamper.key_path(file_id).read_text()
        folder = tmp_path / "pc-loket"
        env = {**env, "KAMURA_DATA_DIR": str(folder), "KAMURA_PASSWORD": CLERK_PASSWORD}
        clerk = ["members", "list", "--db", target, "--user", CLERK]
        proc = kamura(clerk, env=env)
        assert proc.returncode != 0 and "belum memegang kunci segel" in proc.stderr, proc.stderr
        assert not (folder / "kunci" / f"{file_id}.key").exists()
        proc = kamura([*clerk[:-1], ADMIN], env={**env, "KAMURA_PASSWORD": ADMIN_PASSWORD})
        assert proc.returncode == 0, proc.stderr
        assert (folder / "kunci" / f"{file_id}.key").read_text() == key_here
        proc = kamura(clerk, env=env)
        assert proc.returncode == 0, proc.stderr
        assert one(target, "SELECT count(*) FROM audit_log WHERE action = 'database.reseal'")[0] == 0
        proc = kamura(["check", "--db", target], env=env)
        assert proc.returncode == 0, proc.stdout + proc.stderr
    finally:
        pg.drop_database(target)


def test_the_first_admin_of_an_empty_server_database_is_made_on_the_pc_that_sealed_it(
        fast_passwords, tmp_path, monkeypatch):
    """A server database opened first elsewhere (``kamura init --db …``: sealed there, no
    user yet): the first admin made on a PC without the key is refused, nothing written."""
    from kamura_desktop.services.actor import Actor

    where = pg.new_database()  # the seeded template: sealed by this process's data folder
    monkeypatch.setenv("KAMURA_DATA_DIR", str(tmp_path / "pc-baru"))
    try:
        before = rawsql.fingerprint(where)
        books = open_books(where)
        try:
            with pytest.raises(UserError) as caught:
                users.create_user(books, actor=Actor.system(), username=ADMIN, full_name="Admin",
                                  role="admin", password=ADMIN_PASSWORD)
        finally:
            books.close()
        assert caught.value.code == "no_seal_key"
        assert "Buat admin pertama di komputer itu" in caught.value.message
        assert rawsql.fingerprint(where) == before
    finally:
        pg.drop_database(where)
