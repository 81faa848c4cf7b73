"""The effectiveness index (IKM) of a survey round."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.ikm import compute_ikm
from kamura_desktop.domain.instruments import (
    BUILTIN_INSTRUMENTS,
    KEPMENPAN25,
    LIKERT5,
    SKM14,
    Indicator,
    Instrument,
    Item,
)

D = Decimal

SMALL = Instrument(
    code="kecil",
    name="Instrumen kecil",
    scale_code="likert5",
    indicators=(
        Indicator("Layanan", (Item("A1", "Petugas ramah."), Item("A2", "Antrean singkat."))),
        Indicator("Hasil", (Item("B1", "Usaha berkembang."),)),
    ),
)


def test_small_round_by_hand():
    answers = [
        [5, 4, 3],
        [4, None, 2],
        [3, 4, 4],
        [None, None, None],  # returned the form empty
    ]
    result = compute_ikm(SMALL, LIKERT5, answers)

    # A1: 5 + 4 + 3 = 12 over 3 answers → 4
    # A2: 4 + 4     =  8 over 2 answers → 4   (row 2 left it blank)
    # B1: 3 + 2 + 4 =  9 over 3 answers → 3
    # NP = 1/3;  IKM = 4·⅓ + 4·⅓ + 3·⅓ = 11/3 = 3,6667 → 3,41–4,20 "Efektif"
    a1, a2, b1 = result.items
    assert (a1.code, a1.indicator, a1.answered, a1.total, a1.mean_exact) == (
        "A1",
        "Layanan",
        3,
        12,
        Fraction(4),
    )
    assert (a2.answered, a2.total, a2.mean_exact) == (2, 8, Fraction(4))
    assert (b1.indicator, b1.answered, b1.total, b1.mean_exact) == ("Hasil", 3, 9, Fraction(3))
    assert a1.weighted_exact == Fraction(4, 3)
    assert a1.weighted == D("1.3333")
    assert b1.weighted == D("1.0000")
    assert a1.mean == D("4.0000")
    assert b1.category.label == "Cukup efektif"

    assert result.np_exact == Fraction(1, 3)
    assert result.np == D("0.3333")
    assert result.ikm_exact == Fraction(11, 3)
    assert result.ikm == D("3.6667")
    assert result.classified_value == D("3.67")
    assert result.category_label == "Efektif"
    assert result.quality is None
    assert result.converted is None and result.converted_exact is None
    assert (result.respondents, result.blank_rows) == (4, 1)
    assert (result.instrument_code, result.scale_code) == ("kecil", "likert5")

    # Layanan: mean of item means (4 + 4) / 2 = 4, from 5 answers totalling 20
    # Hasil:   3, from 3 answers totalling 9
    layanan, hasil = result.indicators
    assert (layanan.name, layanan.item_codes) == ("Layanan", ("A1", "A2"))
    assert (layanan.answered, layanan.total, layanan.mean_exact) == (5, 20, Fraction(4))
    assert layanan.category.label == "Efektif"
    assert (hasil.answered, hasil.total, hasil.mean) == (3, 9, D("3.0000"))


def test_indicator_mean_is_mean_of_item_means_not_pooled():
    # A1 answered by 1 respondent (5), A2 by 3 (1, 1, 1):
    # mean of item means = (5 + 1) / 2 = 3, whereas pooled would be 8 / 4 = 2.
    answers = [[5, 1, 3], [None, 1, 3], [None, 1, 3]]
    layanan = compute_ikm(SMALL, LIKERT5, answers).indicators[0]
    assert layanan.mean_exact == Fraction(3)
    assert (layanan.total, layanan.answered) == (8, 4)


def test_four_point_round_with_conversion():
    instrument = Instrument(
        code="empat",
        name="Empat titik",
        scale_code="kepmenpan25",
        indicators=(Indicator("Semua", (Item("X1", "Satu."), Item("X2", "Dua."))),),
    )
    answers = [(4, 3), (3, 3), (4, 2)]
    # X1: 11/3, X2: 8/3; IKM = (11/3 + 8/3) / 2 = 19/6 = 3,1667 → 2,51–3,25 "B Baik"
    # converted = 19/6 × 25 = 475/6 = 79,1667 → 79,17
    result = compute_ikm(instrument, KEPMENPAN25, answers)
    assert result.ikm_exact == Fraction(19, 6)
    assert result.ikm == D("3.1667")
    assert result.converted_exact == Fraction(475, 6)
    assert result.converted == D("79.17")
    assert (result.quality, result.category_label) == ("B", "Baik")

    # The same answers on the SKM: converted 79,17 lies in 76,61–88,30 → B as well
    skm = compute_ikm(instrument, SKM14, answers)
    assert skm.classified_value == D("79.17")
    assert skm.quality == "B"


def test_full_ksm_round():
    ksm = BUILTIN_INSTRUMENTS["ksm"]
    answers = [[4] * 20, [5] * 20]  # every item: (4 + 5) / 2 = 4,5
    result = compute_ikm(ksm, LIKERT5, answers)
    assert result.np == D("0.0500")
    assert result.ikm_exact == Fraction(9, 2)
    assert result.category_label == "Sangat efektif"
    assert [i.name for i in result.indicators] == ["Kualitas", "Kuantitas", "Modal", "Output"]
    assert len(result.items) == 20


def test_upk_weight():
    upk = BUILTIN_INSTRUMENTS["upk"]
    result = compute_ikm(upk, LIKERT5, [[3] * 15])
    assert result.np_exact == Fraction(1, 15)
    assert result.np == D("0.0667")
    assert result.ikm == D("3.0000")


@pytest.mark.parametrize("bad", [6, 0, -1, True, 4.0, "4"])
def test_value_off_the_scale_names_row_and_item(bad):
    answers = [[5, 4, 3], [4, 4, bad]]
    with pytest.raises(UserError) as excinfo:
        compute_ikm(SMALL, LIKERT5, answers)
    assert "baris 2" in excinfo.value.message
    assert "B1" in excinfo.value.message
    assert excinfo.value.field == "B1"
    assert excinfo.value.code == "ikm_value_out_of_scale"


def test_five_on_a_four_point_scale_is_refused():
    with pytest.raises(UserError, match="baris 1, butir A1"):
        compute_ikm(SMALL, SKM14, [[5, 4, 3]])


def test_item_nobody_answered_is_an_error():
    answers = [[5, None, 3], [4, None, 2]]
    with pytest.raises(UserError) as excinfo:
        compute_ikm(SMALL, LIKERT5, answers)
    assert "A2" in excinfo.value.message
    # it once advised deleting the item "from the instrument": impossible on the built-ins
    assert "hapus butir" not in excinfo.value.message and "isi jawabannya" in excinfo.value.message
    assert excinfo.value.field == "A2"
    assert excinfo.value.code == "ikm_item_unanswered"


def test_no_rows_is_an_error():
    with pytest.raises(UserError, match="Belum ada jawaban"):
        compute_ikm(SMALL, LIKERT5, [])


def test_row_of_wrong_length_is_an_error():
    with pytest.raises(UserError, match="baris 2 memiliki 2 jawaban"):
        compute_ikm(SMALL, LIKERT5, [[5, 4, 3], [5, 4]])


def test_invalid_instrument_is_refused():
    broken = Instrument("x", "X", "likert5", (Indicator("A", ()),))
    with pytest.raises(UserError):
        compute_ikm(broken, LIKERT5, [[]])


answer = st.one_of(st.none(), st.integers(min_value=1, max_value=5))


@given(st.lists(st.lists(answer, min_size=3, max_size=3), min_size=1, max_size=30))
def test_ikm_properties(rows):
    columns = list(zip(*rows, strict=True))
    if any(all(v is None for v in column) for column in columns):
        with pytest.raises(UserError):
            compute_ikm(SMALL, LIKERT5, rows)
        return
    result = compute_ikm(SMALL, LIKERT5, rows)
    means = [
        Fraction(sum(v for v in c if v is not None), sum(v is not None for v in c)) for c in columns
    ]
    assert result.ikm_exact == sum(means) / 3
    # the IKM is the item-count-weighted average of the indicator means
    weighted = sum(ind.mean_exact * len(ind.item_codes) for ind in result.indicators)
    assert result.ikm_exact == weighted / 3
    assert 1 <= result.ikm_exact <= 5
    assert result.category == LIKERT5.classify(result.ikm_exact)
    assert result.blank_rows == sum(all(v is None for v in row) for row in rows)
