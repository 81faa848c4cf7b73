"""Running numbers (journal entries, receipts, member numbers).

Called inside a write transaction (BEGIN IMMEDIATE), so two processes can never hand out
the same number; a rolled-back transaction gives its number back.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from kamura_desktop.db.models.core import Sequence


def next_number(session: Session, name: str, *, start: int = 1) -> int:
    seq = session.get(Sequence, name)
    if seq is None:
        seq = Sequence(name=name, next_value=start)
        session.add(seq)
    value = seq.next_value
    seq.next_value = value + 1
    session.flush()
    return value
