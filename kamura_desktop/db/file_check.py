"""The database file's own checks and records, with the standard library only (no
SQLAlchemy): whether a file is SQLite, ``PRAGMA quick_check`` / ``integrity_check``, the
clean-close record beside the file, the private folders and files of the data folder, and
:class:`OpeningCheck` — the check at open started on its own thread as the very first thing
the desktop program does (``app.main``), so that SQLite reads the file while Python imports
Qt and the pages (sqlite3 lets go of the interpreter lock while it reads). ``open_database``
(:mod:`.database`, which re-exports all of this) waits for that verdict before it makes an
engine: a damaged file is still refused before anything is written.
"""

from __future__ import annotations

import ast
import contextlib
import ctypes
import datetime as dt
import functools
import os
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

#: the Alembic scripts (``versions/``) of this program's schema
MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# ---------------------------------------------------------------- clean close record
#
# Beside ``kamura.sqlite`` this program writes ``kamura.sqlite.clean`` when it closes the
# file cleanly: the file's size and modification time at that moment. The next open takes
# the record away before it uses the file, and trusts it (runs only PRAGMA quick_check)
# when the file still has exactly that size and time and no log with anything in it beside it. A crash or a
# power cut leaves no record; a restore, a copy, another program's write or a damaged
# sector written by anything changes size or time: all of those get the full check.


def clean_marker(path: Path) -> Path:
    return path.with_name(path.name + ".clean")


def _file_stamp(path: Path) -> str:
    st = path.stat()
    return f"kamura-clean-close v1 {st.st_size} {st.st_mtime_ns}"


def record_clean_close(path: Path) -> None:
    """Write the clean-close record when the file is at rest (no ``-wal`` left: no other
    connection, here or in another program, still has it open)."""
    try:
        if not path.is_file() or Path(f"{path}-wal").exists() or Path(f"{path}-journal").exists():
            return
        marker = clean_marker(path)
        tmp = marker.with_name(f"{marker.name}.{os.getpid()}.part")
        tmp.write_text(_file_stamp(path), encoding="ascii")
        tmp.replace(marker)
    except OSError:
        pass  # no record only means a full check next time


def was_closed_cleanly(path: Path) -> bool:
    """Whether this program closed ``path`` cleanly and nothing has changed it since."""
    try:
        recorded = clean_marker(path).read_text(encoding="ascii")
        return (not _log_holds_frames(Path(f"{path}-wal"))
                and not Path(f"{path}-journal").exists()
                and recorded == _file_stamp(path))
    except OSError:
        return False


def _log_holds_frames(wal: Path) -> bool:
    """An empty ``-wal`` is what a read-only look at the file leaves (``kamura check`` run on
    its own, a SQLite tool opening it read-only: such a connection may not remove the log).
    It holds nothing that is not in the file, and the file's own size and time still say
    whether anything changed it; a log with frames in it means a write not folded in."""
    try:
        return wal.stat().st_size > 0
    except FileNotFoundError:
        return False


def full_check_record(path: Path) -> Path:
    """``kamura.sqlite.checked``: when the full integrity check last passed on the file."""
    return path.with_name(path.name + ".checked")


def record_full_check(path: Path, when: dt.datetime | None = None) -> None:
    try:
        record = full_check_record(path)
        tmp = record.with_name(f"{record.name}.{os.getpid()}.part")
        tmp.write_text((when or dt.datetime.now()).isoformat(timespec="seconds"), encoding="ascii")
        tmp.replace(record)
    except OSError:
        pass  # no record only means the check is due again


