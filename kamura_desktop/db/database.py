"""Opening a Kamura database file: checks, backup before migrating, upgrade, refusal.

``open_database(path)`` is the only way the program opens a file. In order it:

1. creates the file (and its folder) when it does not exist and ``create`` is set;
2. refuses a file that is not SQLite, or a SQLite file that is not a Kamura database;
3. checks the file and refuses a damaged one: ``PRAGMA quick_check`` when this program
   closed it cleanly last time and nothing has touched it since (:func:`was_closed_cleanly`),
   the full ``PRAGMA integrity_check`` otherwise (a crash, a power cut, another program,
   a copied-in or restored file). ``kamura check``, every backup and the desktop's weekly
   background check always run the full one;
4. refuses a file whose schema is newer than this program knows (Anki's SCHEMA_MAX_VERSION);
5. copies an older file to a timestamped backup, then runs the Alembic upgrade.

Every refusal is a :class:`DatabaseError` (a ``UserError``) with an Indonesian message.

A PostgreSQL URL (``postgresql+psycopg://…``, see :mod:`.location`) opens the office server
instead: unreachable host, wrong password, a database of another program and a schema newer
than the program are refused the same way; an empty database is given the schema.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kamura_desktop.domain.errors import UserError

from . import location as loc
from .engine import WRITE_OPTION, make_engine, make_server_engine
from .file_check import (  # noqa: F401 - the file's own checks and records, re-exported
    MIGRATIONS_DIR,
    PRIVATE_DIR_MODE,
    PRIVATE_FILE_MODE,
    SQLITE_NOTADB,
    FileLook,
    OpeningCheck,
    _chmod,
    _file_stamp,
    _revision_graph,
    _table_names,
    clean_marker,
    create_private_file,
    full_check_record,
    graph_heads,
    integrity_problems,
    is_sqlite_file,
    last_full_check,
    look_at_file,
    make_private_dir,
    record_clean_close,
    record_full_check,
    take_clean_close_record,
    take_started_check,
    was_closed_cleanly,
)

if TYPE_CHECKING:
    from alembic.config import Config

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every Kamura database has; a SQLite file without them is someone else's file.
KAMURA_MARKER_TABLES = {"alembic_version", "settings", "journal_entries"}


class DatabaseError(UserError):
    """A database file that cannot be used as it is."""


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseDamaged(DatabaseError):
    pass


class NotAKamuraDatabase(DatabaseError):
    pass


class WriteConflict(DatabaseError):
    """The server aborted a write transaction only because of another session's timing (a
    serialization failure or a deadlock, SQLSTATE 40001/40P01): rolled back whole, and the
    same write may simply run again (:func:`with_write_retries`)."""

    def __init__(self, message: str, *, where: str = "server", field: str | None = None):
        super().__init__(message, field=field, code="server_busy")
        self.where = where


#: SQLSTATEs of a transaction aborted by the timing of others: serialization failure, deadlock
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})
#: how many times one write is tried in all before the clerk is told the server is busy
#: (``KAMURA_WRITE_ATTEMPTS`` overrides it, e.g. 1 to see the message in a drill)
WRITE_ATTEMPTS = 5
#: the pause before attempt n is about RETRY_PAUSE_S × 2**(n-2), with jitter so that two
#: conflicting PCs do not meet again at the same moment
RETRY_PAUSE_S = 0.05

_commits = threading.local()


def committed_writes() -> int:
    """How many write transactions this thread has committed (a retry is only safe while a
    call has committed none)."""
    return getattr(_commits, "n", 0)


def write_attempts() -> int:
    try:
        return max(1, int(os.environ.get("KAMURA_WRITE_ATTEMPTS", WRITE_ATTEMPTS)))
    except ValueError:
        return WRITE_ATTEMPTS


def busy_message(where: str, attempts: int) -> str:
    tried = f" (sudah dicoba {attempts} kali)" if attempts > 1 else ""
    return (f"Server sedang sibuk: penulisan ini bertabrakan dengan komputer lain di {where}"
            f"{tried}. Tidak ada yang tersimpan; tunggu sebentar lalu coba lagi.")


def with_write_retries(fn, /, *args, **kwargs):
    """Run one use case — ``fn(*args, **kwargs)``, a service call or a whole CLI command —
    and run it again when the server aborted its write transaction for a conflict
    (:class:`WriteConflict`), a bounded number of times (:func:`write_attempts`), with a
    short growing pause. The aborted transaction was rolled back whole, so running the call
    again is the same as running it the first time — but only while the call has committed
    nothing yet: after a commit of its own (an import committed in parts) it is never run
    again, the conflict is reported. When the attempts run out the clerk gets
    :func:`busy_message` and nothing of the write is saved. On SQLite (writers queue on
    ``BEGIN IMMEDIATE``) nothing ever conflicts, so this is only a call."""
    attempts = write_attempts()
    for attempt in range(1, attempts + 1):
        before = committed_writes()
        try:
            return fn(*args, **kwargs)
        except WriteConflict as exc:
            if committed_writes() != before:
                raise
            if attempt == attempts:
                raise WriteConflict(busy_message(exc.where, attempts), where=exc.where,
                                    field=exc.field) from exc
            time.sleep(RETRY_PAUSE_S * 2 ** (attempt - 1) * random.uniform(0.5, 1.5))
    raise AssertionError("unreachable")


def alembic_config() -> Config:
    # Alembic (with Mako) is imported only to migrate: opening a file that is up to date —
    # every start of the program — needs only the revision names below
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def known_heads() -> set[str]:
    return graph_heads(_revision_graph(MIGRATIONS_DIR))


def known_revisions() -> set[str]:
    return set(_revision_graph(MIGRATIONS_DIR))


@dataclass
class Database:
    """An open Kamura database: the engine plus session factories for reads and writes."""

    path: Path | None
    engine: Engine
    migrated_from: tuple[str, ...] = ()
    pre_migration_backup: Path | None = None
    #: the check run at open: "quick" (PRAGMA quick_check after a clean close), "full"
    #: (PRAGMA integrity_check) or "new" (a file created now)
    opening_check: str = "full"
    #: write the clean-close record at close (the office's books, opened by open_books;
    #: not a backup being looked at)
    records_clean_close: bool = False
    #: the server URL (password included) when the database is on PostgreSQL
    url: object = None

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def location(self) -> str:
        """What ``--db`` takes to open this database again (a path, or the URL without its
        password)."""
        if self.url is None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True).replace("***@", "@")

    @property
    def label(self) -> str:
        """Which database is open, as shown in the status bar and Settings."""
        return loc.describe(self.url) if self.url is not None else str(self.path)

    def __post_init__(self) -> None:
        #: names this program's own commits in the change notices of the server
        self.origin = uuid.uuid4().hex[:12]
        if self.url is not None:
            _track_written_tables(self.engine)
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            bind=self.engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session on one consistent snapshot."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE): committed whole or not at all.

        On the server a connection lost *during the COMMIT* leaves the client not knowing
        whether the server committed: the transaction's id, read just before the COMMIT
        (:func:`_notify_written`), is looked up on a new connection
        (:func:`resolve_lost_commit`) — committed: the write succeeded and the caller goes
        on as if nothing happened (the receipt is shown, nothing is posted twice); not
        committed: "Tidak ada yang tersimpan; coba lagi"; the server still unreachable:
        :class:`CommitOutcomeUnknown`, which tells the clerk what to check and not to
        simply post again."""
        stamp: CommitStamp | None = None
        try:
            with self._write() as session, session.begin():
                if self.url is not None:
                    session.connection().info.pop(WRITTEN_TABLES, None)
                yield session
                if self.url is not None:
                    stamp = _notify_written(session, self.origin)
        except DBAPIError as exc:  # OperationalError: deadlock, serialization failure too
            error = translate_operational_error(exc, self.path, self.url)
            lost = error.code == "server_gone" or getattr(exc, "connection_invalidated", False)
            if stamp is None or not lost:
                if isinstance(exc, OperationalError):
                    raise error from exc
                raise  # an integrity error and the like: the caller's as always
            # the connection was lost after the whole transaction had been sent: only the
            # COMMIT (or its answer) was lost — ask the server what became of it
            if not resolve_lost_commit(self, stamp):
                raise DatabaseError(lost_commit_message(self.label), code="server_gone") from exc
        _commits.n = committed_writes() + 1

    def change_listener(self) -> ChangeListener | None:
        """A listener for other PCs' commits on the server (None on a SQLite file)."""
        return ChangeListener(self.url, self.origin) if self.url is not None else None

    def schema_revisions(self) -> set[str]:
        """The revisions recorded in the file (Alembic's version table; empty for a new file)."""
        with self.engine.connect() as conn:
            return _revisions_on(conn, _table_names_on(conn))

    def close(self) -> None:
        """Close every pooled connection; when that was the last one (SQLite folded the log
        into the file and removed it) record the clean close for the next open."""
        self.engine.dispose()
        if self.records_clean_close:
            record_clean_close(self.path)


