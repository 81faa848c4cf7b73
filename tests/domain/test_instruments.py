"""Scales, category tables (with their gap rule) and the built-in instruments."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.instruments import (
    BUILTIN_INSTRUMENTS,
    BUILTIN_SCALES,
    DEFAULT_SCALE_CODE,
    KEPMENPAN25,
    LIKERT5,
    SKM14,
    Category,
    Indicator,
    Instrument,
    Item,
    copy_instrument,
    get_scale,
    round_half_up,
    validate_instrument,
    validate_scale,
)

D = Decimal

# --- rounding ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (D("1.805"), 2, D("1.81")),
        (D("1.8049"), 2, D("1.80")),
        (Fraction(1, 3), 4, D("0.3333")),
        (Fraction(2, 3), 4, D("0.6667")),
        (Fraction(1, 8), 2, D("0.13")),  # 0,125: half goes up, not to even
        (D("-1.805"), 2, D("-1.81")),  # halves go away from zero
        (4, 2, D("4.00")),
    ],
)
def test_round_half_up(value, places, expected):
    result = round_half_up(value, places)
    assert result == expected
    assert result.as_tuple().exponent == -places


# --- category boundaries ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("ikm", "label"),
    [
        ("1.00", "Tidak efektif"),
        ("1.80", "Tidak efektif"),
        ("1.8049", "Tidak efektif"),  # in the printed gap, rounds to 1,80
        ("1.805", "Kurang efektif"),  # in the printed gap, rounds to 1,81
        ("1.81", "Kurang efektif"),
        ("2.60", "Kurang efektif"),
        ("2.6049", "Kurang efektif"),
        ("2.605", "Cukup efektif"),
        ("2.61", "Cukup efektif"),
        ("3.40", "Cukup efektif"),
        ("3.41", "Efektif"),
        ("4.20", "Efektif"),
        ("4.2049", "Efektif"),
        ("4.205", "Sangat efektif"),
        ("4.21", "Sangat efektif"),
        ("5.00", "Sangat efektif"),
    ],
)
def test_likert5_boundaries(ikm, label):
    category = LIKERT5.classify(D(ikm))
    assert category.label == label
    assert category.quality is None


def test_likert5_classifies_exact_fractions():
    assert LIKERT5.classify(Fraction(9, 5)).label == "Tidak efektif"  # exactly 1,80
    assert LIKERT5.classify(Fraction(17, 5)).label == "Cukup efektif"  # exactly 3,40
    assert LIKERT5.classify(Fraction(41, 12)).label == "Efektif"  # 3,41666…


@pytest.mark.parametrize(
    ("ikm", "quality", "label"),
    [
        ("1.00", "D", "Tidak baik"),
        ("1.75", "D", "Tidak baik"),
        ("1.7549", "D", "Tidak baik"),
        ("1.755", "C", "Kurang baik"),
        ("1.76", "C", "Kurang baik"),
        ("2.50", "C", "Kurang baik"),
        ("2.51", "B", "Baik"),
        ("3.25", "B", "Baik"),
        ("3.2549", "B", "Baik"),
        ("3.255", "A", "Sangat baik"),
        ("3.26", "A", "Sangat baik"),
        ("4.00", "A", "Sangat baik"),
    ],
)
def test_kepmenpan25_boundaries(ikm, quality, label):
    category = KEPMENPAN25.classify(D(ikm))
    assert (category.quality, category.label) == (quality, label)


@pytest.mark.parametrize(
    ("ikm", "quality"),
    [
        ("1.00", "D"),
        ("2.5996", "D"),  # × 25 = 64,99
        ("2.5997", "D"),  # 64,9925 → 64,99
        ("2.5998", "C"),  # 64,995 → 65,00
        ("2.60", "C"),  # 65,00
        ("3.064", "C"),  # 76,60
        ("3.0641", "C"),  # 76,6025 → 76,60
        ("3.0642", "B"),  # 76,605 → 76,61: the gap example of the brief
        ("3.0644", "B"),  # 76,61
        ("3.532", "B"),  # 88,30
        ("3.5321", "B"),  # 88,3025 → 88,30
        ("3.5322", "A"),  # 88,305 → 88,31
        ("3.5324", "A"),  # 88,31
        ("4.00", "A"),  # 100,00
    ],
)
def test_skm14_boundaries(ikm, quality):
    assert SKM14.classify(D(ikm)).quality == quality


def test_classification_key_is_what_the_reader_sees():
    assert LIKERT5.classification_key(D("1.805")) == D("1.81")
    assert SKM14.classification_key(D("3.0642")) == D("76.61")


def test_conversion():
    assert KEPMENPAN25.convert(D("3.26")) == Fraction(8150, 100)
    assert SKM14.convert(Fraction(19, 6)) == Fraction(475, 6)
    assert LIKERT5.convert(D("3")) is None


@pytest.mark.parametrize("scale", list(BUILTIN_SCALES.values()), ids=lambda s: s.code)
def test_builtin_scales_are_valid(scale):
    assert validate_scale(scale) is scale


@pytest.mark.parametrize("scale", list(BUILTIN_SCALES.values()), ids=lambda s: s.code)
@given(data=st.data())
def test_every_value_lands_in_one_band_and_bands_are_ordered(scale, data):
    low, high = scale.min_value, scale.max_value
    a = data.draw(st.fractions(min_value=low, max_value=high, max_denominator=10**6))
    b = data.draw(st.fractions(min_value=low, max_value=high, max_denominator=10**6))
    a, b = min(a, b), max(a, b)
    order = list(scale.categories)
    # classify never fails inside the range, and never ranks a higher value lower
    assert order.index(scale.classify(a)) <= order.index(scale.classify(b))


def test_scale_labels_and_range():
    assert LIKERT5.label_for(5) == "Sangat setuju"
    assert LIKERT5.label_for(1) == "Sangat tidak setuju"
    assert (LIKERT5.min_value, LIKERT5.max_value) == (1, 5)
    assert SKM14.values == frozenset({1, 2, 3, 4})
    assert DEFAULT_SCALE_CODE == "likert5"
    assert get_scale("skm14") is SKM14


def test_unknown_scale_is_a_user_error():
    with pytest.raises(UserError) as excinfo:
        get_scale("likert7")
    assert "likert7" in excinfo.value.message


def _bands(*rows):
    return tuple(Category(D(lo), D(hi), label) for lo, hi, label in rows)


@pytest.mark.parametrize(
    "categories",
    [
        _bands(("1.00", "2.00", "a"), ("2.02", "3.00", "b")),  # a gap of one grid step
        _bands(("1.00", "2.00", "a"), ("2.00", "3.00", "b")),  # an overlap
        _bands(("1.00", "2.005", "a"), ("2.01", "3.00", "b")),  # finer than the grid
        _bands(("1.00", "2.00", "a"), ("2.01", "2.90", "b")),  # stops short of the top
        _bands(("1.10", "2.00", "a"), ("2.01", "3.00", "b")),  # starts above the bottom
        (),
    ],
)
def test_validate_scale_refuses_tables_that_do_not_tile(categories):
    scale = replace(LIKERT5, points=((3, "c"), (2, "b"), (1, "a")), categories=categories, code="x")
    with pytest.raises(UserError):
        validate_scale(scale)


def test_validate_scale_refuses_converted_table_without_factor():
    with pytest.raises(UserError):
        validate_scale(replace(SKM14, conversion_factor=None))


# --- instruments ------------------------------------------------------------------------


def test_ksm_instrument():
    ksm = BUILTIN_INSTRUMENTS["ksm"]
    assert ksm.scale_code == "likert5"
    assert [i.name for i in ksm.indicators] == ["Kualitas", "Kuantitas", "Modal", "Output"]
    assert all(len(i.items) == 5 for i in ksm.indicators)
    assert [item.code for item in ksm.items] == [f"K{n}" for n in range(1, 21)]
    assert ksm.items[0].text == "Proposal pinjaman mudah diajukan."
    assert ksm.items[19].text == "Kemiskinan berkurang secara keseluruhan."
    assert ksm.item_count == 20


def test_upk_instrument():
    upk = BUILTIN_INSTRUMENTS["upk"]
    assert [(i.name, len(i.items)) for i in upk.indicators] == [
        ("Pencapaian Tujuan", 3),
        ("Integrasi", 3),
        ("Adaptasi", 3),
        ("Kuantitas", 4),
        ("Dampak", 2),
    ]
    assert [item.code for item in upk.items] == [f"P{n}" for n in range(1, 16)]
    assert upk.items[12].text == "Besarnya pinjaman disesuaikan dengan kemampuan mengembalikan."


@pytest.mark.parametrize("instrument", list(BUILTIN_INSTRUMENTS.values()), ids=lambda i: i.code)
def test_builtin_instruments_are_valid(instrument):
    assert validate_instrument(instrument) is instrument
    assert all(item.text.endswith(".") for item in instrument.items)


def test_copy_instrument():
    ksm = BUILTIN_INSTRUMENTS["ksm"]
    copy = copy_instrument(ksm, code=" ksm-2024 ", name=" KSM 2024 ")
    assert (copy.code, copy.name, copy.scale_code) == ("ksm-2024", "KSM 2024", "likert5")
    assert copy.indicators == ksm.indicators
    assert ksm.code == "ksm"  # the built-in is untouched
    assert copy_instrument(ksm, code="k4", name="K4", scale_code="skm14").scale_code == "skm14"


def test_copy_instrument_validates_new_code():
    with pytest.raises(UserError) as excinfo:
        copy_instrument(BUILTIN_INSTRUMENTS["upk"], code="  ", name="Salinan")
    assert excinfo.value.field == "code"


def _instrument(*indicators, code="t", name="Uji"):
    return Instrument(code=code, name=name, scale_code="likert5", indicators=tuple(indicators))


@pytest.mark.parametrize(
    ("instrument", "field", "fragment"),
    [
        (_instrument(), "indicators", "belum memiliki indikator"),
        (_instrument(Indicator("A", ())), "indicators", "'A' belum memiliki butir"),
        (
            _instrument(Indicator("A", (Item("X1", "a"),)), Indicator("B", (Item("x1", "b"),))),
            "items",
            "'x1' dipakai lebih dari sekali",
        ),
        (
            _instrument(Indicator("A", (Item("X1", "a"),)), Indicator("a", (Item("X2", "b"),))),
            "indicators",
            "tercantum dua kali",
        ),
        (_instrument(Indicator(" ", (Item("X1", "a"),))), "indicators", "belum diisi"),
        (_instrument(Indicator("A", (Item("", "a"),))), "items", "belum diberi kode"),
        (_instrument(Indicator("A", (Item("X 1", "a"),))), "items", "spasi"),
        (_instrument(Indicator("A", (Item("X1", " "),))), "items", "Pernyataan butir X1"),
        (_instrument(Indicator("A", (Item("X1", "a"),)), name=""), "name", "Nama instrumen"),
        (_instrument(Indicator("A", (Item("X1", "a"),)), code=""), "code", "Kode instrumen"),
    ],
)
def test_validate_instrument_errors(instrument, field, fragment):
    with pytest.raises(UserError) as excinfo:
        validate_instrument(instrument)
    assert excinfo.value.field == field
    assert fragment in excinfo.value.message


# ---------------------------------------------------------------- office scales (make_scale)

def test_make_scale_reads_comma_decimals_and_classifies_on_the_printed_grid():
    from kamura_desktop.domain.instruments import make_scale

    scale = make_scale(code="puas3", name="Kepuasan", points=[(3, "Puas"), (1, "Tidak"), (2, "Cukup")],
                       categories=[("1", "1,66", "Rendah", None), ("1,67", "2.33", "Sedang", ""),
                                   ("2,34", "3,00", "Tinggi", "A")])
    assert scale.points == ((3, "Puas"), (2, "Cukup"), (1, "Tidak"))
    assert (scale.precision, scale.classify_on, scale.conversion_factor) == (2, "ikm", None)
    assert [c.quality for c in scale.categories] == [None, None, "A"]
    assert scale.classify(Decimal("1.664")).label == "Rendah"
    assert scale.classify(Decimal("1.665")).label == "Sedang"  # 1,665 → 1,67
    assert scale.classify(Decimal("2.335")).label == "Tinggi"
    assert scale.classify(1).label == "Rendah" and scale.classify(3).label == "Tinggi"


def test_make_scale_with_a_conversion_and_its_checks():
    from kamura_desktop.domain.instruments import make_scale

    bands = [("1,0", "2,0", "Rendah", "C", "25", "50"), ("2,1", "3,0", "Tinggi", "A", "52,5", "75")]
    scale = make_scale(code="k3", name="K3", points=[(1, "a"), (2, "b"), (3, "c")],
                       categories=bands, conversion_factor="25")
    assert scale.precision == 1 and scale.convert(2) == 50
    with pytest.raises(UserError, match="faktor konversinya belum"):
        make_scale(code="k3", name="K3", points=[(1, "a"), (2, "b"), (3, "c")], categories=bands)
    with pytest.raises(UserError, match="Kategori ke-2 'Tinggi': rentang nilai konversi harus"):
        make_scale(code="k3", name="K3", points=[(1, "a"), (2, "b"), (3, "c")],
                   categories=[bands[0], ("2,1", "3,0", "Tinggi", "A", "52,5", "")],
                   conversion_factor="25")
    with pytest.raises(UserError, match="Kode skala tidak boleh mengandung spasi"):
        make_scale(code="k 3", name="K3", points=[(1, "a"), (2, "b")], categories=bands)
    with pytest.raises(UserError, match="Kategori ke-2 'Tinggi': batas atas 2,5 lebih kecil"):
        make_scale(code="k3", name="K3", points=[(1, "a"), (2, "b"), (3, "c")],
                   categories=[bands[0][:4], ("2,6", "2,5", "Tinggi", None)])
