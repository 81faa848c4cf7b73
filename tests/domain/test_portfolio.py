"""Portfolio indicators: PAR (whole outstanding), repayment rate, PNPM LAR/PAR/RR, aging, and
the figures of the arrears screen put together (portfolio_figures, arrears_totals)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamura_desktop.domain.kolektibilitas import PNPM, POJK40, provision_amount
from kamura_desktop.domain.portfolio import (
    ArrearsTotals,
    Band,
    Indicator,
    LoanPosition,
    Ratio,
    aging_by_days,
    aging_by_kol,
    arrears_totals,
    band,
    par,
    par_summary,
    pnpm_indicators,
    pnpm_lar,
    pnpm_par,
    pnpm_rr,
    portfolio_figures,
    repayment_rate,
    total_outstanding,
)

# ---------------------------------------------------------------------------- PAR


def test_par_is_whole_outstanding_not_overdue_amount():
    # Worked example. Two loans of Rp1.000.000 each still outstanding.
    # Loan A missed one monthly instalment of Rp100.000 and is 45 days late;
    # loan B is current.
    #   PAR_30 = whole outstanding of A ÷ total = 1.000.000 ÷ 2.000.000 = 50 %.
    #   The common error, overdue amount ÷ outstanding = 100.000 ÷ 2.000.000 = 5 %,
    #   would hide that half the portfolio is at risk.
    a = LoanPosition(outstanding=1_000_000, days_past_due=45, instalments_in_arrears=1)
    b = LoanPosition(outstanding=1_000_000)
    result = par([a, b], 30)
    assert result == Ratio(1_000_000, 2_000_000)
    assert result.value == Fraction(1, 2)
    assert result.percent == Decimal("50.00")
    overdue_amount_ratio = Fraction(100_000, 2_000_000)
    assert result.value != overdue_amount_ratio
    assert result.value == 10 * overdue_amount_ratio


@pytest.mark.parametrize(("days", "counted"), [(0, False), (1, False), (2, True)])
def test_par_1_counts_more_than_one_day(days, counted):
    positions = [LoanPosition(100, days_past_due=days), LoanPosition(300)]
    assert par(positions, 1).numerator == (100 if counted else 0)


@pytest.mark.parametrize(
    ("days", "in_par30", "in_par90"),
    [(30, False, False), (31, True, False), (90, True, False), (91, True, True)],
)
def test_par_thresholds_are_strict(days, in_par30, in_par90):
    positions = [LoanPosition(250_000, days_past_due=days), LoanPosition(750_000)]
    summary = par_summary(positions)
    assert set(summary) == {1, 30, 90}
    assert summary[30].percent == (Decimal("25.00") if in_par30 else Decimal("0.00"))
    assert summary[90].percent == (Decimal("25.00") if in_par90 else Decimal("0.00"))


def test_par_0_is_any_arrears():
    assert par([LoanPosition(10, days_past_due=1), LoanPosition(30)], 0) == Ratio(10, 40)


def test_inactive_positions_do_not_count():
    positions = [
        LoanPosition(500_000, days_past_due=200, active=False),  # written off
        LoanPosition(100_000, days_past_due=40),
        LoanPosition(100_000),
    ]
    assert par(positions, 30) == Ratio(100_000, 200_000)
    assert total_outstanding(positions) == 200_000


def test_zero_outstanding_is_zero_and_undefined():
    for positions in ([], [LoanPosition(0)], [LoanPosition(10, active=False)]):
        r = par(positions, 30)
        assert r.value == 0
        assert r.percent == Decimal("0.00")
        assert not r.defined
        assert r.percent_text() == "–"
        assert band(Indicator.PAR, r) is None


def test_negative_days_refused():
    with pytest.raises(ValueError):
        par([], -1)


# ---------------------------------------------------------------------------- Ratio


@pytest.mark.parametrize(
    ("num", "den", "percent", "text"),
    [
        (1, 8, "12.50", "12,50 %"),
        (1, 3, "33.33", "33,33 %"),
        (2, 3, "66.67", "66,67 %"),
        (1, 800, "0.13", "0,13 %"),  # 0,125 % rounds half up
        (1, 1, "100.00", "100,00 %"),
        (0, 5, "0.00", "0,00 %"),
        (3, 2, "150.00", "150,00 %"),
    ],
)
def test_ratio_percent(num, den, percent, text):
    r = Ratio(num, den)
    assert r.percent == Decimal(percent)
    assert r.percent_text() == text
    assert r.value == Fraction(num, den)


def test_ratio_refuses_negative():
    with pytest.raises(ValueError):
        Ratio(-1, 5)


def test_position_refuses_float_money():
    with pytest.raises(TypeError):
        LoanPosition(outstanding=1000.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        LoanPosition(outstanding=-1)
    with pytest.raises(ValueError):
        LoanPosition(outstanding=1, kol=6)


# ---------------------------------------------------------------------------- repayment rate


def test_repayment_rate():
    # Paket usaha cycle: 5 members × 6 × Rp4.200 due = Rp126.000; all paid.
    assert repayment_rate(126_000, 126_000).percent == Decimal("100.00")
    assert repayment_rate(113_400, 126_000).percent == Decimal("90.00")
    assert repayment_rate(0, 0).defined is False


# ---------------------------------------------------------------------------- PNPM


def _ksm_portfolio():
    # Four KSM with a balance; KSM "B" has one member 3 instalments behind, KSM "D" one 5
    # behind; "C" has a member 2 behind (not at risk); a closed loan in "E" is ignored.
    return [
        LoanPosition(400_000, group_id="A"),
        LoanPosition(400_000, group_id="A"),
        LoanPosition(300_000, instalments_in_arrears=3, group_id="B"),
        LoanPosition(500_000, group_id="B"),
        LoanPosition(200_000, instalments_in_arrears=2, group_id="C"),
        LoanPosition(200_000, instalments_in_arrears=5, group_id="D"),
        LoanPosition(0, instalments_in_arrears=9, group_id="E", active=False),
    ]


def test_pnpm_lar_par_rr_worked_example():
    positions = _ksm_portfolio()
    assert pnpm_lar(positions) == Ratio(2, 4)  # B and D of A, B, C, D
    assert pnpm_par(positions) == Ratio(500_000, 2_000_000)  # 300.000 + 200.000
    assert pnpm_rr(positions) == Ratio(1_500_000, 2_000_000)
    ind = pnpm_indicators(positions)
    assert (ind.lar.percent, ind.par.percent, ind.rr.percent) == (
        Decimal("50.00"),
        Decimal("25.00"),
        Decimal("75.00"),
    )
    assert (ind.lar_band, ind.par_band, ind.rr_band) == (Band.KURANG, Band.KURANG, Band.KURANG)


def test_pnpm_loans_without_group_count_as_their_own_unit():
    positions = [
        LoanPosition(100, instalments_in_arrears=3),
        LoanPosition(100),
        LoanPosition(100, group_id=0),  # a real group id 0 is a group, not "none"
    ]
    assert pnpm_lar(positions) == Ratio(1, 3)


def test_pnpm_empty_portfolio():
    ind = pnpm_indicators([])
    assert not ind.lar.defined and not ind.par.defined and not ind.rr.defined
    assert ind.rr_band is None


@pytest.mark.parametrize(
    ("indicator", "percent", "expected"),
    [
        (Indicator.LAR, "9.99", Band.BAIK),
        (Indicator.LAR, "10", Band.CUKUP),
        (Indicator.PAR, "20", Band.CUKUP),
        (Indicator.PAR, "20.01", Band.KURANG),
        (Indicator.PAR, "0", Band.BAIK),
        (Indicator.RR, "100", Band.BAIK),
        (Indicator.RR, "90", Band.BAIK),
        (Indicator.RR, "89.99", Band.CUKUP),
        (Indicator.RR, "80", Band.CUKUP),
        (Indicator.RR, "79.99", Band.KURANG),
    ],
)
def test_band_boundaries(indicator, percent, expected):
    assert band(indicator, Decimal(percent) / 100) == expected


def test_band_takes_ratio_and_string_indicator():
    assert band("par", Ratio(1, 10)) == Band.CUKUP
    assert band("rr", Ratio(9, 10)) == "baik"
    with pytest.raises(TypeError):
        band("rr", 0.9)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- aging


def test_aging_by_kol_counts_amounts_and_per_loan_provision():
    positions = [
        LoanPosition(150, kol=1),  # 1 % of 150 = 1,5 → 2
        LoanPosition(150, kol=1),  # → 2 (per loan: total 4, not round(3,0) = 3)
        LoanPosition(25_000, days_past_due=95, kol=3),
        LoanPosition(10_000, days_past_due=400, kol=5),
        LoanPosition(99_999, kol=5, active=False),
    ]
    buckets = aging_by_kol(positions, POJK40)
    assert [b.key for b in buckets] == ["1", "2", "3", "4", "5"]
    assert [b.label for b in buckets] == [
        "Lancar",
        "Dalam Perhatian Khusus",
        "Kurang Lancar",
        "Diragukan",
        "Macet",
    ]
    assert [b.count for b in buckets] == [2, 0, 1, 0, 1]
    assert [b.outstanding for b in buckets] == [300, 0, 25_000, 0, 10_000]
    assert [b.provision for b in buckets] == [4, 0, 3_750, 0, 10_000]
    assert sum(b.outstanding for b in buckets) == total_outstanding(positions)
    assert buckets[2].share == Ratio(25_000, 35_300)


def test_aging_by_kol_uses_default_rule_set_and_needs_kol():
    assert aging_by_kol([LoanPosition(10_000, kol=2)])[1].provision == 500
    assert aging_by_kol([LoanPosition(10_000, kol=2)], PNPM)[1].provision == 500
    with pytest.raises(ValueError):
        aging_by_kol([LoanPosition(10_000)])


def test_aging_by_days():
    positions = [
        LoanPosition(100, days_past_due=0),
        LoanPosition(200, days_past_due=1),
        LoanPosition(300, days_past_due=30),
        LoanPosition(400, days_past_due=31),
        LoanPosition(500, days_past_due=181),
    ]
    buckets = aging_by_days(positions)
    assert [b.label for b in buckets] == [
        "0 hari",
        "1-30 hari",
        "31-60 hari",
        "61-90 hari",
        "91-180 hari",
        ">180 hari",
    ]
    assert [b.outstanding for b in buckets] == [100, 500, 400, 0, 0, 500]
    assert [b.count for b in buckets] == [1, 2, 1, 0, 0, 1]
    with pytest.raises(ValueError):
        aging_by_days(positions, (30, 30))
    with pytest.raises(ValueError):
        aging_by_days(positions, ())


# ---------------------------------------------------------------------------- screen figures

# Four running loans and one written off (not counted):
#   A 1.000.000 current, group 1, kol 1      C   400.000 10 days late, 1 instalment, group 2, kol 2
#   B   600.000 45 days late, 3 instalments,  E   333.333 100 days late, 4 instalments, no group,
#       group 1, kol 3                            kol 4
SCREEN = [
    LoanPosition(1_000_000, 0, 0, group_id=1, kol=1),
    LoanPosition(600_000, 45, 3, group_id=1, kol=3),
    LoanPosition(400_000, 10, 1, group_id=2, kol=2),
    LoanPosition(250_000, 200, 8, group_id=2, active=False, kol=5),
    LoanPosition(333_333, 100, 4, group_id=None, kol=4),
]


def test_portfolio_figures_worked_example():
    fig = portfolio_figures(SCREEN, POJK40)
    assert (fig.count, fig.outstanding) == (4, 2_333_333)
    # PAR_x: the whole outstanding of the loans more than x days late
    assert [d for d, _ in fig.par] == [1, 30, 90]
    assert fig.par_at(1) == Ratio(1_333_333, 2_333_333)  # B, C, E
    assert fig.par_at(30) == Ratio(933_333, 2_333_333)  # B, E
    assert fig.par_at(90) == Ratio(333_333, 2_333_333)  # E
    assert fig.par_at(30).percent_text() == "40,00 %"
    # ≥ 3 instalments late: B (group 1) and E (a group of its own) of three units
    assert fig.pnpm.lar == Ratio(2, 3)
    assert fig.pnpm.par == Ratio(933_333, 2_333_333)
    assert fig.pnpm.rr == Ratio(1_400_000, 2_333_333)
    # the classes with POJK 40's 1 / 5 / 15 / 50 / 100 %, each loan rounded half up
    assert [(b.count, b.outstanding, b.provision) for b in fig.aging] == [
        (1, 1_000_000, 10_000), (1, 400_000, 20_000), (1, 600_000, 90_000),
        (1, 333_333, 166_667), (0, 0, 0)]
    assert fig.provision == 286_667


def test_portfolio_figures_of_nothing_are_zero_and_undefined():
    fig = portfolio_figures([], POJK40)
    assert (fig.count, fig.outstanding, fig.provision) == (0, 0, 0)
    assert all(not ratio.defined and ratio.percent_text() == "–" for _, ratio in fig.par)
    assert fig.pnpm.lar_band is None and len(fig.aging) == 5


def test_portfolio_figures_other_thresholds_and_default_rule_set():
    fig = portfolio_figures(SCREEN, par_days=(0, 60))
    assert [d for d, _ in fig.par] == [0, 60]
    assert fig.par_at(60) == Ratio(333_333, 2_333_333)
    with pytest.raises(KeyError):
        fig.par_at(30)
    with pytest.raises(ValueError):  # aging by class needs every running loan's class
        portfolio_figures([LoanPosition(100)])


def test_arrears_totals_count_running_loans_and_the_late_ones():
    assert arrears_totals(SCREEN) == ArrearsTotals(count=4, outstanding=2_333_333, late_count=3,
                                                   late_outstanding=1_333_333)
    assert arrears_totals([]) == ArrearsTotals(0, 0, 0, 0)
    assert arrears_totals(iter(SCREEN[:1])) == ArrearsTotals(1, 1_000_000, 0, 0)  # any iterable


# ---------------------------------------------------------------------------- properties

positions_st = st.lists(
    st.builds(
        LoanPosition,
        outstanding=st.integers(min_value=0, max_value=10_000_000),
        days_past_due=st.integers(min_value=0, max_value=400),
        instalments_in_arrears=st.integers(min_value=0, max_value=15),
        group_id=st.one_of(st.none(), st.integers(min_value=0, max_value=5)),
        active=st.booleans(),
        kol=st.integers(min_value=1, max_value=5),
    ),
    max_size=30,
)


@given(positions_st, st.integers(min_value=0, max_value=200), st.integers(0, 200))
def test_par_never_grows_with_a_longer_threshold(positions, a, b):
    lo, hi = sorted((a, b))
    assert par(positions, hi).value <= par(positions, lo).value <= 1


@given(positions_st)
def test_pnpm_par_and_rr_are_complements(positions):
    p, r = pnpm_par(positions), pnpm_rr(positions)
    if p.defined:
        assert p.value + r.value == 1
    else:
        assert p.value == r.value == 0


@given(positions_st)
def test_aging_partitions_the_portfolio(positions):
    total = total_outstanding(positions)
    active = [p for p in positions if p.active]
    for buckets in (aging_by_kol(positions), aging_by_days(positions)):
        assert sum(b.outstanding for b in buckets) == total
        assert sum(b.count for b in buckets) == len(active)


@given(positions_st)
def test_portfolio_figures_agree_with_the_single_indicators(positions):
    fig = portfolio_figures(positions, PNPM)
    active = [p for p in positions if p.active]
    assert fig.outstanding == total_outstanding(positions) == sum(b.outstanding for b in fig.aging)
    assert fig.count == len(active)
    assert dict(fig.par) == par_summary(positions)
    assert fig.pnpm == pnpm_indicators(positions)
    assert fig.provision == sum(provision_amount(p.outstanding, PNPM.provisions_bp[p.kol - 1])
                                for p in active)
    totals = arrears_totals(positions)
    assert (totals.count, totals.outstanding) == (fig.count, fig.outstanding)
    assert totals.late_outstanding == fig.par_at(1).numerator + sum(
        p.outstanding for p in active if p.days_past_due == 1)


# ---------------------------------------------------------------------------- one base

def test_the_principal_is_the_base_and_the_service_is_only_summed_beside_it():
    # the same loans as SCREEN, each also owing service; B's provision leaves a lender's part out
    loans = [
        LoanPosition(1_000_000, 0, 0, group_id=1, kol=1, service_outstanding=90_000),
        LoanPosition(600_000, 45, 3, group_id=1, kol=3, service_outstanding=54_000,
                     provision_base=400_000),
        LoanPosition(400_000, 10, 1, group_id=2, kol=2, service_outstanding=36_000),
        LoanPosition(250_000, 200, 8, group_id=2, active=False, kol=5, service_outstanding=9),
        LoanPosition(333_333, 100, 4, group_id=None, kol=4, service_outstanding=30_000),
    ]
    fig = portfolio_figures(loans, POJK40)
    plain = portfolio_figures(SCREEN, POJK40)
    # PAR, LAR/RR and the classes' amounts do not move with the service
    assert (fig.outstanding, fig.par, fig.pnpm) == (plain.outstanding, plain.par, plain.pnpm)
    assert [b.outstanding for b in fig.aging] == [b.outstanding for b in plain.aging]
    assert fig.service_outstanding == 210_000
    assert [b.service_outstanding for b in fig.aging] == [90_000, 36_000, 54_000, 30_000, 0]
    # the provision applies the rate to the provision base (15 % of 400.000, not of 600.000)
    assert fig.aging[2].provision == 60_000 and fig.provision == plain.provision - 30_000
    assert fig.provision_base == 2_333_333 - 200_000
    assert arrears_totals(loans) == ArrearsTotals(4, 2_333_333, 3, 1_333_333, 210_000)
    assert sum(b.service_outstanding for b in aging_by_days(loans)) == 210_000
    with pytest.raises(ValueError):
        LoanPosition(100, provision_base=101)
    with pytest.raises(ValueError):
        LoanPosition(100, service_outstanding=-1)
