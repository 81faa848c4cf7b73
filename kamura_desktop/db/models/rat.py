"""The members' meeting of a financial year (issue 18): the RAT's number, date and place that
the RAT book prints on its cover and signs with, and the texts written in the app for it — the
board's foreword, the year's important events and the Pengawas' report. No money moves here."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class RatBook(Base):
    __tablename__ = "rat_books"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)  # the financial year reported
    number: Mapped[str] = mapped_column(String(60), nullable=False, default="")  # "RAT ke-7"
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    foreword: Mapped[str] = mapped_column(Text, nullable=False, default="")
    events: Mapped[str] = mapped_column(Text, nullable=False, default="")
    pengawas_report: Mapped[str] = mapped_column(Text, nullable=False, default="")
    saved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class BoardMember(Base):
    """The board register (issue 18): who held which office of the Pengurus (ketua, sekretaris,
    bendahara) or the Pengawas (ketua, anggota), for which term. A new term is a new row; the
    RAT book takes the people in office on the day it is signed."""

    __tablename__ = "board_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[str] = mapped_column(String(10), nullable=False)  # pengurus | pengawas
    position: Mapped[str] = mapped_column(String(12), nullable=False)  # ketua | sekretaris | bendahara | anggota
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    term_start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    term_end: Mapped[dt.date] = mapped_column(Date, nullable=False)
    saved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
