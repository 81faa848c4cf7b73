"""Kolektibilitas: loan-quality classes 1 (lancar) to 5 (macet) and their provisions.

The office chooses one of several rule sets (DOMAIN.md §6). Rule sets are *data* — frozen
dataclasses holding thresholds and provision rates — so a changed regulation or an
office's own policy is a new value (see :func:`rule_set_from_dict`), not new code.

Every rule set measures one quantity of arrears and cuts it into five classes with
*inclusive upper bounds* for classes 1–4; anything above the fourth bound is class 5.

``pojk40`` — bank practice (POJK 40/2019), the default. Measure: days past due.
    1 lancar 0 · 2 dalam perhatian khusus 1–90 · 3 kurang lancar 91–120 ·
    4 diragukan 121–180 · 5 macet > 180. Provisions (PPKA) 1 %, 5 %, 15 %, 50 %, 100 %.
    POJK deducts eligible collateral before applying the rate; group credit here has no
    collateral, so the rate applies to the whole outstanding.

``kukm14`` — cooperative ministry (Permen KUKM 14/2009). Measure: months of principal
    arrears, with bands that depend on the instalment frequency. The Permen names only
    four classes (lancar, kurang lancar, diragukan, macet), fixes the kurang-lancar band
    (over 1 up to 2 months for instalments more often than monthly; over 3 up to 6 months
    for 1–3-monthly; over 6 up to 12 months for 6-monthly or longer) and leaves
    diragukan to judgement. Our reading, so that all rule sets share one 1–5 scale:
      - class 1 only with no arrears at all; arrears below the kurang-lancar band are
        class 2 "dalam perhatian khusus" (the Permen would still call them lancar);
      - diragukan follows kurang lancar: daily/weekly/fortnightly > 2–3 months,
        1–3-monthly > 6–12 months, 6-monthly and yearly > 12–24 months; macet beyond;
      - class 2 is > 0–1, > 0–3 and > 0–6 months for the same three groups;
      - "diragukan with no payment for 12 months" (the Permen counts from the day the
        loan became diragukan, which a pure rule cannot know) is read as: class 4 and
        at least 12 months since the last payment (or since disbursement when nothing
        was ever paid) → class 5.
    Provisions default to the same 1/5/15/50/100 % as pojk40 so that reports from either
    rule set are comparable; the office can change them.

``pnpm`` — revolving-fund practice (PNPM/KOTAKU). Measure: instalments in arrears.
    1 none · 2 up to 3 (as the POB says) · 3 4–6 · 4 7–12 · 5 more than 12. Classes
    3–5 continue the "three more instalments" step and then treat a full year of monthly
    instalments unpaid as lost. Provisions 1/5/15/50/100 % as above.

Provision amounts are ``outstanding × provision_bp ÷ 10 000`` rounded half up to whole
rupiah (:func:`provision_amount`), per loan, so a listing of loans adds up to its total.

The arrears measures come from a schedule with what has been paid towards each instalment
(:class:`DueRow`): an instalment is *in arrears* when its due date is before the
reference date and it is not fully paid. Days past due count from the oldest such
instalment — due today is not yet late.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from types import MappingProxyType
from typing import Any

from .errors import UserError

KOL_LABELS: tuple[str, str, str, str, str] = (
    "Lancar",
    "Dalam Perhatian Khusus",
    "Kurang Lancar",
    "Diragukan",
    "Macet",
)

DEFAULT_PROVISIONS_BP: tuple[int, int, int, int, int] = (100, 500, 1500, 5000, 10000)

BP_DENOMINATOR = 10_000

Number = int | Fraction | Decimal


class InstalmentFrequency(StrEnum):
    """How often instalments fall due.

    Values match ``schedule.Frequency`` ("daily", "weekly", "monthly"), so
    ``InstalmentFrequency(terms.frequency)`` converts a schedule's frequency directly.
    """

    DAILY = "daily"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    BIMONTHLY = "bimonthly"
    QUARTERLY = "quarterly"
    SEMIANNUAL = "semiannual"
    YEARLY = "yearly"

    @property
    def period_days(self) -> int:
        """Length of one period in days, or 0 for month-based frequencies."""
        return _PERIOD_DAYS.get(self, 0)

    @property
    def period_months(self) -> int:
        """Length of one period in calendar months, or 0 for day-based frequencies."""
        return _PERIOD_MONTHS.get(self, 0)


_PERIOD_DAYS = {
    InstalmentFrequency.DAILY: 1,
    InstalmentFrequency.WEEKLY: 7,
    InstalmentFrequency.FORTNIGHTLY: 14,
}
_PERIOD_MONTHS = {
    InstalmentFrequency.MONTHLY: 1,
    InstalmentFrequency.BIMONTHLY: 2,
    InstalmentFrequency.QUARTERLY: 3,
    InstalmentFrequency.SEMIANNUAL: 6,
    InstalmentFrequency.YEARLY: 12,
}


class Measure(StrEnum):
    """The quantity of arrears a rule set classifies by."""

    DAYS_PAST_DUE = "days_past_due"
    MONTHS_IN_ARREARS = "months_in_arrears"
    INSTALMENTS_IN_ARREARS = "instalments_in_arrears"


# ---------------------------------------------------------------------------- helpers


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_money(value: object, name: str) -> None:
    if not _is_int(value):
        raise TypeError(f"{name} must be whole rupiah (int), got {type(value).__name__}")
    if value < 0:  # type: ignore[operator]
        raise ValueError(f"{name} must not be negative")


def _as_fraction(value: Number, name: str) -> Fraction:
    # Floats are refused: a month count of 2.9999999 must not decide a loan's class.
    if isinstance(value, bool) or not isinstance(value, int | Fraction | Decimal):
        raise TypeError(f"{name} must be int, Fraction or Decimal, got {type(value).__name__}")
    return Fraction(value)


# ---------------------------------------------------------------------------- calendar


def add_months(start: dt.date, months: int) -> dt.date:
    """``start`` moved by whole calendar months, clipped to the month's last day.

    Always computed from ``start`` (31 Jan + 1 → 29 Feb 2024, 31 Jan + 2 → 31 Mar), so
    repeated periods do not drift to the 28th.
    """
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    last_day = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(start.day, last_day))


def months_elapsed(start: dt.date, end: dt.date) -> Fraction:
    """Exact calendar months from ``start`` to ``end`` (0 when ``end`` is not after it).

    Whole months are counted by calendar anniversaries of ``start``; the days left over
    are a fraction of the month that follows. Hence ``months_elapsed(s, e) > n`` exactly
    when ``e`` is after the n-th anniversary — "over 1 month" means "after the same day
    next month", as a clerk would count.
    """
    if end <= start:
        return Fraction(0)
    whole = (end.year - start.year) * 12 + (end.month - start.month)
    while add_months(start, whole) > end:
        whole -= 1
    anniversary = add_months(start, whole)
    following = add_months(start, whole + 1)
    return whole + Fraction((end - anniversary).days, (following - anniversary).days)


def periods_elapsed_before(start: dt.date, end: dt.date, frequency: InstalmentFrequency) -> int:
    """How many dates ``start + n periods`` (n ≥ 1) fall strictly before ``end``."""
    if end <= start:
        return 0
    if frequency.period_days:
        return ((end - start).days - 1) // frequency.period_days
    step = frequency.period_months
    months = months_elapsed(start, end)
    whole_periods = int(months // step)
    if months == whole_periods * step:
        # The last anniversary is ``end`` itself: due today is not yet before it.
        whole_periods -= 1
    return max(whole_periods, 0)


# ---------------------------------------------------------------------------- facts


@dataclass(frozen=True)
class DueRow:
    """One instalment as the arrears rules see it: when due, how much, how much paid."""

    due_date: dt.date
    amount_due: int
    amount_paid: int = 0

    def __post_init__(self) -> None:
        _check_money(self.amount_due, "amount_due")
        _check_money(self.amount_paid, "amount_paid")

    @property
    def unpaid(self) -> int:
        return max(self.amount_due - self.amount_paid, 0)


@dataclass(frozen=True)
class LoanArrearsFacts:
    """What a rule set needs to know about one loan's arrears on a reference date.

    ``months_in_arrears`` and ``frequency`` are needed only by month-based rule sets
    (kukm14); ``months_since_last_payment`` only by the "no payment for 12 months" rule —
    leave it ``None`` when unknown and that rule is not applied.
    """

    days_past_due: int = 0
    instalments_in_arrears: int = 0
    months_in_arrears: Number | None = None
    frequency: InstalmentFrequency | None = None
    months_since_last_payment: Number | None = None

    def __post_init__(self) -> None:
        for name in ("days_past_due", "instalments_in_arrears"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{name} must be a non-negative int, got {value!r}")
        for name in ("months_in_arrears", "months_since_last_payment"):
            value = getattr(self, name)
            if value is not None and _as_fraction(value, name) < 0:
                raise ValueError(f"{name} must not be negative")


def _oldest_in_arrears(rows: Iterable[DueRow], as_of: dt.date) -> DueRow | None:
    late = [r for r in rows if r.unpaid > 0 and r.due_date < as_of]
    return min(late, key=lambda r: r.due_date) if late else None


def days_past_due(rows: Iterable[DueRow], as_of: dt.date) -> int:
    """Days since the oldest instalment due before ``as_of`` that is not fully paid.

    ``amount_paid`` must be what had been paid by ``as_of``. A partly paid instalment is
    still unpaid; an instalment due on ``as_of`` itself is not late yet.
    """
    oldest = _oldest_in_arrears(rows, as_of)
    return 0 if oldest is None else (as_of - oldest.due_date).days


def months_in_arrears(rows: Iterable[DueRow], as_of: dt.date) -> Fraction:
    """Exact calendar months since the oldest instalment in arrears (see months_elapsed)."""
    oldest = _oldest_in_arrears(rows, as_of)
    return Fraction(0) if oldest is None else months_elapsed(oldest.due_date, as_of)


def instalments_in_arrears(
    rows: Sequence[DueRow], as_of: dt.date, frequency: InstalmentFrequency | None = None
) -> int:
    """Number of instalments due before ``as_of`` and not fully paid.

    After the final due date has passed with money still owed, the count keeps growing by
    one for every period of ``frequency`` that has elapsed since (the "bulan/kali
    angsuran" of revolving-fund practice); otherwise a never-repaid six-instalment loan
    would be stuck at six instalments forever. Without ``frequency`` the count stops at
    the schedule's end.
    """
    count = sum(1 for r in rows if r.unpaid > 0 and r.due_date < as_of)
    if count and frequency is not None and rows:
        final_due = max(r.due_date for r in rows)
        count += periods_elapsed_before(final_due, as_of, frequency)
    return count


def arrears_facts(
    rows: Sequence[DueRow],
    as_of: dt.date,
    frequency: InstalmentFrequency,
    *,
    last_payment_on: dt.date | None = None,
    disbursed_on: dt.date | None = None,
) -> LoanArrearsFacts:
    """All the facts every rule set needs, computed from one loan's schedule.

    ``months_since_last_payment`` counts from ``last_payment_on``, or from
    ``disbursed_on`` when nothing has been paid; it is ``None`` when neither is given.
    """
    since = last_payment_on or disbursed_on
    return LoanArrearsFacts(
        days_past_due=days_past_due(rows, as_of),
        instalments_in_arrears=instalments_in_arrears(rows, as_of, frequency),
        months_in_arrears=months_in_arrears(rows, as_of),
        frequency=frequency,
        months_since_last_payment=None if since is None else months_elapsed(since, as_of),
    )


# ---------------------------------------------------------------------------- rule sets


@dataclass(frozen=True)
class ThresholdTable:
    """Inclusive upper bounds of the measure for classes 1–4; above the last is class 5.

    ``frequencies`` says which instalment frequencies the table applies to; ``None`` means
    all of them.
    """

    upper_bounds: tuple[int, int, int, int]
    frequencies: frozenset[InstalmentFrequency] | None = None

    def __post_init__(self) -> None:
        bounds = tuple(self.upper_bounds)
        if len(bounds) != 4 or any(not _is_int(b) or b < 0 for b in bounds):
            raise ValueError("upper_bounds must be four non-negative ints")
        if any(a >= b for a, b in zip(bounds, bounds[1:], strict=False)):
            raise ValueError("upper_bounds must increase strictly")
        object.__setattr__(self, "upper_bounds", bounds)
        if self.frequencies is not None:
            object.__setattr__(
                self, "frequencies", frozenset(InstalmentFrequency(f) for f in self.frequencies)
            )


@dataclass(frozen=True)
class KolektibilitasRuleSet:
    """One way of classing loans: what is measured, the bands, and the provision rates."""

    code: str
    name: str
    measure: Measure
    tables: tuple[ThresholdTable, ...]
    provisions_bp: tuple[int, int, int, int, int] = DEFAULT_PROVISIONS_BP
    labels: tuple[str, str, str, str, str] = KOL_LABELS
    # Class 4 becomes class 5 after this many months without any payment (None: never).
    loss_after_months_without_payment: int | None = None
    description: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "measure", Measure(self.measure))
        object.__setattr__(self, "tables", tuple(self.tables))
        object.__setattr__(self, "provisions_bp", tuple(self.provisions_bp))
        object.__setattr__(self, "labels", tuple(self.labels))
        if not self.tables:
            raise ValueError("a rule set needs at least one threshold table")
        seen: set[InstalmentFrequency] = set()
        catch_alls = 0
        for table in self.tables:
            if table.frequencies is None:
                catch_alls += 1
            elif seen & table.frequencies:
                raise ValueError("a frequency appears in two threshold tables")
            else:
                seen |= table.frequencies
        if catch_alls > 1:
            raise ValueError("only one threshold table may apply to all frequencies")
        bps = self.provisions_bp
        if len(bps) != 5 or any(not _is_int(b) or not 0 <= b <= BP_DENOMINATOR for b in bps):
            raise ValueError("provisions_bp must be five ints between 0 and 10000")
        if any(a > b for a, b in zip(bps, bps[1:], strict=False)):
            # A worse class never needs a smaller provision.
            raise ValueError("provisions_bp must not decrease from class 1 to class 5")
        if len(self.labels) != 5:
            raise ValueError("labels must name the five classes")
        months = self.loss_after_months_without_payment
        if months is not None and (not _is_int(months) or months <= 0):
            raise ValueError("loss_after_months_without_payment must be a positive int")

    def table_for(self, frequency: InstalmentFrequency | None) -> ThresholdTable:
        """The threshold table that applies to loans with this instalment frequency."""
        catch_all = None
        for table in self.tables:
            if table.frequencies is None:
                catch_all = table
            elif frequency is not None and frequency in table.frequencies:
                return table
        if catch_all is None:
            raise ValueError(
                f"rule set {self.code!r} has no thresholds for frequency {frequency!r}"
            )
        return catch_all


@dataclass(frozen=True)
class Classification:
    """The class a loan falls in, its label and the provision rate in basis points."""

    kol: int
    label: str
    provision_bp: int

    @property
    def provision_percent(self) -> Decimal:
        return Decimal(self.provision_bp) / 100


_SHORT = frozenset(
    {InstalmentFrequency.DAILY, InstalmentFrequency.WEEKLY, InstalmentFrequency.FORTNIGHTLY}
)
_MEDIUM = frozenset(
    {InstalmentFrequency.MONTHLY, InstalmentFrequency.BIMONTHLY, InstalmentFrequency.QUARTERLY}
)
_LONG = frozenset({InstalmentFrequency.SEMIANNUAL, InstalmentFrequency.YEARLY})

POJK40 = KolektibilitasRuleSet(
    code="pojk40",
    name="Praktik bank (POJK 40/2019)",
    measure=Measure.DAYS_PAST_DUE,
    tables=(ThresholdTable((0, 90, 120, 180)),),
    description="Hari tunggakan: 0 · 1–90 · 91–120 · 121–180 · >180.",
)

KUKM14 = KolektibilitasRuleSet(
    code="kukm14",
    name="Kementerian Koperasi (Permen KUKM 14/2009)",
    measure=Measure.MONTHS_IN_ARREARS,
    tables=(
        ThresholdTable((0, 1, 2, 3), _SHORT),
        ThresholdTable((0, 3, 6, 12), _MEDIUM),
        ThresholdTable((0, 6, 12, 24), _LONG),
    ),
    loss_after_months_without_payment=12,
    description="Bulan tunggakan pokok menurut frekuensi angsuran.",
)

PNPM = KolektibilitasRuleSet(
    code="pnpm",
    name="Dana bergulir (PNPM/KOTAKU)",
    measure=Measure.INSTALMENTS_IN_ARREARS,
    tables=(ThresholdTable((0, 3, 6, 12)),),
    description="Kali angsuran tertunggak: 0 · 1–3 · 4–6 · 7–12 · >12.",
)

RULE_SETS: Mapping[str, KolektibilitasRuleSet] = MappingProxyType(
    {rs.code: rs for rs in (POJK40, KUKM14, PNPM)}
)
DEFAULT_RULE_SET = "pojk40"


def get_rule_set(code: str = DEFAULT_RULE_SET) -> KolektibilitasRuleSet:
    """A built-in rule set by code; :class:`UserError` for an unknown one."""
    try:
        return RULE_SETS[code]
    except KeyError:
        known = ", ".join(RULE_SETS)
        raise UserError(
            f"Aturan kolektibilitas '{code}' tidak dikenal. Pilihan: {known}.",
            field="kolektibilitas_rule_set",
            code="unknown_rule_set",
        ) from None


# ---------------------------------------------------------------------------- classify


def classify(rule_set: KolektibilitasRuleSet, facts: LoanArrearsFacts) -> Classification:
    """Class 1–5 of a loan under ``rule_set``."""
    table = rule_set.table_for(facts.frequency)
    value = _measure_value(rule_set, facts)
    kol = 5
    for index, bound in enumerate(table.upper_bounds):
        if value <= bound:
            kol = index + 1
            break
    limit = rule_set.loss_after_months_without_payment
    if (
        kol == 4
        and limit is not None
        and facts.months_since_last_payment is not None
        and _as_fraction(facts.months_since_last_payment, "months_since_last_payment") >= limit
    ):
        kol = 5
    return Classification(
        kol=kol, label=rule_set.labels[kol - 1], provision_bp=rule_set.provisions_bp[kol - 1]
    )


def _measure_value(rule_set: KolektibilitasRuleSet, facts: LoanArrearsFacts) -> Fraction | int:
    if rule_set.measure is Measure.DAYS_PAST_DUE:
        return facts.days_past_due
    if rule_set.measure is Measure.INSTALMENTS_IN_ARREARS:
        return facts.instalments_in_arrears
    if facts.months_in_arrears is None:
        # Guessing months from days would move the class boundaries by a day or two.
        raise ValueError(f"rule set {rule_set.code!r} needs months_in_arrears")
    return _as_fraction(facts.months_in_arrears, "months_in_arrears")


def provision_amount(outstanding: int, provision_bp: int) -> int:
    """``outstanding × provision_bp ÷ 10 000`` in whole rupiah, halves rounded up."""
    _check_money(outstanding, "outstanding")
    if not _is_int(provision_bp) or not 0 <= provision_bp <= BP_DENOMINATOR:
        raise ValueError("provision_bp must be an int between 0 and 10000")
    return (2 * outstanding * provision_bp + BP_DENOMINATOR) // (2 * BP_DENOMINATOR)


# ---------------------------------------------------------------------------- settings


def rule_set_to_dict(rule_set: KolektibilitasRuleSet) -> dict[str, Any]:
    """Plain JSON-able form of a rule set, for the office's settings."""
    return {
        "code": rule_set.code,
        "name": rule_set.name,
        "measure": rule_set.measure.value,
        "tables": [
            {
                "upper_bounds": list(t.upper_bounds),
                "frequencies": None
                if t.frequencies is None
                else sorted(f.value for f in t.frequencies),
            }
            for t in rule_set.tables
        ],
        "provisions_bp": list(rule_set.provisions_bp),
        "labels": list(rule_set.labels),
        "loss_after_months_without_payment": rule_set.loss_after_months_without_payment,
        "description": rule_set.description,
    }


def rule_set_from_dict(data: Mapping[str, Any]) -> KolektibilitasRuleSet:
    """Rebuild a rule set from :func:`rule_set_to_dict` output; :class:`UserError` if bad."""
    try:
        tables = tuple(
            ThresholdTable(
                upper_bounds=tuple(t["upper_bounds"]),
                frequencies=None if t.get("frequencies") is None else frozenset(t["frequencies"]),
            )
            for t in data["tables"]
        )
        return KolektibilitasRuleSet(
            code=str(data["code"]),
            name=str(data.get("name", data["code"])),
            measure=Measure(data["measure"]),
            tables=tables,
            provisions_bp=tuple(data.get("provisions_bp", DEFAULT_PROVISIONS_BP)),
            labels=tuple(data.get("labels", KOL_LABELS)),
            loss_after_months_without_payment=data.get("loss_after_months_without_payment"),
            description=str(data.get("description", "")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise UserError(
            f"Aturan kolektibilitas tidak sah: {exc}.",
            field="kolektibilitas_rule_set",
            code="invalid_rule_set",
        ) from exc
