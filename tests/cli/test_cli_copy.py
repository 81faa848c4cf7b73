"""``kamura copy`` as the admin runs it: the demo cooperative to the office server and back
to a new file, identical (row counts and hashes printed); a non-empty target refused; a
wrong server password, an unreachable server, another program's database and a schema
newer than the program refused with nothing changed. The real test server (tests/pg.py);
the first copy as a real process (its exit code, its progress), the others run the same
``main`` in this process (tests/helpers_cli.kamura: exit code, stdout and stderr as a process
gives them, without two seconds of imports per command: issue 20)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kamura_desktop.services import integrity, server_copy
from kamura_desktop.services.setup import open_books
from tests import pg
from tests.helpers_cli import kamura as in_process

# the source is the demo *file* (the office moving to its server); the server is the target
# and the source of the way back, on every engine setting. The logins in this process hash at
# the tests' cheap cost (tests/conftest.FAST_HASHER, the same argon2id code): at the real cost
# each in-process login rehashed the demo user's password and the next one verified it, about
# 0,4 s of CPU each (issue 20); the real process still logs in at the program's own cost.
pytestmark = [pytest.mark.parametrize("db_engine", ["sqlite"], indirect=True),
              pytest.mark.usefixtures("fast_passwords")]

KAMURA = [sys.executable, "-m", "kamura_desktop.cli.main"]


def kamura(*args: str, password: str = "admin123", process: bool = False) -> subprocess.CompletedProcess:
    """``kamura ARGS`` with the admin's password in KAMURA_PASSWORD and nothing on its
    standard input: in this process, or (``process=True``) as a real one."""
    env = {**os.environ, "KAMURA_PASSWORD": password}
    if not process:
        return in_process(list(args), env=env)
    return subprocess.run([*KAMURA, *args], capture_output=True, text=True, timeout=300,
                          env=env, stdin=subprocess.DEVNULL)


@pytest.fixture
def server_location():
    location = pg.new_database(empty=True)
    yield location
    pg.drop_database(location)


def test_demo_to_server_and_back_is_identical(demo_copy: Path, server_location, tmp_path):
    there = kamura("copy", "--from", str(demo_copy), "--to", server_location, "--user", "admin",
                   process=True)
    assert there.returncode == 0, there.stderr
    assert "Sama persis" in there.stdout
    assert "BEDA" not in there.stdout
    assert "[100%] selesai" in there.stderr  # the progress

    back_file = tmp_path / "kembali.sqlite"
    back = kamura("copy", "--from", server_location, "--to", str(back_file), "--user", "admin")
    assert back.returncode == 0, back.stderr
    assert "Sama persis" in back.stdout

    # the file that came back equals the demo it started from, table by table and by hash
    first, again = open_books(demo_copy), open_books(back_file)
    try:
        came_back, started = server_copy.table_counts(again), server_copy.table_counts(first)
        # the admin's login on the server for the second copy is one more audit row there
        assert came_back.pop("audit_log") == started.pop("audit_log") + 1
        assert came_back == started
        for name in server_copy.HASHED:
            assert server_copy.table_hash(again, name) == server_copy.table_hash(first, name)
        counts = server_copy.table_counts(first)
        assert counts["journal_lines"] > 1000 and counts["audit_log"] > 0
    finally:
        first.close()
        again.close()
    # and is a healthy Kamura file: the tamper chains and seals came along intact
    report = integrity.check_database(back_file)
    assert report.ok, report.problems


def test_non_empty_target_is_refused_and_left_as_it_was(demo_copy: Path, server_location):
    assert kamura("copy", "--from", str(demo_copy), "--to", server_location,
                  "--user", "admin").returncode == 0
    db = open_books(server_location)
    try:
        before = server_copy.table_counts(db)
    finally:
        db.close()
    again = kamura("copy", "--from", str(demo_copy), "--to", server_location, "--user", "admin")
    assert again.returncode == 1
    assert "tidak kosong" in again.stderr and "tidak ada yang diubah" in again.stderr
    db = open_books(server_location)
    try:
        assert server_copy.table_counts(db) == before
    finally:
        db.close()


def test_copy_needs_the_admin_of_the_source(demo_copy: Path, server_location):
    wrong = kamura("copy", "--from", str(demo_copy), "--to", server_location, "--user", "admin",
                   password="salah-sandi")
    assert wrong.returncode == 1
    assert "Sama persis" not in wrong.stdout


# ---------------------------------------------------------------- bad input: refused, nothing changed

def _tables_of(location: str) -> set[str]:
    import psycopg

    plain = location.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as conn:
        return {r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}


def _refused(proc: subprocess.CompletedProcess, *words: str) -> None:
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert "Sama persis" not in proc.stdout
    for word in words:
        assert word in proc.stderr, proc.stderr


def test_a_wrong_server_password_is_refused_and_the_target_stays_empty(demo_copy: Path,
                                                                        server_location):
    pg.admin("DROP ROLE IF EXISTS salin_uji")
    pg.admin("CREATE ROLE salin_uji LOGIN PASSWORD 'benar-sekali'")
    pg.require_password("salin_uji")
    name = server_location.rsplit("/", 1)[1].split("?", 1)[0]
    wrong = pg.url(name, user="salin_uji", password="salah")
    proc = kamura("copy", "--from", str(demo_copy), "--to", wrong, "--user", "admin")
    _refused(proc, "Kata sandi atau nama pengguna database salah")
    assert "salah@" not in proc.stderr  # the password is never printed
    assert _tables_of(server_location) == set()


def test_an_unreachable_server_is_named(demo_copy: Path):
    proc = kamura("copy", "--from", str(demo_copy), "--to",
                  "postgresql+psycopg://kamura@127.0.0.1:1/kamura", "--user", "admin")
    _refused(proc, "tidak dapat dihubungi")


def test_a_database_of_another_program_is_refused_and_left_alone(demo_copy: Path,
                                                                 server_location):
    import psycopg

    plain = server_location.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as conn:
        conn.execute("CREATE TABLE pelanggan (id int, nama text)")
        conn.execute("INSERT INTO pelanggan VALUES (1, 'Toko Sinar')")
    proc = kamura("copy", "--from", str(demo_copy), "--to", server_location, "--user", "admin")
    _refused(proc, "program lain")
    assert _tables_of(server_location) == {"pelanggan"}
    with psycopg.connect(plain) as conn:
        assert conn.execute("SELECT * FROM pelanggan").fetchall() == [(1, "Toko Sinar")]


def test_a_source_newer_than_the_program_is_refused(demo_copy: Path, server_location):
    import sqlite3

    conn = sqlite3.connect(demo_copy)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    proc = kamura("copy", "--from", str(demo_copy), "--to", server_location, "--user", "admin")
    _refused(proc, "lebih baru")
    assert _tables_of(server_location) == set()


def test_a_target_newer_than_the_program_is_refused_and_left_alone(demo_copy: Path,
                                                                   server_location):
    open_books(server_location).close()  # a Kamura schema, no cooperative in it yet
    import psycopg

    plain = server_location.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        members_before = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    proc = kamura("copy", "--from", str(demo_copy), "--to", server_location, "--user", "admin")
    _refused(proc, "lebih baru")
    with psycopg.connect(plain) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]
        assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == members_before == 0
