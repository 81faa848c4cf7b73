"""What the office files each year (issue 19 §2–3): the treasurer's own text of the notes to
the financial statements (CALK) per year, and the work plan and budget (RK/RAPB) per year with
its lines per income and expense account and its targets. No money moves here: a budget is a
plan, not a posting; once approved at the RAT it is no longer changed (the service refuses)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CalkNote(Base):
    __tablename__ = "calk_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    saved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class Budget(Base):
    __tablename__ = "budgets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False)  # draft | approved
    approved_on: Mapped[dt.date | None] = mapped_column(Date)  # the date of the RAT
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    saved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class BudgetLine(Base):
    """The year's amount for one income or expense account."""

    __tablename__ = "budget_lines"
    __table_args__ = (UniqueConstraint("budget_id", "account_code", name="uq_budget_lines_account"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    budget_id: Mapped[int] = mapped_column(ForeignKey("budgets.id", ondelete="CASCADE"), nullable=False)
    account_code: Mapped[str] = mapped_column(String(10), nullable=False)
    amount: Mapped[int] = mapped_column(Integer, nullable=False)


class BudgetTarget(Base):
    """One target of the work plan (new members, credits disbursed in rupiah, repayment rate in %)."""

    __tablename__ = "budget_targets"
    __table_args__ = (UniqueConstraint("budget_id", "key", name="uq_budget_targets_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    budget_id: Mapped[int] = mapped_column(ForeignKey("budgets.id", ondelete="CASCADE"), nullable=False)
    key: Mapped[str] = mapped_column(String(30), nullable=False)
    value: Mapped[int] = mapped_column(Integer, nullable=False)
