"""The books' bound: everything ever posted to the ledger, together, stays within
``domain/limits.MAX_BOOKS_TOTAL``. Every balance and every report total is a part of that
sum, so none can exceed it (or overflow SQLite's integers in a SUM).

:func:`check` runs inside the writer's transaction after an entry's lines are flushed
(``ledger.post_entry`` and ``post_entries_in_bulk`` call it). Summing every line on each
posting would cost tens of milliseconds on a large book, so the sum of the lines already
committed is remembered per database file: posted lines are never changed or deleted
(triggers), so that prefix sum stays true, and only lines added since are summed. The prefix
is checked against its last line before use (a restored file starts over), and it only ever
covers lines committed before this transaction began.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from kamura_desktop.db.models.core import JournalLine
from kamura_desktop.db.portable import total as total_of
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.limits import MAX_BOOKS_TOTAL
from kamura_desktop.domain.money import format_rupiah

#: database file -> (last committed line id summed, that line's (entry, account, debit), sum)
_PREFIX: dict[str, tuple[int, tuple, float]] = {}
_BASE = "books_bound.base"  # session.info: the last line id committed before this transaction
#: session.info: (transaction, the prefix's last line id, the sum of the lines posted since)
_PENDING = "books_bound.pending"


def _sum_of(lower: str, upper: str | None = None):
    where = [JournalLine.id > bindparam(lower)]
    if upper is not None:
        where.append(JournalLine.id <= bindparam(upper))
    return select(total_of(JournalLine.debit)).where(*where).scalar_subquery()


def _key_of(line: str) -> list:
    """The key (entry, account, debit) of the line whose id is the parameter ``line``."""
    return [select(part).where(JournalLine.id == bindparam(line)).scalar_subquery()
            for part in (JournalLine.entry_id, JournalLine.account_id, JournalLine.debit)]


#: a transaction's first look, in one statement: the sum of the lines committed since the
#: prefix (up to ``base``), the sum of the lines after ``base`` (this transaction's), the
#: key of the line ``base`` (the new anchor) and that of the line ``upto`` (the prefix's
#: anchor, checked: :func:`_first_look`). Built once: no statement rebuilt per posting.
_FIRST_LOOK = select(_sum_of("upto", "base"), _sum_of("base"), *_key_of("base"), *_key_of("upto"))


def carried(session: Session) -> bool:
    """True when this transaction's sum is known (:func:`check` needs no query and no id of
    the new lines: they may wait in the session for the next flush)."""
    upto = _PREFIX.get(str(session.get_bind().url), (0,))[0]
    known = session.info.get(_PENDING)
    return (_BASE in session.info and known is not None
            and known[0] is session.get_transaction() and known[1] == upto)


def check(session: Session, *, first_new_line_id: int | None, debits: int | None = None) -> None:
    """Refuse the posting (the caller's transaction rolls back) when it takes the sum of all
    debits ever posted beyond ``MAX_BOOKS_TOTAL``. ``first_new_line_id``: the smallest id of
    the lines this posting flushed (None: not flushed, when :func:`carried`); ``debits``:
    their debits together.

    Within one transaction the sum of what it posted is read once and then carried on by
    ``debits`` (only the ledger posts lines, and it calls this for each posting): a
    collection sheet's five entries cost one read, not five (issue 16)."""
    base = (session.info[_BASE] if first_new_line_id is None
            else session.info.setdefault(_BASE, first_new_line_id - 1))
    key = str(session.get_bind().url)
    tx = session.get_transaction()
    upto, anchor, total = _PREFIX.get(key, (0, (), 0.0))
    known = session.info.get(_PENDING)
    if known is not None and known[0] is tx and known[1] == upto and debits is not None:
        pending = known[2] + debits  # the prefix was checked by this transaction's first posting
    else:
        upto, anchor, total, pending = _first_look(session, key, base, upto, anchor, total)
    session.info[_PENDING] = (tx, upto, pending)
    if total + pending > MAX_BOOKS_TOTAL:
        raise UserError(f"Jumlah seluruh transaksi di buku besar akan melebihi batas "
                        f"{format_rupiah(MAX_BOOKS_TOTAL)}; jumlah ini tidak mungkin untuk "
                        "koperasi ini. Periksa jumlahnya. Tidak ada yang dibukukan.",
                        field="amount", code="books_too_large")


def _first_look(session: Session, key: str, base: int, upto: int, anchor: tuple,
                total: float) -> tuple[int, tuple, float, float]:
    """A transaction's first posting, in one statement: the prefix brought up to ``base``
    (the last line committed before this transaction) after its anchor is checked, and the
    sum of the lines after ``base``. A prefix that does not hold (another file at this
    path: a restore) starts over (a second statement)."""
    if upto > base:
        upto, anchor, total = 0, (), 0.0  # another file at this path: start over
    since, after, *keys = session.execute(_FIRST_LOOK, {"upto": upto, "base": base}).one()
    if upto and tuple(keys[3:]) != anchor:
        upto, anchor, total = 0, (), 0.0  # another file at this path: start over
        since, after, *keys = session.execute(_FIRST_LOOK, {"upto": 0, "base": base}).one()
    if base > upto:
        # SQLite's total() is a float that never overflows; exact far beyond the bound
        total += since or 0.0
        upto, anchor = base, tuple(keys[:3]) if keys[0] is not None else ()
        _PREFIX[key] = (upto, anchor, total)
    return upto, anchor, total, after or 0.0
