"""Mentoring (pendampingan): group meetings with attendance and pocket-book checks, home
visits, follow-ups (issue 7; DOMAIN.md §2 stage 4).

A **group meeting** records where and when the group met, who led it (the facilitator),
what was discussed — what helps and what hinders repayment, business problems, the
solutions agreed, direction and motivation given — and, per member, the attendance
(present / absent / excused) and the **pocket-book check**: the repayment book's figures
for the member as of the meeting date (arrears = the unpaid part of instalments due
*before* the meeting date, as on the collection sheet; an instalment due on the meeting
day itself is not yet late). The figures are stored as they were checked, so a later
payment or reversal does not rewrite what the meeting saw; correcting a meeting keeps the
stored figures of the members already recorded unless the date changes or the caller asks
to refresh them.

Meetings are not money: they may be corrected or deleted; every change writes an audit row.
**Home visits** are made by the group leader (or a facilitator) to a member. **Follow-ups**
have a due date and a responsible person; they are open until marked done.

``mentoring_summary`` gives the figures the annual report and the evaluation report print:
meetings held in a period, groups met, the attendance rate (present ÷ attendance recorded;
excused counts as not present), home visits in the period, follow-ups done in the period
and follow-ups still open at its end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import and_, case, delete, func, or_, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.credit import BorrowerGroup, Credit, GroupMember
from kamura_desktop.db.models.membership import Member
from kamura_desktop.db.models.mentoring import (
    HomeVisit,
    MentoringAttendance,
    MentoringFollowup,
    MentoringMeeting,
)
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.portfolio import Ratio
from kamura_desktop.domain.text import clean_text
from kamura_desktop.dto.mentoring import (  # re-exported: the meeting DTOs live in dto/
    ABSENT,
    ATTENDANCE_LABELS,
    EXCUSED,
    PRESENT,
    AttendanceDTO,
    BookCheck,
    FollowupDTO,
    MeetingDTO,
)

from . import audit
from . import settings as settings_service
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import PERMISSIONS, require
from .repayments import state_in_session

ALL = frozenset({"petugas", "bendahara", "ketua", "admin"})
PERMISSIONS.update({
    "mentoring.view": (ALL, "melihat catatan pendampingan"),
    "mentoring.record": (frozenset({"petugas", "bendahara", "ketua"}), "mencatat pendampingan"),
})

CHANGED = Changes(mentoring=True)


def _view(actor: Actor | None) -> None:
    if actor is not None:
        require(actor, "mentoring.view")


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _clean(text: str | None) -> str | None:
    return clean_text(text, field="text", label="Isian", kind="note", multiline=True)


def _not_future(on_date: dt.date, field: str, what: str) -> None:
    if on_date > dt.date.today():
        raise UserError(f"Tanggal {what} ({format_date_id(on_date)}) belum terjadi; "
                        "tanggal di masa depan tidak bisa dicatat.", field=field, code="future_date")


# ------------------------------------------------------------------ pocket-book check

NO_CREDIT = BookCheck(False, "", 0, 0, 0)


def book_check_in_session(s: Session, member_id: int, on_date: dt.date) -> BookCheck:
    """The member's credits disbursed by ``on_date`` and not repaid on it, replayed from
    the repayment book as of that date."""
    numbers, arrears, late, outstanding = [], 0, 0, 0
    credits = s.execute(select(Credit.id, Credit.number).where(
        Credit.member_id == member_id, Credit.disbursed_on.is_not(None), Credit.disbursed_on <= on_date,
        Credit.status.in_(("active", "lunas"))).order_by(Credit.disbursed_on, Credit.id)).all()
    for cid, number in credits:
        state = state_in_session(s, cid, on_date)
        if state.outstanding == 0:
            continue
        numbers.append(number)
        outstanding += state.outstanding
        for r, p in zip(state.rows, state.paid, strict=True):
            unpaid = r.amount_due - p.amount_paid
            if r.due_date < on_date and unpaid > 0:
                arrears += unpaid
                late += 1
    if not numbers:
        return NO_CREDIT
    return BookCheck(True, ", ".join(numbers), arrears, late, outstanding)


def pocket_book_status(db: Database, *, member_id: int, on_date: dt.date) -> BookCheck:
    with db.read() as s:
        return book_check_in_session(s, member_id, on_date)


# ------------------------------------------------------------------ DTOs

@dataclass(frozen=True)
class MeetingRow:
    """One line of the meetings list."""

    id: int
    group_id: int
    group_code: str
    group_name: str
    held_on: dt.date
    place: str | None
    facilitator: str
    members: int
    present: int
    excused: int
    absent: int
    behind: int
    arrears: int

    @property
    def attendance_rate(self) -> Ratio:
        return Ratio(self.present, self.members)


@dataclass(frozen=True)
class MeetingInput:
    group_id: int
    held_on: dt.date
    facilitator: str
    place: str | None = None
    supports: str | None = None
    obstacles: str | None = None
    business_problems: str | None = None
    solutions: str | None = None
    motivation: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class AttendanceInput:
    member_id: int
    status: str = PRESENT
    reason: str | None = None
    book_checked: bool = False
    check_note: str | None = None


# ------------------------------------------------------------------ meetings

def _group(s: Session, group_id: int) -> BorrowerGroup:
    g = s.get(BorrowerGroup, group_id)
    if g is None:
        raise NotFound(f"Kelompok #{group_id} tidak ditemukan.")
    return g


def _members_on(s: Session, group_id: int, on_date: dt.date) -> list[Member]:
    """The group's members on a date (joined by then and not yet left)."""
    return list(s.scalars(
        select(Member).join(GroupMember, GroupMember.member_id == Member.id)
        .where(GroupMember.group_id == group_id, GroupMember.joined_on <= on_date,
               or_(GroupMember.left_on.is_(None), GroupMember.left_on > on_date))
        .order_by(Member.name, Member.id)).unique())


