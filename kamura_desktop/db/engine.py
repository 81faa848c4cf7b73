"""The two engines. SQLite (the default): WAL journal, foreign keys on, a busy timeout, explicit transactions.

Write transactions start with ``BEGIN IMMEDIATE`` so that two processes (the app and the
``kamura`` CLI, say) queue on the busy timeout instead of failing with "database is
locked" when a deferred reader tries to become a writer. Read transactions use a plain
``BEGIN`` so that they see one consistent snapshot.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "kamura_write"
#: a write that has waited this long for another program's lock says so (once) on stderr
WAIT_NOTICE_MS = 1_000
WAIT_NOTICE = "Menunggu database yang sedang dipakai program lain…"


class SharedCompiledCache:
    """The SQL compiled for one engine, reused by every later engine of an identical dialect.

    SQLAlchemy keeps the statements it compiled per engine and keys each by the engine's
    dialect *object*, so every new engine (every open of the books: each start, each CLI
    command, each restore, and each of the thousands of tests) compiled every statement
    again — a tenth of the services' test time (issue 20). This cache, given to every engine
    as its ``compiled_cache``, keys a statement by what the dialect *is* instead: its class
    and every plain setting it holds after its first connection (the SQLite library's or the
    server's version, the flags SQLAlchemy derived from it). Two engines whose dialects agree
    in all of that compile every statement to the same SQL, so the compiled form of one
    serves the other; a dialect that differs in anything (another server version) gets its
    own entries. SQLAlchemy's own first-connection queries never use it."""

    #: the attribute that holds a dialect's signature once computed
    _SIGNATURE = "_kamura_compiled_signature"

    def __init__(self, size: int = 3000):
        from sqlalchemy.util import LRUCache

        self._cache = LRUCache(size)

    @classmethod
    def signature(cls, dialect) -> tuple:
        found = dialect.__dict__.get(cls._SIGNATURE)
        if found is None:
            cls_ = type(dialect)
            # settings, not the values SQLAlchemy memoises on first use (derived from them)
            plain = tuple(sorted(
                (name, value) for name, value in vars(dialect).items()
                if _plain(value) and not isinstance(getattr(cls_, name, None), _MEMOISED)))
            found = (type(dialect), plain)
            setattr(dialect, cls._SIGNATURE, found)
        return found

    def _key(self, key: tuple) -> tuple:
        return (self.signature(key[0]), *key[1:])

    def get(self, key: tuple, default=None):
        return self._cache.get(self._key(key), default)

    def __getitem__(self, key: tuple):
        return self._cache[self._key(key)]

    def __setitem__(self, key: tuple, value) -> None:
        self._cache[self._key(key)] = value

    def __contains__(self, key: tuple) -> bool:
        return self._key(key) in self._cache

    def __len__(self) -> int:
        return len(self._cache)

    def clear(self) -> None:
        self._cache.clear()


def _memoised_kinds() -> tuple[type, ...]:
    from sqlalchemy.util import langhelpers

    return tuple(kind for kind in (getattr(langhelpers, "memoized_property", None),
                                   getattr(langhelpers, "_memoized_property", None))
                 if isinstance(kind, type))


_MEMOISED = _memoised_kinds()


def _plain(value: object) -> bool:
    """A setting that decides how SQL is written: a number, text, flag or None, or a tuple of
    those (a version)."""
    if isinstance(value, tuple):
        return all(_plain(v) for v in value)
    return value is None or isinstance(value, (bool, int, float, str))


#: one per process, for both engines (the signature keeps SQLite's and PostgreSQL's apart)
COMPILED = SharedCompiledCache()


def _notice_waiting() -> None:
    if sys.stderr is not None:  # None in the windowed Windows program
        print(WAIT_NOTICE, file=sys.stderr, flush=True)


def make_engine(path: Path | str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS,
                durable: bool = True) -> Engine:
    """``durable=False`` skips the fsync on commit: only for building a throw-away file
    (the demo), never for the cooperative's books."""
    engine = create_engine(
        f"sqlite:///{Path(path)}",
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
        execution_options={"compiled_cache": COMPILED},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
        # Take transaction control away from the sqlite3 driver; we emit BEGIN ourselves.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed deposit survives a power cut, not only a crashed program.
        cur.execute("PRAGMA synchronous = FULL" if durable else "PRAGMA synchronous = OFF")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        if not conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN")
            return
        if busy_timeout_ms <= WAIT_NOTICE_MS:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        raw = conn.connection.driver_connection
        try:
            began = _begin_within_notice(raw)
        except sqlite3.Error:
            # not a lock (a vanished drive, a damaged file): let SQLAlchemy raise it, so the
            # caller translates it as always
            with contextlib.suppress(sqlite3.Error):
                raw.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        if began:
            raw.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            return
        # another program has held the lock for a second: say so, then wait out the rest of
        # the busy timeout as before (a timeout still becomes the usual Indonesian error)
        _notice_waiting()
        raw.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms - WAIT_NOTICE_MS)}")
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        finally:
            raw.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")

    return engine


