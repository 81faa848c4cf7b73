"""Raw SQL from outside the program, as an attacker with a database tool runs it, on either
engine: on a SQLite file through ``sqlite3`` (DB Browser's way), on the PostgreSQL test
server as the superuser ``postgres`` over tests/pg.py's socket (psql's way). The tamper tests
edit the books with it and then ask the program's own check (``integrity.check_database``,
which reads a server through ``check_server_database``) or the login whether it saw.

Statements are written once, in the common subset with ``?`` placeholders. The two things an
attacker does differently per engine are spelt the SQLite way and carried out on the server
as psql would (:func:`server_form`):

* ``DROP TRIGGER trg_<table>_no_<verb>`` — on the server ``ALTER TABLE <table> DISABLE
  TRIGGER …`` (the trigger stays in the catalogue, switched off: what the check must see);
* ``PRAGMA foreign_keys = OFF`` — on the server ``SET session_replication_role = replica``
  (every trigger and foreign key of *this session* off, the catalogue untouched: nothing to
  see but the rows themselves).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from tests import pg

_DROP_TRIGGER = re.compile(r"\s*DROP TRIGGER (?:IF EXISTS )?(trg_(\w+)_no_(?:update|delete))\s*$",
                           re.IGNORECASE)
_NO_FOREIGN_KEYS = re.compile(r"\s*PRAGMA foreign_keys\s*=\s*OFF\s*$", re.IGNORECASE)


def location(db_or_location) -> str:
    """What ``--db`` and the check take: an open Database's path or URL, or a location."""
    found = getattr(db_or_location, "location", db_or_location)
    return str(found)


def on_server(where) -> bool:
    return pg.is_url(location(where))


def server_form(statement: str) -> str:
    """The statement as an attacker with psql writes it on the server."""
    dropped = _DROP_TRIGGER.match(statement)
    if dropped:
        return f"ALTER TABLE {dropped.group(2)} DISABLE TRIGGER {dropped.group(1)}"
    if _NO_FOREIGN_KEYS.match(statement):
        return "SET session_replication_role = replica"
    return statement.replace("?", "%s")


class RawConnection:
    """One connection outside the program: ``execute`` with ``?`` placeholders on either
    engine (what ``db/tamper_rows`` and an attacker's script expect), committed by
    :func:`attacker` when the block ends without an error."""

    def __init__(self, where) -> None:
        self.location = location(where)
        self.server = pg.is_url(self.location)
        if self.server:
            import psycopg

            self._conn = psycopg.connect(
                self.location.replace("postgresql+psycopg://", "postgresql://", 1))
        else:
            self._conn = sqlite3.connect(self.location)

    def execute(self, statement: str, params=()):
        if self.server:
            return self._conn.execute(server_form(statement), params or None)
        return self._conn.execute(statement, params)

    def cursor(self):
        return self

    def one(self, query: str, params=()):
        return self.execute(query, params).fetchone()

    def commit(self) -> None:
        self._conn.commit()

    def rollback(self) -> None:
        self._conn.rollback()

    def close(self) -> None:
        self._conn.close()


@contextlib.contextmanager
def attacker(where) -> Iterator[RawConnection]:
    """A raw connection to the books; its statements are committed at the end of the block."""
    conn = RawConnection(where)
    try:
        yield conn
        conn.commit()
    finally:
        conn.close()


def edit(where, *statements: str) -> None:
    """Plain statements, committed: DB Browser's *Execute SQL* and *Write Changes*, or psql."""
    with attacker(where) as conn:
        for statement in statements:
            conn.execute(statement)


def one(where, query: str, params=()):
    """The first row of one query, read outside the program."""
    conn = RawConnection(where)
    try:
        return conn.one(query, params)
    finally:
        conn.rollback()
        conn.close()


def _names(where, server_query: str, file_query: str) -> set[str]:
    conn = RawConnection(where)
    try:
        return {r[0] for r in conn.execute(server_query if conn.server else file_query)}
    finally:
        conn.close()


def table_names(where) -> set[str]:
    return _names(where,
                  "SELECT table_name FROM information_schema.tables "
                  "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
                  "SELECT name FROM sqlite_master WHERE type = 'table'")


def trigger_names(where) -> set[str]:
    """The triggers the books have (on the server: their own, not the foreign keys')."""
    return _names(where,
                  "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                  "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace",
                  "SELECT name FROM sqlite_master WHERE type = 'trigger'")


@contextlib.contextmanager
def check_connection(where, before: Callable[[str], None]) -> Iterator[object]:
    """A read-only connection as ``integrity`` gives ``tamper.check`` (a sqlite3 file
    connection, or the server's REPEATABLE READ, READ ONLY one), calling ``before(sql)``
    ahead of every statement: a test commits another write at an exact point of the check."""
    target = location(where)
    if pg.is_url(target):
        import psycopg

        from kamura_desktop.services.integrity import ServerCheckConnection

        class Hooked(ServerCheckConnection):
            def execute(self, sql: str, params=()):
                before(sql)
                return super().execute(sql, params)

        raw = psycopg.connect(target.replace("postgresql+psycopg://", "postgresql://", 1))
        raw.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        try:
            yield Hooked(raw)
        finally:
            raw.rollback()
            raw.close()
        return

    class HookedFile(sqlite3.Connection):
        def execute(self, sql, *args):
            before(sql)
            return super().execute(sql, *args)

    conn = sqlite3.connect(f"file:{Path(target)}?mode=ro", uri=True, factory=HookedFile)
    try:
        yield conn
    finally:
        conn.close()


def fingerprint(where, *, leave_out: tuple[str, ...] = ()) -> tuple[dict[str, int], str]:
    """What the books hold, read outside the program: each table's row count, and a hash of
    every row of every table (but ``leave_out``) in key order."""
    import hashlib

    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    conn = RawConnection(where)
    try:
        for table in sorted(table_names(where) - set(leave_out)):
            rows = conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            counts[table] = len(rows)
            digest.update(repr(rows).encode())
    finally:
        conn.rollback()
        conn.close()
    return counts, digest.hexdigest()
