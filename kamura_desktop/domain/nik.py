"""Checking the national identity number (NIK) and the family-card number (No. KK).

A NIK has 16 digits: ``PP KK CC DDMMYY SSSS`` — province, regency/city, district, the
date of birth (women add 40 to the day) and a serial number. A No. KK has the same area
prefix; its middle digits are the card's issue date, which is not checked here.

What the clerk may type (or an import may hand over):

* spaces anywhere (``3217 0141 0385 0001``) and a leading apostrophe — the trick Excel
  users type to keep a long number as text (``'3217014103850001``);
* a trailing ``.0`` (``3217014103850001.0``), which is how a number column often comes
  out of a CSV export;
* an ``int``, as openpyxl returns for a whole-number cell.

A ``float`` is **refused**: a double holds integers exactly only up to 2**53
(9.007.199.254.740.992), so every NIK from Papua (91–96) is beyond it, and Excel itself
keeps only 15 significant digits of a number, so the 16th digit may already be 0.
Scientific notation (``3,21701E+15``) is refused for the same reason. Importers should
read NIK columns as text. Note that a NIK which passed through an Excel *number* cell may
have lost its last digit even when it arrives here as an int or a clean string; no
check can see that.

Every failure raises :class:`UserError` with its own Indonesian message and a ``code``
(``nik_length``, ``nik_province`` …) so that tests and the UI need not match on text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from .dates import MONTHS_ID
from .errors import UserError
from .provinces import PROVINCES

NIK_LENGTH = 16
KK_LENGTH = 16

_DIGITS = re.compile(r"[0-9]+")  # not str.isdigit(): that accepts '²' and other scripts' digits
_WHOLE_WITH_ZERO_DECIMALS = re.compile(r"([0-9]+)\.0+")
_SCIENTIFIC = re.compile(r"[0-9]+([.,][0-9]+)?[eE][+-]?[0-9]+")
_APOSTROPHES = "'\u2018\u2019`"


class NikBirthInfo(NamedTuple):
    """Birth data encoded in a NIK. A tuple, so ``day, month, yy, sex = ...`` works."""

    day: int  # 1..31, the 40 for women already taken off
    month: int  # 1..12
    yy: int  # two-digit year, 0..99 (the century is not in the NIK)
    sex: str  # 'L' laki-laki or 'P' perempuan


def _normalise(value: object, *, label: str, field: str | None, code: str) -> str:
    """Turn what was typed or imported into a bare digit string (length not yet checked)."""
    if isinstance(value, bool):
        raise UserError(f"{label} hanya boleh berisi angka.", field=field, code=f"{code}_chars")
    if isinstance(value, float):
        raise UserError(
            f"{label} terbaca sebagai angka pecahan (mis. dari sel Excel berformat angka), "
            f"sehingga angka terakhirnya bisa berubah. Ketik {label} sebagai teks.",
            field=field,
            code=f"{code}_float",
        )
    if isinstance(value, int):
        if value < 0 or value >= 10**20:  # (a huge int cannot even become text)
            raise UserError(f"{label} hanya boleh berisi angka.", field=field, code=f"{code}_chars")
        return str(value)
    if not isinstance(value, str):
        raise TypeError(f"{label} must be str or int, got {type(value).__name__}")

    # str.split() with no argument also splits on NBSP and other Unicode spaces.
    text = "".join(value.split()).lstrip(_APOSTROPHES)
    if not text:
        raise UserError(f"{label} belum diisi.", field=field, code=f"{code}_empty")
    if m := _WHOLE_WITH_ZERO_DECIMALS.fullmatch(text):
        text = m[1]
    elif _SCIENTIFIC.fullmatch(text):
        raise UserError(
            f"{label} tertulis sebagai angka ilmiah ({text}); angka-angkanya sudah hilang. "
            f"Ketik ulang {label} lengkap sebagai teks.",
            field=field,
            code=f"{code}_scientific",
        )
    if not _DIGITS.fullmatch(text):
        raise UserError(f"{label} hanya boleh berisi angka.", field=field, code=f"{code}_chars")
    return text


def _check_length(digits: str, *, label: str, field: str | None, code: str) -> None:
    if len(digits) != NIK_LENGTH:
        raise UserError(
            f"{label} harus 16 angka (tertulis {len(digits)}).",
            field=field,
            code=f"{code}_length",
        )


def _check_province(digits: str, *, label: str, field: str | None, code: str) -> None:
    prov = digits[:2]
    if prov not in PROVINCES:
        raise UserError(
            f"Kode provinsi {prov} pada {label} tidak dikenal.",
            field=field,
            code=f"{code}_province",
        )


def validate_nik(value: str | int, *, field: str | None = "nik") -> str:
    """Check a NIK and return it as a 16-digit string; raise :class:`UserError` if not valid.

    Checks, in this order: only digits, exactly 16 of them, a known province code, birth
    day 01–31 (men) or 41–71 (women), birth month 01–12, a day that exists in that month
    (29 February only when the two-digit year is a multiple of 4 — true of both possible
    centuries, 2000 included), and a serial number other than 0000.
    """
    digits = _normalise(value, label="NIK", field=field, code="nik")
    _check_length(digits, label="NIK", field=field, code="nik")
    _check_province(digits, label="NIK", field=field, code="nik")

    raw_day = int(digits[6:8])
    if not (1 <= raw_day <= 31 or 41 <= raw_day <= 71):
        raise UserError(
            f"Tanggal lahir pada NIK (hari {digits[6:8]}) tidak sah.", field=field, code="nik_day"
        )
    month = int(digits[8:10])
    if not 1 <= month <= 12:
        raise UserError(
            f"Bulan lahir pada NIK ({digits[8:10]}) tidak sah.", field=field, code="nik_month"
        )
    # The NIK is generated from a real birth date, so 31 April is a typing error.
    day = raw_day - 40 if raw_day > 40 else raw_day
    yy = int(digits[10:12])
    if day > _days_in_month(month, yy):
        raise UserError(
            f"Tanggal lahir pada NIK ({day} {MONTHS_ID[month - 1]}) tidak ada di kalender.",
            field=field,
            code="nik_date",
        )
    if digits[12:] == "0000":
        raise UserError("Nomor urut NIK tidak boleh 0000.", field=field, code="nik_serial")
    return digits


def _days_in_month(month: int, yy: int) -> int:
    # 19yy and 20yy are both leap or both not, except 1900/2000; 2000 was leap, so
    # "yy % 4 == 0" never refuses a real date.
    if month == 2:
        return 29 if yy % 4 == 0 else 28
    return calendar.monthrange(2001, month)[1]


def nik_birth_info(nik: str | int) -> NikBirthInfo:
    """Birth day, month, two-digit year and sex ('L'/'P') encoded in a NIK.

    The NIK is validated first, so a bad one raises :class:`UserError`.
    """
    digits = validate_nik(nik)
    raw_day = int(digits[6:8])
    female = raw_day > 40
    return NikBirthInfo(
        day=raw_day - 40 if female else raw_day,
        month=int(digits[8:10]),
        yy=int(digits[10:12]),
        sex="P" if female else "L",
    )


_SEX_WORDS = {"L": "laki-laki", "P": "perempuan"}


def nik_warnings(nik: str | int, birth_date: dt.date | None, sex: str | None) -> list[str]:
    """Indonesian warnings where the NIK disagrees with the birth date or sex entered.

    A mismatch is a warning, never a block: the clerk copies what is on the KTP, and
    old records sometimes differ from it. The year is compared as ``birth_date.year % 100``
    because the NIK has no century. ``None`` skips that comparison. ``sex`` is 'L' or 'P'.
    """
    info = nik_birth_info(nik)
    warnings: list[str] = []
    if birth_date is not None and (info.day, info.month, info.yy) != (
        birth_date.day,
        birth_date.month,
        birth_date.year % 100,
    ):
        warnings.append(
            f"Tanggal lahir pada NIK ({info.day:02d}-{info.month:02d}-{info.yy:02d}) tidak sama "
            f"dengan tanggal lahir yang diisi ({birth_date.day} "
            f"{MONTHS_ID[birth_date.month - 1]} {birth_date.year})."
        )
    if sex is not None:
        entered = sex.strip().upper()
        if entered not in _SEX_WORDS:
            raise ValueError(f"sex must be 'L' or 'P', got {sex!r}")
        if entered != info.sex:
            warnings.append(
                f"NIK menunjukkan jenis kelamin {_SEX_WORDS[info.sex]}, tetapi yang diisi "
                f"{_SEX_WORDS[entered]}. (Pada NIK perempuan, hari lahir ditambah 40.)"
            )
    return warnings


def validate_kk(value: str | int, *, field: str | None = "no_kk") -> str:
    """Check a family-card number (No. KK) and return it as a 16-digit string.

    Same input forms as :func:`validate_nik`. Checks: only digits, exactly 16, not all
    zeros, a known province code.
    """
    digits = _normalise(value, label="Nomor KK", field=field, code="kk")
    _check_length(digits, label="Nomor KK", field=field, code="kk")
    if digits == "0" * KK_LENGTH:
        raise UserError("Nomor KK tidak boleh nol semua.", field=field, code="kk_zero")
    _check_province(digits, label="Nomor KK", field=field, code="kk")
    return digits


MASK_CHAR = "•"


def mask_nik(number: str | None) -> str:
    """A NIK or No. KK as shown to a role that does not need it: the first 4 digits (province
    and regency) and the last 4, the rest as dots — ``3217••••••••0442``. Short or empty text
    is masked whole."""
    text = number or ""
    if len(text) <= 8:
        return MASK_CHAR * len(text)
    return text[:4] + MASK_CHAR * (len(text) - 8) + text[-4:]