# ---------------------------------------------------------------- other PCs' changes
#
# On the server every write transaction ends, just before its commit, with
# ``pg_notify('kamura_changes', '<origin> <table>,<table>…')``: the tables its statements
# wrote. PostgreSQL delivers a notification only when the transaction commits (never for a
# rolled-back one), to every session that LISTENs, in commit order; the open views of the
# other PCs turn the tables into a ``Changes`` (services/changes.changes_for_tables) and
# refresh. Chosen over polling a change counter: no extra row every write must update (one
# more hot row locked by every writer), nothing to read while nothing changes, and the
# notice says *what* changed, so a clerk's deposit does not reload the evaluation pages.

CHANGES_CHANNEL = "kamura_changes"
WRITTEN_TABLES = "kamura_written_tables"
_WRITE_STATEMENT = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.I)


def _track_written_tables(engine: Engine) -> None:
    @event.listens_for(engine, "before_cursor_execute")
    def _written(conn, _cursor, statement, _params, _context, _many) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            match = _WRITE_STATEMENT.match(statement)
            if match:
                conn.info.setdefault(WRITTEN_TABLES, set()).add(match.group(1).lower())


def _notify_written(session: Session, origin: str) -> CommitStamp | None:
    """The last statement of a server write transaction: the notice of the tables it wrote
    and, in the same round trip, the transaction's id and its backend — what
    :func:`resolve_lost_commit` asks about when the COMMIT's answer never arrives. None when
    the transaction wrote nothing (no id was ever assigned: a lost COMMIT lost nothing)."""
    session.flush()  # every pending row is written (and its table seen) before the id is read
    tables = session.connection().info.pop(WRITTEN_TABLES, None)
    if tables:
        row = session.execute(text(
            "SELECT pg_notify(:channel, :payload), txid_current_if_assigned(), "
            "pg_backend_pid()"),
            {"channel": CHANGES_CHANNEL,
             "payload": f"{origin} {','.join(sorted(tables))}"}).one()
    else:
        row = session.execute(text(
            "SELECT NULL, txid_current_if_assigned(), pg_backend_pid()")).one()
    return None if row[1] is None else CommitStamp(xid=int(row[1]), backend_pid=int(row[2]))


