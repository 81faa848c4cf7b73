"""Dates in Indonesian form (``28 Maret 2024``) and parsing of dates a clerk types."""

from __future__ import annotations

import datetime as dt
import re

from .errors import UserError

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def format_date_id(value: dt.date | dt.datetime | None, *, with_day: bool = False) -> str:
    """``28 Maret 2024`` (optionally ``Kamis, 28 Maret 2024``); empty string for None."""
    if value is None:
        return ""
    text = f"{value.day} {MONTHS_ID[value.month - 1]} {value.year}"
    if with_day:
        text = f"{DAYS_ID[value.weekday()]}, {text}"
    return text


def format_datetime_id(value: dt.datetime | None) -> str:
    """``28 Maret 2024 14.05`` (Indonesian uses a dot between hours and minutes)."""
    if value is None:
        return ""
    return f"{format_date_id(value)} {value.hour:02d}.{value.minute:02d}"


def format_date_short(value: dt.date | None) -> str:
    """``28/03/2024``."""
    return "" if value is None else value.strftime("%d/%m/%Y")


_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_date(text: str | dt.date, *, field: str | None = None) -> dt.date:
    """Parse ``28/03/2024``, ``28-03-2024``, ``2024-03-28`` or ``28 Maret 2024``."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    s = str(text).strip()
    try:
        if m := _ISO.match(s):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.match(s):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        parts = s.split()
        if len(parts) == 3:
            names = [n.lower() for n in MONTHS_ID]
            month = parts[1].lower()
            if month in names:
                return dt.date(int(parts[2]), names.index(month) + 1, int(parts[0]))
    except ValueError:
        pass
    raise UserError(f"'{s}' bukan tanggal yang sah. Tulis misalnya 28/03/2024.", field=field)
