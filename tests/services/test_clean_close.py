"""The check at open (issue 20): the full PRAGMA integrity_check only when the last close was
not clean — PRAGMA quick_check after a clean close — and a damaged file is still refused."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kamura_desktop.db import database
from kamura_desktop.services.setup import open_books

from .closed_file import closed_file

ROOT = Path(__file__).resolve().parents[2]


def test_a_clean_close_lets_the_next_open_run_the_quick_check(tmp_path):
    path = tmp_path / "kamura.sqlite"
    db = open_books(path)
    assert db.opening_check == "new"
    db.close()
    marker = database.clean_marker(path)
    assert marker.is_file()
    assert database.was_closed_cleanly(path)

    db = open_books(path)
    try:
        assert db.opening_check == "quick"
        assert not marker.exists()  # taken at open: a crash from here leaves none
    finally:
        db.close()
    assert marker.is_file()
    db = open_books(path)
    assert db.opening_check == "quick"
    db.close()


def test_a_read_only_look_leaves_an_empty_log_and_the_next_open_is_still_quick(tmp_path, empty_books):
    """``kamura check`` alone or a SQLite tool opening the file read-only leaves an empty
    ``-wal`` beside it (a read-only connection may not remove it): nothing changed, so the
    next open is still the quick one (it ran the full check, 4 s on a big office file). A log
    with a write in it still means the full check."""
    import sqlite3

    path = tmp_path / "kamura.sqlite"
    closed_file(empty_books, path)
    look = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert look.execute("SELECT count(*) FROM users").fetchone() == (0,)
    look.close()
    wal = Path(f"{path}-wal")
    assert wal.exists() and wal.stat().st_size == 0  # what the look left
    assert database.was_closed_cleanly(path)
    db = open_books(path)
    try:
        assert db.opening_check == "quick"
    finally:
        db.close()

    # another program's write still in the log, not folded into the file: the file's size and
    # time are as recorded, only the log tells — the full check
    other = sqlite3.connect(path)
    try:
        other.execute("PRAGMA wal_autocheckpoint = 0")
        other.execute("CREATE TABLE catatan_lain (x)")
        other.commit()
        assert wal.stat().st_size > 0
        assert database.clean_marker(path).read_text(encoding="ascii").endswith(
            f"{path.stat().st_size} {path.stat().st_mtime_ns}")  # the file itself unchanged
        assert not database.was_closed_cleanly(path)
    finally:
        other.close()


def test_a_crash_leaves_no_record_and_the_next_open_runs_the_full_check(tmp_path, empty_books):
    path = tmp_path / "kamura.sqlite"
    closed_file(empty_books, path)
    code = (
        "import os, sys\n"
        "from kamura_desktop.services.setup import open_books\n"
        "db = open_books(sys.argv[1])\n"
        "print(db.opening_check, flush=True)\n"
        "os._exit(0)  # the power goes: nothing closed\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                         env=env, check=True, timeout=120)
    assert out.stdout.strip() == "quick"
    assert not database.clean_marker(path).exists()
    db = open_books(path)
    try:
        assert db.opening_check == "full"
    finally:
        db.close()


def test_a_file_changed_after_the_clean_close_gets_the_full_check(tmp_path):
    path = tmp_path / "kamura.sqlite"
    open_books(path).close()
    other = tmp_path / "lain.sqlite"
    open_books(other).close()
    shutil.copyfile(other, path)  # a restored or copied-in file under the same name
    assert not database.was_closed_cleanly(path)
    db = open_books(path)
    try:
        assert db.opening_check == "full"
    finally:
        db.close()


def _damage(path: Path) -> None:
    """Overwrite a page in the middle of the file with garbage."""
    size = path.stat().st_size
    page = 4096
    with open(path, "r+b") as f:  # the file is closed: no lock of ours to lose
        f.seek((size // page // 2) * page)
        f.write(b"\xde\xad\xbe\xef" * (page // 4))


@pytest.mark.parametrize("keep_stamp", [False, True], ids=["stamp-changed", "stamp-restored"])
def test_a_damaged_file_is_refused_after_a_clean_close_too(tmp_path, keep_stamp, empty_books):
    path = tmp_path / "kamura.sqlite"
    closed_file(empty_books, path)
    before = path.stat()
    _damage(path)
    if keep_stamp:  # damage the record cannot see: only quick_check stands between
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert database.was_closed_cleanly(path)
    damaged_bytes = path.read_bytes()
    with pytest.raises(database.DatabaseDamaged, match="rusak"):
        open_books(path)
    assert path.read_bytes() == damaged_bytes  # nothing written to it
    assert not database.clean_marker(path).exists()


def test_a_backup_probe_leaves_no_record(tmp_path, empty_books):
    path = tmp_path / "salinan.sqlite"
    closed_file(empty_books, path)
    database.clean_marker(path).unlink()
    db = database.open_database(path, create=False)
    db.close()
    assert not database.clean_marker(path).exists()


# ---------------------------------------------------------------- the weekly full check

def test_the_full_check_is_recorded_and_due_again_after_a_week(tmp_path):
    import datetime as dt

    from kamura_desktop.services import integrity

    path = tmp_path / "kamura.sqlite"
    open_books(path).close()  # a new file: nothing to distrust yet
    first = integrity.last_full_check(path)
    assert first is not None
    assert not integrity.full_check_due(path)
    assert integrity.full_check_due(path, now=first + dt.timedelta(days=7))
    assert not integrity.full_check_due(path, now=first + dt.timedelta(days=6, hours=23))

    database.record_full_check(path, dt.datetime(2026, 1, 1, 8, 0))
    db = open_books(path)  # closed cleanly: the quick check, the record stays as it was
    try:
        assert db.opening_check == "quick"
        assert integrity.last_full_check(path) == dt.datetime(2026, 1, 1, 8, 0)
        assert integrity.full_check_due(path)
        report = integrity.scheduled_full_check(path)  # while the books are open
        assert report.ok, report.problems
        assert integrity.last_full_check(path) > dt.datetime(2026, 1, 1, 8, 0)
        assert not integrity.full_check_due(path)
    finally:
        db.close()


def test_a_damaged_file_fails_the_weekly_check_and_is_not_recorded(tmp_path, empty_books):
    import datetime as dt

    from kamura_desktop.services import integrity

    path = tmp_path / "kamura.sqlite"
    closed_file(empty_books, path)
    database.record_full_check(path, dt.datetime(2026, 1, 1, 8, 0))
    _damage(path)
    report = integrity.scheduled_full_check(path)
    assert not report.ok
    assert "rusak" in report.problems[0]
    assert integrity.last_full_check(path) == dt.datetime(2026, 1, 1, 8, 0)
    assert integrity.full_check_due(path)


# ---------------------------------------------------------------- the full check before a backup

def _break_an_index(path: Path) -> None:
    """Damage only what PRAGMA quick_check does not look at: an index that no longer matches
    its table (integrity_check reports "row N missing from index")."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_eval_items_indicator_id "
                     "ON eval_items (text)' WHERE name = 'ix_eval_items_indicator_id'")
        conn.commit()
    finally:
        conn.close()