# ---------------------------------------------------------------- a COMMIT whose answer is lost
#
# When the connection drops while the COMMIT is on its way (the server PC restarts, the
# network cable is pulled, the server kills the session), the client cannot know whether the
# server committed: saying "nothing was saved" could be false, and the clerk who then posts
# again posts the money twice. Every server write transaction therefore reads its own
# transaction id just before the COMMIT (one round trip it makes anyway: the change notice),
# and after a lost COMMIT the program connects again and asks PostgreSQL's own record of
# transaction outcomes (``txid_status``, made for exactly this case). A transaction still "in
# progress" there is one whose backend has not noticed the cut yet (it still holds the write
# lock, so every PC waits on it): after a short grace it is ended with
# ``pg_terminate_backend`` — allowed for the same database user — which decides it (aborted).
# Chosen over a token table written by every transaction: nothing added to every write, no
# table that grows, no migration; the outcome is the server's own.


@dataclass(frozen=True)
class CommitStamp:
    """What identifies one server write transaction after its connection is gone."""

    xid: int
    backend_pid: int


class CommitOutcomeUnknown(DatabaseError):
    """The COMMIT's answer was lost and the server could not be asked again: the write may
    or may not be saved."""


#: how long the program tries to reach the server again to learn a lost COMMIT's outcome
#: (``KAMURA_OUTCOME_WAIT_S`` overrides it)
OUTCOME_WAIT_S = 20.0
#: how long a transaction still "in progress" after its connection was lost is given to end
#: by itself before its backend is terminated
IN_PROGRESS_GRACE_S = 2.0


