"""Mentoring book (pendampingan): group meetings with attendance and the pocket-book check
of each member, home visits by the group leader, and follow-ups with due dates.

Meetings are not money: they may be corrected (the service replaces a meeting's attendance
rows in one transaction and writes the audit row). The pocket-book figures are stored as
they were checked at the meeting, so a later payment or reversal never rewrites history.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class MentoringMeeting(Base):
    """One group meeting (pertemuan kelompok) and what was discussed."""

    __tablename__ = "mentoring_meetings"
    __table_args__ = (UniqueConstraint("group_id", "held_on", name="uq_mentoring_meetings_group_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("borrower_groups.id"), nullable=False, index=True)
    held_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    place: Mapped[str | None] = mapped_column(String(120))
    facilitator: Mapped[str] = mapped_column(String(120), nullable=False)
    supports: Mapped[str | None] = mapped_column(Text)  # what helps repayment
    obstacles: Mapped[str | None] = mapped_column(Text)  # what hinders repayment
    business_problems: Mapped[str | None] = mapped_column(Text)
    solutions: Mapped[str | None] = mapped_column(Text)  # agreed solutions
    motivation: Mapped[str | None] = mapped_column(Text)  # direction and motivation given
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class MentoringAttendance(Base):
    """A member at a meeting: present / absent / excused, and the pocket-book check
    (the repayment book's figures as of the meeting date, as checked)."""

    __tablename__ = "mentoring_attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "member_id", name="uq_mentoring_attendance_pair"),
        CheckConstraint("status IN ('present','absent','excused')", name="status"),
        CheckConstraint("arrears >= 0 AND arrears_instalments >= 0 AND outstanding >= 0", name="figures"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("mentoring_meetings.id"), nullable=False, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(8), nullable=False)
    reason: Mapped[str | None] = mapped_column(String(200))  # why absent / excused
    book_checked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    has_credit: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    credit_numbers: Mapped[str | None] = mapped_column(String(200))
    arrears: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    arrears_instalments: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    outstanding: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    check_note: Mapped[str | None] = mapped_column(String(200))


class HomeVisit(Base):
    """A home visit (kunjungan rumah) to a member, usually by the group leader."""

    __tablename__ = "home_visits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False, index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("borrower_groups.id"), index=True)
    visited_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    visitor: Mapped[str] = mapped_column(String(120), nullable=False)
    visitor_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    purpose: Mapped[str] = mapped_column(Text, nullable=False)
    result: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class MentoringFollowup(Base):
    """Something agreed to be done (tindak lanjut), with a due date and a done mark."""

    __tablename__ = "mentoring_followups"
    __table_args__ = (CheckConstraint("done_on IS NULL OR done_on >= raised_on", name="done_after_raised"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("borrower_groups.id"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("mentoring_meetings.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    home_visit_id: Mapped[int | None] = mapped_column(ForeignKey("home_visits.id"))
    text: Mapped[str] = mapped_column(Text, nullable=False)
    raised_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    responsible: Mapped[str] = mapped_column(String(120), nullable=False)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    done_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