def _check_group_open(g: BorrowerGroup, on_date: dt.date) -> None:
    if g.status == "dissolved" and (g.dissolved_on is None or on_date >= g.dissolved_on):
        when = f" sejak {format_date_id(g.dissolved_on)}" if g.dissolved_on else ""
        raise UserError(f"Kelompok {g.code} sudah dibubarkan{when}; pertemuannya tidak bisa dicatat.",
                        field="group", code="group_dissolved")
    if on_date < g.formed_on:
        raise UserError(f"Kelompok {g.code} baru dibentuk {format_date_id(g.formed_on)}.",
                        field="held_on", code="before_formed")


def _leader_name(s: Session, g: BorrowerGroup) -> str | None:
    if g.leader_member_id is None:
        return None
    return s.scalar(select(Member.name).where(Member.id == g.leader_member_id))


def meeting_draft(db: Database, *, group_id: int, on_date: dt.date, actor: Actor | None = None) -> MeetingDTO:
    """A new meeting filled in: the group's members on ``on_date`` (all present) with their
    pocket-book status from the repayment book, the group's usual meeting place. Raises the
    same refusals as recording (dissolved group)."""
    _view(actor)
    with db.read() as s:
        g = _group(s, group_id)
        _check_group_open(g, on_date)
        rows = tuple(
            AttendanceDTO(m.id, m.number, m.name, PRESENT, None, False, book_check_in_session(s, m.id, on_date),
                          None, m.id == g.leader_member_id)
            for m in _members_on(s, group_id, on_date))
        existing = s.scalar(select(MentoringMeeting.id).where(MentoringMeeting.group_id == group_id,
                                                              MentoringMeeting.held_on == on_date))
        if existing is not None:
            return _meeting_in_session(s, existing)
        return MeetingDTO(None, g.id, g.code, g.name, on_date, g.meeting_place, "", None, None, None, None,
                          None, None, rows, _leader_name(s, g))


def _meeting_in_session(s: Session, meeting_id: int) -> MeetingDTO:
    m = s.get(MentoringMeeting, meeting_id)
    if m is None:
        raise NotFound(f"Pertemuan #{meeting_id} tidak ditemukan.")
    g = s.get(BorrowerGroup, m.group_id)
    rows = s.execute(select(MentoringAttendance, Member)
                     .join(Member, Member.id == MentoringAttendance.member_id)
                     .where(MentoringAttendance.meeting_id == m.id)
                     .order_by(Member.name, Member.id)).all()
    att = tuple(
        AttendanceDTO(mem.id, mem.number, mem.name, a.status, a.reason, a.book_checked,
                      BookCheck(a.has_credit, a.credit_numbers or "", a.arrears, a.arrears_instalments,
                                a.outstanding),
                      a.check_note, mem.id == g.leader_member_id)
        for a, mem in rows)
    return MeetingDTO(m.id, g.id, g.code, g.name, m.held_on, m.place, m.facilitator, m.supports, m.obstacles,
                      m.business_problems, m.solutions, m.motivation, m.notes, att, _leader_name(s, g),
                      m.updated_at)


def get_meeting(db: Database, meeting_id: int, *, actor: Actor | None = None) -> MeetingDTO:
    _view(actor)
    with db.read() as s:
        return _meeting_in_session(s, meeting_id)


def _validate_meeting(data: MeetingInput, attendance: list[AttendanceInput]) -> MeetingInput:
    data = replace(data, facilitator=(data.facilitator or "").strip(), place=_clean(data.place),
                   supports=_clean(data.supports), obstacles=_clean(data.obstacles),
                   business_problems=_clean(data.business_problems), solutions=_clean(data.solutions),
                   motivation=_clean(data.motivation), notes=_clean(data.notes))
    if not data.facilitator:
        raise UserError("Isi nama pendamping (fasilitator) pertemuan.", field="facilitator")
    if len(data.facilitator) > 120:
        raise UserError("Nama pendamping terlalu panjang (maks. 120 huruf).", field="facilitator")
    if data.place and len(data.place) > 120:
        raise UserError("Tempat pertemuan terlalu panjang (maks. 120 huruf).", field="place")
    _not_future(data.held_on, "held_on", "pertemuan")
    if not attendance:
        raise UserError("Daftar hadir kosong: kelompok ini tidak punya anggota pada tanggal itu.",
                        field="attendance")
    seen = set()
    for a in attendance:
        if a.status not in ATTENDANCE_LABELS:
            raise UserError(f"Status kehadiran tidak dikenal: {a.status!r}.", field="attendance")
        if a.member_id in seen:
            raise UserError("Seorang anggota tercatat dua kali dalam daftar hadir.", field="attendance")
        seen.add(a.member_id)
    return data