def outcome_wait_s() -> float:
    try:
        return max(0.0, float(os.environ.get("KAMURA_OUTCOME_WAIT_S", OUTCOME_WAIT_S)))
    except ValueError:
        return OUTCOME_WAIT_S


def lost_commit_message(where: str) -> str:
    return (f"Sambungan ke server database {where} terputus saat menyimpan. Program sudah "
            "menyambung lagi dan memeriksa: pekerjaan ini TIDAK tersimpan. Tidak ada yang "
            "tersimpan dari pekerjaan ini; periksa jaringan kantor, lalu coba lagi.")


def outcome_unknown_message(where: str) -> str:
    return (f"Sambungan ke server database {where} terputus tepat saat menyimpan, dan server "
            "belum dapat dihubungi lagi: program tidak tahu apakah pekerjaan ini sudah "
            "tersimpan. JANGAN langsung mencatatnya lagi. Setelah jaringan dan komputer "
            "server pulih, periksa dulu riwayat simpanan/angsuran anggota itu atau jurnal "
            "(nomor kwitansi terakhir): bila transaksinya sudah ada, jangan diulang; bila "
            "tidak ada, catat lagi.")


def resolve_lost_commit(db: Database, stamp: CommitStamp) -> bool:
    """Whether the server committed the transaction ``stamp`` whose COMMIT's answer was lost:
    asked on a new connection, trying again for :func:`outcome_wait_s` seconds while the
    server cannot be reached; :class:`CommitOutcomeUnknown` when it never answers."""
    started = time.monotonic()
    deadline = started + outcome_wait_s()
    while True:
        try:
            with db.engine.connect() as conn:
                status = conn.execute(text("SELECT txid_status(:xid)"),
                                      {"xid": stamp.xid}).scalar()
                if status == "committed":
                    return True
                if status == "aborted":
                    return False
                if status == "in progress" and time.monotonic() - started >= IN_PROGRESS_GRACE_S:
                    # the old backend has not seen the cut; end it (only if it is still that
                    # transaction's backend: pids are reused)
                    conn.execute(text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = :pid"
                        " AND backend_xid::text = :xid32"),
                        {"pid": stamp.backend_pid, "xid32": str(stamp.xid % 2**32)})
                elif status not in ("in progress",):  # too old to be known: never here
                    break
        except (OperationalError, DBAPIError):
            pass  # the server is not back yet: try again until the deadline
        if time.monotonic() >= deadline:
            break
        time.sleep(0.25)
    raise CommitOutcomeUnknown(outcome_unknown_message(db.label), code="server_outcome_unknown")


def notify_replaced(db: Database) -> None:
    """Tell every PC that follows the server that the whole database was replaced (a
    restore through ``pg_restore``, which writes nothing through the program): their views
    reload everything (``services.changes.REPLACED``)."""
    with db.engine.connect() as conn:
        conn.execute(text("SELECT pg_notify(:channel, :payload)"),
                     {"channel": CHANGES_CHANNEL, "payload": f"{db.origin} *"})
        conn.commit()


class ChangeListener:
    """One connection of its own that LISTENs on the server for other programs' commits.
    :meth:`poll` never blocks and never raises: a server that went away is tried again
    later, and what was missed meanwhile is reported as ``lost``."""

    RECONNECT_AFTER_S = 10.0

    def __init__(self, url, origin: str):
        self._conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._origin = origin
        self._conn = None
        self._retry_at = 0.0
        self._connect()

    def _connect(self) -> bool:
        import psycopg

        try:
            conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5,
                                   application_name="kamura-listen")
            conn.execute(f"LISTEN {CHANGES_CHANNEL}")
        except Exception:  # noqa: BLE001 - no server now: try again later
            self._retry_at = time.monotonic() + self.RECONNECT_AFTER_S
            return False
        self._conn = conn
        return True

    def poll(self) -> tuple[set[str], bool]:
        """(tables other programs' commits wrote since the last poll, whether some may have
        been missed — the connection was lost and is back)."""
        lost = False
        if self._conn is None:
            if time.monotonic() < self._retry_at or not self._connect():
                return set(), False
            lost = True
        tables: set[str] = set()
        try:
            for note in self._conn.notifies(timeout=0):
                origin, _, written = note.payload.partition(" ")
                if origin != self._origin:
                    tables.update(t for t in written.split(",") if t)
        except Exception:  # noqa: BLE001 - the server went away: reconnect on a later poll
            # (what was missed is reported once the connection is back, when a reload can
            # read the server again)
            self.close()
            self._retry_at = time.monotonic() + self.RECONNECT_AFTER_S
        return tables, lost

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()


