"""NIK, No. KK and province codes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.nik import (
    NikBirthInfo,
    nik_birth_info,
    nik_warnings,
    validate_kk,
    validate_nik,
)
from kamura_desktop.domain.provinces import PROVINCES, is_province_code, province_name

# Kab. Bandung Barat (32.17), woman born 1 March 1985 (day 01 + 40 = 41), serial 0001.
WOMAN = "3217014103850001"
# Same area, man born 28 March 1985.
MAN = "3217012803850002"


def _error(value, **kwargs) -> UserError:
    with pytest.raises(UserError) as info:
        validate_nik(value, **kwargs)
    return info.value


# --- provinces -------------------------------------------------------------------------


def test_province_list_is_the_38_kemendagri_codes():
    assert len(PROVINCES) == 38
    assert province_name("32") == "Jawa Barat"
    assert province_name("11") == "Aceh"
    assert province_name("91") == "Papua"
    assert province_name("92") == "Papua Barat"


def test_papua_split_of_2022_uses_kemendagri_codes():
    assert province_name("93") == "Papua Selatan"
    assert province_name("94") == "Papua Tengah"
    assert province_name("95") == "Papua Pegunungan"
    assert province_name("96") == "Papua Barat Daya"
    # 97 is the BPS statistics code of Papua Pegunungan, not a Kemendagri code.
    assert not is_province_code("97")
    assert province_name("99") is None


def test_province_table_is_read_only():
    with pytest.raises(TypeError):
        PROVINCES["99"] = "Nowhere"  # type: ignore[index]


# --- accepted input forms -----------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        WOMAN,
        f"  {WOMAN}  ",
        "3217 0141 0385 0001",
        "3217\u00a00141\u00a00385\u00a00001",  # NBSP from a copied web page
        f"'{WOMAN}",  # Excel's keep-as-text apostrophe
        f"\u2019{WOMAN}",  # the same, "smartened" by a word processor
        f"{WOMAN}.0",  # a CSV export of a number column
        f"{WOMAN}.00",
        int(WOMAN),  # openpyxl gives an int for a whole-number cell
    ],
)
def test_accepted_forms_normalise_to_16_digits(typed):
    assert validate_nik(typed) == WOMAN


def test_papua_nik_beyond_float_precision_accepted_as_int_and_text():
    nik = "9601011201900003"  # Papua Barat Daya; > 2**53
    assert int(nik) > 2**53
    assert validate_nik(nik) == nik
    assert validate_nik(int(nik)) == nik


def test_old_papua_codes_stay_valid_after_the_split():
    assert validate_nik("9171012501800001") == "9171012501800001"
    assert validate_nik("9271016506920001") == "9271016506920001"


# --- refusals, one message each -------------------------------------------------------------


def test_float_is_refused_because_digits_may_be_lost():
    err = _error(3217014103850001.0)
    assert err.code == "nik_float"
    assert "teks" in err.message


@pytest.mark.parametrize("typed", ["3.21701E+15", "3,21701E+15", "3217014103850000e0"])
def test_scientific_notation_is_refused(typed):
    err = _error(typed)
    assert err.code == "nik_scientific"
    assert "angka ilmiah" in err.message


@pytest.mark.parametrize("typed", ["", "   ", "'"])
def test_empty(typed):
    err = _error(typed)
    assert err.message == "NIK belum diisi."
    assert err.code == "nik_empty"


@pytest.mark.parametrize(
    "typed",
    [
        "32170141038500O1",  # letter O for zero
        "3217-0141-0385-0001",
        "３２１７０１４１０３８５０００１",  # full-width digits pass str.isdigit()
        "3217014103850001.5",
        -3217014103850001,
        True,
    ],
)
def test_non_digits(typed):
    err = _error(typed)
    assert err.message == "NIK hanya boleh berisi angka."
    assert err.code == "nik_chars"


def test_other_types_are_a_programming_error():
    with pytest.raises(TypeError):
        validate_nik(None)  # type: ignore[arg-type]


def test_length_message_says_how_many_were_written():
    err = _error("321701410385000")
    assert err.message == "NIK harus 16 angka (tertulis 15)."
    assert err.code == "nik_length"
    assert err.field == "nik"
    assert _error("32170141038500011").message == "NIK harus 16 angka (tertulis 17)."


def test_unknown_province():
    err = _error("9917014103850001")
    assert err.message == "Kode provinsi 99 pada NIK tidak dikenal."
    assert err.code == "nik_province"
    assert _error("9717014103850001").code == "nik_province"
    assert _error("0017014103850001").code == "nik_province"


@pytest.mark.parametrize("day", ["00", "32", "40", "72", "99"])
def test_birth_day_out_of_range(day):
    err = _error(f"321701{day}03850001")
    assert err.message == f"Tanggal lahir pada NIK (hari {day}) tidak sah."
    assert err.code == "nik_day"


@pytest.mark.parametrize("day", ["01", "31", "41", "71"])
def test_birth_day_edges_accepted(day):
    assert validate_nik(f"321701{day}01850001")


@pytest.mark.parametrize("month", ["00", "13"])
def test_birth_month_out_of_range(month):
    err = _error(f"32170128{month}850001")
    assert err.message == f"Bulan lahir pada NIK ({month}) tidak sah."
    assert err.code == "nik_month"


def test_day_that_does_not_exist_in_the_month():
    err = _error("3217013104900001")
    assert err.message == "Tanggal lahir pada NIK (31 April) tidak ada di kalender."
    assert err.code == "nik_date"
    assert _error("3217017104900001").code == "nik_date"  # same date, a woman


def test_29_february_only_in_leap_years():
    assert validate_nik("3217012902000001")  # 2000 was a leap year
    assert validate_nik("3217016902880001")  # a woman, 1988
    err = _error("3217012902010001")
    assert err.message == "Tanggal lahir pada NIK (29 Februari) tidak ada di kalender."
    assert _error("3217013002000001").code == "nik_date"


def test_serial_0000():
    err = _error("3217014103850000")
    assert err.message == "Nomor urut NIK tidak boleh 0000."
    assert err.code == "nik_serial"


def test_field_name_is_passed_through():
    assert _error("123", field="nik_suami").field == "nik_suami"


# --- birth information and warnings ------------------------------------------------------------


def test_birth_info_of_a_woman_takes_off_the_40():
    assert nik_birth_info(WOMAN) == NikBirthInfo(day=1, month=3, yy=85, sex="P")
    day, month, yy, sex = nik_birth_info("'3217 0141 0385 0001")
    assert (day, month, yy, sex) == (1, 3, 85, "P")


def test_birth_info_of_a_man():
    assert nik_birth_info(MAN) == (28, 3, 85, "L")


def test_birth_info_validates_first():
    with pytest.raises(UserError):
        nik_birth_info("123")


def test_no_warnings_when_everything_matches():
    assert nik_warnings(WOMAN, dt.date(1985, 3, 1), "P") == []
    assert nik_warnings(MAN, dt.date(1985, 3, 28), "l") == []


def test_year_is_compared_without_the_century():
    # A NIK for someone born 1 March 2005 reads 010305 too.
    assert nik_warnings("3217014103050001", dt.date(2005, 3, 1), "P") == []
    assert nik_warnings("3217014103050001", dt.date(1905, 3, 1), "P") == []


def test_warning_on_different_birth_date():
    warnings = nik_warnings(WOMAN, dt.date(1985, 3, 2), "P")
    assert warnings == [
        "Tanggal lahir pada NIK (01-03-85) tidak sama dengan tanggal lahir yang diisi "
        "(2 Maret 1985)."
    ]
    assert len(nik_warnings(WOMAN, dt.date(1986, 3, 1), "P")) == 1
    assert len(nik_warnings(WOMAN, dt.date(1985, 4, 1), "P")) == 1


def test_warning_on_different_sex():
    warnings = nik_warnings(WOMAN, dt.date(1985, 3, 1), "L")
    assert len(warnings) == 1
    assert "perempuan" in warnings[0] and "laki-laki" in warnings[0]


def test_both_warnings_and_skipping_unknowns():
    assert len(nik_warnings(MAN, dt.date(1990, 1, 1), "P")) == 2
    assert nik_warnings(MAN, None, None) == []


def test_bad_sex_code_is_a_programming_error():
    with pytest.raises(ValueError):
        nik_warnings(MAN, None, "X")


# --- No. KK --------------------------------------------------------------------------------


def test_kk_accepted_forms():
    assert validate_kk("3217010101200005") == "3217010101200005"
    assert validate_kk("'3217 0101 0120 0005") == "3217010101200005"
    assert validate_kk(3217010101200005) == "3217010101200005"


def test_kk_refusals():
    with pytest.raises(UserError) as info:
        validate_kk("0000000000000000")
    assert info.value.message == "Nomor KK tidak boleh nol semua."
    assert info.value.field == "no_kk"

    with pytest.raises(UserError) as info:
        validate_kk("321701010120000")
    assert info.value.message == "Nomor KK harus 16 angka (tertulis 15)."

    with pytest.raises(UserError) as info:
        validate_kk("9917010101200005")
    assert info.value.message == "Kode provinsi 99 pada Nomor KK tidak dikenal."
    assert info.value.code == "kk_province"

    with pytest.raises(UserError) as info:
        validate_kk(3217010101200005.0)
    assert info.value.code == "kk_float"


# --- property ------------------------------------------------------------------------------


@given(
    province=st.sampled_from(sorted(PROVINCES)),
    area=st.integers(0, 9999),
    birth=st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
    female=st.booleans(),
    serial=st.integers(1, 9999),
)
def test_any_real_birth_date_round_trips(province, area, birth, female, serial):
    day = birth.day + (40 if female else 0)
    nik = f"{province}{area:04d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
    assert validate_nik(nik) == nik
    assert nik_birth_info(nik) == (
        birth.day,
        birth.month,
        birth.year % 100,
        "P" if female else "L",
    )
    assert nik_warnings(nik, birth, "P" if female else "L") == []
