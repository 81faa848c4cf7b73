"""Credit schedules for flat-rate products, and working days.

Expected numbers are worked out by hand in the comments.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.schedule import (
    ProductTerms,
    build_schedule,
    due_dates,
    flat_service_charge,
    instalment_amounts,
    round_half_up,
)
from kamura_desktop.domain.workdays import (
    add_working_days,
    is_working_day,
    next_working_day,
    previous_working_day,
    roll_to_working_day,
)

D = dt.date


def _amounts(schedule):
    return [i.amount for i in schedule.instalments]


def _parts(schedule):
    return [(i.principal_part, i.service_part) for i in schedule.instalments]


def bergulir(principal, months, bp, **kw):
    return ProductTerms(
        principal=principal,
        instalments=months,
        frequency="monthly",
        service_mode="flat_percent",
        rate_per_month_bp=bp,
        **kw,
    )


# --- working days ------------------------------------------------------------------------


def test_sunday_and_holidays_are_not_working_days_saturday_is():
    assert is_working_day(D(2024, 5, 11))  # Saturday
    assert not is_working_day(D(2024, 5, 12))  # Sunday
    assert is_working_day(D(2024, 5, 12), skip_sundays=False)
    assert not is_working_day(D(2024, 5, 9), frozenset({D(2024, 5, 9)}))


def test_next_previous_and_roll():
    holidays = frozenset({D(2024, 5, 13)})
    assert next_working_day(D(2024, 5, 11), holidays) == D(2024, 5, 14)  # Sun, holiday Mon
    assert previous_working_day(D(2024, 5, 14), holidays) == D(2024, 5, 11)
    assert roll_to_working_day(D(2024, 5, 11), holidays) == D(2024, 5, 11)
    assert roll_to_working_day(D(2024, 5, 12), holidays) == D(2024, 5, 14)


def test_add_working_days():
    holidays = frozenset({D(2024, 5, 9), D(2024, 5, 10)})
    wed = D(2024, 5, 8)
    assert add_working_days(wed, 0, holidays) == wed
    assert add_working_days(wed, 1, holidays) == D(2024, 5, 11)
    assert add_working_days(wed, 2, holidays) == D(2024, 5, 13)
    assert add_working_days(D(2024, 5, 13), -2, holidays) == D(2024, 5, 8)
    assert add_working_days(wed, 2, holidays, skip_sundays=False) == D(2024, 5, 12)


# --- service charge ------------------------------------------------------------------------


def test_round_half_up():
    assert round_half_up(Fraction(5, 2)) == 3  # banker's rounding would give 2
    assert round_half_up(Fraction(3, 2)) == 2
    assert round_half_up(Fraction(249, 100)) == 2
    assert round_half_up(Fraction(0)) == 0
    with pytest.raises(ValueError):
        round_half_up(Fraction(-1, 2))


def test_flat_percent_service_rounds_half_up_to_the_rupiah():
    # 500 x 0,5 % x 1 month = Rp2,50 -> Rp3
    assert flat_service_charge(bergulir(500, 1, 50)) == 3
    # 12.345 x 1,5 % = 185,175 -> 185
    assert flat_service_charge(bergulir(12_345, 1, 150)) == 185
    # 12.367 x 1,5 % = 185,505 -> 186
    assert flat_service_charge(bergulir(12_367, 1, 150)) == 186


def test_weekly_and_daily_terms_in_months():
    weekly = ProductTerms(100_000, 13, "weekly", "flat_percent", rate_per_month_bp=200)
    assert weekly.term_months == 3  # 13 weeks x 12 / 52
    assert flat_service_charge(weekly) == 6_000
    daily = ProductTerms(100_000, 30, "daily", "flat_percent", rate_per_month_bp=300)
    assert daily.term_months == 1
    assert flat_service_charge(daily) == 3_000
    # 26 weeks = 6 months; 1.000.000 x 2 % x 6 = 120.000
    assert (
        flat_service_charge(
            ProductTerms(1_000_000, 26, "weekly", "flat_percent", rate_per_month_bp=200)
        )
        == 120_000
    )


def test_fixed_service():
    paket = ProductTerms(25_000, 6, "daily", "fixed", service_fixed=200)
    assert flat_service_charge(paket) == 200


# --- the products of DOMAIN.md -----------------------------------------------------------


def test_paket_usaha_six_daily_instalments_of_4200_on_working_days():
    paket = ProductTerms(25_000, 6, "daily", "fixed", service_fixed=200)
    # Disbursed Wednesday 8 May 2024; Thursday 9 May (Kenaikan Isa Almasih) and Friday
    # 10 May (cuti bersama) are listed holidays; Sunday 12 May is skipped.
    holidays = frozenset({D(2024, 5, 9), D(2024, 5, 10)})
    s = build_schedule(paket, D(2024, 5, 8), holidays)
    assert _amounts(s) == [4_200] * 6
    assert [i.due_date for i in s.instalments] == [
        D(2024, 5, 11),
        D(2024, 5, 13),
        D(2024, 5, 14),
        D(2024, 5, 15),
        D(2024, 5, 16),
        D(2024, 5, 17),
    ]
    assert [i.no for i in s.instalments] == [1, 2, 3, 4, 5, 6]
    # principal so far = floor(25.000 x 4.200k / 25.200) = floor(25.000k / 6):
    # 4.166, 8.333, 12.500, 16.666, 20.833, 25.000
    assert _parts(s) == [(4166, 34), (4167, 33), (4167, 33), (4166, 34), (4167, 33), (4167, 33)]
    assert (s.total_principal, s.service_charge, s.rounding_surplus) == (25_000, 200, 0)
    assert (s.total_service, s.total_amount) == (200, 25_200)
    assert not s.used_fallback


@pytest.mark.parametrize("mode", ["last_absorbs", "equal_surplus_income"])
def test_pinjaman_bergulir_500000_at_2_percent_over_10_months(mode):
    # service 500.000 x 2 % x 10 = 100.000; 600.000 / 10 = 60.000 exactly
    s = build_schedule(bergulir(500_000, 10, 200, rounding_mode=mode), D(2024, 1, 31))
    assert _amounts(s) == [60_000] * 10
    assert _parts(s) == [(50_000, 10_000)] * 10
    assert (s.service_charge, s.rounding_surplus, s.total_amount) == (100_000, 0, 600_000)


def test_monthly_due_dates_clamp_to_month_end_and_skip_sundays():
    s = build_schedule(bergulir(500_000, 10, 200), D(2024, 1, 31))
    assert [i.due_date for i in s.instalments] == [
        D(2024, 2, 29),  # clamped, leap year
        D(2024, 4, 1),  # 31 March is a Sunday
        D(2024, 4, 30),  # clamped from 31 January, not from 1 April
        D(2024, 5, 31),
        D(2024, 7, 1),  # 30 June is a Sunday
        D(2024, 7, 31),
        D(2024, 8, 31),  # Saturday is a working day
        D(2024, 9, 30),
        D(2024, 10, 31),
        D(2024, 11, 30),
    ]


# Rp350.000 at 1,5 % a month -------------------------------------------------------------
# 3 months:  service 15.750, T = 365.750, T/3 = 121.916,67
# 7 months:  service 36.750, T = 386.750, T/7 =  55.250
# 12 months: service 63.000, T = 413.000, T/12 = 34.416,67


def test_350000_3_months_last_absorbs():
    s = build_schedule(bergulir(350_000, 3, 150), D(2024, 3, 28))
    # 122.000, 122.000, 365.750 - 244.000 = 121.750
    assert _amounts(s) == [122_000, 122_000, 121_750]
    # principal so far: floor(350.000 x 122.000 / 365.750) = 116.746;
    # floor(350.000 x 244.000 / 365.750) = 233.492; then 350.000
    assert _parts(s) == [(116_746, 5_254), (116_746, 5_254), (116_508, 5_242)]
    assert (s.service_charge, s.rounding_surplus, s.total_amount) == (15_750, 0, 365_750)


def test_350000_3_months_equal_surplus_income():
    s = build_schedule(
        bergulir(350_000, 3, 150, rounding_mode="equal_surplus_income"), D(2024, 3, 28)
    )
    # 3 x 122.000 = 366.000; surplus 250 booked as service income
    assert _amounts(s) == [122_000] * 3
    # principal so far: floor(350.000 k / 3) = 116.666, 233.333, 350.000
    assert _parts(s) == [(116_666, 5_334), (116_667, 5_333), (116_667, 5_333)]
    assert (s.service_charge, s.rounding_surplus, s.total_service) == (15_750, 250, 16_000)
    assert s.total_amount == 366_000


def test_350000_7_months_both_modes_and_increments():
    # increment 100: 55.250 -> 55.300; last = 386.750 - 6 x 55.300 = 54.950
    s = build_schedule(bergulir(350_000, 7, 150), D(2024, 3, 28))
    assert _amounts(s) == [55_300] * 6 + [54_950]
    # increment 1.000: 56.000; last = 386.750 - 336.000 = 50.750
    s = build_schedule(bergulir(350_000, 7, 150, rounding_increment=1_000), D(2024, 3, 28))
    assert _amounts(s) == [56_000] * 6 + [50_750]
    # equal, increment 100: 7 x 55.300 = 387.100, surplus 350; each 50.000 + 5.300
    s = build_schedule(
        bergulir(350_000, 7, 150, rounding_mode="equal_surplus_income"), D(2024, 3, 28)
    )
    assert _parts(s) == [(50_000, 5_300)] * 7
    assert (s.rounding_surplus, s.total_service, s.total_amount) == (350, 37_100, 387_100)
    # equal, increment 500: 7 x 55.500 = 388.500, surplus 1.750
    s = build_schedule(
        bergulir(350_000, 7, 150, rounding_increment=500, rounding_mode="equal_surplus_income"),
        D(2024, 3, 28),
    )
    assert _amounts(s) == [55_500] * 7
    assert _parts(s) == [(50_000, 5_500)] * 7
    assert s.rounding_surplus == 1_750


def test_350000_12_months_both_modes():
    # last_absorbs: 34.500 x 11 = 379.500; last = 413.000 - 379.500 = 33.500
    s = build_schedule(bergulir(350_000, 12, 150), D(2024, 3, 28))
    assert _amounts(s) == [34_500] * 11 + [33_500]
    # floor(350.000 x 34.500 / 413.000) = 29.237
    assert _parts(s)[0] == (29_237, 5_263)
    assert sum(p for p, _ in _parts(s)) == 350_000
    assert sum(sv for _, sv in _parts(s)) == 63_000
    # equal: 12 x 34.500 = 414.000, surplus 1.000
    s = build_schedule(
        bergulir(350_000, 12, 150, rounding_mode="equal_surplus_income"), D(2024, 3, 28)
    )
    assert _amounts(s) == [34_500] * 12
    assert (s.service_charge, s.rounding_surplus, s.total_amount) == (63_000, 1_000, 414_000)
    # principal so far = floor(350.000 k / 12): 29.166, 58.333, 87.500, ...
    assert _parts(s)[:3] == [(29_166, 5_334), (29_167, 5_333), (29_167, 5_333)]


def test_single_instalment_is_the_whole_total_in_last_absorbs():
    s = build_schedule(bergulir(350_000, 1, 150), D(2024, 3, 28))
    assert _amounts(s) == [355_250]
    s = build_schedule(
        bergulir(350_000, 1, 150, rounding_mode="equal_surplus_income"), D(2024, 3, 28)
    )
    assert _amounts(s) == [355_300]
    assert s.rounding_surplus == 50


# --- fallback -----------------------------------------------------------------------------


def test_fallback_when_last_would_be_negative():
    terms = ProductTerms(9_000, 3, "monthly", "fixed", rounding_increment=5_000)
    # 5.000 + 5.000 > 9.000: the last would be -1.000, so split evenly to the rupiah
    assert instalment_amounts(terms) == ((3_000, 3_000, 3_000), 0, True)
    terms = ProductTerms(9_100, 3, "monthly", "fixed", rounding_increment=5_000)
    assert instalment_amounts(terms) == ((3_034, 3_033, 3_033), 0, True)


def test_fallback_when_last_would_be_zero():
    terms = ProductTerms(10_000, 3, "monthly", "fixed", rounding_increment=5_000)
    s = build_schedule(terms, D(2024, 1, 1))
    assert _amounts(s) == [3_334, 3_333, 3_333]
    assert s.used_fallback


def test_small_positive_last_is_not_a_fallback():
    terms = ProductTerms(10_100, 3, "monthly", "fixed", rounding_increment=5_000)
    assert instalment_amounts(terms) == ((5_000, 5_000, 100), 0, False)


# --- due dates ----------------------------------------------------------------------------


def test_weekly_due_dates_are_counted_from_disbursement():
    # Monday 1 April 2024; Monday 8 April is a holiday -> Tuesday 9; the next stays 15 April.
    holidays = frozenset({D(2024, 4, 8)})
    assert due_dates("weekly", D(2024, 4, 1), 3, holidays) == [
        D(2024, 4, 9),
        D(2024, 4, 15),
        D(2024, 4, 22),
    ]


def test_weekly_due_dates_never_collide_after_a_long_holiday():
    # Lebaran week: every day 8..15 April 2024 a holiday; nominal 8 and 15 April would
    # both roll to 16 April, so the second goes to the next working day.
    holidays = frozenset(D(2024, 4, d) for d in range(8, 16))
    assert due_dates("weekly", D(2024, 4, 1), 3, holidays) == [
        D(2024, 4, 16),
        D(2024, 4, 17),
        D(2024, 4, 22),
    ]


def test_daily_first_due_is_the_next_working_day():
    # Disbursed Saturday: Sunday is skipped.
    assert due_dates("daily", D(2024, 5, 11), 2) == [D(2024, 5, 13), D(2024, 5, 14)]
    assert due_dates("daily", D(2024, 5, 11), 2, skip_sundays=False) == [
        D(2024, 5, 12),
        D(2024, 5, 13),
    ]


# --- validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"principal": 0}, "principal"),
        ({"principal": -5}, "principal"),
        ({"instalments": 0}, "instalments"),
        ({"principal": 5, "instalments": 6}, "principal"),
        ({"rate_per_month_bp": -1}, "rate_per_month_bp"),
        ({"rounding_increment": 0}, "rounding_increment"),
    ],
)
def test_terms_a_user_can_get_wrong(kwargs, field):
    args = {
        "principal": 500_000,
        "instalments": 10,
        "frequency": "monthly",
        "service_mode": "flat_percent",
        "rate_per_month_bp": 200,
    } | kwargs
    with pytest.raises(UserError) as info:
        ProductTerms(**args)
    assert info.value.field == field


def test_too_small_principal_message():
    with pytest.raises(UserError) as info:
        ProductTerms(5, 6, "daily", "fixed")
    assert info.value.message == "Pokok pinjaman Rp5 terlalu kecil untuk 6 kali angsuran."


def test_negative_fixed_service():
    with pytest.raises(UserError) as info:
        ProductTerms(25_000, 6, "daily", "fixed", service_fixed=-200)
    assert info.value.field == "service_fixed"


def test_programming_errors():
    with pytest.raises(TypeError):
        ProductTerms(25_000.0, 6, "daily", "fixed")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        ProductTerms(25_000, 6, "fortnightly", "fixed")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        ProductTerms(25_000, 6, "daily", "fixed", rate_per_month_bp=200)
    with pytest.raises(ValueError):
        ProductTerms(25_000, 6, "daily", "flat_percent", service_fixed=200)
    with pytest.raises(ValueError):
        ProductTerms(25_000, 6, "daily", "fixed", rounding_mode="nearest")  # type: ignore[arg-type]


def test_terms_and_schedule_are_frozen():
    s = build_schedule(bergulir(500_000, 10, 200), D(2024, 1, 31))
    with pytest.raises(AttributeError):
        s.terms.principal = 1  # type: ignore[misc]
    with pytest.raises(AttributeError):
        s.instalments[0].amount = 1  # type: ignore[misc]


# --- property ------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(
    principal=st.integers(1, 5_000_000),
    n=st.integers(1, 24),
    frequency=st.sampled_from(["daily", "weekly", "monthly"]),
    service=st.one_of(
        st.tuples(st.just("flat_percent"), st.integers(0, 500)),
        st.tuples(st.just("fixed"), st.integers(0, 2_000_000)),
    ),
    increment=st.sampled_from([1, 100, 500, 1_000]),
    mode=st.sampled_from(["last_absorbs", "equal_surplus_income"]),
    disbursed=st.dates(D(2020, 1, 1), D(2030, 12, 31)),
    holidays=st.frozensets(st.dates(D(2020, 1, 1), D(2033, 12, 31)), max_size=40),
)
def test_schedule_invariants(
    principal, n, frequency, service, increment, mode, disbursed, holidays
):
    service_mode, value = service
    kwargs = (
        {"rate_per_month_bp": value} if service_mode == "flat_percent" else {"service_fixed": value}
    )

    def make():
        return ProductTerms(
            principal,
            n,
            frequency,
            service_mode,
            rounding_increment=increment,
            rounding_mode=mode,
            **kwargs,
        )

    if principal < n:
        with pytest.raises(UserError):
            make()
        return
    terms = make()
    s = build_schedule(terms, disbursed, holidays)
    lines = s.instalments
    amounts = [i.amount for i in lines]

    assert len(lines) == n
    assert [i.no for i in lines] == list(range(1, n + 1))
    # exact totals
    assert s.total_principal == principal
    assert sum(i.principal_part for i in lines) == principal
    assert sum(i.service_part for i in lines) == s.total_service
    assert s.total_service == s.service_charge + s.rounding_surplus
    assert sum(amounts) == s.total_amount == principal + s.total_service
    # nothing negative, nothing empty
    assert all(i.amount == i.principal_part + i.service_part for i in lines)
    assert all(i.principal_part >= 0 and i.service_part >= 0 for i in lines)
    assert all(a > 0 for a in amounts)
    # the rounding rule
    if mode == "equal_surplus_income":
        assert len(set(amounts)) == 1 and amounts[0] % increment == 0
        assert 0 <= s.rounding_surplus < n * increment
    else:
        assert s.rounding_surplus == 0
        if s.used_fallback:
            assert max(amounts) - min(amounts) <= 1
        else:
            assert all(a % increment == 0 for a in amounts[:-1])
            assert amounts[-1] <= amounts[0]
    # dates strictly increase, are working days and come after disbursement
    dates = [i.due_date for i in lines]
    assert dates[0] > disbursed
    assert all(a < b for a, b in zip(dates, dates[1:], strict=False))
    assert all(is_working_day(d, holidays) for d in dates)


@given(
    principal=st.integers(1, 5_000_000),
    n=st.integers(1, 24),
    bp=st.integers(0, 500),
)
def test_monthly_flat_service_is_principal_times_rate_times_months(principal, n, bp):
    assume(principal >= n)
    exact = Fraction(principal * bp * n, 10_000)
    charged = flat_service_charge(bergulir(principal, n, bp))
    # half up: within half a rupiah, and an exact half always goes up
    assert -Fraction(1, 2) < charged - exact <= Fraction(1, 2)