def _write_attendance(s: Session, meeting: MentoringMeeting, g: BorrowerGroup,
                      attendance: list[AttendanceInput], keep: dict[int, BookCheck]) -> None:
    allowed = {m.id: m for m in _members_on(s, g.id, meeting.held_on)}
    for row_no, a in enumerate(attendance, start=1):
        if a.member_id not in allowed:
            m = s.get(Member, a.member_id)
            who = m.name if m else f"#{a.member_id}"
            raise UserError(f"Baris {row_no}: {who} bukan anggota kelompok {g.code} pada "
                            f"{format_date_id(meeting.held_on)}. Tidak ada yang disimpan.",
                            field=f"row:{row_no}", code="not_in_group")
        check = keep.get(a.member_id) or book_check_in_session(s, a.member_id, meeting.held_on)
        s.add(MentoringAttendance(
            meeting_id=meeting.id, member_id=a.member_id, status=a.status, reason=_clean(a.reason),
            book_checked=bool(a.book_checked), has_credit=check.has_credit,
            credit_numbers=check.credit_numbers or None, arrears=check.arrears,
            arrears_instalments=check.arrears_instalments, outstanding=check.outstanding,
            check_note=_clean(a.check_note)))


def _summary_text(meeting: MentoringMeeting, attendance: list[AttendanceInput]) -> str:
    present = sum(1 for a in attendance if a.status == PRESENT)
    return (f"{format_date_id(meeting.held_on)}, pendamping {meeting.facilitator}: "
            f"hadir {present} dari {len(attendance)}")


def record_meeting(db: Database, *, actor: Actor, data: MeetingInput,
                   attendance: list[AttendanceInput]) -> Outcome[MeetingDTO]:
    """Record a group meeting with its attendance and pocket-book checks in ONE
    transaction (a bad row → nothing is saved, and the error names the row)."""
    require(actor, "mentoring.record")
    data = _validate_meeting(data, attendance)
    with db.write() as s:
        g = _group(s, data.group_id)
        _check_group_open(g, data.held_on)
        if s.scalar(select(MentoringMeeting.id).where(MentoringMeeting.group_id == g.id,
                                                      MentoringMeeting.held_on == data.held_on)):
            raise UserError(f"Pertemuan kelompok {g.code} tanggal {format_date_id(data.held_on)} sudah "
                            "dicatat; buka untuk mengubahnya.", field="held_on", code="meeting_exists")
        now = _now()
        m = MentoringMeeting(group_id=g.id, held_on=data.held_on, place=data.place, facilitator=data.facilitator,
                             supports=data.supports, obstacles=data.obstacles,
                             business_problems=data.business_problems, solutions=data.solutions,
                             motivation=data.motivation, notes=data.notes, created_at=now,
                             created_by_id=actor.user_id, updated_at=now, updated_by_id=actor.user_id)
        s.add(m)
        s.flush()
        _write_attendance(s, m, g, attendance, {})
        audit.record(s, actor, action="mentoring.meeting.record", entity="mentoring_meeting", entity_id=m.id,
                     summary=f"{g.code} {_summary_text(m, attendance)}")
        s.flush()
        dto = _meeting_in_session(s, m.id)
    return Outcome(dto, CHANGED)


def update_meeting(db: Database, *, actor: Actor, meeting_id: int, data: MeetingInput,
                   attendance: list[AttendanceInput], refresh_checks: bool = False) -> Outcome[MeetingDTO]:
    """Correct a recorded meeting (its details and attendance), in one transaction. The
    pocket-book figures stay as checked unless the date changes or ``refresh_checks``."""
    require(actor, "mentoring.record")
    data = _validate_meeting(data, attendance)
    with db.write() as s:
        m = s.get(MentoringMeeting, meeting_id)
        if m is None:
            raise NotFound(f"Pertemuan #{meeting_id} tidak ditemukan.")
        if data.group_id != m.group_id:
            raise UserError("Kelompok sebuah pertemuan tidak bisa diganti; hapus dan catat ulang.",
                            field="group")
        g = _group(s, m.group_id)
        _check_group_open(g, data.held_on)
        if data.held_on != m.held_on and s.scalar(select(MentoringMeeting.id).where(
                MentoringMeeting.group_id == g.id, MentoringMeeting.held_on == data.held_on)):
            raise UserError(f"Pertemuan kelompok {g.code} tanggal {format_date_id(data.held_on)} sudah "
                            "dicatat.", field="held_on", code="meeting_exists")
        before = _meeting_in_session(s, m.id)
        old_rows = list(s.scalars(select(MentoringAttendance).where(MentoringAttendance.meeting_id == m.id)))
        keep = {} if (refresh_checks or data.held_on != m.held_on) else {
            r.member_id: BookCheck(r.has_credit, r.credit_numbers or "", r.arrears, r.arrears_instalments,
                                   r.outstanding) for r in old_rows}
        s.execute(delete(MentoringAttendance).where(MentoringAttendance.meeting_id == m.id))
        for field in ("held_on", "place", "facilitator", "supports", "obstacles", "business_problems",
                      "solutions", "motivation", "notes"):
            setattr(m, field, getattr(data, field))
        m.updated_at = _now()
        m.updated_by_id = actor.user_id
        s.flush()
        _write_attendance(s, m, g, attendance, keep)
        s.flush()
        after = _meeting_in_session(s, m.id)
        audit.record(s, actor, action="mentoring.meeting.update", entity="mentoring_meeting", entity_id=m.id,
                     summary=f"{g.code}: {_describe_meeting_change(before, after)}")
    return Outcome(after, CHANGED)


