"""Portfolio-quality indicators: PAR, repayment rate, the revolving fund's LAR/PAR/RR, aging.

Each indicator is a :class:`Ratio` — the exact numerator and denominator in whole rupiah
(or counts), the exact :class:`~fractions.Fraction`, and a percentage rounded half up to
two decimals. A ratio over nothing (no outstanding, nothing due) is *undefined*: its
value is 0 and ``defined`` is False, so nothing divides by zero and a report can print
"–" instead of a misleading 0 %; :func:`band` gives ``None`` for it.

Only positions marked ``active`` (disbursed, not yet lunas, not written off) count.

**The base is the principal.** A position's ``outstanding`` is the *principal* still owed
(the receivable on the balance sheet: Piutang Pinjaman Anggota + Piutang Dana Bergulir);
the service (jasa) still owed is carried beside it as ``service_outstanding`` and never
mixed in, so PAR, LAR/RR, the aging buckets, the kolektibilitas amounts, the provision and
the balance sheet share one base (docs/domain.md §7). Reports say so with
:data:`BASIS_TEXT` and show the service owed as a column of its own.

PAR_X is the **whole outstanding principal** of loans with an instalment more than X days
late ÷ gross principal outstanding (docs/domain.md §7) — not the overdue amount ÷
outstanding, which
understates the risk: a borrower who has stopped paying owes the whole balance, not just
the missed instalments. "More than X days" is strict, so PAR_30 leaves out a loan exactly
30 days late and PAR_0 is "any arrears at all".

The revolving-fund indicators (PNPM/KOTAKU) count "at risk" as three or more instalments
in arrears: LAR = groups with such a loan ÷ active groups (groups with an active loan);
PAR = outstanding of such loans ÷ total outstanding; RR = (outstanding − that) ÷
outstanding. A loan without a group counts as a group of its own for LAR.

:func:`portfolio_figures` and :func:`arrears_totals` put them together for a screen (the
Tunggakan tab) so that the UI only shows figures and computes none.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from .kolektibilitas import KolektibilitasRuleSet, get_rule_set, provision_amount

STANDARD_PAR_DAYS: tuple[int, ...] = (1, 30, 90)
PNPM_AT_RISK_INSTALMENTS = 3

#: what every report prints next to PAR, the classes and the provision (their one base)
BASIS_TEXT = "dasar: pokok terutang"
#: the longer note of the reports
BASIS_NOTE = ("Dasar PAR, LAR/RR, kolektibilitas dan penyisihan: pokok pinjaman yang masih "
              "terutang (sama dengan piutang di neraca). Jasa yang masih terutang ditampilkan "
              "tersendiri dan tidak ikut dihitung.")


@dataclass(frozen=True)
class LoanPosition:
    """One loan's standing on the reporting date, as the indicators need it.

    ``outstanding`` is the **principal** still owed, the base of every indicator;
    ``service_outstanding`` the service (jasa) still owed, only summed beside it.
    ``kol`` is the loan's class under the office's rule set (from
    :func:`kamura_desktop.domain.kolektibilitas.classify`); only the aging by class
    needs it. ``provision_base`` is what the provision rate applies to when it is not the
    whole principal (the cooperative's own risk: the lenders' part left out); ``None``
    means ``outstanding``.
    """

    outstanding: int
    days_past_due: int = 0
    instalments_in_arrears: int = 0
    group_id: Hashable | None = None
    active: bool = True
    kol: int | None = None
    service_outstanding: int = 0
    provision_base: int | None = None

    def __post_init__(self) -> None:
        for name in ("outstanding", "days_past_due", "instalments_in_arrears",
                     "service_outstanding"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"{name} must be an int, got {type(value).__name__}")
            if value < 0:
                raise ValueError(f"{name} must not be negative")
        if self.kol is not None and self.kol not in (1, 2, 3, 4, 5):
            raise ValueError("kol must be 1..5")
        if self.provision_base is not None:
            if not isinstance(self.provision_base, int) or isinstance(self.provision_base, bool):
                raise TypeError("provision_base must be an int")
            if not 0 <= self.provision_base <= self.outstanding:
                raise ValueError("provision_base must lie between 0 and the outstanding principal")

    @property
    def base_for_provision(self) -> int:
        return self.outstanding if self.provision_base is None else self.provision_base


@dataclass(frozen=True)
class Ratio:
    """An exact ratio of two non-negative integers; 0 (and undefined) over nothing."""

    numerator: int
    denominator: int

    def __post_init__(self) -> None:
        if self.numerator < 0 or self.denominator < 0:
            raise ValueError("a ratio of amounts or counts cannot be negative")

    @property
    def defined(self) -> bool:
        return self.denominator != 0

    @property
    def value(self) -> Fraction:
        return Fraction(self.numerator, self.denominator) if self.denominator else Fraction(0)

    @property
    def percent(self) -> Decimal:
        """Percentage with two decimals, halves rounded up (12,345 % → 12.35)."""
        if not self.denominator:
            return Decimal("0.00")
        hundredths = (2 * self.numerator * 10_000 + self.denominator) // (2 * self.denominator)
        return Decimal(hundredths).scaleb(-2)

    def percent_text(self) -> str:
        """``12,35 %`` the Indonesian way; ``–`` when undefined."""
        if not self.defined:
            return "–"
        return f"{self.percent:.2f}".replace(".", ",") + " %"


def _active(positions: Iterable[LoanPosition]) -> list[LoanPosition]:
    return [p for p in positions if p.active]


def total_outstanding(positions: Iterable[LoanPosition]) -> int:
    """Gross principal outstanding of the active positions (PAR's denominator)."""
    return sum(p.outstanding for p in _active(positions))


def total_service_outstanding(positions: Iterable[LoanPosition]) -> int:
    """Service (jasa) still owed on the active positions: shown beside, never a base."""
    return sum(p.service_outstanding for p in _active(positions))


# ---------------------------------------------------------------------------- PAR, RR


def par(positions: Iterable[LoanPosition], days: int) -> Ratio:
    """PAR_days: whole principal outstanding of loans more than ``days`` days late ÷ gross
    principal outstanding."""
    if days < 0:
        raise ValueError("days must not be negative")
    active = _active(positions)
    at_risk = sum(p.outstanding for p in active if p.days_past_due > days)
    return Ratio(at_risk, sum(p.outstanding for p in active))


def par_summary(
    positions: Iterable[LoanPosition], days: Sequence[int] = STANDARD_PAR_DAYS
) -> dict[int, Ratio]:
    """PAR_1, PAR_30, PAR_90 (or the given thresholds), keyed by days."""
    active = _active(positions)
    return {d: par(active, d) for d in days}


def repayment_rate(collected: int, due: int) -> Ratio:
    """Collected ÷ due for a period.

    ``collected`` should be what was paid towards the instalments that fell due in the
    period (including late payments of them); money paid ahead for later instalments
    belongs to those later periods, otherwise the rate can exceed 100 %. It is not capped
    here so that a wrong input shows rather than hides.
    """
    return Ratio(collected, due)


# ---------------------------------------------------------------------------- PNPM


def _pnpm_at_risk(position: LoanPosition, min_instalments: int) -> bool:
    return position.instalments_in_arrears >= min_instalments


def pnpm_lar(
    positions: Iterable[LoanPosition], min_instalments: int = PNPM_AT_RISK_INSTALMENTS
) -> Ratio:
    """Loans At Risk: groups with a loan ≥ ``min_instalments`` in arrears ÷ active groups."""
    groups: dict[Hashable, bool] = {}
    for index, p in enumerate(_active(positions)):
        # A loan without a group is its own unit; the tuple key cannot clash with an id.
        key = p.group_id if p.group_id is not None else ("__loan__", index)
        groups[key] = groups.get(key, False) or _pnpm_at_risk(p, min_instalments)
    return Ratio(sum(groups.values()), len(groups))


def pnpm_par(
    positions: Iterable[LoanPosition], min_instalments: int = PNPM_AT_RISK_INSTALMENTS
) -> Ratio:
    """Outstanding of loans ≥ ``min_instalments`` in arrears ÷ total outstanding."""
    active = _active(positions)
    at_risk = sum(p.outstanding for p in active if _pnpm_at_risk(p, min_instalments))
    return Ratio(at_risk, sum(p.outstanding for p in active))


def pnpm_rr(
    positions: Iterable[LoanPosition], min_instalments: int = PNPM_AT_RISK_INSTALMENTS
) -> Ratio:
    """Repayment rate, revolving-fund style: (outstanding − at-risk) ÷ outstanding."""
    at_risk = pnpm_par(positions, min_instalments)
    return Ratio(at_risk.denominator - at_risk.numerator, at_risk.denominator)


class Indicator(StrEnum):
    LAR = "lar"
    PAR = "par"
    RR = "rr"


class Band(StrEnum):
    BAIK = "baik"
    CUKUP = "cukup"
    KURANG = "kurang"


@dataclass(frozen=True)
class Target:
    """Where 'baik' and 'cukup' end for one indicator.

    Lower-is-better (LAR, PAR): value < ``good`` → baik; ≤ ``adequate`` → cukup; above →
    kurang. Higher-is-better (RR): value ≥ ``good`` → baik; ≥ ``adequate`` → cukup.
    """

    good: Fraction
    adequate: Fraction
    higher_is_better: bool


PNPM_TARGETS: dict[Indicator, Target] = {
    Indicator.LAR: Target(Fraction(10, 100), Fraction(20, 100), higher_is_better=False),
    Indicator.PAR: Target(Fraction(10, 100), Fraction(20, 100), higher_is_better=False),
    Indicator.RR: Target(Fraction(90, 100), Fraction(80, 100), higher_is_better=True),
}


def band(
    indicator: Indicator | str,
    value: Ratio | Fraction | Decimal | int,
    targets: dict[Indicator, Target] | None = None,
) -> Band | None:
    """'baik', 'cukup' or 'kurang' for an indicator value; ``None`` for an undefined Ratio.

    ``value`` is a fraction of one (0.15 for 15 %) or a :class:`Ratio`.
    """
    if isinstance(value, Ratio):
        if not value.defined:
            return None
        value = value.value
    if isinstance(value, float):
        raise TypeError("pass a Ratio, Fraction or Decimal, not a float")
    v = Fraction(value)
    target = (targets or PNPM_TARGETS)[Indicator(indicator)]
    if target.higher_is_better:
        if v >= target.good:
            return Band.BAIK
        return Band.CUKUP if v >= target.adequate else Band.KURANG
    if v < target.good:
        return Band.BAIK
    return Band.CUKUP if v <= target.adequate else Band.KURANG


@dataclass(frozen=True)
class PnpmIndicators:
    lar: Ratio
    par: Ratio
    rr: Ratio

    @property
    def lar_band(self) -> Band | None:
        return band(Indicator.LAR, self.lar)

    @property
    def par_band(self) -> Band | None:
        return band(Indicator.PAR, self.par)

    @property
    def rr_band(self) -> Band | None:
        return band(Indicator.RR, self.rr)


def pnpm_indicators(
    positions: Iterable[LoanPosition], min_instalments: int = PNPM_AT_RISK_INSTALMENTS
) -> PnpmIndicators:
    active = _active(positions)
    return PnpmIndicators(
        lar=pnpm_lar(active, min_instalments),
        par=pnpm_par(active, min_instalments),
        rr=pnpm_rr(active, min_instalments),
    )


# ---------------------------------------------------------------------------- aging


@dataclass(frozen=True)
class AgingBucket:
    """Loans in one class or one range of days late: how many, how much principal they
    owe, what share of the principal, and the service they still owe beside it."""

    key: str
    label: str
    count: int
    outstanding: int  # principal
    share: Ratio
    provision: int = 0
    service_outstanding: int = 0


def aging_by_kol(
    positions: Iterable[LoanPosition], rule_set: KolektibilitasRuleSet | None = None
) -> list[AgingBucket]:
    """Five buckets, kol 1..5, always all present; each position must carry its ``kol``.

    ``provision`` is the sum of each loan's own rounded provision on its
    ``provision_base`` (rates from ``rule_set``, the default pojk40 if not given), so it
    equals the total of a per-loan listing exactly.
    """
    rs = rule_set or get_rule_set()
    active = _active(positions)
    if any(p.kol is None for p in active):
        raise ValueError("every active position needs its kol for aging by class")
    total = sum(p.outstanding for p in active)
    buckets = []
    for kol in range(1, 6):
        members = [p for p in active if p.kol == kol]
        amount = sum(p.outstanding for p in members)
        bp = rs.provisions_bp[kol - 1]
        buckets.append(
            AgingBucket(
                key=str(kol),
                label=rs.labels[kol - 1],
                count=len(members),
                outstanding=amount,
                share=Ratio(amount, total),
                provision=sum(provision_amount(p.base_for_provision, bp) for p in members),
                service_outstanding=sum(p.service_outstanding for p in members),
            )
        )
    return buckets


def aging_by_days(
    positions: Iterable[LoanPosition], bounds: Sequence[int] = (0, 30, 60, 90, 180)
) -> list[AgingBucket]:
    """Buckets by days late with inclusive upper ``bounds``: 0, 1–30, …, 91–180, > 180."""
    if (
        not bounds
        or any(b < 0 for b in bounds)
        or any(a >= b for a, b in zip(bounds, bounds[1:], strict=False))
    ):
        raise ValueError("bounds must be non-empty, non-negative and increase strictly")
    active = _active(positions)
    total = sum(p.outstanding for p in active)
    buckets = []
    lower = 0
    for upper in [*bounds, None]:
        if upper is None:
            members = [p for p in active if p.days_past_due >= lower]
            key = label = f">{lower - 1}"
        else:
            members = [p for p in active if lower <= p.days_past_due <= upper]
            key = label = str(upper) if lower == upper else f"{lower}-{upper}"
        amount = sum(p.outstanding for p in members)
        buckets.append(
            AgingBucket(
                key=key,
                label=label + " hari",
                count=len(members),
                outstanding=amount,
                share=Ratio(amount, total),
                service_outstanding=sum(p.service_outstanding for p in members),
            )
        )
        if upper is not None:
            lower = upper + 1
    return buckets


# ---------------------------------------------------------------------------- screens


@dataclass(frozen=True)
class ArrearsTotals:
    """A list of loans summed up: how many and the principal they owe, and of those the late
    ones (at least one day past due); the service still owed beside it."""

    count: int
    outstanding: int  # principal
    late_count: int
    late_outstanding: int  # principal
    service_outstanding: int = 0


def arrears_totals(positions: Iterable[LoanPosition]) -> ArrearsTotals:
    active = _active(positions)
    late = [p for p in active if p.days_past_due > 0]
    return ArrearsTotals(
        count=len(active),
        outstanding=sum(p.outstanding for p in active),
        late_count=len(late),
        late_outstanding=sum(p.outstanding for p in late),
        service_outstanding=sum(p.service_outstanding for p in active),
    )


@dataclass(frozen=True)
class PortfolioFigures:
    """Every figure of a portfolio (or a slice of it) on one date, as the arrears screen and
    the reports show them: size, PAR by threshold, the revolving fund's LAR/PAR/RR, the
    five classes with their provisions and the provision in total. ``outstanding`` is the
    gross principal (PAR's denominator); the service still owed and the provision's base
    are beside it."""

    count: int
    outstanding: int  # principal
    par: tuple[tuple[int, Ratio], ...]  # (days, PAR_days), in the order asked for
    pnpm: PnpmIndicators
    aging: tuple[AgingBucket, ...]  # kol 1..5
    provision: int  # the sum of every loan's own rounded provision
    service_outstanding: int = 0
    provision_base: int = 0  # principal less what the cooperative does not carry (lenders)

    def par_at(self, days: int) -> Ratio:
        return dict(self.par)[days]


def portfolio_figures(
    positions: Iterable[LoanPosition],
    rule_set: KolektibilitasRuleSet | None = None,
    par_days: Sequence[int] = STANDARD_PAR_DAYS,
) -> PortfolioFigures:
    """:class:`PortfolioFigures` of the active positions (each must carry its ``kol``)."""
    active = _active(positions)
    aging = tuple(aging_by_kol(active, rule_set))
    return PortfolioFigures(
        count=len(active),
        outstanding=total_outstanding(active),
        par=tuple(par_summary(active, par_days).items()),
        pnpm=pnpm_indicators(active),
        aging=aging,
        provision=sum(b.provision for b in aging),
        service_outstanding=total_service_outstanding(active),
        provision_base=sum(p.base_for_provision for p in active),
    )
