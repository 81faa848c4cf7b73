"""The paired-sample t-test and SPSS-style reporting."""

from __future__ import annotations

import math
import statistics
from decimal import Decimal

import pytest
import scipy.stats
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.stats import (
    decision_text,
    format_p_id,
    format_sig_spss,
    paired_t_test,
)


def test_small_example_by_hand():
    first = [10, 12, 9, 15]
    second = [12, 15, 9, 18]
    r = paired_t_test(first, second)

    # differences (second − first): 2, 3, 0, 3 → mean 8/4 = 2
    # deviations 0, 1, −2, 1 → squares 0 + 1 + 4 + 1 = 6 → variance 6/3 = 2 → SD √2
    # SE = √2 / √4 = 0,7071;  t = 2 / 0,7071 = 2√2 = 2,8284;  df = 3
    assert r.n == 4
    assert r.df == 3
    assert r.mean_diff == 2
    assert r.sd_diff == pytest.approx(math.sqrt(2), rel=1e-15)
    assert r.se_diff == pytest.approx(math.sqrt(2) / 2, rel=1e-15)
    assert r.t == pytest.approx(2 * math.sqrt(2), rel=1e-15)

    # 95 % CI: 2 ± t(0,975; 3) × SE = 2 ± 3,182446 × 0,707107 = 2 ± 2,250329
    t_crit = 3.182446305284263
    assert r.ci_low == pytest.approx(2 - t_crit * math.sqrt(2) / 2, rel=1e-12)
    assert r.ci_high == pytest.approx(2 + t_crit * math.sqrt(2) / 2, rel=1e-12)
    assert (r.ci_low, r.ci_high) == pytest.approx((-0.250329, 4.250329), abs=1e-6)

    # each side: means 46/4 = 11,5 and 54/4 = 13,5;
    # squared deviations 21 and 45 → SD √7 and √15; SE = SD / 2
    assert (r.mean_first, r.mean_second) == (11.5, 13.5)
    assert r.sd_first == pytest.approx(math.sqrt(7))
    assert r.sd_second == pytest.approx(math.sqrt(15))
    assert r.se_first == pytest.approx(math.sqrt(7) / 2)
    # r = Σ(dx·dy) / √(21·45) = 30 / √945
    assert r.correlation == pytest.approx(30 / math.sqrt(945))

    assert r.p_two_tailed == pytest.approx(0.06628, abs=1e-5)
    assert r.p_two_tailed == pytest.approx(scipy.stats.ttest_rel(second, first).pvalue)
    assert r.significant is False
    assert r.decision == "Tidak terdapat perbedaan yang signifikan (Sig. 0,066 > 0,05)"
    assert r.alpha == 0.05 and r.confidence == 0.95


def test_alpha_changes_the_decision_only():
    r = paired_t_test([10, 12, 9, 15], [12, 15, 9, 18], alpha=0.10)
    assert r.significant is True
    assert r.decision == "Terdapat perbedaan yang signifikan (Sig. 0,066 < 0,10)"
    assert r.confidence == 0.95  # the CI stays at 95 % as in SPSS


def test_confidence_level():
    r90 = paired_t_test([10, 12, 9, 15], [12, 15, 9, 18], confidence=0.90)
    ci = scipy.stats.ttest_rel([12, 15, 9, 18], [10, 12, 9, 15]).confidence_interval(0.90)
    assert (r90.ci_low, r90.ci_high) == pytest.approx((ci.low, ci.high), rel=1e-12)


def test_difference_is_second_minus_first():
    r = paired_t_test([500_000, 600_000, 700_000], [400_000, 550_000, 500_000])
    # differences −100.000, −50.000, −200.000: income fell, so both are negative
    assert r.mean_diff == pytest.approx(-350_000 / 3)
    assert r.t < 0
    assert r.ci_low < r.mean_diff < r.ci_high


