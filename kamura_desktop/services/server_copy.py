"""Moving a cooperative between engines: ``kamura copy --from kamura.sqlite --to
postgresql://…`` (and back again).

Every table is copied row by row in key order, in one transaction on the target: the
members, the ledger, the audit log, the tamper seals and the numbering counters, so the next
receipt on the server follows the last one of the file. The target must be empty (a new
database: only the schema the migrations give it); anything else is refused before a row is
written. The copy then proves itself: the row count of every table and a hash of the ledger
(journal entries and lines) and of the savings rows, read back from both sides, must agree.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Generator
from dataclasses import dataclass, field

from sqlalchemy import func, inspect, select, text

from kamura_desktop.db import location as loc
from kamura_desktop.db.database import Database, open_database
from kamura_desktop.db.models import metadata
from kamura_desktop.domain.errors import UserError

from .actor import Actor
from .permissions import require

#: tables the migrations fill themselves (replaced by the source's rows)
SCHEMA_ROWS = {"tamper_seals", "alembic_version"}
#: the rows whose hash proves the money copied exactly
HASHED = ("journal_entries", "journal_lines", "savings_transactions")
BATCH = 2_000

Progress = Callable[[int, int, str], None]


@dataclass
class CopyReport:
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # table: (source, target)
    hashes: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def identical(self) -> bool:
        return (all(a == b for a, b in self.counts.values())
                and all(a == b for a, b in self.hashes.values()))

    def lines(self) -> list[str]:
        out = [f"{'tabel':<32} {'sumber':>9} {'tujuan':>9}"]
        out += [f"{name:<32} {a:>9} {b:>9}{'' if a == b else '  BEDA'}"
                for name, (a, b) in self.counts.items() if a or b]
        out += [f"hash {name:<27} {a[:16]} {b[:16]}{'' if a == b else '  BEDA'}"
                for name, (a, b) in self.hashes.items()]
        return out


def _tables():
    return [t for t in metadata.sorted_tables if t.name not in {"alembic_version"}]


def _canon(value) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return "\x00" if value is None else str(value)


def table_hash(db: Database, name: str) -> str:
    """SHA-256 over a table's rows in key order, values in a form both engines agree on."""
    table = metadata.tables[name]
    digest = hashlib.sha256()
    with db.read() as s:
        for row in s.execute(select(table).order_by(*table.primary_key.columns)):
            digest.update("\x1f".join(_canon(v) for v in row).encode() + b"\x1e")
    return digest.hexdigest()


def table_counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in _tables()}


def _target_is_empty(location) -> None:
    """Refuse a target that already holds anything beyond an empty schema."""
    if not loc.is_server(location):
        from pathlib import Path

        path = Path(location)
        if path.exists() and path.stat().st_size > 0:
            raise UserError(f"Tujuan {path} sudah ada. Salinan hanya dibuat ke berkas baru; "
                            "tidak ada yang diubah.", field="--to")


def _refuse_rows(target: Database) -> None:
    counts = table_counts(target)
    filled = sorted(name for name, n in counts.items() if n and name not in SCHEMA_ROWS)
    if filled:
        raise UserError(
            f"Database tujuan {target.label} tidak kosong (berisi {', '.join(filled[:4])}"
            f"{'…' if len(filled) > 4 else ''}). Salinan hanya ke database kosong; "
            "tidak ada yang diubah.", field="--to")


def copy_database(source_location, target_location, *,
                  progress: Progress | None = None) -> CopyReport:
    """Copy a whole cooperative from one location to an empty other; returns the proof."""
    steps = copy_steps(source_location, target_location)
    try:
        while True:
            step = next(steps)
            if progress is not None:
                progress(*step)
    except StopIteration as stop:
        return stop.value


def copy_steps(source_location, target_location
               ) -> Generator[tuple[int, int, str], None, CopyReport]:
    """:func:`copy_database` as a generator of ``(rows done, rows in all, table)`` for a
    progress bar (the app's task runner); returns the proof."""
    _target_is_empty(target_location)
    source = open_database(source_location, create=False)
    try:
        target = open_database(target_location)
        try:
            _refuse_rows(target)
            yield from _copy_rows(source, target)
            yield (1, 1, "memeriksa salinan")
            report = CopyReport()
            src_counts, dst_counts = table_counts(source), table_counts(target)
            report.counts = {n: (src_counts[n], dst_counts[n]) for n in src_counts}
            report.hashes = {n: (table_hash(source, n), table_hash(target, n)) for n in HASHED}
            return report
        finally:
            target.close()
    finally:
        source.close()


def copy_to_server(db: Database, *, actor: Actor, target: str
                   ) -> Generator[tuple[int, int, str], None, CopyReport]:
    """Settings → *Salin ke server kantor…* (admin): the open SQLite file copied whole to an
    empty database on the office server, with progress; returns the proof. The file stays
    as it is (and open)."""
    require(actor, "backup.restore")
    if db.is_server:
        raise UserError("Database yang dibuka sudah di server kantor; yang disalin ke server "
                        "adalah berkas .sqlite.", field="target")
    if not loc.is_server(target):
        raise UserError("Tujuan salinan harus server kantor (postgresql+psycopg://…).",
                        field="target")
    return (yield from copy_steps(db.path, target))


def _copy_rows(source: Database, target: Database) -> Generator[tuple[int, int, str]]:
    tables = _tables()
    with source.read() as s:
        total = sum(s.scalar(select(func.count()).select_from(t)) for t in tables)
    done = 0
    with target.write() as w:
        conn = w.connection()
        conn.execute(metadata.tables["tamper_seals"].delete())
        for table in tables:
            yield (done, total, table.name)
            with source.read() as s:
                result = s.execute(select(table).order_by(*table.primary_key.columns))
                while rows := result.mappings().fetchmany(BATCH):
                    conn.execute(table.insert(), [dict(r) for r in rows])
                    done += len(rows)
        if target.is_server:
            _reset_serials(conn)
    yield (total, total, "selesai")


def _reset_serials(conn) -> None:
    """Each table's id sequence continues after the copied rows."""
    for table in _tables():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"),
                           {"t": table.name}).scalar()
        if seq:
            conn.execute(text(f"SELECT setval('{seq}', COALESCE((SELECT max(id) FROM "
                              f"{table.name}), 0) + 1, false)"))


def server_tables(db: Database) -> set[str]:  # pragma: no cover - a helper for the app
    with db.engine.connect() as conn:
        return set(inspect(conn).get_table_names())
