"""Evaluation book: questionnaire instruments as data (indicators and ordered items), survey
rounds with their respondents and answers, income surveys for the paired t-test, and the
evaluation report's free-text notes.

An instrument's items are numbered straight through the instrument (``position``), so a
respondent's answers line up with the questionnaire. Built-in instruments (``builtin``) are
seeded from :mod:`kamura_desktop.domain.instruments` and never edited; the office edits a
copy. Once a round uses an instrument its items no longer change (the service refuses), so
an answer always refers to the item it was given for. A blank answer is no row.
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


class EvalInstrument(Base):
    __tablename__ = "eval_instruments"
    __table_args__ = (
        CheckConstraint("respondent_kind IN ('ksm','upk','lainnya')", name="respondent_kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    respondent_kind: Mapped[str] = mapped_column(String(10), nullable=False)
    scale_code: Mapped[str] = mapped_column(String(20), nullable=False)
    builtin: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class EvalIndicator(Base):
    __tablename__ = "eval_indicators"
    __table_args__ = (
        UniqueConstraint("instrument_id", "position", name="uq_eval_indicators_position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("eval_instruments.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)


class EvalItem(Base):
    __tablename__ = "eval_items"
    __table_args__ = (
        UniqueConstraint("instrument_id", "position", name="uq_eval_items_position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("eval_instruments.id"), nullable=False)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("eval_indicators.id"), nullable=False,
                                              index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)  # 0-based, whole instrument
    code: Mapped[str] = mapped_column(String(20), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class EvalRound(Base):
    __tablename__ = "eval_rounds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("eval_instruments.id"), nullable=False,
                                               index=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    held_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    scale_code: Mapped[str] = mapped_column(String(20), nullable=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class EvalRespondent(Base):
    __tablename__ = "eval_respondents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("eval_rounds.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)


class EvalAnswer(Base):
    """One answer; a blank is simply no row."""

    __tablename__ = "eval_answers"

    respondent_id: Mapped[int] = mapped_column(ForeignKey("eval_respondents.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("eval_items.id"), primary_key=True, index=True)
    value: Mapped[int] = mapped_column(Integer, nullable=False)


class EvalIncomeSurvey(Base):
    __tablename__ = "eval_income_surveys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    held_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    first_label: Mapped[str] = mapped_column(String(80), nullable=False)
    second_label: Mapped[str] = mapped_column(String(80), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class EvalIncomeRow(Base):
    """One respondent's monthly net income at the two points (whole rupiah; None = blank)."""

    __tablename__ = "eval_income_rows"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("eval_income_surveys.id"), nullable=False,
                                           index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    first: Mapped[int | None] = mapped_column(Integer)
    second: Mapped[int | None] = mapped_column(Integer)


class EvalReportNotes(Base):
    """The evaluation report's texts written by the chair: a single row (id 1)."""

    __tablename__ = "eval_report_notes"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    process_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    conclusions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recommendations: Mapped[str] = mapped_column(Text, nullable=False, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
