"""Group credit book: credit products (as data), holidays, borrower groups, applications,
credits, their fundings and schedules.

A credit copies its product's terms when it is applied for, so editing a product never
changes a credit that already exists. Schedule lines are written once, at disbursement,
and never changed (migration triggers).
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
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CreditProduct(Base):
    __tablename__ = "credit_products"
    __table_args__ = (
        CheckConstraint("kind IN ('in_kind','cash')", name="kind"),
        CheckConstraint("frequency IN ('daily','weekly','monthly')", name="frequency"),
        CheckConstraint("service_mode IN ('flat_percent','fixed')", name="service_mode"),
        CheckConstraint("rounding_mode IN ('last_absorbs','equal_surplus_income')", name="rounding"),
        CheckConstraint("fund_source IN ('own','revolving')", name="fund_source"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    amount_min: Mapped[int] = mapped_column(Integer, nullable=False)
    amount_max: Mapped[int] = mapped_column(Integer, nullable=False)
    first_loan_max: Mapped[int | None] = mapped_column(Integer)
    group_limit: Mapped[int | None] = mapped_column(Integer)
    group_size_min: Mapped[int] = mapped_column(Integer, nullable=False)
    group_size_max: Mapped[int] = mapped_column(Integer, nullable=False)
    instalments_min: Mapped[int] = mapped_column(Integer, nullable=False)
    instalments_max: Mapped[int] = mapped_column(Integer, nullable=False)
    frequency: Mapped[str] = mapped_column(String(10), nullable=False)
    service_mode: Mapped[str] = mapped_column(String(15), nullable=False)
    rate_bp_min: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    rate_bp_max: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    service_fixed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    rounding_increment: Mapped[int] = mapped_column(Integer, nullable=False, default=100)
    rounding_mode: Mapped[str] = mapped_column(String(25), nullable=False, default="last_absorbs")
    skip_sundays: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    max_cycles: Mapped[int | None] = mapped_column(Integer)
    late_fee: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    fund_source: Mapped[str] = mapped_column(String(10), nullable=False, default="own")
    eligibility: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON rules
    package_items: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON default items
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class Holiday(Base):
    __tablename__ = "holidays"

    on_date: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)


class BorrowerGroup(Base):
    __tablename__ = "borrower_groups"
    __table_args__ = (
        CheckConstraint("kind IN ('peer','ksm')", name="kind"),
        CheckConstraint("status IN ('active','dissolved')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    kind: Mapped[str] = mapped_column(String(5), nullable=False, default="peer")
    formed_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    kampung: Mapped[str | None] = mapped_column(String(80))
    rt: Mapped[str | None] = mapped_column(String(3))
    rw: Mapped[str | None] = mapped_column(String(3))
    leader_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    meeting_day: Mapped[str | None] = mapped_column(String(20))
    meeting_place: Mapped[str | None] = mapped_column(String(120))
    agreement_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="active")
    dissolved_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class GroupMember(Base):
    __tablename__ = "group_members"
    __table_args__ = (
        # a member belongs to at most one active borrowing group
        Index("uq_group_members_active_member", "member_id", unique=True,
              sqlite_where=text("left_on IS NULL"), postgresql_where=text("left_on IS NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("borrower_groups.id"), nullable=False, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False)
    joined_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    left_on: Mapped[dt.date | None] = mapped_column(Date)


class GroupSupervisor(Base):
    """A lender attached to a group as its supervisor and supporter (pengawas)."""

    __tablename__ = "group_supervisors"
    __table_args__ = (UniqueConstraint("group_id", "member_id", name="uq_group_supervisors_pair"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("borrower_groups.id"), nullable=False)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False)
    since: Mapped[dt.date] = mapped_column(Date, nullable=False)


class CreditApplication(Base):
    """A group's application: one credit per member, one product, the terms copied."""

    __tablename__ = "credit_applications"
    __table_args__ = (
        CheckConstraint(
            "status IN ('submitted','approved','rejected','cancelled','disbursed')", name="status"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("borrower_groups.id"), nullable=False, index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("credit_products.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="submitted")
    # terms copied from the product (and chosen within its ranges) when applying
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    instalments: Mapped[int] = mapped_column(Integer, nullable=False)
    frequency: Mapped[str] = mapped_column(String(10), nullable=False)
    service_mode: Mapped[str] = mapped_column(String(15), nullable=False)
    rate_bp: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    service_fixed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    rounding_increment: Mapped[int] = mapped_column(Integer, nullable=False)
    rounding_mode: Mapped[str] = mapped_column(String(25), nullable=False)
    skip_sundays: Mapped[bool] = mapped_column(Boolean, nullable=False)
    late_fee: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    package_items: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON
    verification: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON checklist
    prepared_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    prepared_by_name: Mapped[str] = mapped_column(String(120), nullable=False)
    prepared_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_by_name: Mapped[str | None] = mapped_column(String(120))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    chair_allows_own_funds: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    disbursed_on: Mapped[dt.date | None] = mapped_column(Date)
    disbursed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    journal_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))


class Credit(Base):
    """One borrower's credit within a group application."""

    __tablename__ = "credits"
    __table_args__ = (
        CheckConstraint(
            "status IN ('applied','approved','rejected','cancelled','active','lunas','written_off')",
            name="status",
        ),
        CheckConstraint("principal > 0", name="principal"),
        Index("ix_credits_member_status", "member_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("credit_applications.id"), nullable=False,
                                                index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False)
    principal: Mapped[int] = mapped_column(Integer, nullable=False)
    purpose: Mapped[str | None] = mapped_column(Text)
    cycle_no: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="applied")
    eligibility: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON failures
    disbursed_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)


class CreditFunding(Base):
    """Where a credit's principal comes from: own funds, the revolving fund, or a lender."""

    __tablename__ = "credit_fundings"
    __table_args__ = (
        CheckConstraint("source IN ('own','revolving','lender')", name="source"),
        CheckConstraint("amount > 0", name="amount"),
        CheckConstraint("(source = 'lender') = (lender_member_id IS NOT NULL)", name="lender"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    credit_id: Mapped[int] = mapped_column(ForeignKey("credits.id"), nullable=False, index=True)
    source: Mapped[str] = mapped_column(String(10), nullable=False)
    lender_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    amount: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    released_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # withdrawn before disbursal


class ScheduleLine(Base):
    __tablename__ = "schedule_lines"
    __table_args__ = (UniqueConstraint("credit_id", "no", name="uq_schedule_lines_credit_no"),
                      Index("ix_schedule_lines_due", "due_date"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    credit_id: Mapped[int] = mapped_column(ForeignKey("credits.id"), nullable=False)
    no: Mapped[int] = mapped_column(Integer, nullable=False)
    due_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    principal: Mapped[int] = mapped_column(Integer, nullable=False)
    service: Mapped[int] = mapped_column(Integer, nullable=False)
    amount: Mapped[int] = mapped_column(Integer, nullable=False)