def translate_operational_error(exc: OperationalError, path: Path | None,
                                url: object = None) -> UserError:
    msg = str(exc.orig) if exc.orig is not None else str(exc)
    if url is not None or path is None:
        return translate_server_error(exc, url)
    if "locked" in msg or "busy" in msg:
        return DatabaseError(
            f"Database {path.name} sedang dipakai program lain dan tidak kunjung dilepas. "
            "Tunggu sebentar lalu coba lagi; tidak ada yang tersimpan."
        )
    if "readonly" in msg or "read-only" in msg:
        return DatabaseError(
            f"Database {path} tidak dapat ditulis (hanya-baca). Periksa izin folder atau flashdisk."
        )
    if "disk I/O" in msg or "unable to open" in msg:
        return DatabaseError(
            f"Database {path} tidak dapat dibuka atau ditulis. Apakah flashdisk/folder datanya "
            "masih terpasang? Tidak ada yang tersimpan."
        )
    if "malformed" in msg or "not a database" in msg:
        return DatabaseDamaged(f"Database {path.name} rusak: {msg}. {damaged_advice(path)}")
    return DatabaseError(f"Kesalahan database: {msg}")


def translate_server_error(exc: Exception, url: object) -> UserError:
    """A PostgreSQL failure in the words of the office: what is wrong, and that nothing was
    saved."""
    orig = getattr(exc, "orig", None) or exc
    msg = str(orig)
    code = getattr(orig, "sqlstate", None) or ""
    where = loc.describe(url) if url is not None else "server"
    low = msg.lower()
    if "password authentication failed" in low or code == "28P01":
        return DatabaseError(f"Kata sandi atau nama pengguna database salah untuk {where}. "
                             "Periksa isian server kantor.", code="server_password")
    if code == "28000" or "no pg_hba.conf entry" in low or "role" in low and "does not exist" in low:
        return DatabaseError(f"Server {where} menolak sambungan dari komputer ini "
                             f"({msg.strip().splitlines()[0]}). Minta admin memeriksa pengguna "
                             "database dan pg_hba.conf (lihat docs/server-kantor.md).")
    if code == "3D000" or ("database" in low and "does not exist" in low):
        return DatabaseError(f"Database di {where} tidak ada. Minta admin membuatnya "
                             "(lihat docs/server-kantor.md).")
    if (code in ("57P01", "57P02") or code.startswith("08") or "terminating connection" in low
            or "server closed the connection" in low or "consuming input failed" in low):
        # the server restarted, was stopped, or the network dropped the connection: the
        # transaction died with it (rolled back by the server)
        return DatabaseError(f"Sambungan ke server database {where} terputus sebelum "
                             "pekerjaan ini selesai. Tidak ada yang tersimpan dari pekerjaan "
                             "ini; periksa jaringan kantor dan komputer server, lalu coba "
                             "lagi.", code="server_gone")
    if code in RETRYABLE_SQLSTATES:
        return WriteConflict(busy_message(where, 1), where=where)
    if code == "55P03" or "lock timeout" in low:
        return DatabaseError(f"Database di {where} sedang dipakai komputer lain dan tidak "
                             "kunjung dilepas. Tunggu sebentar lalu coba lagi; tidak ada yang "
                             "tersimpan.")
    if code == "25006" or "read-only" in low:
        return DatabaseError(f"Database di {where} hanya-baca untuk pengguna ini.")
    return DatabaseError(f"Server database {where} tidak dapat dihubungi atau sambungannya "
                         f"terputus ({msg.strip().splitlines()[0] if msg.strip() else 'tanpa pesan'}). "
                         "Periksa jaringan kantor dan komputer server, lalu coba lagi; "
                         "yang belum selesai tidak tersimpan.")