def _describe_meeting_change(before: MeetingDTO, after: MeetingDTO) -> str:
    def flat(d: MeetingDTO) -> dict:
        out = {k: getattr(d, k) for k in ("held_on", "place", "facilitator", "supports", "obstacles",
                                          "business_problems", "solutions", "motivation", "notes")}
        out["held_on"] = d.held_on.isoformat()
        for a in d.attendance:
            out[f"hadir {a.member_number}"] = a.status + (f" ({a.reason})" if a.reason else "")
            out[f"buku saku {a.member_number}"] = ("diperiksa" if a.book_checked else "tidak diperiksa") + (
                f": {a.check_note}" if a.check_note else "")
        return out

    return audit.describe_change(flat(before), flat(after))


def delete_meeting(db: Database, *, actor: Actor, meeting_id: int) -> Outcome[None]:
    """Remove a meeting recorded by mistake (its follow-ups stay, unlinked)."""
    require(actor, "mentoring.record")
    with db.write() as s:
        m = s.get(MentoringMeeting, meeting_id)
        if m is None:
            raise NotFound(f"Pertemuan #{meeting_id} tidak ditemukan.")
        before = _meeting_in_session(s, m.id)
        s.execute(MentoringFollowup.__table__.update().where(MentoringFollowup.meeting_id == m.id)
                  .values(meeting_id=None))
        s.execute(delete(MentoringAttendance).where(MentoringAttendance.meeting_id == m.id))
        s.delete(m)
        audit.record(s, actor, action="mentoring.meeting.delete", entity="mentoring_meeting", entity_id=meeting_id,
                     summary=f"{before.group_code} {format_date_id(before.held_on)}, pendamping "
                             f"{before.facilitator}: hadir {before.present} dari {len(before.attendance)}")
    return Outcome(None, CHANGED)


def list_meetings(db: Database, *, group_id: int | None = None, date_from: dt.date | None = None,
                  date_to: dt.date | None = None, actor: Actor | None = None) -> list[MeetingRow]:
    """Meetings, newest first, optionally of one group and within dates."""
    _view(actor)
    with db.read() as s:
        conds = []
        if group_id is not None:
            conds.append(MentoringMeeting.group_id == group_id)
        if date_from is not None:
            conds.append(MentoringMeeting.held_on >= date_from)
        if date_to is not None:
            conds.append(MentoringMeeting.held_on <= date_to)
        a = MentoringAttendance
        counts = (select(a.meeting_id, func.count().label("n"),
                         func.sum(case((a.status == PRESENT, 1), else_=0)).label("present"),
                         func.sum(case((a.status == EXCUSED, 1), else_=0)).label("excused"),
                         func.sum(case((a.status == ABSENT, 1), else_=0)).label("absent"),
                         func.sum(case((and_(a.has_credit, a.arrears > 0), 1), else_=0)).label("behind"),
                         func.sum(a.arrears).label("arrears"))
                  .group_by(a.meeting_id).subquery())
        q = (select(MentoringMeeting, BorrowerGroup.code, BorrowerGroup.name, counts)
             .join(BorrowerGroup, BorrowerGroup.id == MentoringMeeting.group_id)
             .outerjoin(counts, counts.c.meeting_id == MentoringMeeting.id)
             .where(*conds).order_by(MentoringMeeting.held_on.desc(), BorrowerGroup.code))
        out = []
        for row in s.execute(q):
            m = row[0]
            out.append(MeetingRow(m.id, m.group_id, row.code, row.name, m.held_on, m.place, m.facilitator,
                                  int(row.n or 0), int(row.present or 0), int(row.excused or 0),
                                  int(row.absent or 0), int(row.behind or 0), int(row.arrears or 0)))
        return out


# ------------------------------------------------------------------ home visits

@dataclass(frozen=True)
class HomeVisitInput:
    member_id: int
    visited_on: dt.date
    visitor: str
    purpose: str
    result: str | None = None
    visitor_member_id: int | None = None


