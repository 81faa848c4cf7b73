"""Books (issue 8): attachment notes of manual journal entries, loan-loss provisions,
year-end closes and SHU distributions.

Money rows are immutable (migration 0009 triggers): a provision is never changed (the next
one books the difference); a year close is never deleted — reopening fills its
``reopened_*`` columns once and a later close is a new row; an SHU distribution may be
replaced only while it is a draft, and its member shares only then.
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


class JournalAttachment(Base):
    """The treasurer's note of the paper evidence of a manual entry (nota, kuitansi, …)."""

    __tablename__ = "journal_attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), nullable=False, unique=True)
    note: Mapped[str] = mapped_column(Text, nullable=False)


class Provision(Base):
    """One loan-loss provision (PPKA) assessment at a date and the change it booked."""

    __tablename__ = "provisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    as_of: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    rule_set: Mapped[str] = mapped_column(String(20), nullable=False)
    required: Mapped[int] = mapped_column(Integer, nullable=False)
    booked_before: Mapped[int] = mapped_column(Integer, nullable=False)
    change: Mapped[int] = mapped_column(Integer, nullable=False)  # signed: + grows, − shrinks
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class YearClose(Base):
    """A closed financial year. Reopening is recorded on the row, which is never deleted;
    closing again adds a new row (at most one row per year is not reopened)."""

    __tablename__ = "year_closes"
    __table_args__ = (
        Index("uq_year_closes_year_open", "year", unique=True,
              sqlite_where=text("reopened_at IS NULL"), postgresql_where=text("reopened_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    closed_on: Mapped[dt.date] = mapped_column(Date, nullable=False)  # 31 December of the year
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))
    surplus: Mapped[int] = mapped_column(Integer, nullable=False)
    closed_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reopened_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reopened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reopen_reason: Mapped[str | None] = mapped_column(Text)
    reopen_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))


class ShuDistribution(Base):
    """The SHU of one year: draft → approved at the RAT → paid."""

    __tablename__ = "shu_distributions"
    __table_args__ = (
        CheckConstraint("status IN ('draft','approved','paid')", name="status"),
        CheckConstraint("pay_method IS NULL OR pay_method IN ('sukarela','tunai')", name="pay_method"),
        CheckConstraint(
            "pct_cadangan + pct_anggota + pct_pengurus + pct_karyawan + pct_pendidikan "
            "+ pct_sosial = 100", name="pct_total"),
        CheckConstraint("jasa_modal_pct BETWEEN 0 AND 100", name="jasa_modal_pct"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False)
    surplus: Mapped[int] = mapped_column(Integer, nullable=False)
    pct_cadangan: Mapped[int] = mapped_column(Integer, nullable=False)
    pct_anggota: Mapped[int] = mapped_column(Integer, nullable=False)
    pct_pengurus: Mapped[int] = mapped_column(Integer, nullable=False)
    pct_karyawan: Mapped[int] = mapped_column(Integer, nullable=False)
    pct_pendidikan: Mapped[int] = mapped_column(Integer, nullable=False)
    pct_sosial: Mapped[int] = mapped_column(Integer, nullable=False)
    jasa_modal_pct: Mapped[int] = mapped_column(Integer, nullable=False)
    include_sukarela: Mapped[bool] = mapped_column(Boolean, nullable=False)
    computed_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    computed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    rat_date: Mapped[dt.date | None] = mapped_column(Date)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approve_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))
    paid_on: Mapped[dt.date | None] = mapped_column(Date)
    pay_method: Mapped[str | None] = mapped_column(String(10))
    paid_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    pay_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))


class ShuMemberShare(Base):
    """One member's SHU of a distribution: bases and the two parts (whole rupiah)."""

    __tablename__ = "shu_member_shares"
    __table_args__ = (
        UniqueConstraint("distribution_id", "member_id", name="uq_shu_member_shares_pair"),
        CheckConstraint("total = jasa_modal + jasa_usaha", name="total"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    distribution_id: Mapped[int] = mapped_column(ForeignKey("shu_distributions.id"), nullable=False)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False, index=True)
    savings_basis: Mapped[int] = mapped_column(Integer, nullable=False)
    service_basis: Mapped[int] = mapped_column(Integer, nullable=False)
    jasa_modal: Mapped[int] = mapped_column(Integer, nullable=False)
    jasa_usaha: Mapped[int] = mapped_column(Integer, nullable=False)
    total: Mapped[int] = mapped_column(Integer, nullable=False)
