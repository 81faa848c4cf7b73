"""Indonesian dates: formatting and parsing (kamura_desktop.domain.dates)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamura_desktop.domain.dates import (
    format_date_id,
    format_date_short,
    format_datetime_id,
    parse_date,
)
from kamura_desktop.domain.errors import UserError

D = dt.date(2024, 3, 28)


def test_format_date_id():
    assert format_date_id(D) == "28 Maret 2024"
    assert format_date_id(dt.date(2024, 1, 1)) == "1 Januari 2024"
    assert format_date_id(dt.date(2023, 12, 31)) == "31 Desember 2023"
    assert format_date_id(dt.date(2024, 8, 17)) == "17 Agustus 2024"
    assert format_date_id(None) == ""


def test_format_with_day_name():
    assert format_date_id(D, with_day=True) == "Kamis, 28 Maret 2024"
    assert format_date_id(dt.date(2024, 3, 31), with_day=True) == "Minggu, 31 Maret 2024"


def test_format_datetime_and_short():
    assert format_datetime_id(dt.datetime(2024, 3, 28, 14, 5)) == "28 Maret 2024 14.05"
    assert format_datetime_id(None) == ""
    assert format_date_short(D) == "28/03/2024"
    assert format_date_short(None) == ""


@pytest.mark.parametrize(
    "text",
    [
        "28/03/2024",
        "28-03-2024",
        "28.03.2024",
        "2024-03-28",
        "28 Maret 2024",
        "28 maret 2024",
        "  28 MARET 2024 ",
        "28/3/2024",
        D,
        dt.datetime(2024, 3, 28, 9, 30),
    ],
)
def test_parse_date(text):
    assert parse_date(text) == D


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2024",  # no such day
        "29/02/2023",  # not a leap year
        "2024-13-01",
        "00/01/2024",
        "28 March 2024",  # English month names are not Indonesian
        "28 Maretan 2024",
        "kemarin",
        "",
        "28/03/24",  # two-digit years are ambiguous
        "2024/03/28",
        "28 Maret",
    ],
)
def test_parse_refuses_bad_dates(text):
    with pytest.raises(UserError, match="bukan tanggal yang sah") as info:
        parse_date(text, field="tanggal")
    assert info.value.field == "tanggal"


def test_leap_day_accepted():
    assert parse_date("29/02/2024") == dt.date(2024, 2, 29)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_every_format_parses_back(day):
    assert parse_date(format_date_id(day)) == day
    assert parse_date(format_date_short(day)) == day
    assert parse_date(day.isoformat()) == day
