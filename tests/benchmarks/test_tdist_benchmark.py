"""How long the t distribution's 95 % critical value (``domain/tdist.t_ppf(0.975, df)``, the
one quantile the reports print) takes: Hill's start and Halley steps (issue 20), beside the
bracketing search it replaced (kept in ``tdist._bracketed`` for a step that strays), on the
df of a small pilot round (14), a cooperative's members (999) and a large survey (9.999).

For information (no pass/fail time); measured on the shared 2-core machine (fastest round):
0,21 ms (df 999 and 9.999) and 0,42 ms (df 14) per quantile, against 2,9 ms, 29 ms and 33 ms
for the bracketing search — one to three evaluations of the incomplete beta instead of ~32. Run: ``.venv/bin/pytest tests/benchmarks/test_tdist_benchmark.py
--benchmark-enable``.
"""

from __future__ import annotations

import mpmath
import pytest

from kamura_desktop.domain import tdist

DFS = (14, 999, 9_999)


@pytest.mark.parametrize("df", DFS)
def test_critical_value(benchmark, df):
    value = benchmark(tdist.t_ppf, 0.975, df)
    assert 1.96 < value < 2.15


@pytest.mark.parametrize("df", DFS)
def test_critical_value_by_the_bracketing_search(benchmark, df):
    def bracketed():
        with mpmath.workdps(tdist._DIGITS):
            return float(tdist._bracketed(mpmath.mpf(df), 1 - mpmath.mpf(0.975)))

    assert benchmark(bracketed) == tdist.t_ppf(0.975, df)
