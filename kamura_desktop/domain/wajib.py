"""Simpanan wajib: what a member owes in monthly compulsory savings, and how far behind
(or ahead) they are.

The rules, as a careful bookkeeper would keep them:

* **Which months are due.** Every calendar month from the month of joining up to and
  including the month of ``as_of``. The month of joining counts in full whatever the day
  (a member who joins on 31 January owes January), and the current month counts as due
  from its first day (the wajib is payable at the start of the month). If ``as_of`` is
  before the month of joining, nothing is due.
* **How much.** The rate table is a list of ``(effective_from, monthly amount)``. A rate
  applies to whole months from the month containing ``effective_from``: a change
  effective 15 March applies to all of March. When two changes fall in the same month,
  the later date wins for that month. Months before the first rate's month owe nothing
  (there was no wajib yet) — so the office's rate table must start no later than the
  founding of the cooperative.
* **Payments** are a total; they settle the oldest months first. Anything beyond what is
  due is *paid ahead* (never negative arrears).

All amounts are whole rupiah (int). Rate-table mistakes are programming errors
(:class:`ValueError`), because the table is validated where the office edits it.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple


class WajibRate(NamedTuple):
    """One entry of the rate table. A plain ``(date, int)`` tuple works as well."""

    effective_from: dt.date
    amount: int


class WajibMonth(NamedTuple):
    """One due month and the wajib owed for it."""

    year: int
    month: int
    amount: int


@dataclass(frozen=True)
class WajibStatus:
    """Everything the member screen shows about a member's simpanan wajib at one date."""

    months_due: int  # number of months due so far (join month .. as_of month)
    due: int  # total owed for those months
    paid: int  # total paid in
    arrears: int  # due - paid, never negative
    paid_ahead: int  # paid - due, never negative
    months_in_arrears: int  # due months not fully covered (oldest paid first)
    months_paid_ahead: int  # whole future months covered by paid_ahead


RateTable = list[tuple[int, int]]  # (month index, amount), sorted, one entry per month


def _month_index(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


def _rate_table(rates: Iterable[tuple[dt.date, int]]) -> RateTable:
    entries = [WajibRate(*r) for r in rates]
    for e in entries:
        if not isinstance(e.effective_from, dt.date):
            raise ValueError(f"effective_from must be a date, got {e.effective_from!r}")
        if not isinstance(e.amount, int) or isinstance(e.amount, bool) or e.amount < 0:
            raise ValueError(f"wajib amount must be a non-negative int, got {e.amount!r}")
    entries.sort(key=lambda e: e.effective_from)
    by_month: dict[int, int] = {}
    for prev, cur in zip([None, *entries], entries, strict=False):
        if prev is not None and prev.effective_from == cur.effective_from:
            raise ValueError(f"two wajib rates effective on {cur.effective_from}")
        by_month[_month_index(cur.effective_from)] = cur.amount  # later date in month wins
    return sorted(by_month.items())


def _start(entry: tuple[int, int]) -> int:
    return entry[0]


def _amount_in(table: RateTable, month_index: int) -> int:
    pos = bisect.bisect_right(table, month_index, key=_start) - 1
    return table[pos][1] if pos >= 0 else 0


def wajib_schedule(
    join_date: dt.date, as_of: dt.date, rates: Iterable[tuple[dt.date, int]]
) -> list[WajibMonth]:
    """The due months from joining to ``as_of`` (inclusive), oldest first, with amounts."""
    table = _rate_table(rates)
    first, last = _month_index(join_date), _month_index(as_of)
    return [
        WajibMonth(mi // 12, mi % 12 + 1, _amount_in(table, mi)) for mi in range(first, last + 1)
    ]


def wajib_months_due(join_date: dt.date, as_of: dt.date) -> int:
    """How many calendar months are due: join month to ``as_of`` month inclusive, or 0."""
    return max(0, _month_index(as_of) - _month_index(join_date) + 1)


def wajib_due(join_date: dt.date, as_of: dt.date, rates: Iterable[tuple[dt.date, int]]) -> int:
    """Total simpanan wajib owed from joining up to and including ``as_of``'s month."""
    return sum(m.amount for m in wajib_schedule(join_date, as_of, rates))


def _check_paid(paid: int) -> None:
    if not isinstance(paid, int) or isinstance(paid, bool) or paid < 0:
        raise ValueError(f"paid must be a non-negative int, got {paid!r}")


def wajib_arrears(
    join_date: dt.date, as_of: dt.date, rates: Iterable[tuple[dt.date, int]], paid: int
) -> int:
    """What is still owed: due minus paid, never below zero."""
    _check_paid(paid)
    return max(0, wajib_due(join_date, as_of, rates) - paid)


def wajib_paid_ahead(
    join_date: dt.date, as_of: dt.date, rates: Iterable[tuple[dt.date, int]], paid: int
) -> int:
    """What has been paid beyond what is due so far (0 when in arrears or exactly paid)."""
    _check_paid(paid)
    return max(0, paid - wajib_due(join_date, as_of, rates))


def months_in_arrears(
    join_date: dt.date, as_of: dt.date, rates: Iterable[tuple[dt.date, int]], paid: int
) -> int:
    """Number of due months not fully paid, settling the oldest months first.

    A partly paid month counts as in arrears. A month with a zero rate is never in arrears.
    """
    _check_paid(paid)
    left = paid
    behind = 0
    for m in wajib_schedule(join_date, as_of, rates):
        if left >= m.amount:
            left -= m.amount
        else:
            left = 0
            behind += 1
    return behind


def months_paid_ahead(
    join_date: dt.date, as_of: dt.date, rates: Iterable[tuple[dt.date, int]], paid: int
) -> int:
    """Whole months after ``as_of``'s month that the money paid ahead already covers.

    Future months are priced with the rate table, including changes dated in the future.
    Counting stops at the first future month whose rate is 0 (wajib suspended: "months
    ahead" means nothing then).
    """
    rate_list = list(rates)  # used twice; may be a one-shot iterator
    table = _rate_table(rate_list)
    surplus = wajib_paid_ahead(join_date, as_of, rate_list, paid)
    start = max(_month_index(as_of), _month_index(join_date) - 1) + 1
    count = 0
    # Walk the rate segments from ``start``; the last one runs for ever.
    month = start
    while surplus > 0:
        amount = _amount_in(table, month)
        if amount == 0:
            break
        pos = bisect.bisect_right(table, month, key=_start)
        seg_len = table[pos][0] - month if pos < len(table) else None
        afford = surplus // amount
        take = afford if seg_len is None else min(afford, seg_len)
        count += take
        surplus -= take * amount
        if seg_len is None or take < seg_len:
            break
        month += seg_len
    return count


def wajib_status(
    join_date: dt.date, as_of: dt.date, rates: Iterable[tuple[dt.date, int]], paid: int
) -> WajibStatus:
    """All the figures above in one object."""
    rate_list = list(rates)  # may be a one-shot iterator
    due = wajib_due(join_date, as_of, rate_list)
    _check_paid(paid)
    return WajibStatus(
        months_due=wajib_months_due(join_date, as_of),
        due=due,
        paid=paid,
        arrears=max(0, due - paid),
        paid_ahead=max(0, paid - due),
        months_in_arrears=months_in_arrears(join_date, as_of, rate_list, paid),
        months_paid_ahead=months_paid_ahead(join_date, as_of, rate_list, paid),
    )
