"""The effectiveness index (IKM) of one survey round, after KepMenPAN 25/2004.

For an instrument of *k* items, answered by respondent rows on a :class:`Scale`:

* each item's mean (NRR per unsur) = sum of its answers / number of answers to it — a
  blank (``None``) is simply not an answer, so it counts in neither;
* weight NP = 1 / *k* (total weight 1 shared equally over the items);
* IKM = Σ item mean × NP, i.e. the plain average of the item means;
* the category comes from the scale's table (see :mod:`.instruments` for how values in a
  printed gap are classed), the converted score is IKM × the scale's factor where it has one.

Decisions:

* **An item nobody answered is an error** (:class:`UserError` naming the item). Dropping it
  from NP would silently change the weights of every other item and make rounds of the same
  instrument incomparable; the clerk should either enter the answers or remove the item
  from the round's instrument copy.
* **An indicator's mean is the mean of its item means**, the same weighting the IKM uses,
  so the IKM equals the item-count-weighted average of the indicator means. The indicator's
  ``total`` and ``answered`` are also given, should a pooled mean ever be wanted.
* Everything is computed exactly with :class:`~fractions.Fraction` (``*_exact`` fields);
  classification uses the exact value. The :class:`~decimal.Decimal` fields are for display,
  rounded half-up: means, NP and IKM to 4 decimals, the converted score to 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from .errors import UserError
from .instruments import Category, Instrument, Scale, round_half_up, validate_instrument

MEAN_PLACES = 4
CONVERTED_PLACES = 2

AnswerRow = Sequence[int | None]


@dataclass(frozen=True)
class ItemResult:
    """One item's line of the IKM table."""

    code: str
    text: str
    indicator: str
    answered: int  # number of respondents who answered it
    total: int  # sum of their answers
    mean_exact: Fraction  # NRR per unsur
    weighted_exact: Fraction  # NRR × NP (NRR tertimbang)
    mean: Decimal
    weighted: Decimal
    category: Category


@dataclass(frozen=True)
class IndicatorResult:
    """One indicator's summary; ``mean`` is the mean of its item means."""

    name: str
    item_codes: tuple[str, ...]
    answered: int  # answers over all its items
    total: int  # sum of those answers
    mean_exact: Fraction
    mean: Decimal
    category: Category


@dataclass(frozen=True)
class IkmResult:
    """The IKM of a round, with the per-item and per-indicator tables behind it."""

    instrument_code: str
    scale_code: str
    respondents: int  # answer rows, including wholly blank ones
    blank_rows: int  # rows with no answer at all
    items: tuple[ItemResult, ...]
    indicators: tuple[IndicatorResult, ...]
    np_exact: Fraction
    ikm_exact: Fraction
    converted_exact: Fraction | None
    np: Decimal
    ikm: Decimal
    converted: Decimal | None
    classified_value: Decimal  # what was looked up: Scale.classification_key(ikm)
    category: Category

    @property
    def category_label(self) -> str:
        return self.category.label

    @property
    def quality(self) -> str | None:
        return self.category.quality


def compute_ikm(instrument: Instrument, scale: Scale, answers: Sequence[AnswerRow]) -> IkmResult:
    """Compute the IKM of one round.

    ``answers`` holds one row per respondent, each with one value per item in
    ``instrument.items`` order: an ``int`` on ``scale`` or ``None`` for a blank. Raises
    :class:`UserError` for an invalid instrument, no rows, a row of the wrong length, a value
    not on the scale (naming the row, 1-based, and the item code) or an item with no answers.
    The ``scale`` given is the one used, whatever ``instrument.scale_code`` says: the service
    decides which scale a round is scored on.
    """
    validate_instrument(instrument)
    items = instrument.items
    if not answers:
        raise UserError("Belum ada jawaban responden.", field="answers", code="ikm_no_rows")

    valid = scale.values
    low, high = scale.min_value, scale.max_value
    totals = [0] * len(items)
    counts = [0] * len(items)
    blank_rows = 0
    for row_number, row in enumerate(answers, start=1):
        if len(row) != len(items):
            raise UserError(
                f"Responden baris {row_number} memiliki {len(row)} jawaban, "
                f"sedangkan instrumen '{instrument.code}' memiliki {len(items)} butir.",
                field="answers",
                code="ikm_row_length",
            )
        answered_in_row = 0
        for index, (item, value) in enumerate(zip(items, row, strict=True)):
            if value is None:
                continue
            # bool is an int subclass; True would silently score as 1.
            if isinstance(value, bool) or not isinstance(value, int) or value not in valid:
                raise UserError(
                    f"Responden baris {row_number}, butir {item.code}: nilai {value!r} "
                    f"tidak ada pada skala {scale.name} ({low}–{high}).",
                    field=item.code,
                    code="ikm_value_out_of_scale",
                )
            totals[index] += value
            counts[index] += 1
            answered_in_row += 1
        if answered_in_row == 0:
            blank_rows += 1

    for item, count in zip(items, counts, strict=True):
        if count == 0:
            raise UserError(
                f"Butir {item.code} ('{item.text}') belum dijawab oleh satu responden pun. "
                "IKM dihitung bila setiap butir dijawab sedikitnya satu responden: isi "
                "jawabannya (instrumen bawaan tidak dapat dikurangi butirnya).",
                field=item.code,
                code="ikm_item_unanswered",
            )

    np_exact = Fraction(1, len(items))
    item_results: list[ItemResult] = []
    index = 0
    indicator_results: list[IndicatorResult] = []
    for indicator in instrument.indicators:
        first = index
        for item in indicator.items:
            mean = Fraction(totals[index], counts[index])
            weighted = mean * np_exact
            item_results.append(
                ItemResult(
                    code=item.code,
                    text=item.text,
                    indicator=indicator.name,
                    answered=counts[index],
                    total=totals[index],
                    mean_exact=mean,
                    weighted_exact=weighted,
                    mean=round_half_up(mean, MEAN_PLACES),
                    weighted=round_half_up(weighted, MEAN_PLACES),
                    category=scale.classify(mean),
                )
            )
            index += 1
        own = item_results[first:index]
        indicator_mean = sum((r.mean_exact for r in own), Fraction(0)) / len(own)
        indicator_results.append(
            IndicatorResult(
                name=indicator.name,
                item_codes=tuple(r.code for r in own),
                answered=sum(r.answered for r in own),
                total=sum(r.total for r in own),
                mean_exact=indicator_mean,
                mean=round_half_up(indicator_mean, MEAN_PLACES),
                category=scale.classify(indicator_mean),
            )
        )

    ikm = sum((r.weighted_exact for r in item_results), Fraction(0))
    converted = scale.convert(ikm)
    return IkmResult(
        instrument_code=instrument.code,
        scale_code=scale.code,
        respondents=len(answers),
        blank_rows=blank_rows,
        items=tuple(item_results),
        indicators=tuple(indicator_results),
        np_exact=np_exact,
        ikm_exact=ikm,
        converted_exact=converted,
        np=round_half_up(np_exact, MEAN_PLACES),
        ikm=round_half_up(ikm, MEAN_PLACES),
        converted=None if converted is None else round_half_up(converted, CONVERTED_PLACES),
        classified_value=scale.classification_key(ikm),
        category=scale.classify(ikm),
    )