@dataclass(frozen=True)
class HomeVisitDTO:
    id: int
    member_id: int
    member_number: str
    member_name: str
    group_id: int | None
    group_code: str | None
    visited_on: dt.date
    visitor: str
    visitor_member_id: int | None
    purpose: str
    result: str | None


def _group_of_on(s: Session, member_id: int, on_date: dt.date) -> int | None:
    return s.scalar(select(GroupMember.group_id).where(
        GroupMember.member_id == member_id, GroupMember.joined_on <= on_date,
        or_(GroupMember.left_on.is_(None), GroupMember.left_on > on_date)).order_by(GroupMember.id.desc()))


def _validate_visit(s: Session, data: HomeVisitInput) -> HomeVisitInput:
    data = replace(data, visitor=(data.visitor or "").strip(), purpose=(data.purpose or "").strip(),
                   result=_clean(data.result))
    if s.get(Member, data.member_id) is None:
        raise UserError("Pilih anggota yang dikunjungi.", field="member")
    if not data.visitor:
        raise UserError("Isi nama yang berkunjung (biasanya ketua kelompok).", field="visitor")
    if len(data.visitor) > 120:
        raise UserError("Nama yang berkunjung terlalu panjang (maks. 120 huruf).", field="visitor")
    if not data.purpose:
        raise UserError("Isi tujuan kunjungan.", field="purpose")
    if data.visitor_member_id is not None and s.get(Member, data.visitor_member_id) is None:
        raise UserError("Anggota yang berkunjung tidak ditemukan.", field="visitor")
    _not_future(data.visited_on, "visited_on", "kunjungan")
    return data


def _visit_dto(s: Session, v: HomeVisit) -> HomeVisitDTO:
    m = s.get(Member, v.member_id)
    code = s.scalar(select(BorrowerGroup.code).where(BorrowerGroup.id == v.group_id)) if v.group_id else None
    return HomeVisitDTO(v.id, m.id, m.number, m.name, v.group_id, code, v.visited_on, v.visitor,
                        v.visitor_member_id, v.purpose, v.result)


def add_home_visit(db: Database, *, actor: Actor, data: HomeVisitInput) -> Outcome[HomeVisitDTO]:
    require(actor, "mentoring.record")
    with db.write() as s:
        data = _validate_visit(s, data)
        now = _now()
        v = HomeVisit(member_id=data.member_id, group_id=_group_of_on(s, data.member_id, data.visited_on),
                      visited_on=data.visited_on, visitor=data.visitor, visitor_member_id=data.visitor_member_id,
                      purpose=data.purpose, result=data.result, created_at=now, created_by_id=actor.user_id,
                      updated_at=now)
        s.add(v)
        s.flush()
        dto = _visit_dto(s, v)
        audit.record(s, actor, action="mentoring.visit.add", entity="home_visit", entity_id=v.id,
                     summary=f"{dto.member_number} {dto.member_name}, {format_date_id(v.visited_on)}, "
                             f"oleh {v.visitor}: {v.purpose}")
    return Outcome(dto, CHANGED)


def update_home_visit(db: Database, *, actor: Actor, visit_id: int, data: HomeVisitInput) -> Outcome[HomeVisitDTO]:
    require(actor, "mentoring.record")
    with db.write() as s:
        v = s.get(HomeVisit, visit_id)
        if v is None:
            raise NotFound(f"Kunjungan #{visit_id} tidak ditemukan.")
        data = _validate_visit(s, data)
        fields = ("member_id", "visited_on", "visitor", "visitor_member_id", "purpose", "result")
        before = {f: getattr(v, f) for f in fields}
        for f in fields:
            setattr(v, f, getattr(data, f))
        v.group_id = _group_of_on(s, data.member_id, data.visited_on)
        v.updated_at = _now()
        s.flush()
        audit.record(s, actor, action="mentoring.visit.update", entity="home_visit", entity_id=v.id,
                     summary=audit.describe_change(before, {f: getattr(v, f) for f in fields}))
        dto = _visit_dto(s, v)
    return Outcome(dto, CHANGED)


def delete_home_visit(db: Database, *, actor: Actor, visit_id: int) -> Outcome[None]:
    require(actor, "mentoring.record")
    with db.write() as s:
        v = s.get(HomeVisit, visit_id)
        if v is None:
            raise NotFound(f"Kunjungan #{visit_id} tidak ditemukan.")
        dto = _visit_dto(s, v)
        s.execute(MentoringFollowup.__table__.update().where(MentoringFollowup.home_visit_id == v.id)
                  .values(home_visit_id=None))
        s.delete(v)
        audit.record(s, actor, action="mentoring.visit.delete", entity="home_visit", entity_id=visit_id,
                     summary=f"{dto.member_number} {dto.member_name}, {format_date_id(dto.visited_on)}, "
                             f"oleh {dto.visitor}: {dto.purpose}")
    return Outcome(None, CHANGED)


