"""The SQLite engine: WAL journal, foreign keys on, a busy timeout, explicit transactions.

Write transactions start with ``BEGIN IMMEDIATE`` so that two processes (the app and the
``kamura`` CLI, say) queue on the busy timeout instead of failing with "database is
locked" when a deferred reader tries to become a writer. Read transactions use a plain
``BEGIN`` so that they see one consistent snapshot.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "kamura_write"


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
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine
