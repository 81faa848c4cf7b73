"""Inputs both reports print — the RAT annual report (``documents.annual_report``) and the
evaluation report (``documents.evaluation_report``): the mentoring book's figures for the
period (the cooperative on the cover is ``dto.settings.CooperativeProfile``). The services
build them; documents never import the services.
"""

from __future__ import annotations

from dataclasses import dataclass

from kamura_desktop.domain.portfolio import Ratio


@dataclass(frozen=True)
class MentoringGroupLine:
    """One group's mentoring meetings in the period."""

    code: str
    name: str
    meetings: int
    attendance_pct: float | None  # present ÷ recorded × 100, two decimals; None when none recorded


@dataclass(frozen=True)
class MentoringSection:
    """The period's mentoring in figures (built from ``mentoring.mentoring_summary``)."""

    meetings: int
    groups_met: int
    attendance: Ratio | None  # present ÷ attendance recorded; None when nothing was recorded
    home_visits: int
    followups_open: int
    followups_done: int
    by_group: tuple[MentoringGroupLine, ...] = ()

    @property
    def attendance_pct(self) -> float | None:
        return None if self.attendance is None else float(self.attendance.percent)
