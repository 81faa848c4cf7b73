"""Where the data lives: the per-user data folder (``%APPDATA%\\Kamura`` on Windows,
``~/.local/share/Kamura`` on Linux), the default database file, the backup folder and the
work area for temporary copies of the books.

``KAMURA_DATA_DIR`` overrides the folder (tests, portable installs).

Every folder the program makes here is readable by the user only (0700 on POSIX; on Windows
the per-user ``%APPDATA%`` already carries an ACL for that user alone, and the program adds
nothing).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
import uuid
from pathlib import Path

import platformdirs

from kamura_desktop.db.file_check import make_private_dir

DB_FILENAME = "kamura.sqlite"
#: the office server this PC connects to, when one was chosen (``connection.saved_location``)
SAVED_SERVER_FILENAME = "server-kantor.txt"
BACKUP_DIRNAME = "cadangan"
#: work files (a restore's checked copy, the demo being built): never in the system temp
#: folder, where a killed run would leave every NIK readable to other users
WORK_DIRNAME = "tmp"
#: a work folder left by a run that died is removed at the next start once it is this old
#: (or at once on POSIX when the process that made it is gone)
STALE_WORK_SECONDS = 24 * 3600


def data_dir() -> Path:
    override = os.environ.get("KAMURA_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("Kamura", appauthor=False, roaming=True))


@contextlib.contextmanager
def own_data_dir(folder: Path):
    """Run a block with ``folder`` as the data folder (``KAMURA_DATA_DIR``), then put the
    previous one back: the self-checks' temporary books keep their seal key (``kunci/``) and
    whatever else the program writes to its data folder inside the check's own temporary
    folder, never in the office's real data folder (issue 20: every self-check of an
    installed program used to leave two key files of deleted books there)."""
    saved = os.environ.get("KAMURA_DATA_DIR")
    os.environ["KAMURA_DATA_DIR"] = str(folder)
    try:
        yield Path(folder)
    finally:
        if saved is None:
            os.environ.pop("KAMURA_DATA_DIR", None)
        else:
            os.environ["KAMURA_DATA_DIR"] = saved


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def demo_db_path() -> Path:
    return data_dir() / "kamura-demo.sqlite"


def backup_dir_for(db_path: Path) -> Path:
    """Backups live in a folder beside the database file."""
    return Path(db_path).expanduser().absolute().parent / BACKUP_DIRNAME


def work_dir_for(db_path: Path) -> Path:
    """The work area of a database: ``tmp/`` beside it (the data folder's own temp area)."""
    return Path(db_path).expanduser().absolute().parent / WORK_DIRNAME


@contextlib.contextmanager
def work_folder(db_path: Path, purpose: str):
    """A private folder for one run's work files, ``tmp/<purpose>-<pid>-<random>``, removed
    when the block ends; one left by a killed run goes at the next start
    (:func:`clean_work_dir`)."""
    base = work_dir_for(db_path)
    make_private_dir(base)
    folder = base / f"{purpose}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    make_private_dir(folder)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _pid_alive(pid: int) -> bool | None:
    """Whether a process runs (POSIX); None where it cannot be told cheaply (Windows)."""
    if os.name != "posix":
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_work_dir(db_path: Path, *, now: float | None = None) -> list[Path]:
    """Remove what runs that died left in the work area of ``db_path``: a folder whose
    process is gone (POSIX) or that is older than a day. On Windows a folder still in use
    cannot be removed (its files are open) and is simply left for the next start."""
    base = work_dir_for(db_path)
    if not base.is_dir():
        return []
    now = time.time() if now is None else now
    removed = []
    for entry in base.iterdir():
        parts = entry.name.split("-")
        pid = int(parts[1]) if len(parts) >= 3 and parts[1].isdigit() else None
        if pid == os.getpid():
            continue
        alive = _pid_alive(pid) if pid is not None else None
        try:
            old = now - entry.lstat().st_mtime > STALE_WORK_SECONDS
        except OSError:
            continue
        if alive is False or old:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            if not entry.exists():
                removed.append(entry)
    return removed
