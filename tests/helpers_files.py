"""Heavy test files built once and copied per test (issue 20: the suite on two cores).

* :func:`shared_build` — a file (with its seal key) built once per test run and shared by the
  pytest-xdist workers: the first worker builds it under a file lock in the run's common
  temp folder, the others wait and copy it. The cache is keyed by the sources that build it
  (the whole ``kamura_desktop`` package, its resources and migrations) and today's date (the
  demo dates its books from today), so a changed builder never hands out an old file.
* :func:`copy_books` — a private copy of such a file, with its tamper-seal key put where this
  process keeps keys (each worker has a data folder of its own: without the key the file
  would be resealed at open, as a backup restored on a new PC is).

Both are used by the fixtures of tests/conftest.py (``db``, ``demo_template``); the files
they hand out are exactly what the builder wrote.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import kamura_desktop
from kamura_desktop.services import tamper

PACKAGE = Path(kamura_desktop.__file__).resolve().parent


@cache
def code_key() -> str:
    """A digest of every file of the program (sources, migrations, resources) and today's
    date: what a cached file was built from."""
    digest = hashlib.sha256(dt.date.today().isoformat().encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".pyc", ".qm"}:
            digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def file_id(path: Path) -> str | None:
    """The tamper-seal id of a Kamura file (None before it was sealed)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT digest FROM tamper_seals WHERE name = 'file'").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


@contextlib.contextmanager
def locked(lock: Path) -> Iterator[None]:
    """An exclusive lock between the workers of a run (released if a worker dies)."""
    try:
        import fcntl
    except ImportError:  # Windows: no cross-process lock here; every worker builds its own
        yield
        return
    with open(lock, "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def run_cache_dir(tmp_path_factory) -> Path:
    """The temp folder every xdist worker of this run shares (without xdist: the session's)."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = shared / "kamura-cache"
    folder.mkdir(exist_ok=True)
    return folder


def shared_build(tmp_path_factory, name: str, build: Callable[[Path], None], *,
                 sidecar: str | None = None) -> Path:
    """The cached file ``name`` (built by ``build(path)`` into a new path when missing), with
    its seal key kept beside it as ``name.key`` (and the file ``path + sidecar`` the build
    wrote beside it, if asked). Returns the cached file: copy it before use."""
    folder = run_cache_dir(tmp_path_factory) / code_key()
    folder.mkdir(exist_ok=True)
    path = folder / name
    with locked(folder / f"{name}.lock"):
        if not path.is_file():
            work = folder / f"{name}.{os.getpid()}-{time.monotonic_ns()}.build"
            work.mkdir()
            built = work / name
            build(built)
            seal = file_id(built)
            if seal is not None:
                shutil.copyfile(tamper.key_path(seal), folder / f"{name}.key")
            if sidecar is not None:  # before the file: a file found means both are there
                os.replace(work / f"{name}{sidecar}", folder / f"{name}{sidecar}")
            os.replace(built, path)
            shutil.rmtree(work, ignore_errors=True)
    return path


#: cached file -> its seal id (the run's cached files are never written again: read once per
#: process, not at every copy)
_SEALS: dict[Path, str | None] = {}


def install_key(cached: Path) -> None:
    """Put the seal key of a cached file where this process looks for keys (if not there)."""
    key = cached.with_name(cached.name + ".key")
    if cached not in _SEALS:
        _SEALS[cached] = file_id(cached)
    seal = _SEALS[cached]
    if seal is None or not key.is_file():
        return
    target = tamper.key_path(seal)
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(target.parent, 0o700)
        part = target.with_name(target.name + f".{os.getpid()}.part")
        shutil.copyfile(key, part)
        os.chmod(part, 0o600)
        os.replace(part, target)


def copy_books(cached: Path, target: Path) -> Path:
    """A private copy of a cached file at ``target`` (closed), its key installed."""
    install_key(cached)
    shutil.copyfile(cached, target)
    return target


def copy_closed_books(cached: Path, target: Path) -> Path:
    """:func:`copy_books`, with the records this program leaves beside a file it closed
    cleanly and checked in full (the copy is the closed file's bytes): its open runs the
    quick check, as the next open of that file would."""
    from kamura_desktop.db import database

    copy_books(cached, target)
    database.record_clean_close(target)
    database.record_full_check(target)
    return target


def file_at_revision(path: Path, revision: str) -> Path:
    """A new SQLite file at ``path`` migrated only up to ``revision`` (an office's file from
    before a later migration), for the tests of what that migration does to rows already
    there."""
    from alembic import command

    from kamura_desktop.db import database
    from kamura_desktop.db.engine import make_engine

    engine = make_engine(path)
    cfg = database.alembic_config()
    try:
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.commit()
    finally:
        engine.dispose()
    return path