def list_home_visits(db: Database, *, group_id: int | None = None, member_id: int | None = None,
                     date_from: dt.date | None = None, date_to: dt.date | None = None,
                     actor: Actor | None = None) -> list[HomeVisitDTO]:
    """Home visits, newest first."""
    _view(actor)
    with db.read() as s:
        conds = []
        if group_id is not None:
            conds.append(HomeVisit.group_id == group_id)
        if member_id is not None:
            conds.append(HomeVisit.member_id == member_id)
        if date_from is not None:
            conds.append(HomeVisit.visited_on >= date_from)
        if date_to is not None:
            conds.append(HomeVisit.visited_on <= date_to)
        rows = s.execute(select(HomeVisit, Member.number, Member.name, BorrowerGroup.code)
                         .join(Member, Member.id == HomeVisit.member_id)
                         .outerjoin(BorrowerGroup, BorrowerGroup.id == HomeVisit.group_id)
                         .where(*conds).order_by(HomeVisit.visited_on.desc(), HomeVisit.id.desc())).all()
        return [HomeVisitDTO(v.id, v.member_id, number, name, v.group_id, code, v.visited_on, v.visitor,
                             v.visitor_member_id, v.purpose, v.result) for v, number, name, code in rows]


# ------------------------------------------------------------------ follow-ups

@dataclass(frozen=True)
class FollowupInput:
    text: str
    due_on: dt.date
    responsible: str
    raised_on: dt.date | None = None  # default: the meeting's or visit's date, else today
    group_id: int | None = None
    member_id: int | None = None
    meeting_id: int | None = None
    home_visit_id: int | None = None


def _followup_dto(s: Session, f: MentoringFollowup) -> FollowupDTO:
    code = s.scalar(select(BorrowerGroup.code).where(BorrowerGroup.id == f.group_id)) if f.group_id else None
    name = s.scalar(select(Member.name).where(Member.id == f.member_id)) if f.member_id else None
    return FollowupDTO(f.id, f.text, f.raised_on, f.due_on, f.responsible, f.done_on, f.done_note, f.group_id,
                       code, f.member_id, name, f.meeting_id, f.home_visit_id)


def _validate_followup(s: Session, data: FollowupInput) -> FollowupInput:
    text_ = clean_text(data.text, field="text", label="Tindak lanjut", kind="reason") or ""
    responsible = clean_text(data.responsible, field="responsible", label="Penanggung jawab") or ""
    if not text_:
        raise UserError("Isi apa yang harus ditindaklanjuti.", field="text")
    if not responsible:
        raise UserError("Isi siapa yang bertanggung jawab.", field="responsible")
    if len(responsible) > 120:
        raise UserError("Nama penanggung jawab terlalu panjang (maks. 120 huruf).", field="responsible")
    group_id, member_id, raised = data.group_id, data.member_id, data.raised_on
    if data.meeting_id is not None:
        m = s.get(MentoringMeeting, data.meeting_id)
        if m is None:
            raise UserError("Pertemuan yang dirujuk tidak ditemukan.", field="meeting")
        group_id = group_id or m.group_id
        raised = raised or m.held_on
    if data.home_visit_id is not None:
        v = s.get(HomeVisit, data.home_visit_id)
        if v is None:
            raise UserError("Kunjungan yang dirujuk tidak ditemukan.", field="home_visit")
        member_id = member_id or v.member_id
        group_id = group_id or v.group_id
        raised = raised or v.visited_on
    if group_id is not None and s.get(BorrowerGroup, group_id) is None:
        raise UserError("Kelompok tidak ditemukan.", field="group")
    if member_id is not None and s.get(Member, member_id) is None:
        raise UserError("Anggota tidak ditemukan.", field="member")
    raised = raised or dt.date.today()
    _not_future(raised, "raised_on", "tindak lanjut dicatat")
    if data.due_on < raised:
        raise UserError(f"Batas waktu ({format_date_id(data.due_on)}) tidak boleh sebelum tanggal dicatat "
                        f"({format_date_id(raised)}).", field="due_on")
    return replace(data, text=text_, responsible=responsible, group_id=group_id, member_id=member_id,
                   raised_on=raised)


def add_followup(db: Database, *, actor: Actor, data: FollowupInput) -> Outcome[FollowupDTO]:
    require(actor, "mentoring.record")
    with db.write() as s:
        data = _validate_followup(s, data)
        f = MentoringFollowup(group_id=data.group_id, meeting_id=data.meeting_id, member_id=data.member_id,
                              home_visit_id=data.home_visit_id, text=data.text, raised_on=data.raised_on,
                              due_on=data.due_on, responsible=data.responsible, created_at=_now(),
                              created_by_id=actor.user_id)
        s.add(f)
        s.flush()
        audit.record(s, actor, action="mentoring.followup.add", entity="followup", entity_id=f.id,
                     summary=f"{f.text} — {f.responsible}, batas {format_date_id(f.due_on)}")
        dto = _followup_dto(s, f)
    return Outcome(dto, CHANGED)


