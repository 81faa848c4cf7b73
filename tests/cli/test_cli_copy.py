"""``kamura copy`` as the admin runs it: the demo cooperative to the office server and back
to a new file, identical (row counts and hashes printed); a non-empty target refused.
Real processes, the real test server (tests/pg.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kamura_desktop.services import integrity, server_copy
from kamura_desktop.services.setup import open_books
from tests import pg

KAMURA = [sys.executable, "-m", "kamura_desktop.cli.main"]


def kamura(*args: str, password: str = "admin123") -> subprocess.CompletedProcess:
    env = {**os.environ, "KAMURA_PASSWORD": password}
    return subprocess.run([*KAMURA, *args], capture_output=True, text=True, timeout=300,
                          env=env, stdin=subprocess.DEVNULL)


@pytest.fixture
def server_location():
    location = pg.new_database(empty=True)
    yield location
    pg.drop_database(location)


def test_demo_to_server_and_back_is_identical(demo_copy: Path, server_location, tmp_path):
    there = kamura("copy", "--from", str(demo_copy), "--to", server_location, "--user", "admin")
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
