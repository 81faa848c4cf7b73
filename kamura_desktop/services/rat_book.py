"""The RAT of a financial year (issue 18): its number, date and place, which the RAT book
prints on the cover and dates its signatures with, and the texts written in the app for the
book — the board's foreword (kata pengantar), the year's important events and the Pengawas'
report. Kept per year in ``rat_books`` (migration 0016); saving replaces the year's record and
is audited. No money moves here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.rat import RatBook
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.text import clean_text
from kamura_desktop.dto.rat import RatBookDTO

from . import audit
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import PERMISSIONS, require

# the chair leads the board and signs for the RAT (domain/roles.py); the Pengawas hand him
# their report to enter, as the chair's notes are entered
PERMISSIONS.update({
    "rat.edit": (frozenset({"ketua"}), "mencatat RAT (nomor, tanggal, tempat) dan naskah buku RAT"),
})


@dataclass(frozen=True)
class RatBookInput:
    number: str = ""
    held_on: dt.date | None = None
    place: str = ""
    foreword: str = ""
    events: str = ""
    pengawas_report: str = ""


def _dto(row: RatBook) -> RatBookDTO:
    return RatBookDTO(row.year, row.number, row.held_on, row.place, row.foreword, row.events,
                      row.pengawas_report)


def _check_year(year: object) -> int:
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        raise UserError("Tahun buku harus antara 2000 dan 2100.", field="year")
    return year


def get_rat_book(db: Database, *, year: int) -> RatBookDTO | None:
    """The year's RAT as recorded, or None."""
    _check_year(year)
    with db.read() as s:
        row = s.scalar(select(RatBook).where(RatBook.year == year))
        return _dto(row) if row is not None else None


def save_rat_book(db: Database, *, actor: Actor, year: int, data: RatBookInput) -> Outcome[RatBookDTO]:
    """Record the RAT of financial ``year``: held after the year ends (from 1 January of the next
    year to the end of that year, as UU 25/1992 has the RAT on the past year)."""
    require(actor, "rat.edit")
    _check_year(year)
    held_on = data.held_on
    if held_on is not None and not isinstance(held_on, dt.date):
        raise UserError("Tanggal RAT tidak sah.", field="held_on")
    if held_on is not None and not dt.date(year + 1, 1, 1) <= held_on <= dt.date(year + 1, 12, 31):
        raise UserError(f"Tanggal RAT {format_date_id(held_on)} di luar tahun {year + 1}: RAT tahun buku "
                        f"{year} diadakan sesudah tahun buku ditutup, dalam tahun {year + 1}.",
                        field="held_on")
    number = clean_text(data.number, field="number", label="Nomor RAT", kind="short") or ""
    place = clean_text(data.place, field="place", label="Tempat RAT", kind="place") or ""
    texts = {key: clean_text(getattr(data, key), field=key, label=label, kind="chapter", multiline=True) or ""
             for key, label in (("foreword", "Kata pengantar"), ("events", "Peristiwa penting"),
                                ("pengawas_report", "Laporan Pengawas"))}
    with db.write() as s:
        row = s.scalar(select(RatBook).where(RatBook.year == year))
        replaced = row is not None
        if row is None:
            row = RatBook(year=year, saved_at=dt.datetime.now())
            s.add(row)
        row.number, row.held_on, row.place = number, held_on, place
        row.foreword, row.events, row.pengawas_report = texts["foreword"], texts["events"], texts["pengawas_report"]
        row.saved_by_id = actor.user_id
        row.saved_at = dt.datetime.now().replace(microsecond=0)
        s.flush()
        audit.record(s, actor, action="rat.save", entity="rat_book", entity_id=row.id,
                     summary=f"{'Ubah' if replaced else 'Catat'} RAT tahun buku {year}"
                             + (f" ({format_date_id(held_on)})" if held_on else ""))
        result = _dto(row)
    return Outcome(result, Changes(books=True))
