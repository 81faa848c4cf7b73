"""Evaluation book: the office's own answer scales (issue 7, item 2).

The three built-in scales (``likert5``, ``kepmenpan25``, ``skm14``) live in
:mod:`kamura_desktop.domain.instruments`; an office scale is data: its answer points
(values 1..k with their labels) and its category bands. Band bounds are exact decimals kept
as text ("1.66", "43.75") so a table printed to two decimals is stored as printed. Rounds and
instruments name a scale by ``code``; once a round uses an office scale its points and
bands no longer change (the service refuses), so an answer keeps the meaning it was given.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class EvalScale(Base):
    __tablename__ = "eval_scales"
    __table_args__ = (
        CheckConstraint("classify_on IN ('ikm','converted')", name="classify_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    conversion_factor: Mapped[str | None] = mapped_column(String(20), nullable=True)
    #: which value the category table classes: the IKM, or the converted score (as SKM
    #: 14/2017 does, whose IKM bounds have uneven precision)
    classify_on: Mapped[str] = mapped_column(String(10), nullable=False, default="ikm",
                                             server_default="ikm")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class EvalScalePoint(Base):
    __tablename__ = "eval_scale_points"
    __table_args__ = (
        UniqueConstraint("scale_id", "value", name="uq_eval_scale_points_value"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scale_id: Mapped[int] = mapped_column(ForeignKey("eval_scales.id"), nullable=False)
    value: Mapped[int] = mapped_column(Integer, nullable=False)
    label: Mapped[str] = mapped_column(String(80), nullable=False)


class EvalScaleBand(Base):
    __tablename__ = "eval_scale_bands"
    __table_args__ = (
        UniqueConstraint("scale_id", "position", name="uq_eval_scale_bands_position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scale_id: Mapped[int] = mapped_column(ForeignKey("eval_scales.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)  # 0 = the lowest band
    lower: Mapped[str] = mapped_column(String(20), nullable=False)
    upper: Mapped[str] = mapped_column(String(20), nullable=False)
    label: Mapped[str] = mapped_column(String(80), nullable=False)
    grade: Mapped[str | None] = mapped_column(String(10), nullable=True)
    converted_lower: Mapped[str | None] = mapped_column(String(20), nullable=True)
    converted_upper: Mapped[str | None] = mapped_column(String(20), nullable=True)
