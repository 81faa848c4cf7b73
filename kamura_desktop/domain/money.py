"""Rupiah: parsing what a clerk types and formatting it, always as whole integers.

Money in Kamura is an ``int`` of whole rupiah, never a float (Beancount's rule). This is
the one module that turns text into rupiah and rupiah into text.

Accepted input: ``125000``, ``125.000``, ``Rp 125.000,-``, ``Rp125.000``, ``Rp. 125.000,00``,
``-5.000`` (when negatives are allowed). Indonesian notation uses ``.`` for thousands and
``,`` for decimals; a decimal part other than zeros is refused (there are no sen).
"""

from __future__ import annotations

import re

from .errors import UserError

_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+$")
_PLAIN = re.compile(r"^\d+$")


def parse_rupiah(text: str | int, *, field: str | None = None, allow_negative: bool = False) -> int:
    """Parse a rupiah amount typed by a clerk. Raises :class:`UserError` on anything else."""
    if isinstance(text, bool):
        raise UserError("Jumlah uang tidak valid.", field=field)
    if isinstance(text, int):
        value = text
    else:
        original = str(text)
        s = original.strip().replace("\u00a0", " ")
        if not s:
            raise UserError("Jumlah uang belum diisi.", field=field)
        negative = False
        if s.startswith("-"):
            negative = True
            s = s[1:].strip()
        s = re.sub(r"^[Rr][Pp]\.?\s*", "", s)
        if s.startswith("-") and not negative:
            negative = True
            s = s[1:].strip()
        # trailing ",-" / ",00" / ",-" written after the amount
        s = re.sub(r",(-|0+|00-)$", "", s).strip()
        s = s.replace(" ", "")
        shown = original if len(original) <= 30 else original[:27] + "…"
        if len(s.replace(".", "")) > 18:  # beyond any bound (and Python's int-from-text limit)
            raise UserError(f"'{shown}' terlalu besar untuk jumlah rupiah.", field=field,
                            code="amount_too_large")
        if _PLAIN.match(s):
            value = int(s)
        elif _GROUPED.match(s):
            value = int(s.replace(".", ""))
        else:
            raise UserError(
                f"'{shown}' bukan jumlah rupiah yang sah. Tulis misalnya 125000 atau Rp125.000.",
                field=field,
            )
        if negative:
            value = -value
    if value < 0 and not allow_negative:
        raise UserError("Jumlah uang tidak boleh negatif.", field=field)
    return value


def format_rupiah(amount: int, *, prefix: bool = True) -> str:
    """Format whole rupiah the Indonesian way: ``Rp125.000``, ``-Rp5.000``."""
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise TypeError(f"rupiah must be an int, got {type(amount).__name__}")
    sign = "-" if amount < 0 else ""
    digits = f"{abs(amount):,}".replace(",", ".")
    return f"{sign}Rp{digits}" if prefix else f"{sign}{digits}"


def format_number(amount: int) -> str:
    """Thousands-grouped integer without the Rp prefix: ``125.000``."""
    return format_rupiah(amount, prefix=False)


def split_largest_remainder(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` rupiah in proportion to integer ``weights``; parts sum exactly to total.

    Each part gets the floor of its exact share; the rupiah left over go one each to the
    parts with the largest remainders (ties to the earlier part). Used wherever money is
    shared pro rata (lender flow-back, SHU) so that no rupiah is lost or created.
    """
    if any(w < 0 for w in weights):
        raise ValueError("weights must not be negative")
    denom = sum(weights)
    if denom == 0:
        if total == 0:
            return [0] * len(weights)
        raise ValueError("cannot split a non-zero amount over zero weights")
    sign = -1 if total < 0 else 1
    t = abs(total)
    floors = [t * w // denom for w in weights]
    remainders = [t * w % denom for w in weights]
    left = t - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
    for i in order[:left]:
        floors[i] += 1
    return [sign * f for f in floors]
