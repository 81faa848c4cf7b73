"""Backups and restore, through SQLite's online backup API (safe while the file is in use).

- :func:`backup_database` writes a copy to a chosen file.
- :func:`auto_backup` writes ``kamura-otomatis-YYYYmmdd-HHMMSS.sqlite`` beside the database
  (on closing the app; before migrating the database code makes its own copy) and keeps
  the newest N (setting ``backup.keep``, default 30).
- :func:`restore_database` checks that the source is a Kamura database this program can
  open, backs up the current file, then copies the source *into* the current file with the
  backup API, so that SQLite's own locking protects other connections.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kamura_desktop.db.database import (
    Database,
    DatabaseError,
    check_kamura_file,
    open_database,
    sqlite_backup,
)
from kamura_desktop.domain.errors import UserError

from . import audit, settings
from .actor import Actor
from .changes import EVERYTHING, Changes, Outcome
from .locations import backup_dir_for
from .permissions import require

AUTO_PREFIX = "kamura-otomatis-"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size_bytes: int
    at: dt.datetime


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")


def _copy_live(db: Database, target: Path) -> None:
    raw = db.engine.raw_connection()
    try:
        sqlite_backup(raw.driver_connection, target)
    finally:
        raw.close()


def backup_database(db: Database, *, actor: Actor, to: Path | str) -> Outcome[BackupInfo]:
    require(actor, "backup.create")
    target = Path(to).expanduser().absolute()
    if target == db.path:
        raise UserError("Cadangan tidak boleh menimpa database yang sedang dipakai.", field="to")
    try:
        _copy_live(db, target)
    except OSError as exc:
        raise UserError(f"Cadangan tidak dapat ditulis ke {target}: {exc.strerror or exc}.",
                        field="to") from exc
    except sqlite3.Error as exc:
        raise UserError(f"Cadangan gagal: {exc}.", field="to") from exc
    now = dt.datetime.now().replace(microsecond=0)
    with db.write() as s:
        settings.set_value(s, "backup.last_at", now.isoformat())
        audit.record(s, actor, action="backup.create", entity="database", summary=str(target))
    return Outcome(BackupInfo(target, target.stat().st_size, now), Changes(settings=True))


def auto_backup(db: Database, *, actor: Actor, backup_dir: Path | None = None) -> Outcome[BackupInfo]:
    folder = backup_dir or backup_dir_for(db.path)
    stamp = _stamp()
    target = folder / f"{AUTO_PREFIX}{stamp}.sqlite"
    # several backups within one second get -1, -2, ...: always above any already there, so
    # that a name freed by pruning is never reused for a newer copy
    same_second = [n for s, n in map(_auto_key, list_backups(folder)) if s == stamp]
    if same_second:
        target = folder / f"{AUTO_PREFIX}{stamp}-{max(same_second) + 1}.sqlite"
    outcome = backup_database(db, actor=actor, to=target)
    prune_backups(folder, keep=settings.get_setting(db, "backup.keep"))
    return outcome


def _auto_key(path: Path) -> tuple[str, int]:
    """(time stamp, n) of ``kamura-otomatis-YYYYmmdd-HHMMSS[-n].sqlite``: sorting by name
    alone would put ``…-HHMMSS.sqlite`` after ``…-HHMMSS-1.sqlite`` and ``-10`` before ``-9``."""
    parts = path.stem[len(AUTO_PREFIX):].split("-")
    n = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 0
    return "-".join(parts[:2]), n


def list_backups(folder: Path) -> list[Path]:
    """Automatic backups in a folder, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite"), key=_auto_key, reverse=True)


def prune_backups(folder: Path, *, keep: int) -> list[Path]:
    removed = []
    for old in list_backups(folder)[keep:]:
        old.unlink(missing_ok=True)
        removed.append(old)
    return removed


def last_backup_at(db: Database) -> dt.datetime | None:
    value = settings.get_setting(db, "backup.last_at")
    return dt.datetime.fromisoformat(value) if value else None


def validate_backup_file(source: Path) -> None:
    """Raise DatabaseError unless ``source`` is a Kamura database this program can open.

    The check runs on a temporary copy so that the source file is never modified (an older
    backup is migrated on the copy, not on the original)."""
    if not source.is_file():
        raise UserError(f"Berkas {source} tidak ditemukan.", field="source")
    check_kamura_file(source)
    with tempfile.TemporaryDirectory(prefix="kamura-restore-") as tmp:
        probe = Path(tmp) / "probe.sqlite"
        shutil.copyfile(source, probe)
        db = open_database(probe, create=False, backup_dir=Path(tmp) / "b")
        db.close()


def restore_database(
    target: Path | str, *, source: Path | str, actor: Actor, backup_dir: Path | None = None
) -> Outcome[BackupInfo | None]:
    """Replace the database at ``target`` with the backup ``source``.

    The caller closes its own connections to ``target`` first (the app does). Returns the
    safety copy of the replaced database (None when there was none to keep).
    """
    require(actor, "backup.restore")
    target = Path(target).expanduser().absolute()
    source = Path(source).expanduser().absolute()
    if source == target:
        raise UserError("Berkas cadangan sama dengan database yang sedang dipakai.", field="source")
    validate_backup_file(source)

    safety: BackupInfo | None = None
    folder = backup_dir or backup_dir_for(target)
    if target.exists() and target.stat().st_size > 0:
        keep = folder / f"kamura-sebelum-pulih-{_stamp()}.sqlite"
        try:
            sqlite_backup(target, keep)
            safety = BackupInfo(keep, keep.stat().st_size, dt.datetime.now().replace(microsecond=0))
        except sqlite3.DatabaseError:
            # a damaged current file cannot go through the backup API: keep its bytes
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(target, keep)
            safety = BackupInfo(keep, keep.stat().st_size, dt.datetime.now().replace(microsecond=0))
            target.unlink()
            for suffix in ("-wal", "-shm"):
                Path(str(target) + suffix).unlink(missing_ok=True)

    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target), timeout=30)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"Pemulihan gagal: {exc}. Database lama tersimpan di {safety.path if safety else '-'}.") from exc
    finally:
        src.close()

    db = open_database(target, backup_dir=folder)  # migrates an older backup
    try:
        with db.write() as s:
            # the restored file may not hold this user's row: record the name only
            who = Actor(None, actor.username, actor.full_name, actor.role)
            audit.record(s, who, action="backup.restore", entity="database",
                         summary=f"dipulihkan dari {source}; salinan lama: {safety.path if safety else '-'}")
    finally:
        db.close()
    return Outcome(safety, EVERYTHING)
