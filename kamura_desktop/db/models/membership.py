"""Membership book: members, their documents, savings transactions and the wajib rate table.

Savings transactions are money rows: immutable (migration triggers), a mistake is reversed
by a new row pointing to the original. Balances are sums of ``amount`` (signed: deposits
positive, withdrawals and refunds negative).
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
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Member(Base):
    __tablename__ = "members"
    __table_args__ = (
        CheckConstraint("sex IN ('L','P')", name="sex"),
        CheckConstraint("status IN ('applicant','active','left')", name="status"),
        # NIK is unique among members who have not left (a person may rejoin)
        Index("uq_members_nik_not_left", "nik", unique=True,
              sqlite_where=text("status != 'left'"), postgresql_where=text("status != 'left'")),
        Index("ix_members_rt_rw", "rw", "rt"),
        # search as you type: the matches counted and the first page walked from the index
        # alone (migration 0019)
        Index("ix_members_number_search", "number", "search_text"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    nik: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    kk_number: Mapped[str | None] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    sex: Mapped[str] = mapped_column(String(1), nullable=False)
    birth_place: Mapped[str | None] = mapped_column(String(80))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    kampung: Mapped[str | None] = mapped_column(String(80))
    rt: Mapped[str | None] = mapped_column(String(3))
    rw: Mapped[str | None] = mapped_column(String(3))
    desa: Mapped[str | None] = mapped_column(String(80))
    kecamatan: Mapped[str | None] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(30))
    trade: Mapped[str | None] = mapped_column(String(80))
    joined_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ktp_on_file: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    kk_on_file: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    poor_family: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="applicant", index=True)
    activated_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    tkm_role: Mapped[str | None] = mapped_column(String(60))
    notes: Mapped[str | None] = mapped_column(Text)
    # lower-cased number, name, NIK, RT/RW, kampung and trade: one LIKE serves the search box
    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class MemberDocument(Base):
    """A scanned document (KTP, KK, …) kept with the data, in ``blobs``."""

    __tablename__ = "member_documents"
    __table_args__ = (CheckConstraint("kind IN ('ktp','kk','lain')", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    blob_id: Mapped[int] = mapped_column(ForeignKey("blobs.id"), nullable=False)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class WajibRate(Base):
    """Monthly simpanan wajib amount from a date on (changes are honoured from then)."""

    __tablename__ = "wajib_rates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    effective_from: Mapped[dt.date] = mapped_column(Date, nullable=False, unique=True)
    amount: Mapped[int] = mapped_column(Integer, nullable=False)


class SavingsTransaction(Base):
    __tablename__ = "savings_transactions"
    __table_args__ = (
        CheckConstraint("kind IN ('pokok','wajib','sukarela')", name="kind"),
        CheckConstraint(
            "tx_type IN ('setoran','penarikan','saldo_awal','pengembalian','pembalikan','shu',"
            "'penyaluran','pengembalian_dana','bagi_hasil')",
            name="tx_type",
        ),
        CheckConstraint("amount <> 0", name="nonzero"),
        # amount in the index: balance sums are answered from the index alone
        Index("ix_savings_member_kind_date", "member_id", "kind", "on_date", "amount"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    tx_type: Mapped[str] = mapped_column(String(12), nullable=False)
    on_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    amount: Mapped[int] = mapped_column(Integer, nullable=False)  # signed whole rupiah
    receipt_no: Mapped[str | None] = mapped_column(String(30), unique=True)
    journal_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))
    reversal_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("savings_transactions.id"), unique=True
    )
    note: Mapped[str | None] = mapped_column(Text)
    # lender movements: the credit whose funding or repayment caused the row
    credit_id: Mapped[int | None] = mapped_column(ForeignKey("credits.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
