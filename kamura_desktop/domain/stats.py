"""Statistics for the evaluation report: the paired-sample t-test, reported as SPSS does.

The office compares each borrower's monthly net income at two points (before/after a loan,
before/after a shock). :func:`paired_t_test` returns everything the SPSS "Paired Samples"
tables show — statistics of each side, their correlation, and the test on the differences —
plus the decision at α in Indonesian.

Conventions:

* The difference is **second − first** (sesudah − sebelum), so a rise in income gives a
  positive mean difference and a positive t. SPSS's "Pair 1 sebelum - sesudah" is
  first − second: same |t|, df and Sig.; opposite sign of t, mean and CI bounds.
* Sums are taken exactly (:class:`~fractions.Fraction`) and only the final square roots and
  distribution functions are floats, so large rupiah values lose nothing to cancellation.
  These are statistics, not money rows, so floats are fine in the result.
* The correlation is undefined when either side is constant (``r`` is ``None``); its Sig.
  is undefined with only 2 pairs (``correlation_p`` is ``None``; SPSS prints ".").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from numbers import Real

from .errors import UserError
from .money import format_number
from .tdist import t_ppf, t_sf

Value = Real | Decimal | None


@dataclass(frozen=True)
class PairedTTestResult:
    """The paired-sample t-test, field by field as in the SPSS output."""

    n: int
    mean_first: float
    mean_second: float
    sd_first: float
    sd_second: float
    se_first: float
    se_second: float
    correlation: float | None  # Pearson r between the two sides
    correlation_p: float | None  # its Sig. (2-tailed)
    mean_diff: float  # mean of (second − first)
    sd_diff: float
    se_diff: float
    ci_low: float
    ci_high: float
    confidence: float  # e.g. 0.95 for the 95 % interval
    t: float
    df: int
    p_two_tailed: float
    alpha: float
    significant: bool  # p_two_tailed < alpha
    decision: str


def paired_t_test(
    first: Sequence[Value],
    second: Sequence[Value],
    alpha: float = 0.05,
    *,
    confidence: float = 0.95,
    first_label: str = "sebelum",
    second_label: str = "sesudah",
) -> PairedTTestResult:
    """Paired-sample t-test of ``second`` against ``first`` (row by row).

    Raises :class:`UserError` when the lists differ in length, a row misses either half or
    holds something that is not a finite number (the message names the 1-based row), fewer
    than 2 pairs are given, or every difference is the same (SD of the differences 0, so t
    is undefined). The labels only shape the error messages.
    """
    if not 0 < alpha < 1:
        raise UserError("Taraf signifikansi (α) harus di antara 0 dan 1.", field="alpha")
    if not 0 < confidence < 1:
        raise UserError("Tingkat kepercayaan harus di antara 0 dan 1.", field="confidence")
    if len(first) != len(second):
        raise UserError(
            f"Jumlah data {first_label} ({len(first)}) dan {second_label} ({len(second)}) "
            "tidak sama.",
            code="ttest_length_mismatch",
        )
    xs: list[Fraction] = []
    ys: list[Fraction] = []
    for row, (a, b) in enumerate(zip(first, second, strict=True), start=1):
        xs.append(_exact(a, row, first_label))
        ys.append(_exact(b, row, second_label))
    n = len(xs)
    if n < 2:
        raise UserError(
            f"Uji-t berpasangan memerlukan sedikitnya 2 pasang data; baru ada {n}.",
            code="ttest_too_few",
        )

    diffs = [y - x for x, y in zip(xs, ys, strict=True)]
    mean_x, mean_y, mean_d = _mean(xs), _mean(ys), _mean(diffs)
    sxx = _sum_sq_dev(xs, mean_x)
    syy = _sum_sq_dev(ys, mean_y)
    sdd = _sum_sq_dev(diffs, mean_d)
    if sdd == 0:
        raise UserError(
            f"Semua selisih ({second_label} − {first_label}) bernilai sama "
            f"({_format_value(diffs[0])}), sehingga simpangan baku selisih = 0 dan uji-t "
            "tidak dapat dihitung.",
            code="ttest_zero_sd",
        )
    df = n - 1
    sd_x = math.sqrt(sxx / df)
    sd_y = math.sqrt(syy / df)
    sd_d = math.sqrt(sdd / df)
    root_n = math.sqrt(n)
    se_d = sd_d / root_n
    # t² = n·mean² / var exactly; one square root keeps t as accurate as a float can be.
    t = math.copysign(math.sqrt(_to_float(n * mean_d * mean_d * df / sdd)), mean_d)
    p = min(1.0, 2 * t_sf(abs(t), df))
    margin = t_ppf(1 - (1 - confidence) / 2, df) * se_d

    r: float | None = None
    r_p: float | None = None
    if sxx != 0 and syy != 0:
        sxy = sum(((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)), Fraction(0))
        r2 = sxy * sxy / (sxx * syy)  # exact r², so |r| = 1 is recognised exactly
        r = math.copysign(math.sqrt(r2), sxy)
        if n > 2:
            r_p = 0.0 if r2 == 1 else _correlation_p(r2, n)

    significant = p < alpha
    return PairedTTestResult(
        n=n,
        mean_first=float(mean_x),
        mean_second=float(mean_y),
        sd_first=sd_x,
        sd_second=sd_y,
        se_first=sd_x / root_n,
        se_second=sd_y / root_n,
        correlation=r,
        correlation_p=r_p,
        mean_diff=float(mean_d),
        sd_diff=sd_d,
        se_diff=se_d,
        ci_low=float(mean_d) - margin,
        ci_high=float(mean_d) + margin,
        confidence=confidence,
        t=t,
        df=df,
        p_two_tailed=p,
        alpha=alpha,
        significant=significant,
        decision=decision_text(p, alpha),
    )


def decision_text(p: float, alpha: float = 0.05) -> str:
    """``"Terdapat perbedaan yang signifikan (Sig. 0,000 < 0,05)"`` or the negative form.

    Sig. is shown to 3 decimals, or more when 3 would contradict the decision (p = 0,04996
    is shown as 0,04996, not as 0,050 < 0,05).
    """
    alpha_text = _format_alpha(alpha)
    if p < alpha:
        return f"Terdapat perbedaan yang signifikan (Sig. {_format_p_against(p, alpha)} < {alpha_text})"
    sign = "=" if p == alpha else ">"
    return (
        "Tidak terdapat perbedaan yang signifikan "
        f"(Sig. {_format_p_against(p, alpha)} {sign} {alpha_text})"
    )


def format_sig_spss(p: float) -> str:
    """A p-value as SPSS prints Sig.: 3 decimals, no leading zero (``.000``, ``.034``,
    ``1.000``)."""
    _check_p(p)
    text = f"{p:.3f}"
    return text[1:] if text.startswith("0") else text


def format_p_id(p: float, places: int = 3) -> str:
    """A p-value the Indonesian way, with a decimal comma: ``0,034``."""
    _check_p(p)
    return f"{p:.{places}f}".replace(".", ",")


# --- helpers ----------------------------------------------------------------------------


def _exact(value: Value, row: int, label: str) -> Fraction:
    if value is None:
        raise UserError(
            f"Baris {row}: nilai {label} belum diisi; setiap baris harus berpasangan.",
            field=label,
            code="ttest_missing_value",
        )
    if isinstance(value, bool) or not isinstance(value, Real | Decimal):
        raise UserError(
            f"Baris {row}: nilai {label} ({value!r}) bukan angka.",
            field=label,
            code="ttest_not_a_number",
        )
    try:
        return Fraction(value)  # exact for int, float, Decimal and Fraction
    except (ValueError, OverflowError):  # NaN or infinity
        raise UserError(
            f"Baris {row}: nilai {label} ({value!r}) bukan angka yang sah.",
            field=label,
            code="ttest_not_a_number",
        ) from None


def _mean(values: list[Fraction]) -> Fraction:
    return sum(values, Fraction(0)) / len(values)


def _sum_sq_dev(values: list[Fraction], mean: Fraction) -> Fraction:
    return sum(((v - mean) ** 2 for v in values), Fraction(0))


def _correlation_p(r2: Fraction, n: int) -> float:
    """Sig. (2-tailed) of Pearson r: t = r·√((n−2)/(1−r²)) on n−2 df."""
    df = n - 2
    t = math.sqrt(_to_float(df * r2 / (1 - r2)))
    return min(1.0, 2 * t_sf(t, df))


def _to_float(value: Fraction) -> float:
    """A non-negative exact ratio as a float; infinity when it is too large for one (a
    spread so small next to the mean that t is, for all purposes, infinite)."""
    try:
        return float(value)
    except OverflowError:
        return math.inf


def _format_value(value: Fraction) -> str:
    if value.denominator == 1:
        number = int(value)
        return ("-" if number < 0 else "") + format_number(abs(number))
    return f"{float(value):g}".replace(".", ",")


def _format_alpha(alpha: float) -> str:
    text = format(Decimal(repr(alpha)).normalize(), "f")
    whole, _, decimals = text.partition(".")
    return f"{whole},{decimals.ljust(2, '0')}"


def _format_p_against(p: float, alpha: float) -> str:
    """Sig. to 3 decimals, or to as many more as needed to keep the shown comparison true."""
    for places in range(3, 12):
        shown = round(p, places)
        if (shown < alpha) == (p < alpha) and (shown == alpha) == (p == alpha):
            return format_p_id(p, places)
    return format_p_id(p, 12)


def _check_p(p: float) -> None:
    if not (isinstance(p, Real) and 0 <= p <= 1):
        raise ValueError(f"p-value must lie in [0, 1], got {p!r}")