def last_full_check(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(full_check_record(path).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def take_clean_close_record(path: Path) -> bool:
    """Consume the record at open (a crash from here on leaves none): whether it held."""
    clean = was_closed_cleanly(path)
    with contextlib.suppress(OSError):
        clean_marker(path).unlink(missing_ok=True)
    return clean


# ------------------------------------------------------------------ the schema this program knows

@functools.cache
def _revision_graph(folder: Path) -> dict[str, tuple[str, ...]]:
    """Each migration's revision and the revisions it follows, read from the version files'
    own ``revision = …`` and ``down_revision = …`` lines without importing Alembic or running
    the files (Alembic's ScriptDirectory takes a third of a second for what this reads in
    milliseconds). tests/services/test_revision_graph.py holds it to Alembic's reading."""
    graph: dict[str, tuple[str, ...]] = {}
    for script in sorted((folder / "versions").glob("*.py")):
        values = {}
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            target = (node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1
                      else node.target if isinstance(node, ast.AnnAssign) else None)
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                values[target.id] = ast.literal_eval(node.value)
        if "revision" not in values:
            continue
        down = values.get("down_revision")
        graph[values["revision"]] = (() if down is None else (down,) if isinstance(down, str)
                                     else tuple(down))
    return graph


def graph_heads(graph: dict[str, tuple[str, ...]]) -> set[str]:
    """The revisions no other revision follows (the schema's head)."""
    followed = {down for downs in graph.values() for down in downs}
    return set(graph) - followed


def is_network_path(path: Path | str) -> bool:
    """A UNC path (``\\\\server\\share``) or a mapped network drive (Windows)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if os.name == "nt" and len(text) > 1 and text[1] == ":":
        drive_remote = 4
        return ctypes.windll.kernel32.GetDriveTypeW(f"{text[:2]}\\") == drive_remote
    return False


# ------------------------------------------------------------------ files readable by the user
# Backups and work copies hold every member's NIK (personal data, UU 27/2022): on POSIX the
# program's folders are 0700 and its database files 0600. On Windows the per-user
# %APPDATA% folder already carries an ACL for that user alone; chmod there only sets the
# read-only flag, so nothing is changed.

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private_dir(path: Path, *, tighten_existing: bool = True) -> Path:
    """Create ``path`` (and missing parents) readable by the user only; an existing folder is
    made private too unless ``tighten_existing`` is off (a folder the user chose)."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        _chmod(folder, PRIVATE_DIR_MODE)
    if not missing and tighten_existing:
        _chmod(path, PRIVATE_DIR_MODE)
    return path


def create_private_file(path: Path) -> None:
    """Create an empty file readable by the user only; FileExistsError when it exists (so a
    name can be reserved: two backups never end up under one name)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0),
                 PRIVATE_FILE_MODE)
    os.close(fd)
    _chmod(path, PRIVATE_FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, mode)


def is_sqlite_file(path: Path) -> bool:
    """Whether ``path`` is a SQLite file (healthy or not), asked of SQLite itself.

    Never with ``open()``: on POSIX closing *any* handle of a database file drops every lock
    this process holds on it, and this process's own SQLite connections then read a WAL that
    another program's closing connection has checkpointed and deleted under them ("database
    disk image is malformed" on a healthy file, and worse on the next write). SQLite keeps
    its own handles open while it holds locks, so a check through SQLite is safe."""
    try:
        if Path(path).stat().st_size == 0:
            return False
    except OSError:
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return True
    except sqlite3.DatabaseError as exc:
        return getattr(exc, "sqlite_errorcode", None) != SQLITE_NOTADB
    finally:
        conn.close()


SQLITE_NOTADB = getattr(sqlite3, "SQLITE_NOTADB", 26)


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """Run PRAGMA integrity_check (or, ``quick``, PRAGMA quick_check: every page, record
    and constraint, but not whether each index matches its table — O(N) instead of
    O(N log N)) on a file; return the problems (empty when healthy)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    problems = [r[0] for r in rows]
    return [] if problems == ["ok"] else problems


def _table_names(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


@dataclass
class FileLook:
    """What the check at open learns of a file: whether it is SQLite, what ``quick_check`` /
    ``integrity_check`` found, its tables and (a Kamura file's) schema revisions."""

    is_sqlite: bool
    problems: list[str] = field(default_factory=list)
    tables: set[str] = field(default_factory=set)
    #: the revisions in ``alembic_version`` (None: not read — no such table, or a problem)
    revisions: set[str] | None = None


def look_at_file(path: Path, *, quick: bool = False) -> FileLook:
    """:func:`is_sqlite_file`, :func:`integrity_problems` and the table names (and, for a
    Kamura file, its schema revisions) on one read-only connection instead of three, each of
    which opened the file and read its WAL index again (every open of the books: issue 20).
    A file whose first read fails other than as "not a database" is looked at the old way,
    one question per connection, so each answer stays what it was."""
    try:
        if Path(path).stat().st_size == 0:
            return FileLook(is_sqlite=False)
    except OSError:
        return FileLook(is_sqlite=False)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error:
        return FileLook(is_sqlite=False)
    try:
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", None) == SQLITE_NOTADB:
                return FileLook(is_sqlite=False)
            return _look_the_old_way(path, quick=quick)
        try:
            rows = conn.execute("PRAGMA quick_check" if quick
                                else "PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:
            return FileLook(is_sqlite=True, problems=[str(exc)])
        problems = [r[0] for r in rows]
        if problems != ["ok"]:
            return FileLook(is_sqlite=True, problems=problems)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revisions = None
        if "alembic_version" in tables:
            revisions = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
        return FileLook(is_sqlite=True, tables=tables, revisions=revisions)
    finally:
        conn.close()


def _look_the_old_way(path: Path, *, quick: bool) -> FileLook:
    is_sqlite = is_sqlite_file(path)
    problems = integrity_problems(path, quick=quick) if is_sqlite else []
    tables = set() if problems or not is_sqlite else _table_names(path)
    return FileLook(is_sqlite=is_sqlite, problems=problems, tables=tables)


# ---------------------------------------------------------------- the check at open, early

def existing_file(path: Path | str) -> Path | None:
    """``path`` made absolute when it names an existing, non-empty file; None otherwise (a
    new file, a folder, an empty file, a drive that cannot be read)."""
    path = Path(path).expanduser().absolute()
    try:
        return path if path.is_file() and path.stat().st_size > 0 else None
    except OSError:
        return None


class OpeningCheck:
    """The check of an existing file at open — ``PRAGMA quick_check`` after a clean close
    recorded by this program (:func:`take_clean_close_record`, taken at :meth:`start` as the
    open would take it), the full ``integrity_check`` otherwise — run on a thread of its own.
    It only reads the file. ``open_database`` takes the check started for its file
    (:func:`take_started_check`) and waits for its verdict instead of checking again. A start
    that ends up not opening the file (the office server was chosen, the clerk cancelled)
    has used up the clean-close record: the next open runs the full check, never less."""

    def __init__(self, path: Path, quick: bool):
        self.path = path
        self.kind = "quick" if quick else "full"
        self._done = threading.Event()
        self.is_sqlite = False
        self.problems: list[str] = []
        self.tables: set[str] = set()
        self.look: FileLook | None = None
        self.error: BaseException | None = None

    @classmethod
    def start(cls, path: Path | str) -> OpeningCheck | None:
        """Start the check of ``path`` when it is an existing, non-empty file (None
        otherwise: a new file has nothing to check)."""
        path = existing_file(path)
        if path is None:
            return None
        # the record is taken now, as the open would take it, before any connection (even
        # this check's read-only one) leaves a log beside the file
        check = cls(path, quick=take_clean_close_record(path))
        with _started_lock:
            _started[path] = check
        threading.Thread(target=check._run, name="kamura-pemeriksaan-berkas", daemon=True).start()
        return check

    def _run(self) -> None:
        try:
            self.look = look_at_file(self.path, quick=self.kind == "quick")
            self.is_sqlite, self.problems, self.tables = (
                self.look.is_sqlite, self.look.problems, self.look.tables)
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting open
            self.error = exc
        finally:
            self._done.set()

    def wait(self) -> OpeningCheck:
        """Wait for the verdict (re-raising what the check itself failed with)."""
        self._done.wait()
        if self.error is not None:
            raise self.error
        return self


_started: dict[Path, OpeningCheck] = {}
_started_lock = threading.Lock()


def take_started_check(path: Path) -> OpeningCheck | None:
    """The check :meth:`OpeningCheck.start` started for ``path`` (once: taken away)."""
    with _started_lock:
        return _started.pop(Path(path).expanduser().absolute(), None)
