"""Health assessments (issue 19 §1): one saved assessment per scheme and date, with the chair's
checklist answers and a snapshot of the scores it gave (so a later assessment compares with
what was saved then, even if back-dated entries changed the books since). No money here:
saving again for the same scheme and date replaces the answers and the snapshot (audited)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class HealthAssessmentRow(Base):
    __tablename__ = "health_assessments"
    __table_args__ = (UniqueConstraint("scheme", "as_of", name="uq_health_assessments_scheme_as_of"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scheme: Mapped[str] = mapped_column(String(40), nullable=False)
    as_of: Mapped[dt.date] = mapped_column(Date, nullable=False)
    total: Mapped[str] = mapped_column(String(20), nullable=False)  # exact fraction "p/q"
    predicate: Mapped[str] = mapped_column(String(40), nullable=False)
    #: JSON {aspect code: "p/q"}: the aspect scores when saved
    aspects_json: Mapped[str] = mapped_column(Text, nullable=False)
    saved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class HealthAnswer(Base):
    """One checklist question answered yes (true) or no (false) in one assessment."""

    __tablename__ = "health_answers"
    __table_args__ = (UniqueConstraint("assessment_id", "item_code", name="uq_health_answers_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("health_assessments.id", ondelete="CASCADE"),
                                               nullable=False)
    item_code: Mapped[str] = mapped_column(String(40), nullable=False)
    answer: Mapped[bool] = mapped_column(Boolean, nullable=False)
