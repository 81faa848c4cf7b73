"""Running numbers (journal entries, receipts, member numbers).

Called inside a write transaction (BEGIN IMMEDIATE; on PostgreSQL the counter's row lock
beside the write lock), so two processes can never hand out the same number; a rolled-back
transaction gives its number back.

A counter is read (and locked) once per transaction: the row stays locked until the commit,
so the next number this transaction takes comes from the row already in the session — a
collection sheet's five receipts cost one read of the counter, not five (issue 16). The
new value is written with the transaction's next flush (at the latest its commit).
"""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, make_transient_to_detached

from kamura_desktop.db.models.core import Sequence

_LOCKED = "numbering.locked"  # session.info: (transaction, {name: locked Sequence row})

#: the counter's value, its row locked (FOR UPDATE on PostgreSQL; SQLite's write transaction
#: already holds the whole file): one plain SELECT, where an ORM ``get`` with a lock cost
#: ~0,6 ms of building its query each time (issue 20)
_LOCK_COUNTER = (select(Sequence.next_value).where(Sequence.name == bindparam("name"))
                 .with_for_update())


def _counter_row(session: Session, name: str, current: int) -> Sequence:
    """The counter's row as an ORM object holding the value just read (the row the session
    already has, set to it; else one attached as loaded): the new value is written by the
    transaction's next flush, as always."""
    seq = session.identity_map.get(session.identity_key(Sequence, name))
    if seq is None:
        seq = Sequence(name=name, next_value=current)
        make_transient_to_detached(seq)
        session.add(seq)
    else:
        seq.next_value = current
    return seq


def next_number(session: Session, name: str, *, start: int = 1) -> int:
    return reserve_numbers(session, name, 1, start=start)


def reserve_numbers(session: Session, name: str, count: int, *, start: int = 1) -> int:
    """Take ``count`` consecutive numbers at once (history posted in bulk); returns the first."""
    tx = session.get_transaction()
    held = session.info.get(_LOCKED)
    if held is None or held[0] is not tx:
        held = session.info[_LOCKED] = (tx, {})
    seq = held[1].get(name)
    if seq is None:
        # the counter row is locked until commit (on PostgreSQL beside the write lock): two
        # writers never take one number, and a rolled-back number is given back
        current = session.connection().execute(_LOCK_COUNTER, {"name": name}).scalar()
        if current is None:
            seq = Sequence(name=name, next_value=start)
            session.add(seq)
            session.flush()  # a new counter's row exists (and is held) from now on
        else:
            seq = _counter_row(session, name, current)
        held[1][name] = seq
    value = seq.next_value
    seq.next_value = value + count
    return value
