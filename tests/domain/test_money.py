"""Rupiah parsing, formatting and the largest-remainder split (kamura_desktop.domain.money)."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import (
    format_number,
    format_rupiah,
    parse_rupiah,
    split_largest_remainder,
)


@pytest.mark.parametrize(
    "text",
    [
        "125000",
        "125.000",
        "Rp 125.000,-",
        "Rp125.000",
        "Rp. 125.000,00",
        "rp125000",
        "  Rp 125.000  ",
        "125.000,-",
        "Rp\u00a0125.000",
    ],
)
def test_parse_accepts_what_clerks_type(text):
    assert parse_rupiah(text) == 125_000


def test_parse_other_amounts():
    assert parse_rupiah("0") == 0
    assert parse_rupiah("1.000.000") == 1_000_000
    assert parse_rupiah("Rp7.500") == 7_500
    assert parse_rupiah(42) == 42


@pytest.mark.parametrize(
    "text",
    ["12,5", "abc", "1.25.000", "", "   ", "125.00", "12.5", "Rp", "125,50", "1 2x", "12.0000"],
)
def test_parse_refuses_non_amounts(text):
    with pytest.raises(UserError) as info:
        parse_rupiah(text, field="jumlah")
    assert info.value.field == "jumlah"
    assert info.value.message  # an Indonesian explanation, never empty


def test_parse_refusal_message_is_indonesian():
    with pytest.raises(UserError, match="bukan jumlah rupiah yang sah"):
        parse_rupiah("abc")
    with pytest.raises(UserError, match="belum diisi"):
        parse_rupiah("")


@pytest.mark.parametrize("text", ["-5.000", "Rp -5.000", "-Rp5.000", -5000])
def test_negative_refused_unless_allowed(text):
    with pytest.raises(UserError, match="negatif"):
        parse_rupiah(text)
    assert parse_rupiah(text, allow_negative=True) == -5_000


def test_parse_refuses_bool():
    with pytest.raises(UserError):
        parse_rupiah(True)


def test_format_rupiah():
    assert format_rupiah(125_000) == "Rp125.000"
    assert format_rupiah(-5_000) == "-Rp5.000"
    assert format_rupiah(0) == "Rp0"
    assert format_rupiah(999) == "Rp999"
    assert format_rupiah(1_234_567_890) == "Rp1.234.567.890"
    assert format_rupiah(125_000, prefix=False) == "125.000"
    assert format_number(-1_000) == "-1.000"


@pytest.mark.parametrize("bad", [1.5, 125000.0, True, "125000", None])
def test_format_refuses_non_integers(bad):
    with pytest.raises(TypeError):
        format_rupiah(bad)


@given(st.integers(min_value=-10**15, max_value=10**15))
def test_format_then_parse_round_trips(amount):
    assert parse_rupiah(format_rupiah(amount), allow_negative=True) == amount
    assert parse_rupiah(format_number(amount), allow_negative=True) == amount


def test_split_examples():
    assert split_largest_remainder(100, [1, 1, 1]) == [34, 33, 33]  # tie to the earlier part
    assert split_largest_remainder(10, [1, 2]) == [3, 7]
    assert split_largest_remainder(-100, [1, 1, 1]) == [-34, -33, -33]
    assert split_largest_remainder(0, [0, 0]) == [0, 0]
    assert split_largest_remainder(5, [0, 3]) == [0, 5]


def test_split_refuses_bad_weights():
    with pytest.raises(ValueError):
        split_largest_remainder(10, [1, -1])
    with pytest.raises(ValueError):
        split_largest_remainder(10, [0, 0])


@given(
    total=st.integers(min_value=-10**12, max_value=10**12),
    weights=st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=30).filter(
        lambda ws: sum(ws) > 0
    ),
)
def test_split_parts_sum_exactly_and_stay_within_one_rupiah(total, weights):
    parts = split_largest_remainder(total, weights)
    assert len(parts) == len(weights)
    assert all(isinstance(p, int) for p in parts)
    assert sum(parts) == total
    denom = sum(weights)
    for part, weight in zip(parts, weights, strict=True):
        exact = Fraction(total * weight, denom)
        assert abs(part - exact) < 1
        if weight == 0:
            assert part == 0
