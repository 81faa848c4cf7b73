"""The check of the file at open runs on its own thread from the desktop program's first line
(issue 20): ``app.start_opening_check`` starts it before Qt, SQLAlchemy and the books are
imported, ``open_database`` waits for its verdict — the quick check after a clean close, the
full one after an unclean close — and a damaged file is still refused before anything is
written, by the real program started as a process."""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kamura_desktop import app
from kamura_desktop.db import database, file_check
from kamura_desktop.services.setup import open_books

from .closed_file import closed_file

ROOT = Path(__file__).resolve().parents[2]


def _args(path: Path) -> argparse.Namespace:
    return app.parse_args(["--db", str(path)])


def _damage_keeping_the_stamp(path: Path) -> None:
    """A page in the middle overwritten, size and modification time put back: damage the
    clean-close record cannot see (only the quick check stands between it and the books)."""
    before = path.stat()
    page = 4096
    with open(path, "r+b") as f:
        f.seek((before.st_size // page // 2) * page)
        f.write(b"\xde\xad\xbe\xef" * (page // 4))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_after_a_clean_close_the_started_quick_check_is_the_one_the_open_uses(tmp_path, empty_books):
    path = tmp_path / "kamura.sqlite"
    closed_file(empty_books, path)
    assert database.was_closed_cleanly(path)
    check = app.start_opening_check(_args(path))
    assert check is not None and check.kind == "quick"
    assert not database.clean_marker(path).exists()  # taken at the start, as the open would
    db = open_books(path)
    try:
        assert db.opening_check == "quick"
        assert check._done.is_set()  # the open waited for this verdict
        assert file_check.take_started_check(path) is None  # used once
    finally:
        db.close()
    assert database.was_closed_cleanly(path)


def test_after_an_unclean_close_the_started_check_is_the_full_one(tmp_path, empty_books):
    path = tmp_path / "kamura.sqlite"
    closed_file(empty_books, path)
    database.clean_marker(path).unlink()  # as a crash or a power cut leaves it
    check = app.start_opening_check(_args(path))
    assert check is not None and check.kind == "full"
    db = open_books(path)
    try:
        assert db.opening_check == "full"
        assert database.last_full_check(path) is not None
    finally:
        db.close()


def test_a_damaged_file_is_refused_by_the_started_check_before_anything_is_written(tmp_path, empty_books):
    path = tmp_path / "kamura.sqlite"
    closed_file(empty_books, path)
    _damage_keeping_the_stamp(path)
    damaged = path.read_bytes()
    check = app.start_opening_check(_args(path))
    assert check is not None and check.kind == "quick"
    with pytest.raises(database.DatabaseDamaged, match="rusak"):
        open_books(path)
    assert check.problems  # the started check found it
    assert path.read_bytes() == damaged
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_nothing_is_started_for_a_new_file_or_a_server():
    assert app.start_opening_check(app.parse_args(["--db", "/tidak/ada/kamura.sqlite"])) is None
    assert app.start_opening_check(app.parse_args(
        ["--db", "postgresql+psycopg://kamura@192.168.1.10/kamura"])) is None


DESKTOP = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QMessageBox
    QMessageBox.critical = staticmethod(lambda _parent, _title, text, *a, **k: print(text))
    from kamura_desktop import app
    sys.exit(app.main(sys.argv[1:]))
""")


@pytest.mark.parametrize("clean", [True, False], ids=["clean-close", "unclean-close"])
def test_the_desktop_refuses_a_damaged_file_and_leaves_it_as_it_was(tmp_path, clean, empty_books):
    """The real program, started as a process on damaged books — closed cleanly (the quick
    check started at its first line finds the damage) or not (the full check does)."""
    path = tmp_path / "kamura.sqlite"
    closed_file(empty_books, path)
    if not clean:
        database.clean_marker(path).unlink()
    _damage_keeping_the_stamp(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", DESKTOP, "--db", str(path)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"Database {path.name} rusak dan tidak dipakai" in done.stdout
    assert "Traceback" not in done.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not database.clean_marker(path).exists()