DATASETS = [
    # monthly net income before/after a loan, rupiah
    (
        [1_200_000, 1_500_000, 900_000, 2_000_000, 1_750_000, 1_100_000, 1_300_000],
        [1_400_000, 1_600_000, 1_100_000, 2_100_000, 1_700_000, 1_250_000, 1_500_000],
    ),
    # before/after a shock: income falls
    (
        [2_500_000, 3_000_000, 1_800_000, 2_200_000, 2_750_000],
        [1_500_000, 2_100_000, 1_700_000, 1_200_000, 2_000_000],
    ),
    # floats and Decimals are accepted too
    ([1.5, 2.25, 3.0, 4.75], [1.0, 2.5, 3.5, 4.0]),
    ([Decimal("10.5"), Decimal("11"), Decimal("9.25")], [Decimal("12"), 13, Decimal("9")]),
    # two pairs: the smallest test possible
    ([100, 200], [150, 260]),
    # a constant side: the correlation is undefined but the test is not
    ([1_000_000] * 4, [1_100_000, 1_050_000, 1_200_000, 1_000_000]),
]


def _check_against_scipy(first, second, result):
    f = [float(v) for v in first]
    s = [float(v) for v in second]
    ref = scipy.stats.ttest_rel(s, f)
    assert result.t == pytest.approx(ref.statistic, rel=1e-9)
    assert result.p_two_tailed == pytest.approx(ref.pvalue, rel=1e-6, abs=1e-300)
    assert result.df == ref.df
    ci = ref.confidence_interval(0.95)
    assert result.ci_low == pytest.approx(ci.low, rel=1e-9, abs=1e-6)
    assert result.ci_high == pytest.approx(ci.high, rel=1e-9, abs=1e-6)
    diffs = [b - a for a, b in zip(f, s, strict=True)]
    assert result.mean_diff == pytest.approx(sum(diffs) / len(diffs), rel=1e-12)
    assert result.sd_diff == pytest.approx(statistics.stdev(diffs), rel=1e-9)
    assert result.se_diff == pytest.approx(
        statistics.stdev(diffs) / math.sqrt(len(diffs)), rel=1e-9
    )
    assert result.sd_first == pytest.approx(statistics.stdev(f), rel=1e-9, abs=1e-9)
    assert result.se_second == pytest.approx(
        statistics.stdev(s) / math.sqrt(len(s)), rel=1e-9, abs=1e-9
    )
    assert result.significant == bool(ref.pvalue < 0.05)


@pytest.mark.parametrize(("first", "second"), DATASETS)
def test_matches_scipy(first, second):
    result = paired_t_test(first, second)
    _check_against_scipy(first, second, result)
    if len(set(first)) > 1 and len(set(second)) > 1 and len(first) > 2:
        ref = scipy.stats.pearsonr([float(v) for v in first], [float(v) for v in second])
        assert result.correlation == pytest.approx(ref.statistic, rel=1e-9)
        assert result.correlation_p == pytest.approx(ref.pvalue, rel=1e-6)


def test_correlation_undefined_cases():
    constant = paired_t_test([1_000_000] * 4, [1_100_000, 1_050_000, 1_200_000, 1_000_000])
    assert constant.correlation is None and constant.correlation_p is None
    two = paired_t_test([100, 200], [150, 260])
    assert two.correlation == 1.0
    assert two.correlation_p is None  # no degrees of freedom left for its test
    perfect = paired_t_test([1, 2, 3, 4], [2, 4, 6, 8])
    assert perfect.correlation == 1.0 and perfect.correlation_p == 0.0


rupiah = st.integers(min_value=0, max_value=100_000_000)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(rupiah, rupiah), min_size=2, max_size=60))
def test_matches_scipy_on_random_incomes(pairs):
    first = [a for a, _ in pairs]
    second = [b for _, b in pairs]
    assume(len({b - a for a, b in pairs}) > 1)
    _check_against_scipy(first, second, paired_t_test(first, second))


