"""Kolektibilitas rule sets: class boundaries, provisions, arrears facts from a schedule."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.kolektibilitas import (
    DEFAULT_RULE_SET,
    KUKM14,
    PNPM,
    POJK40,
    RULE_SETS,
    DueRow,
    InstalmentFrequency,
    KolektibilitasRuleSet,
    LoanArrearsFacts,
    Measure,
    ThresholdTable,
    add_months,
    arrears_facts,
    classify,
    days_past_due,
    get_rule_set,
    instalments_in_arrears,
    months_elapsed,
    months_in_arrears,
    periods_elapsed_before,
    provision_amount,
    rule_set_from_dict,
    rule_set_to_dict,
)

D = dt.date
F = InstalmentFrequency


# ---------------------------------------------------------------------------- pojk40


@pytest.mark.parametrize(
    ("days", "kol", "label", "bp"),
    [
        (0, 1, "Lancar", 100),
        (1, 2, "Dalam Perhatian Khusus", 500),
        (90, 2, "Dalam Perhatian Khusus", 500),
        (91, 3, "Kurang Lancar", 1500),
        (120, 3, "Kurang Lancar", 1500),
        (121, 4, "Diragukan", 5000),
        (180, 4, "Diragukan", 5000),
        (181, 5, "Macet", 10000),
        (2000, 5, "Macet", 10000),
    ],
)
def test_pojk40_boundaries(days, kol, label, bp):
    c = classify(POJK40, LoanArrearsFacts(days_past_due=days))
    assert (c.kol, c.label, c.provision_bp) == (kol, label, bp)


def test_pojk40_is_the_default_and_ignores_frequency():
    assert DEFAULT_RULE_SET == "pojk40"
    assert get_rule_set() is POJK40
    for freq in (None, *F):
        assert classify(POJK40, LoanArrearsFacts(days_past_due=91, frequency=freq)).kol == 3


def test_provision_percent():
    assert classify(POJK40, LoanArrearsFacts(days_past_due=100)).provision_percent == Decimal(15)


# ---------------------------------------------------------------------------- kukm14


def _kukm(months, freq, since=None):
    return classify(
        KUKM14,
        LoanArrearsFacts(months_in_arrears=months, frequency=freq, months_since_last_payment=since),
    ).kol


EPS = Fraction(1, 31)  # one day into the next month


@pytest.mark.parametrize("freq", [F.DAILY, F.WEEKLY, F.FORTNIGHTLY])
@pytest.mark.parametrize(
    ("months", "kol"),
    [(0, 1), (EPS, 2), (1, 2), (1 + EPS, 3), (2, 3), (2 + EPS, 4), (3, 4), (3 + EPS, 5), (40, 5)],
)
def test_kukm14_daily_weekly_bands(freq, months, kol):
    assert _kukm(months, freq) == kol


@pytest.mark.parametrize("freq", [F.MONTHLY, F.BIMONTHLY, F.QUARTERLY])
@pytest.mark.parametrize(
    ("months", "kol"),
    [(0, 1), (EPS, 2), (3, 2), (3 + EPS, 3), (6, 3), (6 + EPS, 4), (12, 4), (12 + EPS, 5)],
)
def test_kukm14_monthly_bands(freq, months, kol):
    assert _kukm(months, freq) == kol


@pytest.mark.parametrize("freq", [F.SEMIANNUAL, F.YEARLY])
@pytest.mark.parametrize(
    ("months", "kol"),
    [(0, 1), (6, 2), (6 + EPS, 3), (12, 3), (12 + EPS, 4), (24, 4), (24 + EPS, 5)],
)
def test_kukm14_long_period_bands(freq, months, kol):
    assert _kukm(months, freq) == kol


def test_kukm14_accepts_decimal_and_int_months():
    assert _kukm(Decimal("1.0"), F.DAILY) == 2
    assert _kukm(Decimal("1.01"), F.DAILY) == 3
    assert _kukm(2, F.WEEKLY) == 3


def test_kukm14_refuses_float_months():
    with pytest.raises(TypeError):
        _kukm(1.5, F.DAILY)


def test_kukm14_boundary_counted_on_the_calendar():
    # Instalment due 15 Jan, daily loan: on 15 Feb one full month late (still class 2),
    # on 16 Feb "over one month" (kurang lancar), on 15 Mar two months, 16 Mar diragukan.
    rows = [DueRow(D(2024, 1, 15), 4200, 0)]
    expected = {D(2024, 2, 15): 2, D(2024, 2, 16): 3, D(2024, 3, 15): 3, D(2024, 3, 16): 4}
    for as_of, kol in expected.items():
        facts = arrears_facts(rows, as_of, F.DAILY)
        assert classify(KUKM14, facts).kol == kol, as_of


def test_kukm14_doubtful_without_payment_for_12_months_is_loss():
    # Monthly loan 8 months in arrears is diragukan; after 12 months with no payment at all
    # it is macet.
    assert _kukm(8, F.MONTHLY) == 4
    assert _kukm(8, F.MONTHLY, since=None) == 4
    assert _kukm(8, F.MONTHLY, since=Fraction(119, 10)) == 4
    assert _kukm(8, F.MONTHLY, since=12) == 5
    # The rule promotes only diragukan: kurang lancar stays kurang lancar.
    assert _kukm(5, F.MONTHLY, since=13) == 3


def test_kukm14_needs_months_and_frequency():
    with pytest.raises(ValueError, match="months_in_arrears"):
        classify(KUKM14, LoanArrearsFacts(days_past_due=40, frequency=F.DAILY))
    with pytest.raises(ValueError, match="frequency"):
        classify(KUKM14, LoanArrearsFacts(months_in_arrears=1))


def test_no_payment_rule_from_schedule_uses_disbursement_when_never_paid():
    rows = [DueRow(add_months(D(2023, 2, 1), i), 100_000, 0) for i in range(12)]
    as_of = D(2024, 1, 10)  # oldest unpaid due 1 Feb 2023: 11 months and a bit late
    facts = arrears_facts(rows, as_of, F.MONTHLY, disbursed_on=D(2023, 1, 1))
    assert facts.months_since_last_payment > 12
    assert classify(KUKM14, facts).kol == 5
    paid_recently = arrears_facts(rows, as_of, F.MONTHLY, last_payment_on=D(2023, 12, 1))
    assert classify(KUKM14, paid_recently).kol == 4


# ---------------------------------------------------------------------------- pnpm


@pytest.mark.parametrize(
    ("instalments", "kol"),
    [(0, 1), (1, 2), (3, 2), (4, 3), (6, 3), (7, 4), (12, 4), (13, 5)],
)
def test_pnpm_boundaries(instalments, kol):
    assert classify(PNPM, LoanArrearsFacts(instalments_in_arrears=instalments)).kol == kol


# ---------------------------------------------------------------------------- facts


def test_days_past_due_from_oldest_unpaid_instalment():
    rows = [
        DueRow(D(2024, 3, 1), 4200, 4200),
        DueRow(D(2024, 3, 2), 4200, 1000),  # partly paid: still unpaid
        DueRow(D(2024, 3, 3), 4200, 0),
        DueRow(D(2024, 3, 4), 4200, 0),
    ]
    assert days_past_due(rows, D(2024, 3, 2)) == 0  # due today is not late yet
    assert days_past_due(rows, D(2024, 3, 3)) == 1
    assert days_past_due(rows, D(2024, 3, 12)) == 10
    assert instalments_in_arrears(rows, D(2024, 3, 3)) == 1
    assert instalments_in_arrears(rows, D(2024, 3, 4)) == 2


def test_days_past_due_ignores_paid_and_future_rows_and_input_order():
    rows = [
        DueRow(D(2024, 5, 1), 100, 0),
        DueRow(D(2024, 3, 1), 100, 100),
        DueRow(D(2024, 4, 1), 100, 0),
    ]
    assert days_past_due(rows, D(2024, 4, 11)) == 10
    assert days_past_due([DueRow(D(2024, 3, 1), 100, 100)], D(2025, 1, 1)) == 0
    assert days_past_due([], D(2025, 1, 1)) == 0


def test_zero_amount_instalment_is_never_in_arrears():
    assert days_past_due([DueRow(D(2024, 1, 1), 0, 0)], D(2024, 6, 1)) == 0


def test_instalments_keep_counting_after_the_final_due_date():
    # Paket usaha: 6 daily instalments, never paid.
    rows = [DueRow(D(2024, 3, 1) + dt.timedelta(days=i), 4200, 0) for i in range(6)]
    last = rows[-1].due_date
    assert instalments_in_arrears(rows, last, F.DAILY) == 5
    assert instalments_in_arrears(rows, last + dt.timedelta(days=1), F.DAILY) == 6
    assert instalments_in_arrears(rows, last + dt.timedelta(days=10), F.DAILY) == 15
    # Without a frequency the count stops at the schedule's end.
    assert instalments_in_arrears(rows, last + dt.timedelta(days=10)) == 6
    facts = arrears_facts(rows, last + dt.timedelta(days=10), F.DAILY)
    assert classify(PNPM, facts).kol == 5


def test_fully_paid_loan_does_not_count_virtual_instalments():
    rows = [DueRow(D(2024, 3, 1), 4200, 4200)]
    assert instalments_in_arrears(rows, D(2025, 3, 1), F.DAILY) == 0


def test_periods_elapsed_before_monthly_and_weekly():
    last = D(2024, 6, 30)
    assert periods_elapsed_before(last, D(2024, 7, 30), F.MONTHLY) == 0
    assert periods_elapsed_before(last, D(2024, 7, 31), F.MONTHLY) == 1
    assert periods_elapsed_before(last, D(2024, 9, 30), F.MONTHLY) == 2
    assert periods_elapsed_before(last, D(2024, 10, 1), F.QUARTERLY) == 1
    assert periods_elapsed_before(last, D(2024, 7, 7), F.WEEKLY) == 0
    assert periods_elapsed_before(last, D(2024, 7, 8), F.WEEKLY) == 1
    assert periods_elapsed_before(last, last, F.DAILY) == 0


def test_add_months_clips_to_month_end_without_drift():
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2024, 1, 31), 2) == D(2024, 3, 31)
    assert add_months(D(2023, 1, 31), 1) == D(2023, 2, 28)
    assert add_months(D(2024, 11, 15), 3) == D(2025, 2, 15)
    assert add_months(D(2024, 3, 15), -3) == D(2023, 12, 15)


def test_months_elapsed_exact():
    assert months_elapsed(D(2024, 1, 15), D(2024, 1, 15)) == 0
    assert months_elapsed(D(2024, 1, 15), D(2024, 1, 10)) == 0
    assert months_elapsed(D(2024, 1, 15), D(2024, 2, 15)) == 1
    assert months_elapsed(D(2024, 1, 15), D(2024, 2, 16)) == 1 + Fraction(1, 29)
    assert months_elapsed(D(2024, 1, 31), D(2024, 2, 29)) == 1
    assert months_elapsed(D(2024, 1, 31), D(2024, 3, 1)) == 1 + Fraction(1, 31)
    assert months_elapsed(D(2023, 6, 1), D(2024, 6, 1)) == 12


@given(
    st.dates(min_value=D(2000, 1, 1), max_value=D(2040, 1, 1)),
    st.integers(min_value=0, max_value=400),
    st.integers(min_value=0, max_value=30),
)
def test_months_elapsed_exceeds_n_exactly_after_the_nth_anniversary(start, n, extra_days):
    end = add_months(start, n) + dt.timedelta(days=extra_days)
    m = months_elapsed(start, end)
    assert (m > n) == (extra_days > 0)
    assert n <= m < n + 2


@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=400),
            st.integers(min_value=0, max_value=10_000),
            st.integers(min_value=0, max_value=10_000),
        ),
        max_size=12,
    ),
    st.integers(min_value=0, max_value=800),
    st.sampled_from(list(F)),
)
def test_facts_agree_on_whether_anything_is_late(raw, as_of_offset, freq):
    base = D(2024, 1, 1)
    rows = [DueRow(base + dt.timedelta(days=o), due, min(paid, due)) for o, due, paid in raw]
    as_of = base + dt.timedelta(days=as_of_offset)
    facts = arrears_facts(rows, as_of, freq)
    late = facts.days_past_due > 0
    assert late == (facts.instalments_in_arrears > 0) == (facts.months_in_arrears > 0)
    # Every rule set calls a loan lancar exactly when nothing is late.
    for rule_set in RULE_SETS.values():
        assert (classify(rule_set, facts).kol == 1) == (not late)


@given(st.integers(min_value=0, max_value=5000), st.integers(min_value=0, max_value=5000))
def test_pojk40_class_never_improves_with_more_days(a, b):
    lo, hi = sorted((a, b))
    assert classify(POJK40, LoanArrearsFacts(days_past_due=lo)).kol <= (
        classify(POJK40, LoanArrearsFacts(days_past_due=hi)).kol
    )


# ---------------------------------------------------------------------------- provision


@pytest.mark.parametrize(
    ("outstanding", "bp", "expected"),
    [
        (0, 10000, 0),
        (25_000, 1500, 3_750),
        (150, 100, 2),  # 1,5 → 2 (half up)
        (149, 100, 1),  # 1,49 → 1
        (50, 100, 1),  # 0,5 → 1
        (49, 100, 0),
        (4_200, 500, 210),
        (1_234_567, 5000, 617_284),  # 617.283,5 → 617.284
        (1_234_567, 10000, 1_234_567),
    ],
)
def test_provision_amount_rounds_half_up(outstanding, bp, expected):
    assert provision_amount(outstanding, bp) == expected


def test_provision_amount_refuses_bad_input():
    with pytest.raises(TypeError):
        provision_amount(1000.0, 100)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        provision_amount(-1, 100)
    with pytest.raises(ValueError):
        provision_amount(1000, 10001)


# ---------------------------------------------------------------------------- rule sets as data


def test_office_can_set_its_own_provisions():
    mine = dataclasses.replace(KUKM14, provisions_bp=(50, 500, 1000, 5000, 10000))
    c = classify(mine, LoanArrearsFacts(months_in_arrears=0, frequency=F.DAILY))
    assert c.provision_bp == 50
    assert KUKM14.provisions_bp[0] == 100  # the built-in value is untouched


def test_rule_sets_round_trip_through_plain_data():
    for rule_set in RULE_SETS.values():
        data = rule_set_to_dict(rule_set)
        assert rule_set_from_dict(data) == rule_set


def test_custom_rule_set_from_settings():
    data = {
        "code": "bpr30",
        "measure": "days_past_due",
        "tables": [{"upper_bounds": [7, 30, 60, 90]}],
    }
    rs = rule_set_from_dict(data)
    assert [classify(rs, LoanArrearsFacts(days_past_due=d)).kol for d in (7, 8, 90, 91)] == [
        1,
        2,
        4,
        5,
    ]


@pytest.mark.parametrize(
    "bad",
    [
        {"measure": "days_past_due", "tables": [{"upper_bounds": [0, 1, 2, 3]}]},  # no code
        {"code": "x", "measure": "weeks", "tables": [{"upper_bounds": [0, 1, 2, 3]}]},
        {"code": "x", "measure": "days_past_due", "tables": [{"upper_bounds": [0, 5, 5, 9]}]},
        {"code": "x", "measure": "days_past_due", "tables": [{"upper_bounds": [0, 5, 9]}]},
        {
            "code": "x",
            "measure": "days_past_due",
            "tables": [{"upper_bounds": [0, 1, 2, 3]}],
            "provisions_bp": [100, 50, 1500, 5000, 10000],
        },
        {"code": "x", "measure": "days_past_due", "tables": []},
    ],
)
def test_invalid_rule_set_data_is_a_user_error(bad):
    with pytest.raises(UserError) as exc:
        rule_set_from_dict(bad)
    assert exc.value.field == "kolektibilitas_rule_set"


def test_frequency_in_two_tables_is_refused():
    with pytest.raises(ValueError):
        KolektibilitasRuleSet(
            code="x",
            name="x",
            measure=Measure.MONTHS_IN_ARREARS,
            tables=(
                ThresholdTable((0, 1, 2, 3), frozenset({F.DAILY})),
                ThresholdTable((0, 3, 6, 12), frozenset({F.DAILY, F.MONTHLY})),
            ),
        )


def test_unknown_rule_set_is_a_user_error():
    with pytest.raises(UserError) as exc:
        get_rule_set("ojk99")
    assert "ojk99" in exc.value.message
    assert exc.value.code == "unknown_rule_set"


def test_facts_refuse_negative_values():
    with pytest.raises(ValueError):
        LoanArrearsFacts(days_past_due=-1)
    with pytest.raises(ValueError):
        LoanArrearsFacts(months_in_arrears=Fraction(-1, 2))


def test_months_in_arrears_from_schedule():
    rows = [DueRow(D(2024, 1, 31), 100, 0)]
    assert months_in_arrears(rows, D(2024, 3, 1)) == 1 + Fraction(1, 31)
    assert months_in_arrears(rows, D(2024, 1, 31)) == 0


def test_frequency_values_match_the_schedule_module():
    for value in ("daily", "weekly", "monthly"):
        assert InstalmentFrequency(value).value == value
