"""Restore drills (issue 21 items 2–5, issue 22 item 3): a restore while other programs
write, two restores within one second, a restore over a damaged file, a backup whose ledger
was edited, and a restore killed half-way — on real files with real processes."""

import datetime as dt
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

import pytest

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import backup, integrity, ledger, locations
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.ledger import Line
from kamura_desktop.services.setup import open_books
from tests import helpers_rawsql as rawsql
from tests.helpers_files import copy_books, shared_build

#: the drills restore SQLite files (the file replaced, its work copy, the check of a .sqlite
#: backup before it replaces anything); the tests below with the `books` fixture or tmp_path
#: make their own files. Issue 16: the check of the whole books also runs on the server.
SQLITE_RESTORE = pytest.mark.sqlite_only(
    reason="restores a .sqlite backup (the demo file itself is the backup: its check before "
           "it replaces anything, its work copy in the data folder); a server is restored "
           "from pg_dump files with pg_restore (tests/cli/test_cli_server_backup.py, "
           "tests/services/test_backup_access.py)")

ADMIN = Actor(None, "admin", "Admin Uji", "admin")
SYSTEM = Actor.system()

# Posts balanced entries forever, printing "<description> <entry number>" after each commit.
WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from kamura_desktop.services import ledger
    from kamura_desktop.services.actor import Actor
    from kamura_desktop.services.ledger import Line
    from kamura_desktop.services.setup import open_books

    path, tag = sys.argv[1], sys.argv[2]
    db = open_books(path)
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        with db.write() as s:
            number = ledger.post_entry(
                s, Actor.system(), on_date=dt.date(2024, 3, 28), description=f"{tag} {i}",
                lines=[Line("1101", debit=1_000 + i), Line("4101", credit=1_000 + i)]).number
        print(f"{tag} {i} {number}", flush=True)
""")


def post(db, description: str, amount: int = 10_000) -> None:
    with db.write() as s:
        ledger.post_entry(s, SYSTEM, on_date=dt.date(2024, 3, 28), description=description,
                          lines=[Line("1101", debit=amount), Line("4101", credit=amount)])


def entries(path: Path) -> dict[str, str]:
    """description -> entry number, read without the app."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT description, number FROM journal_entries"))
    finally:
        conn.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_until(proc: subprocess.Popen, lines: list[str], count: int) -> None:
    while len(lines) < count:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        lines.append(line.split())


#: the backup the books' build writes beside them (tests/helpers_files.shared_build's sidecar)
BACKUP_SIDECAR = ".backup.sqlite"


def _build_books(path: Path) -> None:
    db = open_books(path)
    post(db, "awal satu")
    post(db, "awal dua")
    backup.backup_database(db, actor=SYSTEM, to=Path(f"{path}{BACKUP_SIDECAR}"))
    db.close()


@pytest.fixture
def books(tmp_path, tmp_path_factory) -> Path:
    """A closed file with two entries and a backup of it (``backup.sqlite`` beside it): built
    once per run (:func:`_build_books`), each test given its own copies of both."""
    cached = shared_build(tmp_path_factory, "restore-drills-books.sqlite", _build_books,
                          sidecar=BACKUP_SIDECAR)
    shutil.copyfile(f"{cached}{BACKUP_SIDECAR}", tmp_path / "backup.sqlite")
    return copy_books(cached, tmp_path / "kamura.sqlite")


# ---------------------------------------------------------------- 21.2 restore during writes

