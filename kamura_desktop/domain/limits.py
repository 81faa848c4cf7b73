"""The bounds of what the program accepts, as data: amounts, text lengths, import sizes.

A village cooperative of KAMURA's size handles a few hundred million rupiah; the bounds
leave ample room above that while keeping every sum far inside what the database and the
reports can hold (SQLite integers end at 9.223.372.036.854.775.807):

* one amount (a deposit, an instalment, a credit, a journal line, a setting) is at most
  :data:`MAX_AMOUNT`;
* all amounts ever posted to the ledger (its debit side) together stay within
  :data:`MAX_BOOKS_TOTAL`. Every account balance and every report total is a sum of some of
  those amounts, so none can exceed it either — nor overflow in a sum or a percentage;
* text fields have a longest length (:data:`TEXT_LIMITS`), long enough for any real name or
  address and short enough for every printed form;
* an imported workbook has at most :data:`MAX_IMPORT_ROWS` data rows, and an import lists
  at most :data:`MAX_LISTED_PROBLEMS` problems (then how many more).

:func:`check_amount` refuses an amount beyond the bound with a message naming the field;
text is cleaned and measured by :mod:`kamura_desktop.domain.text`.
"""

from __future__ import annotations

from .errors import UserError
from .money import format_rupiah

#: the largest single amount: Rp10.000.000.000
MAX_AMOUNT = 10_000_000_000
#: the largest sum of all amounts ever posted to the ledger: Rp10.000.000.000.000
MAX_BOOKS_TOTAL = 1_000 * MAX_AMOUNT

#: longest text per kind of field, in characters after cleaning
TEXT_LIMITS: dict[str, int] = {
    "name": 100,          # a person's, group's, product's or giver's name
    "short": 40,          # codes, RT/RW, phone, kind labels
    "place": 100,         # place of birth, kampung, desa, kecamatan, trade
    "title": 150,         # a survey round's or report's title, a journal description
    "address": 200,
    "reason": 500,        # reasons for a reversal, rejection, reopening
    "note": 2_000,        # free notes (multi-line)
    "chapter": 20_000,    # a chapter written in the app (the RAT book's foreword, Pengawas' report)
    "search": 200,        # a search box
}
MAX_IMPORT_ROWS = 50_000
MAX_LISTED_PROBLEMS = 200
#: the largest uncompressed size of one part of an .xlsx other than a worksheet (shared
#: strings, styles …; openpyxl holds these in memory) and of the whole file's parts together
MAX_XLSX_PART_BYTES = 64 * 1024 * 1024
MAX_XLSX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_XLSX_MEMBERS = 2_000


def check_amount(amount: int, *, field: str = "amount", label: str = "Jumlah",
                 allow_zero: bool = False) -> int:
    """``amount`` if it is whole rupiah within (0 or 1) .. :data:`MAX_AMOUNT`, else a
    :class:`UserError` naming ``label``/``field``."""
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise UserError(f"{label} harus rupiah utuh (bilangan bulat).", field=field)
    if amount < 0 or (amount == 0 and not allow_zero):
        raise UserError(f"{label} harus lebih dari Rp0." if not allow_zero
                        else f"{label} tidak boleh negatif.", field=field)
    if amount > MAX_AMOUNT:
        # a number of thousands of digits cannot even be turned into text (Python's limit)
        shown = format_rupiah(amount) if amount < 10**30 else "lebih dari Rp10^30"
        raise UserError(f"{label} {shown} melebihi batas "
                        f"{format_rupiah(MAX_AMOUNT)} per transaksi. Periksa jumlahnya "
                        "(kelebihan angka nol?).", field=field, code="amount_too_large")
    return amount
