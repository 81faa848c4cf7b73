"""The RAT of a financial year as the RAT book prints it (issue 18)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class RatBookDTO:
    year: int  # the financial year the meeting is accountable for
    number: str  # "RAT ke-7" (empty: not yet numbered)
    held_on: dt.date | None  # the meeting's date: the book's signatures are dated with it
    place: str
    foreword: str  # kata pengantar (the board)
    events: str  # important events of the year
    pengawas_report: str  # the Pengawas' report, written by the Pengawas