#: the advisory lock key every Kamura write takes on PostgreSQL ("KAMURA" in ASCII)
SERVER_WRITE_LOCK = 0x4B414D555241


def make_server_engine(url, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS,
                       connect_timeout_s: int = 5) -> Engine:
    """An engine on a PostgreSQL server (``url``: a SQLAlchemy URL, psycopg 3 driver)."""
    engine = create_engine(
        url,
        pool_size=4,
        max_overflow=4,
        pool_pre_ping=True,
        # no table holds HSTORE: without this, every new engine's first connection asked
        # the server for the hstore type's oids (one more round trip at every open of the
        # books on a server; issue 20: ~850 test opens per run)
        use_native_hstore=False,
        connect_args={
            "connect_timeout": connect_timeout_s,
            "application_name": "kamura",
            "options": f"-c lock_timeout={int(busy_timeout_ms)} -c timezone=UTC",
        },
        execution_options={"compiled_cache": COMPILED},
    )

    @event.listens_for(engine, "connect")
    def _on_server_connect(dbapi_conn, _record) -> None:
        # SUM() of BIGINT money is NUMERIC on PostgreSQL: read it back as the int it is (a
        # fraction, as from AVG(), as a float), the same Python values SQLite gives
        dbapi_conn.adapters.register_loader("numeric", _numeric_loader())

    from psycopg import IsolationLevel

    @event.listens_for(engine, "begin")
    def _on_server_begin(conn) -> None:
        # the driver opens the transaction with its first statement: a read's BEGIN carries
        # REPEATABLE READ (one snapshot for the whole read, as SET TRANSACTION gave it, one
        # round trip less per read); a write's is the server's default, READ COMMITTED
        raw = conn.connection.driver_connection
        if conn.get_execution_options().get(WRITE_OPTION):
            raw.isolation_level = None
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SERVER_WRITE_LOCK})")
        else:
            raw.isolation_level = IsolationLevel.REPEATABLE_READ

    return engine


def _numeric_loader():
    from decimal import Decimal

    from psycopg.adapt import Loader

    class IntegralNumericLoader(Loader):
        def load(self, data) -> int | float:
            text = bytes(data).decode("ascii")
            if "." not in text:
                return int(text)
            value = Decimal(text)
            return int(value) if value == value.to_integral_value() else float(value)

    return IntegralNumericLoader


def _begin_within_notice(raw: sqlite3.Connection) -> bool:
    """Try BEGIN IMMEDIATE for up to WAIT_NOTICE_MS by polling (SQLite's own busy handler
    sleeps whole seconds where usleep is missing). True when the write has begun. Leaves
    the connection's busy timeout at 0: the caller sets it again."""
    raw.execute("PRAGMA busy_timeout = 0")
    deadline = time.monotonic() + WAIT_NOTICE_MS / 1000
    delay = 0.001
    while True:
        try:
            raw.execute("BEGIN IMMEDIATE")
            return True
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
        if time.monotonic() >= deadline:
            return False
        time.sleep(delay)
        delay = min(delay * 2, 0.025)
