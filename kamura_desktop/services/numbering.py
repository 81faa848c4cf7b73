"""Running numbers (journal entries, receipts, member numbers).

Called inside a write transaction (BEGIN IMMEDIATE), so two processes can never hand out
the same number; a rolled-back transaction gives its number back.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from kamura_desktop.db.models.core import Sequence


def next_number(session: Session, name: str, *, start: int = 1) -> int:
    return reserve_numbers(session, name, 1, start=start)


def reserve_numbers(session: Session, name: str, count: int, *, start: int = 1) -> int:
    """Take ``count`` consecutive numbers at once (history posted in bulk); returns the first."""
    # the counter row is locked until commit (on PostgreSQL beside the write lock): two
    # writers never take one number, and a rolled-back number is given back
    seq = session.get(Sequence, name, with_for_update=True)
    if seq is None:
        seq = Sequence(name=name, next_value=start)
        session.add(seq)
    value = seq.next_value
    seq.next_value = value + count
    session.flush()
    return value
