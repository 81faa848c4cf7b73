"""A group meeting as printed: attendance with the pocket-book check, the minutes, the
follow-ups (``services.mentoring`` builds these and re-exports them; ``documents.mentoring``
draws the attendance list and minutes from them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.domain.portfolio import Ratio

PRESENT, ABSENT, EXCUSED = "present", "absent", "excused"
ATTENDANCE_LABELS = {PRESENT: "Hadir", ABSENT: "Tidak hadir", EXCUSED: "Izin"}


@dataclass(frozen=True)
class BookCheck:
    """A member's repayment position as of a meeting date, from the repayment book."""

    has_credit: bool
    credit_numbers: str  # the running credits, "KR-2024-00001, …"
    arrears: int  # unpaid part of the instalments due before the date
    arrears_instalments: int
    outstanding: int

    @property
    def up_to_date(self) -> bool:
        return self.arrears == 0

    @property
    def status_text(self) -> str:
        """``Lancar`` · ``Tertinggal Rp8.400 (2 angsuran)`` · ``Tidak ada kredit berjalan``."""
        if not self.has_credit:
            return "Tidak ada kredit berjalan"
        if self.up_to_date:
            return "Lancar"
        return f"Tertinggal {format_rupiah(self.arrears)} ({self.arrears_instalments} angsuran)"


@dataclass(frozen=True)
class AttendanceDTO:
    member_id: int
    member_number: str
    member_name: str
    status: str  # present | absent | excused
    reason: str | None
    book_checked: bool
    check: BookCheck
    check_note: str | None
    is_leader: bool = False

    @property
    def status_label(self) -> str:
        return ATTENDANCE_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class MeetingDTO:
    id: int | None  # None for a draft not yet recorded
    group_id: int
    group_code: str
    group_name: str
    held_on: dt.date
    place: str | None
    facilitator: str
    supports: str | None
    obstacles: str | None
    business_problems: str | None
    solutions: str | None
    motivation: str | None
    notes: str | None
    attendance: tuple[AttendanceDTO, ...]
    leader_name: str | None = None
    updated_at: dt.datetime | None = None

    def count(self, status: str) -> int:
        return sum(1 for a in self.attendance if a.status == status)

    @property
    def present(self) -> int:
        return self.count(PRESENT)

    @property
    def behind(self) -> int:
        """Members whose pocket book showed arrears."""
        return sum(1 for a in self.attendance if a.check.has_credit and not a.check.up_to_date)

    @property
    def attendance_rate(self) -> Ratio:
        return Ratio(self.present, len(self.attendance))


@dataclass(frozen=True)
class FollowupDTO:
    id: int
    text: str
    raised_on: dt.date
    due_on: dt.date
    responsible: str
    done_on: dt.date | None
    done_note: str | None
    group_id: int | None
    group_code: str | None
    member_id: int | None
    member_name: str | None
    meeting_id: int | None
    home_visit_id: int | None

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def overdue_on(self, as_of: dt.date) -> bool:
        """Open and past its due date on ``as_of``."""
        return self.done_on is None and self.due_on < as_of
