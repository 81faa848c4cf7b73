"""Student's t distribution for the paired t-test: the upper tail (for Sig.) and the quantile
(for the confidence interval), from ``mpmath`` — a small, pure-Python, kept library — instead
of scipy (115 MB of the installed program for these two functions).

* Upper tail: ``P(T > t) = ½·I_x(ν/2, ½)`` with ``x = ν/(ν + t²)``, the regularised
  incomplete beta function. Near ``t = 0`` (``100·t² < ν``, where the tail is close to ½)
  the complement ``½ − ½·I_{t²/(ν+t²)}(½, ν/2)`` keeps the digits that ``x ≈ 1`` would
  lose; further out the direct form, so a tiny tail is never a difference of near-equals.
* Quantile: the root of ``P(T > t) = 1 − q`` by mpmath's bracketing root finder (Ridders'
  method) between two powers of two that enclose it.

Both work at 30 significant digits and return floats; the tests compare them with
``scipy.stats.t`` (kept only as the test oracle) over ν = 1 … 10.000.
"""

from __future__ import annotations

import math

# mpmath is imported inside the functions: the program's start (which imports the
# evaluation book) does not pay for it until a t-test is computed
_DIGITS = 30


def t_sf(t: float, df: int) -> float:
    """``P(T > t)`` for Student's t with ``df`` degrees of freedom (the survival function)."""
    if df < 1:
        raise ValueError("df must be at least 1")
    if math.isnan(t):
        return math.nan
    if math.isinf(t):
        return 0.0 if t > 0 else 1.0
    import mpmath

    with mpmath.workdps(_DIGITS):
        tail = _upper_tail(mpmath.mpf(abs(t)), mpmath.mpf(df))
        return float(tail if t >= 0 else 1 - tail)


def t_ppf(q: float, df: int) -> float:
    """The ``q`` quantile of Student's t with ``df`` degrees of freedom (``0 < q < 1``)."""
    if df < 1:
        raise ValueError("df must be at least 1")
    if not 0 < q < 1:
        raise ValueError("q must lie strictly between 0 and 1")
    if q == 0.5:
        return 0.0
    if q < 0.5:
        return -t_ppf(1 - q, df)
    import mpmath

    with mpmath.workdps(_DIGITS):
        nu = mpmath.mpf(df)
        target = 1 - mpmath.mpf(q)  # exact: q is a float, the working precision is wider
        high = mpmath.mpf(1)
        while _upper_tail(high, nu) > target:
            high *= 2
        low = high / 2 if high > 1 else mpmath.mpf(0)
        root = mpmath.findroot(lambda t: _upper_tail(t, nu) - target, (low, high),
                               solver="ridder", verify=False)
        return float(root)


def _upper_tail(t, nu):
    """``P(T > t)`` for ``t ≥ 0`` as an mpmath number."""
    import mpmath

    half = mpmath.mpf(1) / 2
    t2 = t * t
    if 100 * t2 < nu:  # the tail is near ½: subtracting from ½ loses under one digit
        return half - mpmath.betainc(half, nu / 2, 0, t2 / (nu + t2), regularized=True) / 2
    return mpmath.betainc(nu / 2, half, 0, nu / (nu + t2), regularized=True) / 2
