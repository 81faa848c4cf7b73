"""Opening the books: open (create/upgrade) a database and make sure its defaults exist."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from kamura_desktop.db.database import Database, open_database
from kamura_desktop.db.models.core import Account

from . import audit, ledger
from .actor import Actor
from .locations import backup_dir_for

#: functions that seed a book's defaults; later books append theirs: fn(session) -> None
DEFAULT_SEEDERS = [ledger.ensure_chart]


def load_books() -> None:
    """Import every book's service module so its permissions, settings and seeders register."""
    from . import books  # noqa: F401


def open_books(path: Path | str, *, create: bool = True, durable: bool = True) -> Database:
    """Open a Kamura database (creating, checking and upgrading it) and seed its defaults.
    ``durable=False`` only for building a throw-away file (the demo)."""
    load_books()
    path = Path(path)
    db = open_database(path, create=create, backup_dir=backup_dir_for(path), durable=durable)
    ensure_defaults(db)
    return db


def ensure_defaults(db: Database) -> None:
    with db.read() as s:
        needs = s.scalar(select(Account.id).limit(1)) is None
    if needs or len(DEFAULT_SEEDERS) > 1:
        with db.write() as s:
            for seed in DEFAULT_SEEDERS:
                seed(s)
            if needs:
                audit.record(s, Actor.system(), action="database.init", entity="database",
                             summary=f"database baru {db.path.name}")
