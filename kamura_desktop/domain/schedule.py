"""Instalment schedules for the cooperative's flat-rate credit products.

A credit is described by :class:`ProductTerms`; :func:`build_schedule` turns it into the
list of instalments printed in the member's pocket book (buku saku). All money is whole
rupiah (int); fractions are handled with :class:`fractions.Fraction` and rounded by the
rules below, so every total is exact.

**Service charge (jasa).**

* ``fixed``: the total service for the whole credit is ``service_fixed`` rupiah. The
  Paket Usaha is Rp25.000 with a fixed service of Rp200, repaid as 6 × Rp4.200.
* ``flat_percent``: flat on the original principal, as the revolving fund quotes it:
  ``principal × rate_per_month_bp / 10.000 × months``, rounded **half up** to the
  rupiah (Rp2,50 → Rp3). ``months`` is the term: the number of instalments for a monthly
  product; for weekly products 52 weeks make 12 months (``months = weeks × 12 / 52``);
  for daily products 30 instalment days make a month (``months = days / 30``). The
  daily convention is the banks' 30-day month; daily products are better set up as
  ``fixed``, as the Paket Usaha is.

**Instalment amounts** (``rounding_increment`` is the coin the office rounds to, e.g.
Rp100). Let T = principal + service and n = number of instalments.

* ``last_absorbs``: every instalment but the last is T/n rounded *up* to the increment;
  the last takes what is left, so the total is exactly T and the last is the smallest.
  A one-instalment credit is simply T. *Fallback:* when rounding up would leave the last
  instalment at zero or below (a big increment on a small credit, e.g. Rp9.000 in 3 with
  increment Rp5.000), the increment is dropped and T is split as evenly as possible to
  the rupiah, the larger instalments first (Rp3.334, Rp3.333, Rp3.333 for Rp10.000).
* ``equal_surplus_income``: all n instalments are T/n rounded up to the increment. The
  extra collected, n × instalment − T, is the *rounding surplus*: it is booked as
  service income and included in the service parts.

**Principal and service parts.** Each instalment carries principal and service in the
same proportion as the whole credit: after instalment k, the principal repaid so far is
``principal × (instalments 1..k) ÷ total``, rounded down. Rounding down means any odd
rupiah falls to service first, as payments are applied to service before principal.
The parts of every instalment are then ≥ 0, the principal parts sum exactly to the
principal and the service parts to the service (plus surplus). For Rp500.000 at 2 % over
10 months this gives the familiar 10 × (Rp50.000 + Rp10.000).

**Due dates.** Counted from the disbursement date, then moved forward to a working day
(:mod:`kamura_desktop.domain.workdays`: Sundays, if skipped, and listed holidays):

* daily: the next working day after disbursement, then each next working day;
* weekly: disbursement + 7·k days, moved to a working day;
* monthly: the same day k months later — clamped to the month's end (31 January →
  29 February → 31 March) — moved to a working day.

Weekly and monthly dates are computed from the disbursement date, not from the previous
due date, so one holiday does not shift the rest. Should a long holiday push a due date
onto or before the previous one, it becomes the next working day after the previous
one, so due dates always increase strictly.

Invalid terms a user can enter raise :class:`UserError`; wrong strings for frequency or
mode, and floats where rupiah are expected, are programming errors.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal, get_args

from .errors import UserError
from .money import format_rupiah
from .workdays import next_working_day, roll_to_working_day

Frequency = Literal["daily", "weekly", "monthly"]
ServiceMode = Literal["flat_percent", "fixed"]
RoundingMode = Literal["last_absorbs", "equal_surplus_income"]

# How many instalment periods make one month when pricing a per-month flat rate.
PERIODS_PER_MONTH: dict[str, Fraction] = {
    "monthly": Fraction(1),
    "weekly": Fraction(52, 12),
    "daily": Fraction(30),
}

BASIS_POINTS = 10_000  # 200 bp = 2 %


def _require_int(name: str, value: object) -> int:
    # bool is an int subclass; a float here would mean money went through floating point.
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    return value


@dataclass(frozen=True)
class ProductTerms:
    """The terms of one credit: amount, number and frequency of instalments, service, rounding.

    ``rate_per_month_bp`` is used with ``service_mode='flat_percent'`` (basis points per
    month on the original principal: 200 = 2 %, 150 = 1,5 %); ``service_fixed`` (total
    service in rupiah for the whole credit) with ``service_mode='fixed'``. The other one
    must stay 0.
    """

    principal: int
    instalments: int
    frequency: Frequency
    service_mode: ServiceMode
    rate_per_month_bp: int = 0
    service_fixed: int = 0
    rounding_increment: int = 100
    rounding_mode: RoundingMode = "last_absorbs"

    def __post_init__(self) -> None:
        for name in (
            "principal",
            "instalments",
            "rate_per_month_bp",
            "service_fixed",
            "rounding_increment",
        ):
            _require_int(name, getattr(self, name))
        if self.frequency not in get_args(Frequency):
            raise ValueError(f"unknown frequency {self.frequency!r}")
        if self.service_mode not in get_args(ServiceMode):
            raise ValueError(f"unknown service_mode {self.service_mode!r}")
        if self.rounding_mode not in get_args(RoundingMode):
            raise ValueError(f"unknown rounding_mode {self.rounding_mode!r}")
        if self.service_mode == "flat_percent" and self.service_fixed != 0:
            raise ValueError("service_fixed must be 0 when service_mode is 'flat_percent'")
        if self.service_mode == "fixed" and self.rate_per_month_bp != 0:
            raise ValueError("rate_per_month_bp must be 0 when service_mode is 'fixed'")

        if self.principal <= 0:
            raise UserError("Pokok pinjaman harus lebih dari Rp0.", field="principal")
        if self.instalments < 1:
            raise UserError("Jumlah angsuran minimal 1 kali.", field="instalments")
        if self.principal < self.instalments:
            # Otherwise some instalment would be Rp0.
            raise UserError(
                f"Pokok pinjaman {format_rupiah(self.principal)} terlalu kecil untuk "
                f"{self.instalments} kali angsuran.",
                field="principal",
            )
        if self.rate_per_month_bp < 0:
            raise UserError("Jasa per bulan tidak boleh negatif.", field="rate_per_month_bp")
        if self.service_fixed < 0:
            raise UserError("Jasa tidak boleh negatif.", field="service_fixed")
        if self.rounding_increment < 1:
            raise UserError("Pembulatan angsuran minimal Rp1.", field="rounding_increment")

    @property
    def term_months(self) -> Fraction:
        """The term in months used to price a flat per-month rate (see module docstring)."""
        return Fraction(self.instalments) / PERIODS_PER_MONTH[self.frequency]


@dataclass(frozen=True)
class Instalment:
    """One line of the pocket book. ``amount == principal_part + service_part``."""

    no: int  # 1-based
    due_date: dt.date
    principal_part: int
    service_part: int
    amount: int


@dataclass(frozen=True)
class Schedule:
    """A full instalment schedule and its totals.

    ``total_service = service_charge + rounding_surplus``;
    ``total_amount = total_principal + total_service = sum of instalment amounts``.
    """

    terms: ProductTerms
    disbursement_date: dt.date
    instalments: tuple[Instalment, ...]
    total_principal: int
    service_charge: int  # the contractual service (jasa)
    rounding_surplus: int  # extra service income from rounding up (equal mode only)
    total_service: int
    total_amount: int
    used_fallback: bool = False  # last_absorbs fell back to an even split


def round_half_up(value: Fraction) -> int:
    """Round a non-negative exact fraction to the nearest integer, halves up."""
    if value < 0:
        raise ValueError("round_half_up is for non-negative amounts")
    return (2 * value.numerator + value.denominator) // (2 * value.denominator)


def _ceil_to(value: int, n: int, increment: int) -> int:
    """``value / n`` rounded up to a multiple of ``increment`` (integers only)."""
    return -(-value // (n * increment)) * increment


def flat_service_charge(terms: ProductTerms) -> int:
    """The contractual service for the whole credit, in whole rupiah."""
    if terms.service_mode == "fixed":
        return terms.service_fixed
    exact = Fraction(terms.principal * terms.rate_per_month_bp, BASIS_POINTS) * terms.term_months
    return round_half_up(exact)


def instalment_amounts(terms: ProductTerms) -> tuple[tuple[int, ...], int, bool]:
    """The instalment amounts, the rounding surplus and whether the fallback was used.

    Amounts only — no dates and no principal/service split. Useful for a quick preview.
    """
    total = terms.principal + flat_service_charge(terms)
    n, inc = terms.instalments, terms.rounding_increment
    rounded = _ceil_to(total, n, inc)
    if terms.rounding_mode == "equal_surplus_income":
        return (rounded,) * n, rounded * n - total, False
    last = total - rounded * (n - 1)
    if last > 0:
        return (rounded,) * (n - 1) + (last,), 0, False
    base, extra = divmod(total, n)
    return (base + 1,) * extra + (base,) * (n - extra), 0, True


def _split_parts(amounts: tuple[int, ...], principal: int) -> list[tuple[int, int]]:
    """(principal_part, service_part) per instalment, in proportion, cumulatively floored."""
    grand_total = sum(amounts)
    parts = []
    paid = principal_so_far = 0
    for amount in amounts:
        paid += amount
        # Cumulative rounding keeps the sums exact and every part non-negative, because
        # both principal-so-far and service-so-far grow with the amount paid so far.
        target = principal * paid // grand_total
        principal_part = target - principal_so_far
        principal_so_far = target
        parts.append((principal_part, amount - principal_part))
    return parts


def _add_months(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def due_dates(
    frequency: Frequency,
    disbursement_date: dt.date,
    count: int,
    holidays: Collection[dt.date] = frozenset(),
    *,
    skip_sundays: bool = True,
) -> list[dt.date]:
    """The ``count`` due dates of a credit disbursed on ``disbursement_date``."""
    dates: list[dt.date] = []
    previous = disbursement_date
    for k in range(1, count + 1):
        if frequency == "daily":
            due = next_working_day(previous, holidays, skip_sundays=skip_sundays)
        else:
            if frequency == "weekly":
                nominal = disbursement_date + dt.timedelta(days=7 * k)
            elif frequency == "monthly":
                nominal = _add_months(disbursement_date, k)
            else:
                raise ValueError(f"unknown frequency {frequency!r}")
            due = roll_to_working_day(nominal, holidays, skip_sundays=skip_sundays)
            if due <= previous:
                due = next_working_day(previous, holidays, skip_sundays=skip_sundays)
        dates.append(due)
        previous = due
    return dates


def build_schedule(
    terms: ProductTerms,
    disbursement_date: dt.date,
    holidays: Collection[dt.date] = frozenset(),
    *,
    skip_sundays: bool = True,
) -> Schedule:
    """The full schedule for ``terms`` disbursed on ``disbursement_date``."""
    service_charge = flat_service_charge(terms)
    amounts, surplus, fallback = instalment_amounts(terms)
    parts = _split_parts(amounts, terms.principal)
    dates = due_dates(
        terms.frequency, disbursement_date, terms.instalments, holidays, skip_sundays=skip_sundays
    )
    lines = tuple(
        Instalment(
            no=i + 1,
            due_date=dates[i],
            principal_part=parts[i][0],
            service_part=parts[i][1],
            amount=amounts[i],
        )
        for i in range(terms.instalments)
    )
    total_service = service_charge + surplus
    return Schedule(
        terms=terms,
        disbursement_date=disbursement_date,
        instalments=lines,
        total_principal=terms.principal,
        service_charge=service_charge,
        rounding_surplus=surplus,
        total_service=total_service,
        total_amount=terms.principal + total_service,
        used_fallback=fallback,
    )
