"""Simpanan wajib: months due, arrears, payment ahead."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamura_desktop.domain.wajib import (
    WajibMonth,
    WajibRate,
    WajibStatus,
    months_in_arrears,
    months_paid_ahead,
    wajib_arrears,
    wajib_due,
    wajib_months_due,
    wajib_paid_ahead,
    wajib_schedule,
    wajib_status,
)

D = dt.date
DEFAULT = [(D(2018, 1, 1), 10_000)]  # Rp10.000/month since the cooperative's founding


def test_join_month_and_as_of_month_both_count():
    assert wajib_months_due(D(2024, 1, 10), D(2024, 3, 1)) == 3
    assert wajib_due(D(2024, 1, 10), D(2024, 3, 1), DEFAULT) == 30_000


def test_same_month_is_one_month_due():
    assert wajib_due(D(2024, 5, 20), D(2024, 5, 20), DEFAULT) == 10_000
    assert wajib_due(D(2024, 5, 20), D(2024, 5, 31), DEFAULT) == 10_000


def test_as_of_before_joining_owes_nothing():
    assert wajib_months_due(D(2024, 5, 20), D(2024, 4, 30)) == 0
    assert wajib_due(D(2024, 5, 20), D(2024, 4, 30), DEFAULT) == 0
    assert wajib_schedule(D(2024, 5, 20), D(2023, 1, 1), DEFAULT) == []
    assert wajib_arrears(D(2024, 5, 20), D(2024, 4, 30), DEFAULT, 0) == 0


def test_day_in_the_join_month_before_joining_still_counts_the_month():
    # as_of earlier in the same month than the joining day: the month is due all the same.
    assert wajib_due(D(2024, 5, 20), D(2024, 5, 1), DEFAULT) == 10_000


def test_join_on_the_last_day_of_january_across_february():
    join = D(2024, 1, 31)
    assert wajib_due(join, D(2024, 1, 31), DEFAULT) == 10_000
    assert wajib_due(join, D(2024, 2, 29), DEFAULT) == 20_000  # leap year
    assert wajib_due(join, D(2024, 3, 1), DEFAULT) == 30_000
    assert wajib_due(D(2023, 1, 31), D(2023, 2, 28), DEFAULT) == 20_000


def test_across_the_year_end():
    join = D(2023, 12, 31)
    assert wajib_due(join, D(2023, 12, 31), DEFAULT) == 10_000
    assert wajib_due(join, D(2024, 1, 1), DEFAULT) == 20_000
    assert wajib_months_due(D(2023, 11, 15), D(2025, 2, 3)) == 16
    assert wajib_due(D(2023, 11, 15), D(2025, 2, 3), DEFAULT) == 160_000


def test_rate_change_applies_from_its_whole_month():
    rates = [(D(2018, 1, 1), 10_000), (D(2024, 3, 15), 15_000)]
    # Jan 10.000, Feb 10.000, Mar..May 3 x 15.000
    assert wajib_due(D(2024, 1, 10), D(2024, 5, 2), rates) == 65_000
    assert wajib_schedule(D(2024, 1, 10), D(2024, 4, 1), rates) == [
        WajibMonth(2024, 1, 10_000),
        WajibMonth(2024, 2, 10_000),
        WajibMonth(2024, 3, 15_000),
        WajibMonth(2024, 4, 15_000),
    ]
    # a member who joins after the change pays only the new rate
    assert wajib_due(D(2024, 6, 1), D(2024, 7, 31), rates) == 30_000


def test_rate_order_does_not_matter_and_later_date_in_a_month_wins():
    rates = [
        WajibRate(D(2024, 3, 20), 20_000),
        WajibRate(D(2018, 1, 1), 10_000),
        WajibRate(D(2024, 3, 2), 15_000),
    ]
    assert wajib_due(D(2024, 2, 1), D(2024, 3, 31), rates) == 30_000


def test_months_before_the_first_rate_owe_nothing():
    rates = [(D(2024, 3, 1), 10_000)]
    assert wajib_due(D(2024, 1, 1), D(2024, 4, 30), rates) == 20_000


def test_bad_rate_tables_are_programming_errors():
    with pytest.raises(ValueError):
        wajib_due(D(2024, 1, 1), D(2024, 2, 1), [(D(2024, 1, 1), 10_000.0)])
    with pytest.raises(ValueError):
        wajib_due(D(2024, 1, 1), D(2024, 2, 1), [(D(2024, 1, 1), -1)])
    with pytest.raises(ValueError):
        wajib_due(D(2024, 1, 1), D(2024, 2, 1), [(D(2024, 1, 1), 1), (D(2024, 1, 1), 2)])
    with pytest.raises(ValueError):
        wajib_arrears(D(2024, 1, 1), D(2024, 2, 1), DEFAULT, -5)


def test_arrears_and_paid_ahead():
    join, as_of = D(2024, 1, 15), D(2024, 6, 30)  # 6 months, Rp60.000 due
    assert wajib_arrears(join, as_of, DEFAULT, 25_000) == 35_000
    assert wajib_paid_ahead(join, as_of, DEFAULT, 25_000) == 0
    assert wajib_arrears(join, as_of, DEFAULT, 60_000) == 0
    assert wajib_paid_ahead(join, as_of, DEFAULT, 60_000) == 0
    assert wajib_arrears(join, as_of, DEFAULT, 85_000) == 0  # never negative
    assert wajib_paid_ahead(join, as_of, DEFAULT, 85_000) == 25_000


def test_months_in_arrears_settles_oldest_months_first():
    join, as_of = D(2024, 1, 15), D(2024, 6, 30)
    assert months_in_arrears(join, as_of, DEFAULT, 0) == 6
    assert months_in_arrears(join, as_of, DEFAULT, 25_000) == 4  # Jan, Feb paid; Mar partly
    assert months_in_arrears(join, as_of, DEFAULT, 59_999) == 1
    assert months_in_arrears(join, as_of, DEFAULT, 60_000) == 0
    assert months_in_arrears(join, as_of, DEFAULT, 100_000) == 0


def test_months_in_arrears_with_a_rate_change():
    rates = [(D(2018, 1, 1), 10_000), (D(2024, 3, 1), 15_000)]
    # due: 10, 10, 15, 15 (thousand). Paid 35.000 covers Jan, Feb, and 15.000 of March.
    assert months_in_arrears(D(2024, 1, 1), D(2024, 4, 1), rates, 35_000) == 1
    assert months_in_arrears(D(2024, 1, 1), D(2024, 4, 1), rates, 34_999) == 2


def test_zero_rate_months_are_never_in_arrears():
    rates = [(D(2018, 1, 1), 10_000), (D(2024, 2, 1), 0), (D(2024, 4, 1), 10_000)]
    assert wajib_due(D(2024, 1, 1), D(2024, 4, 30), rates) == 20_000
    assert months_in_arrears(D(2024, 1, 1), D(2024, 4, 30), rates, 10_000) == 1


def test_months_paid_ahead():
    join, as_of = D(2024, 1, 15), D(2024, 6, 30)
    assert months_paid_ahead(join, as_of, DEFAULT, 60_000) == 0
    assert months_paid_ahead(join, as_of, DEFAULT, 85_000) == 2  # Jul, Aug; Sep half
    assert months_paid_ahead(join, as_of, DEFAULT, 25_000) == 0


def test_months_paid_ahead_prices_future_rate_changes():
    rates = [(D(2018, 1, 1), 10_000), (D(2024, 8, 1), 20_000)]
    # 6 months due = 60.000; 50.000 ahead pays July (10.000) and August, September (20.000).
    assert months_paid_ahead(D(2024, 1, 1), D(2024, 6, 30), rates, 110_000) == 3
    assert months_paid_ahead(D(2024, 1, 1), D(2024, 6, 30), rates, 109_999) == 2


def test_months_paid_ahead_stops_at_a_suspended_rate():
    rates = [(D(2018, 1, 1), 10_000), (D(2024, 8, 1), 0)]
    assert months_paid_ahead(D(2024, 1, 1), D(2024, 6, 30), rates, 1_000_000) == 1


def test_paid_before_joining_month_counts_from_the_join_month():
    # A prospective member pays three months ahead before their join date.
    assert months_paid_ahead(D(2024, 5, 2), D(2024, 4, 20), DEFAULT, 30_000) == 3


def test_status_bundles_everything_and_accepts_an_iterator():
    status = wajib_status(D(2024, 1, 15), D(2024, 6, 30), iter(DEFAULT), 25_000)
    assert status == WajibStatus(
        months_due=6,
        due=60_000,
        paid=25_000,
        arrears=35_000,
        paid_ahead=0,
        months_in_arrears=4,
        months_paid_ahead=0,
    )


@given(
    join=st.dates(D(2018, 1, 1), D(2030, 12, 31)),
    as_of=st.dates(D(2017, 1, 1), D(2035, 12, 31)),
    rates=st.lists(
        st.tuples(st.dates(D(2018, 1, 1), D(2036, 1, 1)), st.integers(0, 50_000)),
        min_size=1,
        max_size=5,
        unique_by=lambda r: r[0],
    ),
    paid=st.integers(0, 3_000_000),
)
def test_balance_identities(join, as_of, rates, paid):
    status = wajib_status(join, as_of, rates, paid)
    assert status.due - status.paid == status.arrears - status.paid_ahead
    assert min(status.arrears, status.paid_ahead) == 0
    assert 0 <= status.months_in_arrears <= status.months_due
    assert (status.arrears > 0) == (status.months_in_arrears > 0)
    later = as_of + dt.timedelta(days=40)
    assert wajib_due(join, later, rates) >= status.due