def update_followup(db: Database, *, actor: Actor, followup_id: int, data: FollowupInput) -> Outcome[FollowupDTO]:
    require(actor, "mentoring.record")
    with db.write() as s:
        f = s.get(MentoringFollowup, followup_id)
        if f is None:
            raise NotFound(f"Tindak lanjut #{followup_id} tidak ditemukan.")
        data = _validate_followup(s, replace(data, raised_on=data.raised_on or f.raised_on))
        if f.done_on is not None and f.done_on < data.raised_on:
            raise UserError("Tanggal selesai tidak boleh sebelum tanggal dicatat.", field="raised_on")
        fields = ("text", "due_on", "responsible", "raised_on", "group_id", "member_id", "meeting_id",
                  "home_visit_id")
        before = {k: getattr(f, k) for k in fields}
        for k in fields:
            setattr(f, k, getattr(data, k))
        s.flush()
        audit.record(s, actor, action="mentoring.followup.update", entity="followup", entity_id=f.id,
                     summary=audit.describe_change(before, {k: getattr(f, k) for k in fields}))
        dto = _followup_dto(s, f)
    return Outcome(dto, CHANGED)


def mark_followup_done(db: Database, *, actor: Actor, followup_id: int, done_on: dt.date,
                       note: str | None = None) -> Outcome[FollowupDTO]:
    require(actor, "mentoring.record")
    with db.write() as s:
        f = s.get(MentoringFollowup, followup_id)
        if f is None:
            raise NotFound(f"Tindak lanjut #{followup_id} tidak ditemukan.")
        if f.done_on is not None:
            raise UserError(f"Tindak lanjut ini sudah selesai {format_date_id(f.done_on)}.", code="already_done")
        _not_future(done_on, "done_on", "selesai")
        if done_on < f.raised_on:
            raise UserError(f"Tanggal selesai tidak boleh sebelum tanggal dicatat ({format_date_id(f.raised_on)}).",
                            field="done_on")
        f.done_on, f.done_note = done_on, _clean(note)
        audit.record(s, actor, action="mentoring.followup.done", entity="followup", entity_id=f.id,
                     summary=f"selesai {format_date_id(done_on)}" + (f": {f.done_note}" if f.done_note else ""))
        s.flush()
        dto = _followup_dto(s, f)
    return Outcome(dto, CHANGED)


def reopen_followup(db: Database, *, actor: Actor, followup_id: int) -> Outcome[FollowupDTO]:
    """Undo a done mark given by mistake."""
    require(actor, "mentoring.record")
    with db.write() as s:
        f = s.get(MentoringFollowup, followup_id)
        if f is None:
            raise NotFound(f"Tindak lanjut #{followup_id} tidak ditemukan.")
        if f.done_on is None:
            raise UserError("Tindak lanjut ini masih terbuka.", code="not_done")
        audit.record(s, actor, action="mentoring.followup.reopen", entity="followup", entity_id=f.id,
                     summary=f"tanda selesai {format_date_id(f.done_on)} dibatalkan")
        f.done_on, f.done_note = None, None
        s.flush()
        dto = _followup_dto(s, f)
    return Outcome(dto, CHANGED)


def delete_followup(db: Database, *, actor: Actor, followup_id: int) -> Outcome[None]:
    require(actor, "mentoring.record")
    with db.write() as s:
        f = s.get(MentoringFollowup, followup_id)
        if f is None:
            raise NotFound(f"Tindak lanjut #{followup_id} tidak ditemukan.")
        audit.record(s, actor, action="mentoring.followup.delete", entity="followup", entity_id=f.id,
                     summary=f"{f.text} — {f.responsible}, batas {format_date_id(f.due_on)}")
        s.delete(f)
    return Outcome(None, CHANGED)


def list_followups(db: Database, *, group_id: int | None = None, open_only: bool = False,
                   overdue_on: dt.date | None = None, actor: Actor | None = None) -> list[FollowupDTO]:
    """Follow-ups, open ones first by due date, then done ones newest first. ``overdue_on``
    keeps only those open and past due on that date."""
    _view(actor)
    with db.read() as s:
        conds = []
        if group_id is not None:
            conds.append(MentoringFollowup.group_id == group_id)
        if open_only or overdue_on is not None:
            conds.append(MentoringFollowup.done_on.is_(None))
        if overdue_on is not None:
            conds.append(MentoringFollowup.due_on < overdue_on)
        rows = s.scalars(select(MentoringFollowup).where(*conds)).all()
        dtos = [_followup_dto(s, f) for f in rows]
    open_ = sorted((f for f in dtos if not f.done), key=lambda f: (f.due_on, f.id))
    done = sorted((f for f in dtos if f.done), key=lambda f: (f.done_on, f.id), reverse=True)
    return open_ + done


def open_followups(db: Database, *, group_id: int | None = None) -> list[FollowupDTO]:
    return list_followups(db, group_id=group_id, open_only=True)


def overdue_followups(db: Database, *, as_of: dt.date, group_id: int | None = None) -> list[FollowupDTO]:
    return list_followups(db, group_id=group_id, overdue_on=as_of)


