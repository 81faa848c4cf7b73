"""Evaluation instruments and answer scales: what a questionnaire asks and how it is scored.

An :class:`Instrument` is a questionnaire: indicators, each with its items (unsur), all
answered on one :class:`Scale`. A scale lists its answer points and the category table that
turns an index (IKM) into a verdict ("efektif", "B — baik", ...).

Built in (see :data:`BUILTIN_SCALES` and :data:`BUILTIN_INSTRUMENTS`):

* scales ``likert5`` (the default, KepMenPAN 25/2004 adapted to 5 points), ``kepmenpan25``
  (the official 4-point KepMenPAN 25/2004 table) and ``skm14`` (SKM of Permen PANRB
  14/2017);
* instruments ``ksm`` (borrowers, 4 indicators × 5 items, codes K1–K20) and ``upk`` (fund
  managers, 5 indicators, 15 items, codes P1–P15) from the KOTAKU study. The office edits
  a copy (:func:`copy_instrument`), never the built-in itself.

**How a value between two published bands is classed.** The tables are printed to a fixed
number of decimals (1,80 | 1,81; SKM 64,99 | 65,00), so a computed index such as 1,805 or an
SKM index of 3,0642 lies in a printed gap. Each scale therefore names the *grid* its table
is written on — which value is classed (``classify_on``: the IKM itself or the converted
score) and to how many decimals (``precision``) — and the value is first rounded half-up to
that grid, then looked up. :func:`validate_scale` proves the bands tile the grid without gaps
or overlaps, so every value falls in exactly one band. The rounding matches what a reader
does with the printed table: an IKM reported as "1,81" is "kurang efektif".

* ``likert5`` and ``kepmenpan25``: IKM rounded to 2 decimals (1,8049 → 1,80 → tidak
  efektif; 1,805 → 1,81 → kurang efektif).
* ``skm14``: the Permen's IKM bounds (2,5996; 3,064; 3,0644; 3,532; 3,5324) are the converted
  bounds divided by 25 and have uneven precision, so the converted score (IKM × 25) is
  rounded to 2 decimals and looked up in the converted table (IKM 3,0642 → 76,605 → 76,61
  → B; IKM 3,0641 → 76,6025 → 76,60 → C).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Literal

from .errors import UserError

DEFAULT_SCALE_CODE = "likert5"

ClassifyOn = Literal["ikm", "converted"]
Number = int | Decimal | Fraction


def round_half_up(value: Number, places: int) -> Decimal:
    """Round exactly (no float on the way) to ``places`` decimals, halves away from zero."""
    exact = Fraction(value)
    scale = 10**places
    scaled = abs(exact) * scale
    # floor(x + 1/2) on the magnitude rounds halves up, i.e. away from zero.
    magnitude = (scaled.numerator * 2 + scaled.denominator) // (2 * scaled.denominator)
    signed = -magnitude if exact < 0 else magnitude
    return Decimal(signed).scaleb(-places)


@dataclass(frozen=True)
class Category:
    """One row of a scale's category table.

    ``low``/``high`` are the IKM bounds as published; ``converted_low``/``converted_high``
    the converted-score bounds where the scale has them. ``quality`` is the service-quality
    letter (A–D) of the official tables, ``None`` on the 5-point scale.
    """

    low: Decimal
    high: Decimal
    label: str
    quality: str | None = None
    converted_low: Decimal | None = None
    converted_high: Decimal | None = None

    @property
    def display(self) -> str:
        """``"B — Baik"`` or just ``"Efektif"``."""
        return f"{self.quality} — {self.label}" if self.quality else self.label


@dataclass(frozen=True)
class Scale:
    """An answer scale and its category table.

    ``points`` are ``(value, label)`` from the highest value down, as the form prints them.
    ``conversion_factor`` turns the IKM into the converted score (× 25 on the 4-point
    tables) or is ``None``. ``classify_on`` and ``precision`` name the grid the category
    table is written on (see the module docstring).
    """

    code: str
    name: str
    points: tuple[tuple[int, str], ...]
    categories: tuple[Category, ...]
    conversion_factor: Decimal | None = None
    classify_on: ClassifyOn = "ikm"
    precision: int = 2
    source: str = ""

    @property
    def values(self) -> frozenset[int]:
        return frozenset(value for value, _ in self.points)

    @property
    def min_value(self) -> int:
        return min(self.values)

    @property
    def max_value(self) -> int:
        return max(self.values)

    def label_for(self, value: int) -> str:
        for point, label in self.points:
            if point == value:
                return label
        raise KeyError(value)

    def convert(self, ikm: Number) -> Fraction | None:
        """The converted score (exact), or ``None`` when the scale has no conversion."""
        if self.conversion_factor is None:
            return None
        return Fraction(ikm) * Fraction(self.conversion_factor)

    def classification_key(self, ikm: Number) -> Decimal:
        """The value actually looked up in the table: the IKM (or converted score) rounded
        half-up to the table's grid. Reports can print it beside the category so the
        number shown always lies inside the band shown."""
        value = Fraction(ikm)
        if self.classify_on == "converted":
            converted = self.convert(value)
            assert converted is not None  # validate_scale guarantees a factor
            value = converted
        return round_half_up(value, self.precision)

    def classify(self, ikm: Number) -> Category:
        """The category of an IKM (or an item or indicator mean) on this scale.

        The value is rounded half-up to the table's grid first; see the module docstring.
        """
        key = self.classification_key(ikm)
        if self.classify_on == "converted":
            bounds = [(c.converted_low, c.converted_high) for c in self.categories]
        else:
            bounds = [(c.low, c.high) for c in self.categories]
        for category, (low, high) in zip(self.categories, bounds, strict=True):
            assert low is not None and high is not None
            if low <= key <= high:
                return category
        # Only reachable with a value outside the scale, which compute_ikm never produces.
        raise ValueError(f"{ikm} di luar rentang skala {self.code}")


@dataclass(frozen=True)
class Item:
    """One questionnaire item (unsur): a short code and the statement the respondent rates."""

    code: str
    text: str


@dataclass(frozen=True)
class Indicator:
    """A group of items measuring one aspect (e.g. "Kualitas")."""

    name: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Instrument:
    """A questionnaire: indicators with their items, answered on the scale ``scale_code``."""

    code: str
    name: str
    scale_code: str
    indicators: tuple[Indicator, ...]
    description: str = ""

    @property
    def items(self) -> tuple[Item, ...]:
        """All items in questionnaire order (the order of an answer row)."""
        return tuple(item for indicator in self.indicators for item in indicator.items)

    @property
    def item_count(self) -> int:
        return sum(len(indicator.items) for indicator in self.indicators)


# --- validation -------------------------------------------------------------------------


def validate_instrument(instrument: Instrument) -> Instrument:
    """Check an instrument can be used; return it unchanged or raise :class:`UserError`.

    Rules: code, name and scale present; at least one indicator; every indicator has a name
    (unique) and at least one item; every item has a code without spaces (unique, ignoring
    case, across the whole instrument) and a statement.
    """
    if not instrument.code.strip():
        raise UserError("Kode instrumen belum diisi.", field="code")
    if any(ch.isspace() for ch in instrument.code):
        raise UserError("Kode instrumen tidak boleh mengandung spasi.", field="code")
    if not instrument.name.strip():
        raise UserError("Nama instrumen belum diisi.", field="name")
    if not instrument.scale_code.strip():
        raise UserError("Skala instrumen belum dipilih.", field="scale_code")
    if not instrument.indicators:
        raise UserError("Instrumen belum memiliki indikator.", field="indicators")
    seen_indicators: set[str] = set()
    seen_items: dict[str, str] = {}
    for number, indicator in enumerate(instrument.indicators, start=1):
        name = indicator.name.strip()
        if not name:
            raise UserError(f"Nama indikator ke-{number} belum diisi.", field="indicators")
        if name.casefold() in seen_indicators:
            raise UserError(f"Indikator '{name}' tercantum dua kali.", field="indicators")
        seen_indicators.add(name.casefold())
        if not indicator.items:
            raise UserError(
                f"Indikator '{name}' belum memiliki butir pertanyaan.", field="indicators"
            )
        for item in indicator.items:
            code = item.code
            if not code.strip():
                raise UserError(
                    f"Ada butir pada indikator '{name}' yang belum diberi kode.", field="items"
                )
            if any(ch.isspace() for ch in code):
                raise UserError(f"Kode butir '{code}' tidak boleh mengandung spasi.", field="items")
            if code.casefold() in seen_items:
                raise UserError(
                    f"Kode butir '{code}' dipakai lebih dari sekali "
                    f"(juga pada '{seen_items[code.casefold()]}').",
                    field="items",
                )
            seen_items[code.casefold()] = code
            if not item.text.strip():
                raise UserError(f"Pernyataan butir {code} belum diisi.", field="items")
    return instrument


def validate_scale(scale: Scale) -> Scale:
    """Check a scale is usable; return it unchanged or raise :class:`UserError`.

    Beyond the obvious (distinct integer points, at least two of them), the category table
    must tile the scale's range on its grid: the first band starts at the lowest possible
    value, each band starts one grid step after the previous one ends, the last ends at the
    highest value, and no bound has more decimals than the grid. That is what guarantees
    :meth:`Scale.classify` always finds exactly one band.
    """
    values = [value for value, _ in scale.points]
    if len(values) < 2 or len(set(values)) != len(values):
        raise UserError("Skala harus memiliki sedikitnya dua nilai jawaban yang berbeda.",
                        field="points")
    if any(isinstance(v, bool) or not isinstance(v, int) for v in values):
        raise UserError("Nilai jawaban skala harus bilangan bulat.")
    if not scale.categories:
        raise UserError("Skala belum memiliki tabel kategori.", field="categories")
    if scale.precision < 0:
        raise UserError("Ketelitian kategori tidak sah.")
    if scale.classify_on == "converted":
        if scale.conversion_factor is None:
            raise UserError("Skala dengan kategori nilai konversi harus punya faktor konversi.")
        factor = scale.conversion_factor
        bounds = [(c.converted_low, c.converted_high) for c in scale.categories]
        start, end = min(values) * factor, max(values) * factor
    else:
        bounds = [(c.low, c.high) for c in scale.categories]
        start, end = Decimal(min(values)), Decimal(max(values))
    step = Decimal(1).scaleb(-scale.precision)
    expected_low = start
    previous: tuple[int, str, Decimal] | None = None
    for number, (category, (low, high)) in enumerate(
            zip(scale.categories, bounds, strict=True), start=1):
        band = f"Kategori ke-{number} '{category.label}'"
        if low is None or high is None:
            raise UserError(f"{band}: batas bawah dan atasnya belum lengkap.", field="categories")
        for bound in (low, high):
            if round_half_up(bound, scale.precision) != bound:
                raise UserError(
                    f"{band}: batas {_dec_id(bound)} lebih teliti dari "
                    f"{scale.precision} angka desimal.", field="categories"
                )
        if high < low:
            raise UserError(
                f"{band}: batas atas {_dec_id(high)} lebih kecil dari batas bawah {_dec_id(low)}.",
                field="categories",
            )
        if low != expected_low:
            if previous is None:
                raise UserError(
                    f"{band} harus mulai dari {_dec_id(expected_low, scale.precision)} (nilai "
                    "terendah skala), "
                    f"bukan {_dec_id(low)}.", field="categories"
                )
            prev_number, prev_label, prev_high = previous
            what = "ada celah" if low > expected_low else "tumpang tindih"
            raise UserError(
                f"{band} (mulai {_dec_id(low)}) dan kategori ke-{prev_number} '{prev_label}' "
                f"(sampai {_dec_id(prev_high)}) {what}: batas bawah '{category.label}' harus "
                f"{_dec_id(expected_low, scale.precision)}.", field="categories"
            )
        previous = (number, category.label, high)
        expected_low = high + step
    if expected_low - step != end:
        assert previous is not None
        number, label, high = previous
        raise UserError(
            f"Kategori ke-{number} '{label}' (kategori terakhir) harus berakhir pada "
            f"{_dec_id(end, scale.precision)} (nilai tertinggi skala), bukan {_dec_id(high)}.", field="categories"
        )
    return scale


def _dec_id(value: Decimal, places: int | None = None) -> str:
    """``Decimal("1.66")`` → ``"1,66"`` (Indonesian decimal comma) for messages; with
    ``places``, to that many decimals (``3`` → ``"3,00"``)."""
    if places is not None:
        value = round_half_up(value, places)
    return format(value, "f").replace(".", ",")


def parse_decimal(text: str | Decimal | int | None, *, what: str, field: str = "categories"
                  ) -> Decimal | None:
    """An exact decimal from ``"1,66"`` or ``"1.66"``; ``None`` for an empty text.
    Raises :class:`UserError` starting with ``what`` when the text is not a number."""
    if text is None:
        return None
    if isinstance(text, Decimal | int) and not isinstance(text, bool):
        value = Decimal(text)
    else:
        raw = str(text).strip().replace(" ", "")
        if not raw:
            return None
        if raw.count(",") == 1 and "." not in raw:
            raw = raw.replace(",", ".")
        try:
            value = Decimal(raw)
        except ArithmeticError:
            raise UserError(f"{what}: '{text}' bukan angka.", field=field) from None
    if not value.is_finite():
        raise UserError(f"{what}: '{text}' bukan angka.", field=field)
    return value


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


MAX_SCALE_POINTS = 10
MAX_SCALE_PLACES = 4


def is_builtin_scale(code: str) -> bool:
    return (code or "").strip().lower() in BUILTIN_SCALES


def make_scale(
    *,
    code: str,
    name: str,
    points: Iterable[tuple[int, str]],
    categories: Iterable[tuple[str | Decimal | None, ...]],
    conversion_factor: str | Decimal | None = None,
    classify_on: ClassifyOn = "ikm",
    source: str = "",
) -> Scale:
    """An office scale from what the chair typed, validated (:func:`validate_scale`).

    ``points`` = ``[(value, label), ...]`` with values exactly 1..k (2 ≤ k ≤ 10);
    ``categories`` = ``[(lower, upper, label, grade[, converted lower, converted upper]),
    ...]`` from the lowest band up, bounds as text ("1,66" or "1.66"). The category table is
    written on the grid of its most precise bound (e.g. 2 decimals) and classifies the IKM —
    or, with ``classify_on="converted"``, the converted score on the grid of the converted
    bounds (as SKM 14/2017 does). Every message names the band (or the point) that is wrong.
    """
    code = (code or "").strip()
    name = (name or "").strip()
    if not code:
        raise UserError("Kode skala belum diisi.", field="code")
    if any(ch.isspace() for ch in code):
        raise UserError("Kode skala tidak boleh mengandung spasi.", field="code")
    if len(code) > 20:
        raise UserError("Kode skala terlalu panjang (paling banyak 20 karakter).", field="code")
    if not name:
        raise UserError("Nama skala belum diisi.", field="name")
    if len(name) > 200:
        raise UserError("Nama skala terlalu panjang (paling banyak 200 karakter).", field="name")
    cleaned: dict[int, str] = {}
    for value, label in points:
        if isinstance(value, bool) or not isinstance(value, int):
            raise UserError(f"Nilai jawaban {value!r} harus bilangan bulat.", field="points")
        label = (label or "").strip()
        if not label:
            raise UserError(f"Label nilai {value} belum diisi.", field="points")
        if len(label) > 80:
            raise UserError(f"Label nilai {value} terlalu panjang (paling banyak 80 karakter).",
                            field="points")
        if value in cleaned:
            raise UserError(f"Nilai {value} tercantum dua kali.", field="points")
        cleaned[value] = label
    k = len(cleaned)
    if not 2 <= k <= MAX_SCALE_POINTS:
        raise UserError(f"Skala harus memiliki 2 sampai {MAX_SCALE_POINTS} nilai jawaban.",
                        field="points")
    if set(cleaned) != set(range(1, k + 1)):
        raise UserError(f"Nilai jawaban harus berurutan 1 sampai {k} tanpa loncatan "
                        f"(sekarang: {', '.join(map(str, sorted(cleaned)))}).", field="points")
    factor = parse_decimal(conversion_factor, what="Faktor konversi", field="conversion_factor")
    if factor is not None and factor <= 0:
        raise UserError("Faktor konversi harus lebih besar dari nol.", field="conversion_factor")
    bands: list[Category] = []
    any_converted = False
    for number, row in enumerate(categories, start=1):
        row = tuple(row) + (None,) * (6 - len(tuple(row)))
        low_text, high_text, label, grade, conv_low_text, conv_high_text = row[:6]
        label = (str(label or "")).strip()
        band = f"Kategori ke-{number}" + (f" '{label}'" if label else "")
        if not label:
            raise UserError(f"{band}: nama kategori belum diisi.", field="categories")
        if len(label) > 80:
            raise UserError(f"{band}: nama kategori terlalu panjang (paling banyak 80 karakter).",
                            field="categories")
        grade = (str(grade or "")).strip() or None
        if grade is not None and len(grade) > 10:
            raise UserError(f"{band}: mutu terlalu panjang (paling banyak 10 karakter).",
                            field="categories")
        low = parse_decimal(low_text, what=f"{band}, batas bawah")
        high = parse_decimal(high_text, what=f"{band}, batas atas")
        if low is None or high is None:
            raise UserError(f"{band}: batas bawah dan atasnya belum lengkap.", field="categories")
        conv_low = parse_decimal(conv_low_text, what=f"{band}, konversi bawah")
        conv_high = parse_decimal(conv_high_text, what=f"{band}, konversi atas")
        if (conv_low is None) != (conv_high is None):
            raise UserError(f"{band}: rentang nilai konversi harus diisi keduanya atau tidak "
                            "sama sekali.", field="categories")
        if conv_low is not None:
            any_converted = True
            assert conv_high is not None
            if conv_high < conv_low:
                raise UserError(f"{band}: batas atas nilai konversi lebih kecil dari batas "
                                "bawahnya.", field="categories")
        for bound in (low, high, conv_low, conv_high):
            if bound is not None and _places(bound) > MAX_SCALE_PLACES:
                raise UserError(f"{band}: batas {_dec_id(bound)} terlalu teliti (paling banyak "
                                f"{MAX_SCALE_PLACES} angka desimal).", field="categories")
        bands.append(Category(low, high, label, grade, conv_low, conv_high))
    if not bands:
        raise UserError("Skala belum memiliki tabel kategori.", field="categories")
    if classify_on not in ("ikm", "converted"):
        raise UserError("Dasar penggolongan harus IKM atau nilai konversi.", field="classify_on")
    if classify_on == "converted" and not any_converted:
        raise UserError("Kategori digolongkan menurut nilai konversi, tetapi rentang nilai "
                        "konversinya belum diisi.", field="categories")
    if any_converted:
        if factor is None:
            raise UserError("Rentang nilai konversi diisi, tetapi faktor konversinya belum.",
                            field="conversion_factor")
        missing = [n for n, c in enumerate(bands, start=1) if c.converted_low is None]
        if missing:
            raise UserError(f"Kategori ke-{missing[0]} '{bands[missing[0] - 1].label}': rentang "
                            "nilai konversi belum diisi (kategori lain sudah).",
                            field="categories")
    if classify_on == "converted":
        precision = max(_places(b) for c in bands for b in (c.converted_low, c.converted_high)
                        if b is not None)
    else:
        precision = max(_places(b) for c in bands for b in (c.low, c.high))
    scale = Scale(
        code=code,
        name=name,
        points=tuple(sorted(cleaned.items(), reverse=True)),
        categories=tuple(bands),
        conversion_factor=factor,
        classify_on=classify_on,
        precision=precision,
        source=source,
    )
    return validate_scale(scale)


def copy_instrument(
    instrument: Instrument, *, code: str, name: str, scale_code: str | None = None
) -> Instrument:
    """A copy of ``instrument`` under a new code and name (and optionally another scale),
    validated. Items and indicators are immutable, so sharing them is safe."""
    copy = replace(
        instrument,
        code=code.strip(),
        name=name.strip(),
        scale_code=(scale_code if scale_code is not None else instrument.scale_code).strip(),
    )
    return validate_instrument(copy)


def get_scale(code: str, scales: Mapping[str, Scale] | None = None) -> Scale:
    """The scale with this code (built-in unless ``scales`` is given)."""
    table = BUILTIN_SCALES if scales is None else scales
    try:
        return table[code]
    except KeyError:
        raise UserError(f"Skala '{code}' tidak dikenal.", field="scale_code") from None


# --- built-in scales --------------------------------------------------------------------


def _d(text: str) -> Decimal:
    return Decimal(text)


def _bands(rows: Iterable[tuple[str, ...]]) -> tuple[Category, ...]:
    out = []
    for row in rows:
        low, high, label, quality, *converted = row
        conv_low, conv_high = (_d(converted[0]), _d(converted[1])) if converted else (None, None)
        out.append(Category(_d(low), _d(high), label, quality or None, conv_low, conv_high))
    return tuple(out)


LIKERT5 = Scale(
    code="likert5",
    name="Likert 5 (KepMenPAN 25/2004, diadaptasi ke 5 titik)",
    points=(
        (5, "Sangat setuju"),
        (4, "Setuju"),
        (3, "Kurang setuju"),
        (2, "Tidak setuju"),
        (1, "Sangat tidak setuju"),
    ),
    categories=_bands(
        [
            ("1.00", "1.80", "Tidak efektif", ""),
            ("1.81", "2.60", "Kurang efektif", ""),
            ("2.61", "3.40", "Cukup efektif", ""),
            ("3.41", "4.20", "Efektif", ""),
            ("4.21", "5.00", "Sangat efektif", ""),
        ]
    ),
    conversion_factor=None,
    classify_on="ikm",
    precision=2,
    source="KepMenPAN No. KEP/25/M.PAN/2/2004, diadaptasi ke skala 5",
)

# The 4-point forms rate statements too, so the points carry agreement labels; the
# category labels are the official service-quality wording.
_FOUR_POINTS = (
    (4, "Sangat setuju"),
    (3, "Setuju"),
    (2, "Tidak setuju"),
    (1, "Sangat tidak setuju"),
)

KEPMENPAN25 = Scale(
    code="kepmenpan25",
    name="KepMenPAN 25/2004 (4 titik)",
    points=_FOUR_POINTS,
    categories=_bands(
        [
            ("1.00", "1.75", "Tidak baik", "D", "25.00", "43.75"),
            ("1.76", "2.50", "Kurang baik", "C", "43.76", "62.50"),
            ("2.51", "3.25", "Baik", "B", "62.51", "81.25"),
            ("3.26", "4.00", "Sangat baik", "A", "81.26", "100.00"),
        ]
    ),
    conversion_factor=Decimal(25),
    classify_on="ikm",
    precision=2,
    source="KepMenPAN No. KEP/25/M.PAN/2/2004",
)

SKM14 = Scale(
    code="skm14",
    name="SKM Permen PANRB 14/2017 (4 titik)",
    points=_FOUR_POINTS,
    categories=_bands(
        [
            ("1.00", "2.5996", "Tidak baik", "D", "25.00", "64.99"),
            ("2.60", "3.064", "Kurang baik", "C", "65.00", "76.60"),
            ("3.0644", "3.532", "Baik", "B", "76.61", "88.30"),
            ("3.5324", "4.00", "Sangat baik", "A", "88.31", "100.00"),
        ]
    ),
    conversion_factor=Decimal(25),
    classify_on="converted",
    precision=2,
    source="Peraturan Menteri PANRB No. 14 Tahun 2017",
)

BUILTIN_SCALES: Mapping[str, Scale] = MappingProxyType(
    {scale.code: scale for scale in (LIKERT5, KEPMENPAN25, SKM14)}
)


# --- built-in instruments (KOTAKU study) ------------------------------------------------


def _indicators(
    prefix: str, groups: Iterable[tuple[str, tuple[str, ...]]]
) -> tuple[Indicator, ...]:
    """Number the items ``prefix1``, ``prefix2``, ... straight through all indicators."""
    out = []
    number = 0
    for name, texts in groups:
        items = []
        for text in texts:
            number += 1
            items.append(Item(f"{prefix}{number}", text))
        out.append(Indicator(name, tuple(items)))
    return tuple(out)


KSM_INSTRUMENT = Instrument(
    code="ksm",
    name="Efektivitas pinjaman bergulir — peminjam (KSM)",
    scale_code=DEFAULT_SCALE_CODE,
    description="Kuesioner KOTAKU untuk anggota KSM peminjam: 4 indikator × 5 butir (K1–K20).",
    indicators=_indicators(
        "K",
        [
            (
                "Kualitas",
                (
                    "Proposal pinjaman mudah diajukan.",
                    "Pinjaman membantu warga yang lebih miskin.",
                    "Angsuran yang terlambat tidak dikenai denda.",
                    "Pinjaman dapat diajukan kapan saja.",
                    "Semua kelompok perempuan dapat memperoleh pinjaman.",
                ),
            ),
            (
                "Kuantitas",
                (
                    "Pinjaman disalurkan tepat sasaran.",
                    "Program dijelaskan dengan baik kepada semua warga.",
                    "Jangka waktu pengembalian tidak lebih dari 12 bulan.",
                    "Persyaratan pinjaman tidak dipersulit.",
                    "Besarnya pinjaman berpengaruh terhadap pendapatan.",
                ),
            ),
            (
                "Modal",
                (
                    "Modal yang dipinjamkan sesuai dengan jenis usaha.",
                    "Modal digunakan untuk mengembangkan usaha.",
                    "Jumlah pinjaman yang diterima sama dengan yang diajukan kelompok.",
                    "Modal dapat digunakan untuk kebutuhan lain.",
                    "Jasa pinjaman lebih ringan.",
                ),
            ),
            (
                "Output",
                (
                    "Pendapatan anggota meningkat.",
                    "Pinjaman membuka lapangan kerja bagi warga miskin.",
                    "Kesejahteraan anggota dan kelompok meningkat.",
                    "Barang yang digunakan dalam usaha bertambah.",
                    "Kemiskinan berkurang secara keseluruhan.",
                ),
            ),
        ],
    ),
)

UPK_INSTRUMENT = Instrument(
    code="upk",
    name="Efektivitas pengelolaan dana bergulir — pengelola (UPK)",
    scale_code=DEFAULT_SCALE_CODE,
    description="Kuesioner KOTAKU untuk pengelola UPK: 5 indikator, 15 butir (P1–P15).",
    indicators=_indicators(
        "P",
        [
            (
                "Pencapaian Tujuan",
                (
                    "Dana dicairkan paling lambat satu minggu setelah pinjaman disetujui.",
                    "Pengembalian selama 12 bulan tidak memberatkan peminjam.",
                    "Sasaran program sesuai dengan kebutuhan kelompok.",
                ),
            ),
            (
                "Integrasi",
                (
                    "Tim menjelaskan program kepada masyarakat.",
                    "Tim menjelaskan prosedur pengajuan pinjaman.",
                    "Tim menjelaskan cara mengisi formulir.",
                ),
            ),
            (
                "Adaptasi",
                (
                    "Jumlah pengelola mencukupi.",
                    "Pengelola membantu kelompok mempelajari keterampilan baru.",
                    "Pengelola menangani perbedaan kepentingan antarkelompok.",
                ),
            ),
            (
                "Kuantitas",
                (
                    "Besarnya pinjaman disesuaikan dengan jenis usaha.",
                    "Besarnya pinjaman disesuaikan dengan kebutuhan modal.",
                    "Besarnya pinjaman disesuaikan dengan besarnya tanggung renteng.",
                    "Besarnya pinjaman disesuaikan dengan kemampuan mengembalikan.",
                ),
            ),
            (
                "Dampak",
                (
                    "Pinjaman meningkatkan pendapatan.",
                    "Pinjaman meningkatkan hasil produksi usaha mikro.",
                ),
            ),
        ],
    ),
)

BUILTIN_INSTRUMENTS: Mapping[str, Instrument] = MappingProxyType(
    {instrument.code: instrument for instrument in (KSM_INSTRUMENT, UPK_INSTRUMENT)}
)
