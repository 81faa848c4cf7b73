"""Repayment book: instalment payments, group covers (tanggung renteng), members'
settlements of what the group covered for them, and collection sheets with attendance.

Payments, covers and settlements are money rows: immutable (migration triggers); a
mistaken payment is reversed by a new row with the opposite amount pointing to it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CollectionSheet(Base):
    """A group meeting's collection sheet (lembar penagihan), posted as one transaction."""

    __tablename__ = "collection_sheets"
    __table_args__ = (UniqueConstraint("group_id", "meeting_date", name="uq_collection_sheets_group_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("borrower_groups.id"), nullable=False)
    meeting_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    posted_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    posted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Text)


class CollectionAttendance(Base):
    __tablename__ = "collection_attendance"
    __table_args__ = (UniqueConstraint("sheet_id", "member_id", name="uq_collection_attendance_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("collection_sheets.id"), nullable=False)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False)
    present: Mapped[bool] = mapped_column(Boolean, nullable=False)


class Repayment(Base):
    __tablename__ = "repayments"
    __table_args__ = (
        CheckConstraint("amount <> 0", name="nonzero"),
        CheckConstraint("source IN ('member','group_cover','reversal')", name="source"),
        Index("ix_repayments_credit_date", "credit_id", "on_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    credit_id: Mapped[int] = mapped_column(ForeignKey("credits.id"), nullable=False)
    on_date: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    amount: Mapped[int] = mapped_column(Integer, nullable=False)  # negative for a reversal
    principal_part: Mapped[int] = mapped_column(Integer, nullable=False)
    service_part: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String(12), nullable=False, default="member")
    payer_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    received_by: Mapped[str] = mapped_column(String(120), nullable=False)
    receipt_no: Mapped[str | None] = mapped_column(String(30), unique=True)
    journal_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))
    reversal_of_id: Mapped[int | None] = mapped_column(ForeignKey("repayments.id"), unique=True)
    collection_sheet_id: Mapped[int | None] = mapped_column(ForeignKey("collection_sheets.id"))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class GroupCover(Base):
    """Tanggung renteng: a group member paid (part of) another member's instalment; the
    covered member owes that member until they settle it."""

    __tablename__ = "group_covers"
    __table_args__ = (CheckConstraint("amount > 0", name="amount"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    repayment_id: Mapped[int] = mapped_column(ForeignKey("repayments.id"), nullable=False, unique=True)
    debtor_member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False, index=True)
    coverer_member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False, index=True)
    amount: Mapped[int] = mapped_column(Integer, nullable=False)
    on_date: Mapped[dt.date] = mapped_column(Date, nullable=False)


class CoverSettlement(Base):
    """A covered member pays back the member who covered for them (signed: a reversal is
    negative and points to the original)."""

    __tablename__ = "cover_settlements"
    __table_args__ = (CheckConstraint("amount <> 0", name="nonzero"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    debtor_member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False, index=True)
    coverer_member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False)
    amount: Mapped[int] = mapped_column(Integer, nullable=False)
    on_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    reversal_of_id: Mapped[int | None] = mapped_column(ForeignKey("cover_settlements.id"), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