def damaged_advice(path: Path) -> str:
    """What to do about a file found damaged: never only "restore" (a false alarm would
    lose a day of work), always the details and a copy of the current file first."""
    return (f"Jangan hapus atau timpa berkas ini. Lihat rinciannya dengan "
            f"'kamura check --db \"{path}\"' dan simpan dulu salinan berkas {path.name} "
            "(bersama berkas -wal di sebelahnya, bila ada). Bila rincian itu memastikan berkas "
            f"rusak, pulihkan dari cadangan: 'kamura restore --db \"{path}\" --from "
            "<berkas cadangan> --user admin' (admin dari cadangan itu); berkas rusak ini juga "
            "disimpan utuh di folder cadangan sebelum diganti.")


def reserve_unique(folder: Path, base: str, suffix: str = ".sqlite", *, start: int = 0) -> Path:
    """Reserve ``<base>[-n]<suffix>`` in ``folder`` (made private) by creating it empty with
    an exclusive create, trying n = start, start+1, …: two copies made within one second, by
    one program or two, never get one name. The caller writes over the reserved file."""
    make_private_dir(folder)
    n = start
    while True:
        path = folder / f"{base}{f'-{n}' if n else ''}{suffix}"
        try:
            create_private_file(path)
            return path
        except FileExistsError:
            n += 1


def sqlite_backup(source: Path | sqlite3.Connection, target: Path) -> None:
    """Copy a live database through SQLite's online backup API (safe while in use), into a
    temporary file readable by the user only that is renamed into place when complete."""
    make_private_dir(target.parent, tighten_existing=False)
    tmp = target.with_name(f"{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.part")
    create_private_file(tmp)
    src = sqlite3.connect(str(source), timeout=30) if isinstance(source, Path) else source
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            dst.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if isinstance(source, Path):
            src.close()
    tmp.replace(target)


def check_kamura_file(path: Path, *, quick: bool = False,
                      started: OpeningCheck | None = None) -> FileLook:
    """Refuse a file that is not a healthy Kamura database (raises DatabaseError). The full
    integrity check unless ``quick`` (see :func:`integrity_problems`); ``started``: the
    verdict of that same check already running on its own thread (waited for here).
    Returns what the look found (its schema revisions spare the open another read)."""
    look = started.wait().look if started is not None else look_at_file(path, quick=quick)
    is_sqlite, problems, tables = look.is_sqlite, look.problems, look.tables
    if not is_sqlite:
        raise NotAKamuraDatabase(f"Berkas {path.name} bukan database Kamura (bukan berkas SQLite).")
    if problems:
        raise DatabaseDamaged(
            f"Database {path.name} rusak dan tidak dipakai: {problems[0]}. {damaged_advice(path)}"
        )
    if tables and not KAMURA_MARKER_TABLES <= tables:
        raise NotAKamuraDatabase(f"Berkas {path.name} adalah database SQLite lain, bukan database Kamura.")
    return look


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    backup_dir: Path | None = None,
    busy_timeout_ms: int | None = None,
    durable: bool = True,
    record_clean_close: bool = False,
) -> Database:
    """Open (and create or upgrade) a Kamura database. See the module docstring.
    ``record_clean_close``: leave the clean-close record when closed (the office's books)."""
    if loc.is_server(path):
        return open_server_database(path, busy_timeout_ms=busy_timeout_ms)
    path = Path(path).expanduser().absolute()
    fresh = not path.exists() or path.stat().st_size == 0
    if fresh:
        if not create:
            raise DatabaseError(f"Database {path} tidak ditemukan.")
        try:
            # a folder the program makes (the data folder) is the user's only; a file too
            make_private_dir(path.parent, tighten_existing=False)
            if not path.exists():
                create_private_file(path)
        except FileExistsError:
            pass
        except OSError as exc:
            raise DatabaseError(
                f"Folder data {path.parent} tidak dapat ditulis ({exc.strerror or exc}). "
                "Pilih folder lain dengan --db atau periksa izin folder/flashdisk."
            ) from exc
        opening_check = "new"
        current: set[str] | None = set()  # an empty file holds no schema yet
    else:
        # the check the desktop started at its first line (app.main), which took the
        # clean-close record then; else the record is taken and the file checked here
        started = take_started_check(path)
        if started is not None:
            opening_check = started.kind
        else:
            opening_check = "quick" if take_clean_close_record(path) else "full"
        current = check_kamura_file(path, quick=opening_check == "quick",
                                    started=started).revisions
    if record_clean_close and opening_check != "quick":  # the office's books, fully checked
        record_full_check(path)

    kwargs = {} if busy_timeout_ms is None else {"busy_timeout_ms": busy_timeout_ms}
    engine = make_engine(path, durable=durable, **kwargs)
    db = Database(path=path, engine=engine, opening_check=opening_check,
                  records_clean_close=record_clean_close)
    try:
        if current is None:  # not read by the check
            current = db.schema_revisions()
        unknown = current - known_revisions()
        if unknown:
            raise DatabaseTooNew(
                f"Database {path.name} dibuat oleh versi Kamura Desktop yang lebih baru "
                f"(skema {', '.join(sorted(unknown))}). Pasang versi terbaru program; "
                "berkas tidak diubah."
            )
        if current != known_heads():
            backup = None
            if current:  # an existing, older file: keep a copy before touching it
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                bdir = backup_dir or path.parent / "cadangan"
                backup = reserve_unique(bdir, f"{path.stem}-sebelum-migrasi-{stamp}")
                sqlite_backup(path, backup)
            upgrade(db)
            db.migrated_from = tuple(sorted(current))
            db.pre_migration_backup = backup
    except OperationalError as exc:
        db.close()
        raise translate_operational_error(exc, path) from exc
    except Exception:
        db.close()
        raise
    return db