# ------------------------------------------------------------------ summary (reports)

class GroupMentoring(NamedTuple):
    """One group's meetings in a period: ``(group_code, group_name, meetings, attendance_pct)``."""

    group_code: str
    group_name: str
    meetings: int
    attendance_pct: float | None  # present ÷ recorded × 100, two decimals; None when none recorded


@dataclass(frozen=True)
class MentoringSummary:
    date_from: dt.date
    date_to: dt.date
    meetings: int
    groups_met: int
    attendance_rate: Ratio | None  # present ÷ attendance recorded; None when nothing recorded
    home_visits: int
    followups_open: int  # raised by date_to and not done by date_to
    followups_done: int  # done within the period
    meetings_by_group: tuple[GroupMentoring, ...]
    followups_raised: int = 0  # raised within the period
    members_behind: int = 0  # pocket-book checks in the period that showed arrears

    @property
    def attendance_pct(self) -> float | None:
        return None if self.attendance_rate is None else float(self.attendance_rate.percent)

    @property
    def attendance_text(self) -> str:
        """``87,50 %`` or ``–``."""
        return "–" if self.attendance_rate is None else self.attendance_rate.percent_text()


def mentoring_summary(db: Database, *, date_from: dt.date, date_to: dt.date) -> MentoringSummary:
    """The period's mentoring in figures (annual report, evaluation report)."""
    if date_to < date_from:
        raise UserError("Tanggal akhir tidak boleh sebelum tanggal awal.", field="date_to")
    with db.read() as s:
        a = MentoringAttendance
        in_period = and_(MentoringMeeting.held_on >= date_from, MentoringMeeting.held_on <= date_to)
        per_group = s.execute(
            select(BorrowerGroup.code, BorrowerGroup.name, func.count(func.distinct(MentoringMeeting.id)),
                   func.count(a.id), func.coalesce(func.sum(case((a.status == PRESENT, 1), else_=0)), 0),
                   func.coalesce(func.sum(case((and_(a.has_credit, a.arrears > 0), 1), else_=0)), 0))
            .join(BorrowerGroup, BorrowerGroup.id == MentoringMeeting.group_id)
            .outerjoin(a, a.meeting_id == MentoringMeeting.id)
            .where(in_period).group_by(BorrowerGroup.id).order_by(BorrowerGroup.code)).all()
        by_group, meetings, recorded, present, behind = [], 0, 0, 0, 0
        for code, name, n, rec, pres, late in per_group:
            pct = float(Ratio(int(pres), int(rec)).percent) if rec else None
            by_group.append(GroupMentoring(code, name, int(n), pct))
            meetings += int(n)
            recorded += int(rec)
            present += int(pres)
            behind += int(late)
        visits = s.scalar(select(func.count(HomeVisit.id)).where(
            HomeVisit.visited_on >= date_from, HomeVisit.visited_on <= date_to)) or 0
        f = MentoringFollowup
        open_ = s.scalar(select(func.count(f.id)).where(
            f.raised_on <= date_to, or_(f.done_on.is_(None), f.done_on > date_to))) or 0
        done = s.scalar(select(func.count(f.id)).where(f.done_on >= date_from, f.done_on <= date_to)) or 0
        raised = s.scalar(select(func.count(f.id)).where(f.raised_on >= date_from, f.raised_on <= date_to)) or 0
    return MentoringSummary(date_from, date_to, meetings, len(by_group),
                            Ratio(present, recorded) if recorded else None, int(visits), int(open_), int(done),
                            tuple(by_group), int(raised), behind)


# ------------------------------------------------------------------ printouts

def attendance_list_pdf(db: Database, *, path: Path | str, group_id: int | None = None,
                        on_date: dt.date | None = None, meeting_id: int | None = None, blank: bool = False,
                        actor: Actor | None = None) -> Path:
    """The attendance list of a group meeting: ``blank`` to take to the meeting (members and
    their pocket-book status from the repayment book on ``on_date``), otherwise filled from
    the recorded meeting, with its minutes and follow-ups."""

    from kamura_desktop.documents.mentoring import build_attendance_list

    _view(actor)
    if meeting_id is not None:
        meeting = get_meeting(db, meeting_id)
    else:
        if group_id is None or on_date is None:
            raise UserError("Pilih kelompok dan tanggal pertemuan.", field="group")
        meeting = meeting_draft(db, group_id=group_id, on_date=on_date)
    if not blank and meeting.id is None:
        raise UserError(f"Pertemuan kelompok {meeting.group_code} tanggal {format_date_id(meeting.held_on)} "
                        "belum dicatat; cetak daftar hadir kosong, atau catat pertemuannya dulu.",
                        field="held_on", code="meeting_missing")
    followups = ([f for f in list_followups(db) if f.meeting_id == meeting.id]
                 if meeting.id is not None and not blank else [])
    return build_attendance_list(path, profile=settings_service.get_profile(db), meeting=meeting, blank=blank,
                                 followups=followups,
                                 clerk_name=actor.full_name if actor is not None and actor.user_id else None)
