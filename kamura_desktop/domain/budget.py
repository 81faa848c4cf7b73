"""Work plan and budget (RK/RAPB) and its realisation (issue 19 §3): pure rules.

A budget is set per income and expense account for a year and spread over the months in equal
parts (the rupiah left over go to the first months: largest remainder, so the months add up
exactly to the year). Realisation = actual from the ledger; difference = actual − budget;
percentage = actual ÷ budget, one decimal, rounded half up (None when the budget is 0).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from .money import split_largest_remainder

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember")

#: the targets of the work plan: key -> (label, unit)
TARGETS: dict[str, tuple[str, str]] = {
    "new_members": ("Anggota baru", "orang"),
    "credits_disbursed": ("Pinjaman yang dicairkan", "rupiah"),
    "repayment_rate": ("Tingkat pengembalian (terkumpul ÷ jatuh tempo)", "persen"),
}


def monthly_split(amount: int) -> list[int]:
    """The year's amount in twelve months (equal parts, the remainder to the first months)."""
    return split_largest_remainder(amount, [1] * 12)


def realisation_pct(actual: int, budget: int) -> Decimal | None:
    """actual ÷ budget × 100, one decimal, half up; None when nothing was budgeted."""
    if budget == 0:
        return None
    return (Decimal(actual) * 100 / Decimal(budget)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def fmt_pct(value: Decimal | None) -> str:
    """``95,2 %`` (Indonesian decimal comma); ``-`` when there is no percentage."""
    if value is None:
        return "-"
    return f"{value:.1f}".replace(".", ",") + " %"
