"""Opening the books: open (create/upgrade) a database, connect the books to each other
(:mod:`.wiring`) and make sure every book's defaults exist."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from kamura_desktop.db.database import Database, open_database
from kamura_desktop.db.location import is_server
from kamura_desktop.db.models.core import Account

from . import audit, wiring
from .actor import Actor
from .locations import backup_dir_for, clean_work_dir


def load_books() -> None:
    """Connect every book's events and questions (idempotent; :func:`open_books` does it)."""
    wiring.connect_books()


def open_books(path: Path | str, *, create: bool = True, durable: bool = True) -> Database:
    """Open a Kamura database (creating, checking and upgrading it) and seed its defaults.
    ``durable=False`` only for building a throw-away file (the demo)."""
    load_books()
    if is_server(path):  # the office server: no files of its own beside it
        db = open_database(path)
        ensure_defaults(db)
        return db
    path = Path(path)
    clean_work_dir(path)  # work files (a restore's copy, a demo) left by a run that died
    db = open_database(path, create=create, backup_dir=backup_dir_for(path), durable=durable,
                       record_clean_close=True)
    ensure_defaults(db)
    return db


def ensure_defaults(db: Database) -> None:
    """Run every book's seeder (:data:`.wiring.SEEDERS`, in order); each adds only what is
    missing. A new file also gets its first audit row."""
    with db.read() as s:
        needs = s.scalar(select(Account.id).limit(1)) is None
    with db.write() as s:
        for seed in wiring.SEEDERS:
            seed(s)
        if needs:
            audit.record(s, Actor.system(), action="database.init", entity="database",
                         summary=f"database baru {db.path.name if db.path else db.label}")