def open_server_database(location, *, password: str | None = None,
                         busy_timeout_ms: int | None = None) -> Database:
    """Open (and give the schema to, or upgrade) a Kamura database on a PostgreSQL server."""
    url = loc.server_url(location, password=password)
    where = loc.describe(url)
    kwargs = {} if busy_timeout_ms is None else {"busy_timeout_ms": busy_timeout_ms}
    engine = make_server_engine(url, **kwargs)
    db = Database(path=None, engine=engine, url=url)
    try:
        with engine.connect() as conn:  # one connection, two queries: the tables, the schema
            tables = _table_names_on(conn)
            if tables and not KAMURA_MARKER_TABLES <= tables:
                raise NotAKamuraDatabase(
                    f"Database {where} berisi tabel program lain, bukan database Kamura. "
                    "Pakai database kosong khusus untuk Kamura; tidak ada yang diubah.")
            current = _revisions_on(conn, tables)
        unknown = current - known_revisions()
        if unknown:
            raise DatabaseTooNew(
                f"Database {where} dibuat oleh versi Kamura Desktop yang lebih baru "
                f"(skema {', '.join(sorted(unknown))}). Pasang versi terbaru program di "
                "komputer ini; database tidak diubah.")
        if current != known_heads():
            # all writers wait while the schema changes (the same lock as every write)
            upgrade(db)
            db.migrated_from = tuple(sorted(current))
    except (OperationalError, DBAPIError) as exc:
        db.close()
        raise translate_server_error(exc, url) from exc
    except Exception:
        db.close()
        raise
    return db


#: the tables of the connection's default schema, as SQLAlchemy's inspector lists them (plain
#: and partitioned tables; on SQLite without its own ``sqlite_`` tables) in one query, without
#: the inspector's reflection machinery (each open of the books asked it: issue 20)
_PG_TABLES = text("SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                  "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                  "AND c.relkind IN ('r', 'p')")
_SQLITE_TABLES = text("SELECT name FROM sqlite_master WHERE type = 'table' "
                      "AND name NOT LIKE 'sqlite~_%' ESCAPE '~'")
_REVISIONS = text("SELECT version_num FROM alembic_version")


def _table_names_on(conn) -> set[str]:
    sql = _PG_TABLES if conn.dialect.name == "postgresql" else _SQLITE_TABLES
    return set(conn.execute(sql).scalars())


def _revisions_on(conn, tables: set[str]) -> set[str]:
    if "alembic_version" not in tables:
        return set()
    return set(conn.execute(_REVISIONS).scalars())


def upgrade(db: Database, target: str = "heads") -> None:
    from alembic import command

    cfg = alembic_config()
    engine = db.engine.execution_options(**{WRITE_OPTION: True}) if db.is_server else db.engine
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        conn.commit()


def ping(db: Database) -> None:
    with db.read() as s:
        s.execute(text("SELECT 1"))
