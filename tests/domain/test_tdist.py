"""The t distribution from mpmath (domain/tdist.py) against scipy.stats.t, the test oracle:
scipy is no longer part of the installed program (issue 20), so these comparisons are what
keeps the paired t-test's Sig. and confidence interval honest."""

from __future__ import annotations

import subprocess
import sys

import pytest
import scipy.stats
from hypothesis import given, settings
from hypothesis import strategies as st

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
