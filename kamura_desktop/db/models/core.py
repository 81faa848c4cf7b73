"""Foundation tables: settings, users, audit log, running numbers, chart of accounts and
the journal (double-entry ledger).

Money columns are INTEGER whole rupiah. Journal rows are immutable: the migration adds
triggers that abort any UPDATE or DELETE on them (a mistake is corrected by a reversing
entry that points to the original).
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
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base


class Setting(Base):
    """One setting or profile field, stored as JSON text under a dotted key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
    #: tamper evidence (domain/tamper_hash.py): sha256 of the key and the stored value
    row_hash: Mapped[str | None] = mapped_column(String(64))


class Blob(Base):
    """Binary data kept with the books (the cooperative's logo; later scanned documents)."""

    __tablename__ = "blobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    mime_type: Mapped[str] = mapped_column(String(100), nullable=False)
    data: Mapped[bytes] = mapped_column(nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("role IN ('petugas','bendahara','ketua','admin')", name="role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    full_name: Mapped[str] = mapped_column(String(120), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    #: tamper evidence (domain/tamper_hash.py): sha256 of every column above
    row_hash: Mapped[str | None] = mapped_column(String(64))
    #: set by the admin (new user, password reset): a new password at the next login. Outside
    #: the row hash: changing it in the file can only force or skip that change, never let
    #: anyone in, and the reset stays in the audit log.
    must_change_password: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                                       server_default=false())


class AuditEntry(Base):
    """Who did what, when, to which record, with a short before/after summary."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(40), nullable=False)
    action: Mapped[str] = mapped_column(String(60), nullable=False)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[str | None] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: tamper evidence: sha256 of the previous row's hash and this row (a chain)
    row_hash: Mapped[str | None] = mapped_column(String(64))


class Sequence(Base):
    """Running numbers (receipts, journal entries, member numbers): the next value to hand out."""

    __tablename__ = "sequences"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer, nullable=False)


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('asset','contra_asset','liability','equity','income','expense')",
            name="kind",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class JournalEntry(Base):
    """A posted journal entry. Never updated or deleted (enforced by triggers)."""

    __tablename__ = "journal_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    source_type: Mapped[str | None] = mapped_column(String(40))
    source_id: Mapped[str | None] = mapped_column(String(40))
    reversal_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("journal_entries.id"), unique=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: tamper evidence: sha256 of the previous entry's hash, this entry and its lines
    row_hash: Mapped[str | None] = mapped_column(String(64))

    lines: Mapped[list[JournalLine]] = relationship(
        back_populates="entry", order_by="JournalLine.id"
    )

    __table_args__ = (Index("ix_journal_entries_source", "source_type", "source_id"),)


class JournalLine(Base):
    __tablename__ = "journal_lines"
    __table_args__ = (
        CheckConstraint(
            "debit >= 0 AND credit >= 0 AND ((debit = 0) <> (credit = 0))",
            name="one_side",
        ),
        Index("ix_journal_lines_account_entry", "account_id", "entry_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), nullable=False, index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), nullable=False)
    debit: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    credit: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    memo: Mapped[str | None] = mapped_column(String(200))

    entry: Mapped[JournalEntry] = relationship(back_populates="lines")
    account: Mapped[Account] = relationship()


class TamperSeal(Base):
    """The keyed seal of one tamper-evident chain or set ("journal", "audit", "users",
    "settings"): the last row's id, the chain head or the set's digest, and an HMAC of them
    with a key kept outside the database (services/tamper.py). The row "file" holds the
    file's id, which names the key file."""

    __tablename__ = "tamper_seals"

    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    head_id: Mapped[int | None] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64), nullable=False)
    mac: Mapped[str | None] = mapped_column(String(64))


class SealKeyWrap(Base):
    """The tamper seal's key (services/tamper.py) wrapped for one admin, so that another PC
    of an office server gets it at that admin's login: AES-GCM under a key derived from the
    admin's password (argon2id, with ``kdf`` naming its parameters and ``salt``), bound to
    the file's id and the user's id. Made only on a PC holding the valid key; one per admin;
    deleted when the admin is deactivated. A wrap someone replaced gives a key the seals do
    not verify with, and is refused; ``mac`` lets a PC holding the key see a replaced wrap
    without the password's derivation (and make a new one)."""

    __tablename__ = "seal_key_wraps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False, unique=True)
    #: the file id (tamper_seals row "file") of the key wrapped here
    file_id: Mapped[str] = mapped_column(String(64), nullable=False)
    #: "argon2id:t=<time>,m=<KiB>,p=<lanes>": the parameters the key-encryption key was derived with
    kdf: Mapped[str] = mapped_column(String(80), nullable=False)
    salt: Mapped[str] = mapped_column(String(64), nullable=False)  # hex
    nonce: Mapped[str] = mapped_column(String(32), nullable=False)  # hex
    wrapped: Mapped[str] = mapped_column(String(128), nullable=False)  # hex: key + GCM tag
    #: HMAC-SHA256 of the row with the key it wraps: a PC holding the key sees at once (no
    #: password derivation) that the wrap is the one it made, not one put in by hand
    mac: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
