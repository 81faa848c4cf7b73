"""``kamura check``: is this file healthy? Integrity, schema version and a balanced ledger.

The check only reads: it never creates, migrates or backs up the file it checks (an older
file is reported as such; the program upgrades it when it opens it).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from kamura_desktop.db.database import (
    DatabaseError,
    check_kamura_file,
    known_heads,
    known_revisions,
)

from . import tamper

LEDGER_SQL = """
SELECT e.number, COUNT(l.id), COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0)
FROM journal_entries e LEFT JOIN journal_lines l ON l.entry_id = e.id
GROUP BY e.id
HAVING COUNT(l.id) < 2 OR COALESCE(SUM(l.debit), 0) <> COALESCE(SUM(l.credit), 0)
"""


@dataclass
class CheckReport:
    path: Path
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    schema: tuple[str, ...] = ()
    entries: int = 0
    total_debit: int = 0
    total_credit: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(path: Path | str) -> CheckReport:
    path = Path(path).expanduser().absolute()
    report = CheckReport(path=path)
    if not path.is_file():
        report.problems.append(f"Database {path} tidak ditemukan.")
        return report
    try:
        check_kamura_file(path)  # SQLite header, PRAGMA integrity_check, Kamura tables
    except DatabaseError as exc:
        report.problems.append(exc.message)
        return report
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            report.problems.append("Database kosong: belum dibuat oleh Kamura Desktop.")
            return report
        current = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
        report.schema = tuple(sorted(current))
        unknown = current - known_revisions()
        if unknown:
            report.problems.append(
                f"Skema {', '.join(sorted(unknown))} lebih baru dari program ini; pasang versi terbaru.")
        elif current != known_heads():
            report.notes.append("Skema lebih lama dari program; akan diperbarui saat database dibuka "
                                "(setelah dibuat salinan cadangan).")
        for number, count, debit, credit in conn.execute(LEDGER_SQL):
            report.problems.append(
                f"Jurnal {number} tidak seimbang atau tidak lengkap ({count} baris, debit {debit}, "
                f"kredit {credit}).")
        report.entries = conn.execute("SELECT COUNT(*) FROM journal_entries").fetchone()[0]
        d, c = conn.execute("SELECT COALESCE(SUM(debit),0), COALESCE(SUM(credit),0) "
                            "FROM journal_lines").fetchone()
        report.total_debit, report.total_credit = int(d), int(c)
        if d != c:
            report.problems.append(f"Total debit {d} ≠ total kredit {c}.")
        tamper.check(conn).add_to(report.problems, report.notes)
    except sqlite3.Error as exc:
        report.problems.append(f"Database tidak dapat dibaca: {exc}")
    finally:
        conn.close()
    return report
