"""The t distribution from mpmath (domain/tdist.py) against scipy.stats.t, the test oracle:
scipy is no longer part of the installed program (issue 20), so these comparisons are what
keeps the paired t-test's Sig. and confidence interval honest."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
import scipy.stats
from hypothesis import given, settings
from hypothesis import strategies as st

from kamura_desktop.domain import tdist
from kamura_desktop.domain.tdist import t_ppf, t_sf

DF = st.integers(min_value=1, max_value=10_000)


@settings(max_examples=300, deadline=None)
@given(df=DF, t=st.floats(min_value=1e-3, max_value=1e3) | st.floats(min_value=-1e3, max_value=-1e-3))
def test_upper_tail_matches_scipy(df, t):
    expected = scipy.stats.t.sf(t, df)
    assert t_sf(t, df) == pytest.approx(expected, rel=1e-9, abs=1e-300)


@settings(max_examples=300, deadline=None)
@given(df=DF, q=st.floats(min_value=0.5005, max_value=1 - 1e-10))
def test_quantile_matches_scipy(df, q):
    expected = scipy.stats.t.ppf(q, df)
    got = t_ppf(q, df)
    assert got == pytest.approx(expected, rel=1e-9)
    assert t_ppf(1 - q, df) == pytest.approx(-expected, rel=1e-6)


@pytest.mark.parametrize(("df", "critical"), [
    (1, 12.706204736174694), (2, 4.302652729749462), (10, 2.228138851986274),
    (30, 2.0422724563012378), (1000, 1.9623390808264083), (10_000, 1.960201239890626),
])
def test_95_percent_critical_values_of_the_printed_tables(df, critical):
    assert t_ppf(0.975, df) == pytest.approx(critical, rel=1e-12)
    assert t_sf(critical, df) == pytest.approx(0.025, rel=1e-12)


#: the 95 % critical values (``t_ppf(0.975, df)``, the only quantile the reports print) as the
#: bracketing search before issue 20 computed them. The Hill start and Halley steps give the
#: very same floats: checked on every df from 1 to 10.000 against the old code (none differ);
#: these are kept so that the comparison stays without the old code's 30 tail evaluations.
OLD_975 = {
    1: 12.706204736174694, 2: 4.302652729749462, 3: 3.1824463052837086, 4: 2.7764451051977934,
    5: 2.5705818356363146, 6: 2.4469118511449692, 7: 2.364624251592785, 8: 2.3060041352041662,
    9: 2.262157162798205, 10: 2.2281388519862744, 11: 2.2009851600916392,
    12: 2.1788128296672284, 13: 2.160368656462792, 14: 2.1447866879178035,
    15: 2.131449545559775, 16: 2.119905299221254, 17: 2.1098155778333165,
    18: 2.1009220402410382, 19: 2.093024054408309, 20: 2.0859634472658644,
    21: 2.07961384472768, 22: 2.073873067904026, 23: 2.068657610419048, 24: 2.0638985616280254,
    25: 2.0595385527532972, 26: 2.0555294386428726, 27: 2.051830516480285,
    28: 2.0484071417952445, 29: 2.045229642132704, 30: 2.0422724563012378,
    35: 2.030107928250343, 40: 2.021075390306273, 45: 2.014103388880846,
    50: 2.0085591121007607, 60: 2.00029782201426, 70: 1.994437111771186,
    80: 1.9900634212544457, 90: 1.986674540703768, 100: 1.9839715185235518,
    120: 1.9799304050824404, 150: 1.9759053308966201, 200: 1.971896223633909,
    250: 1.9694983934211532, 300: 1.9679030112610867, 400: 1.9659123432294627,
    500: 1.9647198374673673, 750: 1.9631320366857727, 1000: 1.962339080826408,
    2000: 1.9611508260994377, 5000: 1.9604385517065075, 10000: 1.960201239890626,
    20000: 1.9600826051581348, 100000: 1.9599877075346093,
}


def test_the_printed_critical_values_are_the_old_search_s_to_the_last_bit():
    for df, critical in OLD_975.items():
        assert t_ppf(0.975, df) == critical, df
        assert t_ppf(0.025, df) == -critical, df


@pytest.mark.parametrize(("q", "df"), [
    (0.975, 1), (0.975, 2), (0.975, 3), (0.975, 29), (0.975, 10_000), (0.5005, 1), (0.5005, 7),
    (0.5005, 10_000), (1 - 1e-10, 1), (1 - 1e-10, 2), (1 - 1e-10, 3), (1 - 1e-10, 4),
    (1 - 1e-10, 10_000), (0.999, 5), (0.9, 2_500),
])
def test_a_quantile_takes_at_most_three_tail_evaluations(monkeypatch, q, df):
    """Hill's start and Halley's steps: 1–3 evaluations of the incomplete beta where the
    bracketing search took ~32 (fails on the old code); the answer is scipy's."""
    calls = []
    upper_tail = tdist._upper_tail

    def counting(t, nu):
        calls.append(t)
        return upper_tail(t, nu)

    monkeypatch.setattr(tdist, "_upper_tail", counting)
    got = t_ppf(q, df)
    assert 1 <= len(calls) <= 3
    assert got == pytest.approx(scipy.stats.t.ppf(q, df), rel=1e-9)