@pytest.mark.slow
def test_restore_while_two_programs_write_loses_no_write_and_reuses_no_number(books, tmp_path):
    source = tmp_path / "backup.sqlite"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(books), tag],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for tag in ("aplikasi", "cli")]
    printed: list[list[list[str]]] = [[], []]
    safeties = []
    try:
        for p in procs:
            assert p.stdout.readline().strip() == "ready", p.stderr.read()
        for round_no in range(3):  # three restores, each in the middle of both writers' work
            for p, lines in zip(procs, printed, strict=True):
                read_until(p, lines, 25 * (round_no + 1))
            outcome = backup.restore_database(books, source=source, actor=ADMIN,
                                              backup_dir=tmp_path / "pengaman")
            safeties.append(outcome.value.path)
        for p, lines in zip(procs, printed, strict=True):
            read_until(p, lines, 100)  # they go on writing after the last restore
    finally:
        for p in procs:
            p.send_signal(signal.SIGKILL)
    for p, lines in zip(procs, printed, strict=True):
        # the rest through the same text reader readline() used: communicate() would read the
        # pipe underneath it and miss what the reader had already buffered (half a line too)
        p.wait(timeout=30)
        out, err = p.stdout.read(), p.stderr.read()
        lines.extend(x.split() for x in out.splitlines())
        assert "Traceback" not in err and "locked" not in err, err

    assert len(set(safeties)) == 3
    final = entries(books)
    kept = [entries(s) for s in safeties]
    committed = {f"{tag} {i}": number for lines in printed for tag, i, number in lines}
    # every committed write is in a safety copy or in the restored books, under its number
    lost = {d for d in committed if not any(d in k for k in [*kept, final])}
    assert lost == set()
    for description, number in committed.items():
        assert number in {k.get(description) for k in [*kept, final]} - {None}
    # a number handed out before a restore is never handed out again after it
    numbers_seen: dict[str, str] = {}
    for book in [*kept, final]:
        for description, number in book.items():
            if description.startswith("awal"):
                continue
            assert numbers_seen.setdefault(number, description) == description, number
    # the books are healthy, the restore's audit rows are there
    for path in [*safeties, books]:
        assert integrity.check_database(path).ok, path
    conn = sqlite3.connect(f"file:{books}?mode=ro", uri=True)
    try:
        restores = conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'backup.restore'"
                                " AND username = 'admin'").fetchone()[0]
    finally:
        conn.close()
    assert restores == 1  # the last restore's row; the earlier ones are in the safety copies


