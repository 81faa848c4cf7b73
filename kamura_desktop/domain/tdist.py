"""Student's t distribution for the paired t-test: the upper tail (for Sig.) and the quantile
(for the confidence interval), from ``mpmath`` — a small, pure-Python, kept library — instead
of scipy (115 MB of the installed program for these two functions).

* Upper tail: ``P(T > t) = ½·I_x(ν/2, ½)`` with ``x = ν/(ν + t²)``, the regularised
  incomplete beta function. Near ``t = 0`` (``100·t² < ν``, where the tail is close to ½)
  the complement ``½ − ½·I_{t²/(ν+t²)}(½, ν/2)`` keeps the digits that ``x ≈ 1`` would
  lose; further out the direct form, so a tiny tail is never a difference of near-equals.
* Quantile: the root of ``P(T > t) = 1 − q``, started from Hill's approximation (G. W. Hill,
  "Algorithm 396: Student's t-quantiles", CACM 13, 1970: about six correct digits) and
  finished by Halley steps with the density and its slope — two or three tail evaluations
  instead of the ~32 a bracketing search takes. Should a step ever leave the safe ground (a
  step to ``t ≤ 0``, no convergence in a dozen steps) the root is found by mpmath's bracketing
  root finder (Ridders' method) between two powers of two that enclose it, as before.

Both work at 30 significant digits and return floats; the tests compare them with
``scipy.stats.t`` (kept only as the test oracle) over ν = 1 … 10.000.
"""

from __future__ import annotations

import math
from statistics import NormalDist

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
        root = _halley(nu, target, _hill_start(2 * (1 - q), df))
        if root is None:
            root = _bracketed(nu, target)
        return float(root)


#: a Halley step below this share of ``t`` leaves an error of about its cube: far below the
#: 30 working digits, so the quantile is final
_STEP_DONE = 1e-15
_MAX_STEPS = 12


def _halley(nu, target, start: float):
    """The root of ``P(T > t) = target`` by Halley's method from ``start``; None when a step
    leaves ``t > 0`` or the steps do not settle (the caller then brackets the root)."""
    import mpmath

    if not (math.isfinite(start) and start > 0):
        return None
    t = mpmath.mpf(start)
    # the density's constant 1/(√ν·B(ν/2, ½)), once
    scale = 1 / (mpmath.sqrt(nu) * mpmath.beta(nu / 2, mpmath.mpf(1) / 2))
    for _ in range(_MAX_STEPS):
        density = scale * mpmath.power(1 + t * t / nu, -(nu + 1) / 2)
        newton = (_upper_tail(t, nu) - target) / density  # the Newton step (f' = −density)
        # Halley: the density's slope over the density is −(ν+1)t/(ν+t²)
        bend = 1 - newton * (nu + 1) * t / (2 * (nu + t * t))
        step = newton / bend if bend > mpmath.mpf(1) / 2 else newton
        t += step
        if t <= 0:
            return None
        if abs(step) <= _STEP_DONE * t:
            return t
    return None


def _hill_start(p: float, n: int) -> float:
    """Hill's (1970) approximation of the t quantile whose two-tailed probability is ``p``."""
    if n == 1:
        half = p * math.pi / 2
        return math.cos(half) / math.sin(half)
    if n == 2:
        return math.sqrt(2 / (p * (2 - p)) - 2)
    a = 1 / (n - 0.5)
    b = 48 / (a * a)
    c = ((20700 * a / b - 98) * a - 16) * a + 96.36
    d = ((94.5 / (b + c) - 3) / b + 1) * math.sqrt(a * math.pi / 2) * n
    y = (d * p) ** (2 / n)
    if y > 0.05 + a:
        x = NormalDist().inv_cdf(p / 2)
        y = x * x
        if n < 5:
            c += 0.3 * (n - 4.5) * (x + 0.6)
        c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c
        y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x
        y = math.expm1(a * y * y)
    else:
        y = ((1 / (((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2) * 3) + 0.5 / (n + 4)) * y
             - 1) * (n + 1) / (n + 2) + 1 / y
    return math.sqrt(n * y)


def _bracketed(nu, target):
    """The root of ``P(T > t) = target`` by Ridders' method between two powers of two."""
    import mpmath

    high = mpmath.mpf(1)
    while _upper_tail(high, nu) > target:
        high *= 2
    low = high / 2 if high > 1 else mpmath.mpf(0)
    return mpmath.findroot(lambda t: _upper_tail(t, nu) - target, (low, high),
                           solver="ridder", verify=False)


def _upper_tail(t, nu):
    """``P(T > t)`` for ``t ≥ 0`` as an mpmath number."""
    import mpmath

    half = mpmath.mpf(1) / 2
    t2 = t * t
    if 100 * t2 < nu:  # the tail is near ½: subtracting from ½ loses under one digit
        return half - mpmath.betainc(half, nu / 2, 0, t2 / (nu + t2), regularized=True) / 2
    return mpmath.betainc(nu / 2, half, 0, nu / (nu + t2), regularized=True) / 2