def test_the_bracketing_search_kept_for_a_stray_step_finds_the_same_root():
    import mpmath

    with mpmath.workdps(30):
        for q, df in ((0.975, 1), (0.975, 12), (1 - 1e-10, 2), (0.6, 10_000)):
            root = tdist._bracketed(mpmath.mpf(df), 1 - mpmath.mpf(q))
            assert float(root) == pytest.approx(t_ppf(q, df), rel=1e-14)
    # a start that is no number at all is refused by the Halley steps, not followed
    assert tdist._halley(mpmath.mpf(5), mpmath.mpf("0.025"), math.nan) is None
    assert tdist._halley(mpmath.mpf(5), mpmath.mpf("0.025"), -1.0) is None


def test_ends_of_the_distribution():
    assert t_sf(0.0, 7) == 0.5
    assert t_sf(float("inf"), 7) == 0.0
    assert t_sf(float("-inf"), 7) == 1.0
    assert t_ppf(0.5, 7) == 0.0
    with pytest.raises(ValueError):
        t_ppf(1.0, 7)
    with pytest.raises(ValueError):
        t_sf(1.0, 0)


def test_the_t_test_runs_without_scipy_installed(tmp_path):
    """The installed program has no scipy: block it and compute a t-test in a fresh process."""
    blocker = tmp_path / "sitecustomize.py"
    blocker.write_text(
        "import sys\n"
        "class _NoScipy:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'scipy' or name.startswith('scipy.') or name == 'numpy':\n"
        "            raise ImportError('scipy is not part of the installed program')\n"
        "sys.meta_path.insert(0, _NoScipy())\n"
    )
    code = (
        "from kamura_desktop.domain.stats import paired_t_test\n"
        "r = paired_t_test([10, 12, 9, 15, 11], [12, 15, 9, 18, 14])\n"
        "print(repr(r.t), repr(r.p_two_tailed), repr(r.ci_low), repr(r.ci_high), repr(r.correlation_p))\n"
    )
    import os
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), *sys.path]))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=False)
    assert out.returncode == 0, out.stderr
    t, p, low, high, r_p = (float(v) for v in out.stdout.split())
    ref = scipy.stats.ttest_rel([12, 15, 9, 18, 14], [10, 12, 9, 15, 11])
    ci = ref.confidence_interval(0.95)
    assert t == pytest.approx(ref.statistic, rel=1e-12)
    assert p == pytest.approx(ref.pvalue, rel=1e-9)
    assert (low, high) == (pytest.approx(ci.low, rel=1e-9), pytest.approx(ci.high, rel=1e-9))
    assert r_p == pytest.approx(
        scipy.stats.pearsonr([10, 12, 9, 15, 11], [12, 15, 9, 18, 14]).pvalue, rel=1e-9)
