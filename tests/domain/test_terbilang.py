"""Amounts in Indonesian words (the 'terbilang' line of a kwitansi)."""

import pytest

from kamura_desktop.domain.terbilang import terbilang, terbilang_rupiah


@pytest.mark.parametrize(("n", "words"), [
    (0, "nol"),
    (1, "satu"),
    (9, "sembilan"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (19, "sembilan belas"),
    (20, "dua puluh"),
    (21, "dua puluh satu"),
    (99, "sembilan puluh sembilan"),
    (100, "seratus"),
    (101, "seratus satu"),
    (110, "seratus sepuluh"),
    (111, "seratus sebelas"),
    (200, "dua ratus"),
    (999, "sembilan ratus sembilan puluh sembilan"),
    (1_000, "seribu"),
    (1_001, "seribu satu"),
    (1_100, "seribu seratus"),
    (2_000, "dua ribu"),
    (4_200, "empat ribu dua ratus"),
    (10_000, "sepuluh ribu"),
    (11_000, "sebelas ribu"),
    (25_200, "dua puluh lima ribu dua ratus"),
    (50_000, "lima puluh ribu"),
    (100_000, "seratus ribu"),
    (125_000, "seratus dua puluh lima ribu"),
    (111_111, "seratus sebelas ribu seratus sebelas"),
    (1_000_000, "satu juta"),
    (1_001_000, "satu juta seribu"),
    (1_250_000, "satu juta dua ratus lima puluh ribu"),
    (40_000_000, "empat puluh juta"),
    (76_375_000, "tujuh puluh enam juta tiga ratus tujuh puluh lima ribu"),
    (1_000_000_000, "satu miliar"),
    (2_500_000_001, "dua miliar lima ratus juta satu"),
    (1_000_000_000_000, "satu triliun"),
    (1_000_000_000_000_000, "seribu triliun"),
])
def test_words(n, words):
    assert terbilang(n) == words


def test_rupiah_and_negative():
    assert terbilang_rupiah(125_000) == "seratus dua puluh lima ribu rupiah"
    assert terbilang_rupiah(0) == "nol rupiah"
    assert terbilang(-5_000) == "minus lima ribu"


def test_no_double_spaces_and_no_sejuta_anywhere():
    for n in list(range(0, 2_100)) + [10**6 + k for k in range(0, 3_000, 7)]:
        words = terbilang(n)
        assert "  " not in words and words == words.strip()
        assert "sejuta" not in words and "satu ribu" not in words
        assert "satu ratus" not in words and "satu puluh" not in words


@pytest.mark.parametrize("bad", [1.5, "100", True, None])
def test_refuses_what_is_not_an_int(bad):
    with pytest.raises(TypeError):
        terbilang(bad)
