"""Working days: which dates an instalment may fall due on.

A working day is any day that is not a listed holiday and — unless the office turns it
off — not a Sunday. **Saturday is a working day**: the pindang market and the
cooperative's collectors work on Saturdays, and the pilot's daily instalments ran
Monday to Saturday. The holiday list (national holidays and *cuti bersama*) is data the
office keeps; it is passed in as a set of dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

_ONE_DAY = dt.timedelta(days=1)
_SUNDAY = 6  # date.weekday()


def is_working_day(
    d: dt.date, holidays: Collection[dt.date] = frozenset(), *, skip_sundays: bool = True
) -> bool:
    """True when ``d`` is neither a listed holiday nor (if skipped) a Sunday."""
    if skip_sundays and d.weekday() == _SUNDAY:
        return False
    return d not in holidays


def roll_to_working_day(
    d: dt.date, holidays: Collection[dt.date] = frozenset(), *, skip_sundays: bool = True
) -> dt.date:
    """``d`` itself if it is a working day, otherwise the first working day after it."""
    # Terminates: the holiday set is finite, so a working day always comes.
    while not is_working_day(d, holidays, skip_sundays=skip_sundays):
        d += _ONE_DAY
    return d


def next_working_day(
    d: dt.date, holidays: Collection[dt.date] = frozenset(), *, skip_sundays: bool = True
) -> dt.date:
    """The first working day strictly after ``d``."""
    return roll_to_working_day(d + _ONE_DAY, holidays, skip_sundays=skip_sundays)


def previous_working_day(
    d: dt.date, holidays: Collection[dt.date] = frozenset(), *, skip_sundays: bool = True
) -> dt.date:
    """The last working day strictly before ``d``."""
    d -= _ONE_DAY
    while not is_working_day(d, holidays, skip_sundays=skip_sundays):
        d -= _ONE_DAY
    return d


def add_working_days(
    d: dt.date, n: int, holidays: Collection[dt.date] = frozenset(), *, skip_sundays: bool = True
) -> dt.date:
    """The ``n``-th working day after ``d`` (before it when ``n`` is negative).

    ``n == 0`` returns ``d`` unchanged, even if it is not a working day. ``d`` itself is
    never counted: add_working_days(Saturday, 1) is Monday when Sundays are skipped.
    """
    step = next_working_day if n >= 0 else previous_working_day
    for _ in range(abs(n)):
        d = step(d, holidays, skip_sundays=skip_sundays)
    return d