@settings(deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
            st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
        ),
        min_size=3,
        max_size=30,
    )
)
def test_correlation_matches_scipy(pairs):
    first = [a for a, _ in pairs]
    second = [b for _, b in pairs]
    assume(len({b - a for a, b in pairs}) > 1)
    # keep clear of nearly-constant sides, where scipy's float sums lose the signal
    assume(statistics.stdev(first) > 1e-3 and statistics.stdev(second) > 1e-3)
    result = paired_t_test(first, second)
    ref = scipy.stats.pearsonr(first, second)
    assert result.correlation == pytest.approx(ref.statistic, rel=1e-7, abs=1e-9)
    assert result.correlation_p == pytest.approx(ref.pvalue, rel=1e-5, abs=1e-7)


# --- errors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "fragment"),
    [
        ([1, 2, None, 4], [2, 3, 4, 5], "Baris 3: nilai sebelum belum diisi"),
        ([1, 2, 3, 4], [2, None, 4, 5], "Baris 2: nilai sesudah belum diisi"),
        ([1, 2, 3], [1, 2], "tidak sama"),
        ([1], [2], "sedikitnya 2 pasang"),
        ([], [], "sedikitnya 2 pasang"),
        ([1, float("nan")], [2, 3], "Baris 2"),
        ([1, 2], [2, float("inf")], "Baris 2"),
        ([1, "2"], [2, 3], "bukan angka"),
        ([True, 2], [2, 3], "Baris 1"),
    ],
)
def test_bad_input(first, second, fragment):
    with pytest.raises(UserError) as excinfo:
        paired_t_test(first, second)
    assert fragment in excinfo.value.message


def test_all_differences_equal():
    with pytest.raises(UserError) as excinfo:
        paired_t_test([1_000_000, 1_200_000, 900_000], [1_100_000, 1_300_000, 1_000_000])
    message = excinfo.value.message
    assert "100.000" in message
    assert "simpangan baku selisih = 0" in message
    assert excinfo.value.code == "ttest_zero_sd"


def test_custom_labels_in_messages():
    with pytest.raises(UserError, match="Baris 1: nilai sebelum gempa belum diisi"):
        paired_t_test([None, 1], [1, 2], first_label="sebelum gempa")


@pytest.mark.parametrize("alpha", [0, 1, -0.05, 5])
def test_alpha_out_of_range(alpha):
    with pytest.raises(UserError):
        paired_t_test([1, 2, 3], [2, 2, 5], alpha=alpha)


# --- formatting -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("p", "text"),
    [
        (0.0, ".000"),
        (0.0004, ".000"),
        (1e-20, ".000"),
        (0.0341, ".034"),
        (0.0346, ".035"),
        (0.5, ".500"),
        (0.9994, ".999"),
        (0.9996, "1.000"),
        (1.0, "1.000"),
    ],
)
def test_format_sig_spss(p, text):
    assert format_sig_spss(p) == text


@pytest.mark.parametrize("p", [-0.1, 1.5, float("nan")])
def test_format_sig_spss_refuses_non_probabilities(p):
    with pytest.raises(ValueError):
        format_sig_spss(p)


def test_format_p_id():
    assert format_p_id(0.0341) == "0,034"
    assert format_p_id(0.0341, 4) == "0,0341"


@pytest.mark.parametrize(
    ("p", "alpha", "text"),
    [
        (0.00001, 0.05, "Terdapat perbedaan yang signifikan (Sig. 0,000 < 0,05)"),
        (0.342, 0.05, "Tidak terdapat perbedaan yang signifikan (Sig. 0,342 > 0,05)"),
        # 3 decimals would show 0,050 < 0,05: more are shown instead
        (0.04996, 0.05, "Terdapat perbedaan yang signifikan (Sig. 0,04996 < 0,05)"),
        (0.0504, 0.05, "Tidak terdapat perbedaan yang signifikan (Sig. 0,0504 > 0,05)"),
        (0.05, 0.05, "Tidak terdapat perbedaan yang signifikan (Sig. 0,050 = 0,05)"),
        (0.004, 0.01, "Terdapat perbedaan yang signifikan (Sig. 0,004 < 0,01)"),
        (0.2, 0.1, "Tidak terdapat perbedaan yang signifikan (Sig. 0,200 > 0,10)"),
    ],
)
def test_decision_text(p, alpha, text):
    assert decision_text(p, alpha) == text