def test_other_programs_wait_for_the_restore_then_see_the_restored_books(books, tmp_path,
                                                                          monkeypatch):
    """While the restore holds the file, a write from another program waits (saying
    "Menunggu…") and then lands in the restored books."""
    db = open_books(books)
    post(db, "sesudah cadangan")
    db.close()
    # (the writer says it waits after 0,2 s instead of the program's 1 s: the same path, the
    # restore holds the file until it has said so)
    writer = textwrap.dedent("""
        import datetime as dt, sys
        from kamura_desktop.db import engine
        engine.WAIT_NOTICE_MS = 200
        from kamura_desktop.services import ledger
        from kamura_desktop.services.actor import Actor
        from kamura_desktop.services.ledger import Line
        from kamura_desktop.services.setup import open_books
        db = open_books(sys.argv[1])
        print("ready", flush=True)
        sys.stdin.readline()
        with db.write() as s:
            ledger.post_entry(s, Actor.system(), on_date=dt.date(2024, 3, 28),
                              description="menunggu pemulihan",
                              lines=[Line("1101", debit=500), Line("4101", credit=500)])
        print("committed", flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", writer, str(books)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    real = backup._replace_contents
    # the writer's stderr read as it comes: the restore holds the file until the writer says
    # it waits (an event, not a fixed pause)
    err_lines: list[str] = []
    said_waiting = threading.Event()

    def read_err() -> None:
        for line in proc.stderr:
            err_lines.append(line)
            if "Menunggu" in line:
                said_waiting.set()

    reader = threading.Thread(target=read_err, daemon=True)
    reader.start()

    def slow_replace(lock):  # the other program asks to write while the restore holds the file
        proc.stdin.write("go\n")
        proc.stdin.flush()
        said_waiting.wait(60)
        real(lock)

    monkeypatch.setattr(backup, "_replace_contents", slow_replace)
    safety = backup.restore_database(books, source=tmp_path / "backup.sqlite", actor=ADMIN,
                                     backup_dir=tmp_path / "pengaman").value.path
    proc.stdin.close()
    out = proc.stdout.read()
    proc.wait(timeout=60)
    reader.join(timeout=60)
    err = "".join(err_lines)
    assert out.strip().splitlines()[-1] == "committed", err
    assert "Menunggu database yang sedang dipakai program lain" in err
    assert set(entries(safety)) == {"awal satu", "awal dua", "sesudah cadangan"}
    assert set(entries(books)) == {"awal satu", "awal dua", "menunggu pemulihan"}


# ---------------------------------------------------------------- 21.3 names never collide

def test_two_restores_within_one_second_keep_both_safety_copies(books, tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "_stamp", lambda now=None: "20240328-100000")
    safety_dir = tmp_path / "pengaman"
    db = open_books(books)
    post(db, "versi pertama")
    db.close()
    first = backup.restore_database(books, source=tmp_path / "backup.sqlite", actor=ADMIN,
                                    backup_dir=safety_dir).value.path
    db = open_books(books)
    post(db, "versi kedua")
    db.close()
    second = backup.restore_database(books, source=tmp_path / "backup.sqlite", actor=ADMIN,
                                     backup_dir=safety_dir).value.path
    assert first != second
    assert first.name == "kamura-sebelum-pulih-20240328-100000.sqlite"
    assert second.name == "kamura-sebelum-pulih-20240328-100000-1.sqlite"
    assert "versi pertama" in entries(first)  # the first copy was not overwritten
    assert "versi kedua" in entries(second)


def test_backup_names_reserved_by_two_programs_in_one_second_never_collide(tmp_path,
                                                                           monkeypatch):
    monkeypatch.setattr(backup, "_stamp", lambda now=None: "20240328-100000")
    made = {backup.reserve_name(tmp_path, backup.AUTO_PREFIX) for _ in range(3)}
    assert sorted(p.name for p in made) == [
        "kamura-otomatis-20240328-100000-1.sqlite", "kamura-otomatis-20240328-100000-2.sqlite",
        "kamura-otomatis-20240328-100000.sqlite"]


# ---------------------------------------------------------------- 21.4 damaged current file

def test_restore_over_a_damaged_file_keeps_its_bytes_and_its_wal(books, tmp_path):
    data = bytearray(books.read_bytes())
    data[4096 * 2: 4096 * 3] = b"\xa5" * 4096
    books.write_bytes(bytes(data))
    wal = Path(str(books) + "-wal")
    wal.write_bytes(b"sisa jurnal yang mungkin berharga" * 10)
    damaged, wal_bytes = books.read_bytes(), wal.read_bytes()

    safety = backup.restore_database(books, source=tmp_path / "backup.sqlite", actor=ADMIN,
                                     backup_dir=tmp_path / "pengaman").value.path
    assert safety.name.endswith("-rusak.sqlite")
    assert safety.read_bytes() == damaged  # byte for byte, for a technician
    assert Path(str(safety) + "-wal").read_bytes() == wal_bytes
    assert set(entries(books)) == {"awal satu", "awal dua"}
    assert integrity.check_database(books).ok


# ---------------------------------------------------------------- 21.5 the whole check

def edit(path: Path | str, *sql: str) -> None:
    """Change the books the way a hostile database tool would, dropping (on the server:
    disabling) every guarding trigger first (tests/helpers_rawsql.py)."""
    rawsql.edit(path, *(f"DROP TRIGGER {name}" for name in rawsql.trigger_names(path)), *sql)


def test_restore_refuses_a_backup_whose_ledger_was_edited(books, tmp_path):
    source = tmp_path / "backup.sqlite"
    edit(source, "UPDATE journal_lines SET debit = debit + 1000000 WHERE id = "
                 "(SELECT MIN(id) FROM journal_lines WHERE debit > 0)")
    before = sha(books)
    with pytest.raises(UserError) as info:
        backup.restore_database(books, source=source, actor=ADMIN,
                                backup_dir=tmp_path / "pengaman")
    message = info.value.message
    assert "tidak dipulihkan" in message
    assert "Jurnal JU-2024-000001 tidak seimbang" in message and "1010000" in message
    assert sha(books) == before
    assert not (tmp_path / "pengaman").exists() or not any((tmp_path / "pengaman").iterdir())


def test_check_finds_savings_that_disagree_with_the_ledger(demo_copy, tmp_path):
    demo_copy = rawsql.location(demo_copy)
    assert integrity.check_database(demo_copy).ok  # the demo's savings = its ledger
    edit(demo_copy, "UPDATE savings_transactions SET amount = amount + 1000000 WHERE id = "
                    "(SELECT MIN(id) FROM savings_transactions WHERE kind = 'sukarela' "
                    "AND amount > 0)")
    report = integrity.check_database(demo_copy)
    assert not report.ok
    savings_problems = [p for p in report.problems if p.startswith("Simpanan sukarela")]
    assert len(savings_problems) == 1 and "selisih -Rp1.000.000" in savings_problems[0]
    # the edit went round the protective triggers: the tamper check names them too
    gone = "dimatikan" if rawsql.on_server(demo_copy) else "hilang"
    assert any(p.startswith("Pemicu pelindung") and gone in p for p in report.problems)


@SQLITE_RESTORE
def test_restore_refuses_a_backup_whose_savings_disagree_with_the_ledger(books, demo_copy,
                                                                         tmp_path):
    edit(demo_copy, "UPDATE savings_transactions SET amount = amount + 250000 WHERE id = "
                    "(SELECT MIN(id) FROM savings_transactions WHERE kind = 'wajib')")
    before = sha(books)
    with pytest.raises(UserError, match="Simpanan wajib"):
        backup.restore_database(books, source=demo_copy, actor=ADMIN,
                                backup_dir=tmp_path / "pengaman")
    assert sha(books) == before


# ---------------------------------------------------------------- 22.3 no copy left behind

KAMURA = [sys.executable, "-m", "kamura_desktop.cli.main"]


@pytest.mark.slow
@SQLITE_RESTORE
def test_a_killed_restore_leaves_no_copy_in_the_system_temp_folder(demo_copy, tmp_path):
    # a new PC: no current books, so the restore logs in as the backup's admin
    target = tmp_path / "kantor" / "kamura.sqlite"
    target.parent.mkdir()
    env = dict(os.environ, KAMURA_USER="admin", KAMURA_PASSWORD="admin123")
    system_tmp = Path(tempfile.gettempdir())
    before = set(system_tmp.glob("kamura-restore-*"))
    work = locations.work_dir_for(target)
    proc = subprocess.Popen([*KAMURA, "restore", "--db", str(target), "--from", str(demo_copy)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 60
    copies: list[Path] = []
    while time.monotonic() < deadline and not copies:
        copies = [p for p in work.glob("pulih-*/*.sqlite") if p.stat().st_size > 1_000_000]
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert copies, "the restore made no work copy in the data folder's work area"
    assert set(system_tmp.glob("kamura-restore-*")) == before  # nothing in the system temp
    left = copies[0].parent
    assert left.exists()
    if os.name == "posix":
        assert (work.stat().st_mode & 0o777) == 0o700
        assert (left.stat().st_mode & 0o777) == 0o700
    # the next start removes what the killed run left
    open_books(target).close()
    assert not left.exists()


def test_next_start_removes_only_what_dead_runs_left(tmp_path):
    books = tmp_path / "kamura.sqlite"
    work = locations.work_dir_for(books)
    dead = work / "pulih-999999999-dead0001"       # no such process
    running = work / f"demo-{os.getppid()}-live0001"  # a process that still runs
    own = work / f"pulih-{os.getpid()}-mine0001"
    stray = work / "catatan-lama.txt"
    for folder in (dead, running, own):
        folder.mkdir(parents=True)
        (folder / "periksa.sqlite").write_bytes(b"salinan buku")
    stray.write_text("lama")
    day_old = time.time() - locations.STALE_WORK_SECONDS - 60
    os.utime(stray, (day_old, day_old))
    open_books(books).close()
    assert not dead.exists() and not stray.exists()
    assert running.exists() and own.exists()
