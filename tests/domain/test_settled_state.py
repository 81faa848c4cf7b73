"""settled_state: the schedule once a total has been paid, in one pass, equal to the replay."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamura_desktop.domain.allocation import (
    ScheduleDue,
    replay_payments,
    settled_state,
)
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.schedule import ProductTerms, build_schedule

D = dt.date

# Paket Usaha as the schedule module builds it: Rp25.000 + Rp200 jasa in 6 × Rp4.200.
_PAKET = build_schedule(ProductTerms(25_000, 6, "daily", "fixed", service_fixed=200), D(2024, 3, 1))
PAKET = [ScheduleDue(i.no, i.due_date, i.principal_part, i.service_part) for i in _PAKET.instalments]


def _paid(state):
    return [(p.no, p.service_paid, p.principal_paid) for p in state.paid]


def test_paket_usaha_rows_used_here():
    assert [(r.principal_due, r.service_due) for r in PAKET] == [
        (4166, 34), (4167, 33), (4167, 33), (4166, 34), (4167, 33), (4167, 33)]
    assert sum(r.amount_due for r in PAKET) == 25_200


def test_nothing_paid():
    state = settled_state(PAKET, 0)
    assert _paid(state) == [(n, 0, 0) for n in range(1, 7)]
    assert state.outstanding == 25_200
    assert not state.is_lunas


def test_one_instalment_pays_its_jasa_and_pokok():
    state = settled_state(PAKET, 4_200)
    assert _paid(state) == [(1, 34, 4166)] + [(n, 0, 0) for n in range(2, 7)]
    assert state.principal_outstanding == 25_000 - 4_166
    assert state.service_outstanding == 200 - 34


def test_a_small_payment_goes_to_jasa_first():
    assert _paid(settled_state(PAKET, 20))[0] == (1, 20, 0)
    assert _paid(settled_state(PAKET, 34))[0] == (1, 34, 0)
    assert _paid(settled_state(PAKET, 35))[0] == (1, 34, 1)
    # into the second instalment: its jasa before its pokok
    assert _paid(settled_state(PAKET, 4_210))[:3] == [(1, 34, 4166), (2, 10, 0), (3, 0, 0)]
    assert _paid(settled_state(PAKET, 4_234))[:3] == [(1, 34, 4166), (2, 33, 1), (3, 0, 0)]


def test_paying_ahead_fills_the_oldest_first():
    state = settled_state(PAKET, 10_000)
    assert _paid(state) == [(1, 34, 4166), (2, 33, 4167), (3, 33, 1567),
                            (4, 0, 0), (5, 0, 0), (6, 0, 0)]
    assert state.total_paid == 10_000
    assert state.outstanding == 15_200


def test_everything_paid_is_lunas():
    state = settled_state(PAKET, 25_200)
    assert state.is_lunas
    assert [(p.service_paid, p.principal_paid) for p in state.paid] == [
        (r.service_due, r.principal_due) for r in PAKET]


def test_one_rupiah_short_is_not_lunas():
    state = settled_state(PAKET, 25_199)
    assert not state.is_lunas
    assert _paid(state)[-1] == (6, 33, 4166)


def test_an_overpayment_is_refused():
    with pytest.raises(UserError) as err:
        settled_state(PAKET, 25_201)
    assert err.value.code == "overpayment"
    assert err.value.field == "amount"
    assert "Rp25.201" in err.value.message and "Rp25.200" in err.value.message


def test_the_allocations_stay_empty():
    assert settled_state(PAKET, 12_345).allocations == ()


def test_rows_are_ordered_by_due_date_then_number_whatever_the_input_order():
    rows = [
        ScheduleDue(3, D(2024, 3, 2), 100, 10),
        ScheduleDue(2, D(2024, 3, 1), 100, 10),
        ScheduleDue(1, D(2024, 3, 1), 100, 10),
    ]
    state = settled_state(rows, 150)
    assert [r.no for r in state.rows] == [1, 2, 3]
    assert _paid(state) == [(1, 10, 100), (2, 10, 30), (3, 0, 0)]
    # the due date wins over the number
    rows = [ScheduleDue(1, D(2024, 4, 1), 50, 5), ScheduleDue(2, D(2024, 3, 1), 50, 5)]
    assert _paid(settled_state(rows, 60)) == [(2, 5, 50), (1, 5, 0)]


def test_rows_with_no_jasa_or_no_pokok():
    rows = [ScheduleDue(1, D(2024, 1, 1), 0, 500), ScheduleDue(2, D(2024, 2, 1), 1_000, 0),
            ScheduleDue(3, D(2024, 3, 1), 0, 0), ScheduleDue(4, D(2024, 4, 1), 1_000, 7)]
    assert _paid(settled_state(rows, 1_503)) == [(1, 500, 0), (2, 0, 1_000), (3, 0, 0), (4, 3, 0)]


@pytest.mark.parametrize("payments", [
    [4_200] * 6,
    [25_200],
    [1, 4_199, 10_000, 11_000],
    [34, 4_166, 33, 4_167, 16_800],
    [4_233, 1, 2, 4_197],
    [3_000, 3_000, 3_000, 3_000],
])
def test_equals_replaying_the_payments_one_by_one(payments):
    replayed = replay_payments(PAKET, payments)
    state = settled_state(PAKET, sum(payments))
    assert state.rows == replayed.rows
    assert state.paid == replayed.paid
    assert state.total_paid == sum(payments)


# ---------------------------------------------------------------- property


@st.composite
def schedules_and_payments(draw):
    n = draw(st.integers(1, 10))
    start = D(2024, 1, 1)
    offsets = draw(st.lists(st.integers(0, 20), min_size=n, max_size=n))  # ties included
    numbers = draw(st.permutations(range(1, n + 1)))
    rows = [ScheduleDue(no, start + dt.timedelta(days=off), draw(st.integers(0, 50_000)),
                        draw(st.integers(0, 5_000)))
            for no, off in zip(numbers, offsets, strict=True)]
    owed = sum(r.amount_due for r in rows)
    total = draw(st.integers(0, owed))
    k = draw(st.integers(1, 8)) if total else 0
    cuts = sorted(draw(st.lists(st.integers(1, total - 1), min_size=k - 1, max_size=k - 1,
                                unique=True))) if total > k else []
    bounds = [0, *cuts, total] if total else [0]
    payments = [b - a for a, b in zip(bounds, bounds[1:], strict=False)]
    return rows, payments


@settings(max_examples=200, deadline=None)
@given(schedules_and_payments())
def test_settled_state_equals_the_replay_for_any_split(case):
    rows, payments = case
    total = sum(payments)
    state = settled_state(rows, total)
    replayed = replay_payments(rows, payments)
    assert state.rows == replayed.rows
    assert state.paid == replayed.paid
    assert state.total_paid == total
    # the greedy shape: along (jasa 1, pokok 1, jasa 2, pokok 2, ...) in due order, every part
    # is paid in full until the money runs out; once one is short, nothing later is touched
    short = False
    for r, p in zip(state.rows, state.paid, strict=True):
        for paid, due in ((p.service_paid, r.service_due), (p.principal_paid, r.principal_due)):
            assert 0 <= paid <= due
            if short:
                assert paid == 0
            short = short or paid < due


@settings(max_examples=100, deadline=None)
@given(schedules_and_payments(), st.integers(1, 1_000_000))
def test_more_than_owed_is_refused(case, extra):
    rows, _ = case
    owed = sum(r.amount_due for r in rows)
    with pytest.raises(UserError) as err:
        settled_state(rows, owed + extra)
    assert err.value.code == "overpayment"