def test_a_backup_runs_the_full_check_and_refuses_books_only_it_finds_damaged(tmp_path, empty_books):
    import datetime as dt

    from kamura_desktop.domain.errors import UserError
    from kamura_desktop.services import backup, integrity
    from kamura_desktop.services.actor import Actor

    path = tmp_path / "kamura.sqlite"
    closed_file(empty_books, path)
    _break_an_index(path)
    database.record_clean_close(path)  # damage the clean-close record cannot see
    database.record_full_check(path, dt.datetime(2026, 1, 1, 8, 0))
    db = open_books(path)
    try:
        assert db.opening_check == "quick"  # the quick check lets it open ...
        target = tmp_path / "cadangan.sqlite"
        with pytest.raises(UserError) as err:
            backup.backup_database(db, actor=Actor.system(), to=target)
        assert err.value.code == "damaged"
        assert "Cadangan tidak dibuat" in err.value.message
        assert "missing from index" in err.value.message
        assert not target.exists()  # ... but no damaged backup is kept
        assert integrity.last_full_check(path) == dt.datetime(2026, 1, 1, 8, 0)
    finally:
        db.close()


def test_a_backup_of_healthy_books_counts_as_their_full_check(tmp_path, empty_books):
    import datetime as dt

    from kamura_desktop.services import backup, integrity
    from kamura_desktop.services.actor import Actor

    path = tmp_path / "kamura.sqlite"
    closed_file(empty_books, path)
    database.record_full_check(path, dt.datetime(2026, 1, 1, 8, 0))
    db = open_books(path)
    try:
        assert integrity.full_check_due(path)
        backup.backup_database(db, actor=Actor.system(), to=tmp_path / "cadangan.sqlite")
        assert (tmp_path / "cadangan.sqlite").stat().st_size > 0
        assert not integrity.full_check_due(path)
    finally:
        db.close()
