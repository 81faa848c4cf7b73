"""Lender pool and fund sources: lender registrations with preferences, capital received
(revolving-fund grants, stakeholder capital, the cooperative's own), credit write-offs
and the board's list of potential investors."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class LenderProfile(Base):
    __tablename__ = "lender_profiles"

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    registered_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    preferred_trades: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON
    max_per_group: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    note: Mapped[str | None] = mapped_column(Text)


class CapitalContribution(Base):
    """Capital received: a revolving-fund grant, stakeholder capital, or own capital."""

    __tablename__ = "capital_contributions"
    __table_args__ = (
        CheckConstraint("fund IN ('revolving','stakeholder','own')", name="fund"),
        CheckConstraint("amount > 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fund: Mapped[str] = mapped_column(String(12), nullable=False)
    giver: Mapped[str] = mapped_column(String(160), nullable=False)
    received_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    amount: Mapped[int] = mapped_column(Integer, nullable=False)
    journal_entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class CreditWriteOff(Base):
    """The chair writes off a credit's outstanding principal; lenders share the loss."""

    __tablename__ = "credit_write_offs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    credit_id: Mapped[int] = mapped_column(ForeignKey("credits.id"), nullable=False, unique=True)
    on_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    principal: Mapped[int] = mapped_column(Integer, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    journal_entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class WriteOffShare(Base):
    """Each funder's part of a write-off (lenders see theirs on their statements)."""

    __tablename__ = "write_off_shares"
    __table_args__ = (CheckConstraint("source IN ('own','revolving','lender')", name="source"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    write_off_id: Mapped[int] = mapped_column(ForeignKey("credit_write_offs.id"), nullable=False, index=True)
    source: Mapped[str] = mapped_column(String(10), nullable=False)
    lender_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    amount: Mapped[int] = mapped_column(Integer, nullable=False)


class Prospect(Base):
    """A potential investor the board follows up."""

    __tablename__ = "prospects"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    organisation: Mapped[str | None] = mapped_column(String(160))
    contact: Mapped[str | None] = mapped_column(String(160))
    interest: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(30), nullable=False, default="baru")
    next_follow_up: Mapped[dt.date | None] = mapped_column(Date)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
