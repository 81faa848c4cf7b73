"""``kamura check``: is this file healthy? Integrity, schema version and a balanced ledger."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kamura_desktop.db.database import (
    DatabaseError,
    integrity_problems,
    known_heads,
    open_database,
)

from . import ledger
from .locations import backup_dir_for


@dataclass
class CheckReport:
    path: Path
    problems: list[str] = field(default_factory=list)
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
        db = open_database(path, create=False, backup_dir=backup_dir_for(path))
    except DatabaseError as exc:
        report.problems.append(exc.message)
        return report
    try:
        report.problems.extend(integrity_problems(path))
        current = db.schema_revisions()
        report.schema = tuple(sorted(current))
        if current != known_heads():
            report.problems.append(
                f"Versi skema {sorted(current)} tidak sama dengan versi program {sorted(known_heads())}."
            )
        report.problems.extend(ledger.ledger_problems(db))
        report.entries = ledger.count_entries(db)
        balances = ledger.account_balances(db)
        report.total_debit = sum(b.debit for b in balances)
        report.total_credit = sum(b.credit for b in balances)
    finally:
        db.close()
    return report
