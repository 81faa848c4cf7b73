"""What a health assessment (penilaian kesehatan KSP/USP) returns and prints: each ratio with
its formula, the figures it used and the accounts behind them; each indicator's value and
score; the aspects, the total, the predicate and the previous assessment to compare with."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class AccountPart:
    """One account (or one book's figure) inside a figure: the drill-down."""

    code: str  # account code, or "" for a figure from the loan or membership book
    name: str
    amount: int


@dataclass(frozen=True)
class Figure:
    label: str
    amount: int
    parts: tuple[AccountPart, ...] = ()


@dataclass(frozen=True)
class Ratio:
    key: str
    name: str
    formula: str
    numerator: Figure
    denominator: Figure
    percent: Fraction | None  # None when the denominator is zero
    note: str = ""


@dataclass(frozen=True)
class IndicatorResult:
    code: str
    name: str
    weight: Fraction
    ratio: Ratio | None  # None for a checklist
    value: Fraction  # nilai kredit (0–100) or score 1–4
    score: Fraction  # points of 100 (perdep06) or the 1–4 score (permenkop09)
    note: str
    items: tuple[tuple[str, str, bool], ...]  # checklist: (code, question, answered yes)
    source: str
    confirmed: bool


@dataclass(frozen=True)
class AspectResult:
    code: str
    name: str
    weight: Fraction
    score: Fraction  # points of 100 contributed to the total
    indicators: tuple[IndicatorResult, ...]

    @property
    def percent_of_weight(self) -> Fraction:
        return self.score * 100 / self.weight if self.weight else Fraction(0)


@dataclass(frozen=True)
class PreviousAssessment:
    as_of: dt.date
    total: Fraction
    predicate: str
    aspects: dict[str, Fraction]  # aspect code -> score


@dataclass(frozen=True)
class HealthAssessment:
    scheme: str
    scheme_name: str
    as_of: dt.date
    period_from: dt.date
    aspects: tuple[AspectResult, ...]
    total: Fraction
    predicate: str
    bands: tuple[tuple[Fraction, str], ...]
    bands_note: str
    ratios: tuple[Ratio, ...]
    previous: PreviousAssessment | None
    saved_id: int | None  # the saved assessment this shows, if any
    saved_by: str | None = None
    saved_at: dt.datetime | None = None

    def aspect(self, code: str) -> AspectResult:
        return next(a for a in self.aspects if a.code == code)

    def indicator(self, code: str) -> IndicatorResult:
        return next(i for a in self.aspects for i in a.indicators if i.code == code)

    def ratio(self, key: str) -> Ratio:
        return next(r for r in self.ratios if r.key == key)


@dataclass(frozen=True)
class HealthRecord:
    id: int
    scheme: str
    as_of: dt.date
    total: str
    predicate: str
    saved_by: str
    saved_at: dt.datetime
