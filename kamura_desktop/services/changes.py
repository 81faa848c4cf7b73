"""Typed change notices (Anki's OpChanges): what a write changed, so views can refresh."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    members: bool = False
    savings: bool = False
    groups: bool = False
    credits: bool = False
    repayments: bool = False
    lenders: bool = False
    ledger: bool = False
    users: bool = False
    settings: bool = False
    evaluation: bool = False
    mentoring: bool = False
    books: bool = False  # provisions, SHU, year-end close and reopening
    database: bool = False  # the whole file changed (restore): everything must reload

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def touches(self, *names: str) -> bool:
        """True when any of the named areas changed (or the whole database did)."""
        return self.database or any(getattr(self, n) for n in names)


EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a write returns: its result and what it changed."""

    value: T
    changes: Changes


# ------------------------------------------------------------ another PC's writes
# On the office server another PC's commit arrives as the names of the tables it wrote
# (PostgreSQL NOTIFY, see db/database.py). Each table stands for the area its owner book
# reports in its own ``Changes``; bookkeeping tables every write touches say nothing.

TABLE_AREAS: dict[str, tuple[str, ...]] = {
    "members": ("members",), "member_documents": ("members",), "wajib_rates": ("settings",),
    "savings_transactions": ("savings",),
    "borrower_groups": ("groups",), "group_members": ("groups",),
    "group_supervisors": ("groups",),
    "credit_products": ("credits",), "credit_applications": ("credits",),
    "credits": ("credits",), "schedule_lines": ("credits",), "credit_fundings": ("credits",),
    "holidays": ("credits",),
    "repayments": ("repayments",), "collection_sheets": ("repayments",),
    "collection_attendance": ("repayments",), "group_covers": ("repayments", "members"),
    "cover_settlements": ("repayments", "members"),
    "lender_profiles": ("lenders",), "capital_contributions": ("lenders",),
    "credit_write_offs": ("lenders", "credits"), "write_off_shares": ("lenders",),
    "prospects": ("lenders",),
    "accounts": ("ledger",), "journal_entries": ("ledger",), "journal_lines": ("ledger",),
    "journal_attachments": ("ledger",),
    "users": ("users",), "settings": ("settings",),
    "mentoring_meetings": ("mentoring",), "mentoring_attendance": ("mentoring",),
    "mentoring_followups": ("mentoring",), "home_visits": ("mentoring",),
    "provisions": ("books",), "year_closes": ("books",), "shu_distributions": ("books",),
    "shu_member_shares": ("books",), "budgets": ("books",), "budget_lines": ("books",),
    "budget_targets": ("books",), "calk_notes": ("books",), "rat_books": ("books",),
    "health_assessments": ("books",), "health_answers": ("books",),
    "payout_receipts": ("savings", "members"), "board_members": ("books",),
}
#: written by (nearly) every write, or only machinery: no view shows them
QUIET_TABLES = frozenset({"audit_log", "tamper_seals", "seal_key_wraps", "sequences", "blobs",
                          "alembic_version"})


#: in a change notice: the whole database was replaced (a restore on the server)
REPLACED = "*"


def changes_for_tables(tables) -> Changes:
    """What another PC's commit that wrote ``tables`` changed. A table nobody mapped (a
    book added later) reloads everything rather than leave a view stale, and so does a
    restore (:data:`REPLACED`)."""
    names: set[str] = set()
    if REPLACED in tables:
        return EVERYTHING
    for table in tables:
        if table in QUIET_TABLES:
            continue
        if table.startswith("eval_"):
            names.add("evaluation")
        elif table in TABLE_AREAS:
            names.update(TABLE_AREAS[table])
        else:
            return EVERYTHING
    return Changes(**dict.fromkeys(names, True))

