"""The board register (issue 18): the Pengurus (ketua, sekretaris, bendahara) and the Pengawas
(ketua, anggota) elected by the members' meeting, each with the term of office. The RAT book
signs with the people in office on the day it is signed (the RAT's date) — the board's own
secretary, no longer the TKM's — and the Pengawas sign their report. No money moves here.

Rules (UU 25/1992 art. 29 (2) and 38 (2): the Pengurus and the Pengawas are elected by the
RAT for a term of at most five years):
- a term runs from ``term_start`` to ``term_end`` inclusive, at most five years;
- one ketua, one sekretaris and one bendahara of the Pengurus and one ketua of the Pengawas on
  any day; the Pengawas may have several anggota;
- nobody sits on both the Pengurus and the Pengawas on the same day (the Pengawas supervise
  the Pengurus; names compared without case and extra spaces);
- a row entered by mistake is removed (audited); a new term is a new row, so the register
  keeps who held an office in earlier years.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.rat import BoardMember
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.text import clean_text

from . import audit
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import ALL, PERMISSIONS, require

PERMISSIONS.update({
    "board.view": (ALL, "melihat daftar pengurus dan pengawas"),
    # the chair records the result of the RAT's election; the admin keeps the office's set-up
    "board.edit": (frozenset({"ketua", "admin"}), "mencatat pengurus dan pengawas beserta masa jabatannya"),
})

BODIES = {"pengurus": "Pengurus", "pengawas": "Pengawas"}
POSITIONS = {
    "pengurus": {"ketua": "Ketua", "sekretaris": "Sekretaris", "bendahara": "Bendahara"},
    "pengawas": {"ketua": "Ketua Pengawas", "anggota": "Anggota Pengawas"},
}
#: offices one person holds at a time (the Pengawas may have several anggota)
SINGLE = {("pengurus", "ketua"), ("pengurus", "sekretaris"), ("pengurus", "bendahara"), ("pengawas", "ketua")}
MAX_TERM_YEARS = 5  # UU 25/1992 art. 29 (2), 38 (2)


@dataclass(frozen=True)
class BoardMemberInput:
    body: str  # pengurus | pengawas
    position: str  # ketua | sekretaris | bendahara (pengurus); ketua | anggota (pengawas)
    name: str
    term_start: dt.date
    term_end: dt.date


@dataclass(frozen=True)
class BoardMemberDTO:
    id: int
    body: str
    position: str
    title: str  # "Ketua", "Sekretaris", "Ketua Pengawas", …
    name: str
    term_start: dt.date
    term_end: dt.date

    def in_office(self, on: dt.date) -> bool:
        return self.term_start <= on <= self.term_end


@dataclass(frozen=True)
class BoardOnDate:
    """Who was in office on a day (None: nobody recorded for that office)."""

    on: dt.date
    chair: str | None
    secretary: str | None
    treasurer: str | None
    pengawas_chair: str | None
    pengawas_members: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not (self.chair or self.secretary or self.treasurer or self.pengawas_chair or self.pengawas_members)


def _dto(row: BoardMember) -> BoardMemberDTO:
    return BoardMemberDTO(row.id, row.body, row.position, POSITIONS[row.body][row.position], row.name,
                          row.term_start, row.term_end)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def list_board(db: Database, *, actor: Actor | None = None) -> list[BoardMemberDTO]:
    """The whole register: Pengurus before Pengawas, by office, the latest term first."""
    if actor is not None:
        require(actor, "board.view")
    order = {("pengurus", "ketua"): 0, ("pengurus", "sekretaris"): 1, ("pengurus", "bendahara"): 2,
             ("pengawas", "ketua"): 3, ("pengawas", "anggota"): 4}
    with db.read() as s:
        rows = [_dto(r) for r in s.scalars(select(BoardMember))]
    return sorted(rows, key=lambda x: (order[(x.body, x.position)], -x.term_start.toordinal(), x.name))


def board_on(db: Database, *, on: dt.date) -> BoardOnDate:
    """The Pengurus and Pengawas in office on ``on``."""
    now = [x for x in list_board(db) if x.in_office(on)]

    def one(body: str, position: str) -> str | None:
        found = [x.name for x in now if (x.body, x.position) == (body, position)]
        return found[0] if found else None

    return BoardOnDate(on, one("pengurus", "ketua"), one("pengurus", "sekretaris"), one("pengurus", "bendahara"),
                       one("pengawas", "ketua"),
                       tuple(x.name for x in now if (x.body, x.position) == ("pengawas", "anggota")))


def _check(data: BoardMemberInput) -> tuple[str, str, str]:
    if data.body not in BODIES:
        raise UserError("Pilih badan: Pengurus atau Pengawas.", field="body")
    if data.position not in POSITIONS[data.body]:
        choices = ", ".join(POSITIONS[data.body].values())
        raise UserError(f"Jabatan {BODIES[data.body]} yang dapat dipilih: {choices}.", field="position")
    name = clean_text(data.name, field="name", label="Nama", kind="name", required=True)
    for field, value in (("term_start", data.term_start), ("term_end", data.term_end)):
        if not isinstance(value, dt.date):
            raise UserError("Tanggal masa jabatan tidak sah.", field=field)
    if data.term_end < data.term_start:
        raise UserError(f"Akhir masa jabatan {format_date_id(data.term_end)} sebelum awalnya "
                        f"{format_date_id(data.term_start)}.", field="term_end")
    try:
        limit = data.term_start.replace(year=data.term_start.year + MAX_TERM_YEARS)
    except ValueError:  # 29 February
        limit = data.term_start.replace(year=data.term_start.year + MAX_TERM_YEARS, day=28)
    if data.term_end >= limit:
        raise UserError(f"Masa jabatan paling lama {MAX_TERM_YEARS} tahun (UU 25/1992 pasal 29 dan 38): "
                        f"dari {format_date_id(data.term_start)} paling lambat sampai "
                        f"{format_date_id(limit - dt.timedelta(days=1))}.", field="term_end")
    return data.body, data.position, name


def _overlap(a: BoardMemberDTO, start: dt.date, end: dt.date) -> bool:
    return a.term_start <= end and start <= a.term_end


def _check_against(others: list[BoardMemberDTO], body: str, position: str, name: str,
                   start: dt.date, end: dt.date) -> None:
    for o in others:
        if not _overlap(o, start, end):
            continue
        period = f"{format_date_id(o.term_start)} – {format_date_id(o.term_end)}"
        if (body, position) in SINGLE and (o.body, o.position) == (body, position):
            raise UserError(f"{POSITIONS[body][position]} {BODIES[body]} pada masa itu sudah tercatat: {o.name} "
                            f"({period}). Ubah akhir masa jabatannya dulu.", field="term_start")
        if o.body != body and _key(o.name) == _key(name):
            raise UserError(f"{name} tercatat sebagai {o.title} {BODIES[o.body]} ({period}); seseorang tidak "
                            "boleh menjadi Pengurus dan Pengawas sekaligus.", field="name")


def add_board_member(db: Database, *, actor: Actor, data: BoardMemberInput) -> Outcome[BoardMemberDTO]:
    """Record an office holder and the term (after the RAT's election)."""
    require(actor, "board.edit")
    body, position, name = _check(data)
    _check_against(list_board(db), body, position, name, data.term_start, data.term_end)
    with db.write() as s:
        row = BoardMember(body=body, position=position, name=name, term_start=data.term_start,
                          term_end=data.term_end, saved_by_id=actor.user_id,
                          saved_at=dt.datetime.now().replace(microsecond=0))
        s.add(row)
        s.flush()
        result = _dto(row)
        audit.record(s, actor, action="board.add", entity="board_member", entity_id=row.id,
                     summary=f"{result.title} {BODIES[body]}: {name}, {format_date_id(data.term_start)} – "
                             f"{format_date_id(data.term_end)}")
    return Outcome(result, Changes(books=True))


def update_board_member(db: Database, *, actor: Actor, member_id: int,
                        data: BoardMemberInput) -> Outcome[BoardMemberDTO]:
    """Correct a row or end a term early (a resignation: the new holder is a new row)."""
    require(actor, "board.edit")
    body, position, name = _check(data)
    _check_against([x for x in list_board(db) if x.id != member_id], body, position, name,
                   data.term_start, data.term_end)
    with db.write() as s:
        row = s.get(BoardMember, member_id)
        if row is None:
            raise NotFound("Pengurus/pengawas itu tidak ada dalam daftar.")
        before = _dto(row)
        row.body, row.position, row.name = body, position, name
        row.term_start, row.term_end = data.term_start, data.term_end
        row.saved_by_id, row.saved_at = actor.user_id, dt.datetime.now().replace(microsecond=0)
        s.flush()
        result = _dto(row)
        audit.record(s, actor, action="board.update", entity="board_member", entity_id=row.id,
                     summary=f"{before.title} {before.name} ({format_date_id(before.term_start)} – "
                             f"{format_date_id(before.term_end)}) menjadi {result.title} {name} "
                             f"({format_date_id(data.term_start)} – {format_date_id(data.term_end)})")
    return Outcome(result, Changes(books=True))


def remove_board_member(db: Database, *, actor: Actor, member_id: int) -> Outcome[None]:
    """Remove a row entered by mistake (a term that ended stays: shorten it instead)."""
    require(actor, "board.edit")
    with db.write() as s:
        row = s.get(BoardMember, member_id)
        if row is None:
            raise NotFound("Pengurus/pengawas itu tidak ada dalam daftar.")
        gone = _dto(row)
        s.delete(row)
        s.flush()
        audit.record(s, actor, action="board.remove", entity="board_member", entity_id=member_id,
                     summary=f"Hapus {gone.title} {BODIES[gone.body]} {gone.name} "
                             f"({format_date_id(gone.term_start)} – {format_date_id(gone.term_end)})")
    return Outcome(None, Changes(books=True))
