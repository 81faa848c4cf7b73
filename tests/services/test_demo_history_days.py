"""The demo cooperative's history is the same whatever day it is built on.

Its savings history used to be drawn from one random stream shared by every member, with
ranges that depended on the build day (the days gone of the current month, the months since
joining, when the leaver stopped paying): a demo built on 8 December 2026 had 1.600 of its
1.728 movements up to 7 December different from one built the day before, and the 2025
balance sheet Rp1.300.000 apart — the figures the guide, the examples and the tests quote.
Now the history is drawn as on ``HISTORY_DRAWN_TO`` and continued after it from each member's
own stream. Plain data: no books are built here."""

import datetime as dt

import pytest

from kamura_desktop.demo import members as demo

D = dt.date
DRAWN_TO = demo.HISTORY_DRAWN_TO
LEAVER = next(i for i, p in enumerate(demo.DEMO_MEMBERS) if p.leaves)
#: build days after the drawn day: the next day, a month end, the yearly payers' January, a
#: leap day two years on
LATER = [D(2026, 12, 8), D(2026, 12, 31), D(2027, 1, 2), D(2027, 1, 20), D(2028, 2, 29)]


def _history(today: dt.date) -> list[tuple]:
    # the demo step's own relation: the member left sixteen days before "today"
    moves = demo.history(demo._inputs(today), today, today - dt.timedelta(days=16))
    return [(mv.on_date, mv.member, mv.kind, mv.amount, mv.note) for mv in moves]


@pytest.fixture(scope="module")
def drawn() -> list[tuple]:
    return _history(DRAWN_TO)


@pytest.mark.parametrize("today", LATER, ids=str)
def test_a_demo_built_later_has_every_movement_of_the_drawn_day(drawn, today):
    later = _history(today)
    assert later == sorted(later, key=lambda m: (m[0], m[1], m[2] != "pokok", m[3] < 0))
    up_to = [m for m in later if m[0] <= DRAWN_TO]
    # every movement up to the drawn day is there, the same day, member, kind, amount, note …
    assert [m for m in drawn if m not in up_to] == []
    # … and nothing else, but the leaver's payments until the later leaving (a fortnight
    # before the build day, so it moves with it)
    assert {m[1] for m in up_to if m not in drawn} <= {LEAVER}
    assert len(up_to) - len(drawn) <= 1
    assert all(m[0] <= today for m in later)


def test_the_history_goes_on_after_the_drawn_day():
    today = D(2027, 3, 15)
    later = _history(today)
    for i, p in enumerate(demo.DEMO_MEMBERS):
        mine = [m for m in later if m[1] == i]
        wajib = [m for m in mine if m[2] == "wajib"]
        if p.leaves:
            assert max(m[0] for m in mine) < today - dt.timedelta(days=16)
            continue
        joined = mine[0][0]
        months = demo._months(joined, today)
        if p.yearly:
            assert [m[4] for m in wajib if m[0].year == 2027] == ["Wajib tahun 2027"], p.name
            assert sum(m[3] for m in wajib) == demo.WAJIB * (len(months) + (12 - today.month)), p.name
        else:  # paid every month but the months behind: the arrears the members' list shows
            assert sum(m[3] for m in wajib) == demo.WAJIB * (len(months) - p.behind), p.name
        if p.lender:
            assert any(m[2] == "sukarela" and m[0] > DRAWN_TO for m in mine), p.name
            balance = 0
            for m in (m for m in mine if m[2] == "sukarela"):
                balance += m[3]
                assert balance >= 0, p.name


def test_before_the_drawn_day_the_history_is_drawn_as_it_always_was():
    """A build day on or before the drawn day draws as before (the old stream, unchanged)."""
    day = D(2025, 1, 2)
    moves = demo.history(demo._inputs(day), day, D(2024, 12, 10))
    assert moves == demo._drawn(demo._inputs(day), day, D(2024, 12, 10))
    assert len(moves) == len({(m.on_date, m.member, m.kind, m.amount, m.note) for m in moves})
