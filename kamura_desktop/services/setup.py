"""Opening the books: open (create/upgrade) a database, connect the books to each other
(:mod:`.wiring`) and make sure every book's defaults exist."""

from __future__ import annotations

import functools
from pathlib import Path

from sqlalchemy import Select, distinct, exists, func, select

from kamura_desktop.db.database import Database, open_database
from kamura_desktop.db.location import is_server
from kamura_desktop.db.models.core import Account, TamperSeal
from kamura_desktop.db.models.credit import CreditProduct
from kamura_desktop.db.models.evaluation import EvalInstrument
from kamura_desktop.db.models.membership import WajibRate
from kamura_desktop.domain.chart import DEFAULT_CHART

from . import audit, credit_products, evaluation, ledger, savings, tamper, wiring
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
        return open_server_books(path)
    path = Path(path)
    clean_work_dir(path)  # work files (a restore's copy, a demo) left by a run that died
    db = open_database(path, create=create, backup_dir=backup_dir_for(path), durable=durable,
                       record_clean_close=True)
    ensure_defaults(db)
    return db


def open_server_books(location: str) -> Database:
    """What :func:`open_books` does for books on the office server once the books are
    connected (:func:`load_books`): open (give the schema to, upgrade) and seed the
    defaults. The tests' server fixture opens a test's clone with it ahead of the test."""
    db = open_database(location)
    ensure_defaults(db)
    return db


def ensure_defaults(db: Database) -> None:
    """Run every book's seeder (:data:`.wiring.SEEDERS`, in order); each adds only what is
    missing. A new file also gets its first audit row. Books that already hold every default
    (every open after the first) cost one read instead (:func:`defaults_in_place`)."""
    if defaults_in_place(db):
        return
    with db.read() as s:
        needs = s.scalar(select(Account.id).limit(1)) is None
    with db.write() as s:
        for seed in wiring.SEEDERS:
            seed(s)
        if needs:
            audit.record(s, Actor.system(), action="database.init", entity="database",
                         summary=f"database baru {db.path.name if db.path else db.label}")


# ---------------------------------------------------------------- books whose defaults are in place
#
# Every open ran every seeder in a write transaction (~12 ms, thousands of opens in a test
# run, one at every start and every CLI command) although each adds only what is missing.
# Each seeder's own test of "missing" is asked here as one SQL expression, and all of them in
# one read: when every one finds nothing missing, no seeder would write anything, and none
# runs. No marker is stored: a file keeps exactly the rows it had, and a default removed by
# hand (or added to a newer program) is seeded again as before. A seeder without an entry
# here makes every open run them all (the old way): nothing is ever skipped by omission.


def _all_codes(column, codes) -> object:
    codes = sorted(set(codes))
    return (select(func.count(distinct(column))).where(column.in_(codes)).scalar_subquery()
            == len(codes))


#: seeder → the SQL truth "it has nothing to add" (the seal is asked apart: it depends on
#: this PC's key, see :func:`_seal_in_place`)
NOTHING_MISSING = {
    ledger.ensure_chart: lambda: _all_codes(Account.code, (a.code for a in DEFAULT_CHART)),
    savings.ensure_wajib_rates: lambda: exists().where(WajibRate.id.is_not(None)),
    credit_products.ensure_builtin_products:
        lambda: _all_codes(CreditProduct.code, (p["code"] for p in credit_products.BUILTIN)),
    evaluation.ensure_builtin_instruments:
        lambda: _all_codes(EvalInstrument.code, evaluation.BUILTIN_CODES),
}


def defaults_in_place(db: Database) -> bool:
    """Whether every seeder of :data:`.wiring.SEEDERS` would add nothing to these books: one
    read (and the seal key looked up on this PC)."""
    query = _defaults_query(wiring.SEEDERS)
    if query is None:
        return False
    with db.read() as s:
        row = s.execute(query).one()
        return all(row[1:]) and _seal_in_place(s, row[0])


@functools.cache
def _defaults_query(seeders: tuple) -> Select | None:
    """The seal's file id and each seeder's "nothing missing", in one SELECT (built once);
    None when a seeder has no such test."""
    checks = [NOTHING_MISSING.get(seed) for seed in seeders if seed is not tamper.ensure_seal]
    if any(check is None for check in checks):
        return None
    return select(select(TamperSeal.digest).where(TamperSeal.name == "file").scalar_subquery(),
                  *(check().label(f"c{i}") for i, check in enumerate(checks)))


def _seal_in_place(session, file_id: str | None) -> bool:
    """What :func:`.tamper.ensure_seal` returns early for without writing: books sealed with a
    key this PC holds, or on the office server, sealed at all (a PC without the key waits
    for an admin's login). Anything else (a new file, a key missing here) runs the seeder."""
    if file_id is None:
        return False
    # the seeder's own two tests (tamper's helpers themselves, not a copy of them)
    return tamper._session_on_server(session) or tamper._load_key(file_id) is not None
