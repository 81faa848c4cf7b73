"""Digits 0–9 only where a text becomes a number (domain/text.is_digits): str.isdigit() alone
says yes to superscript and other scripts' digits, which int() refuses with a traceback."""

import pytest

from kamura_desktop.documents.excel import code_value
from kamura_desktop.domain.text import is_digits


@pytest.mark.parametrize(("text", "expected"), [
    ("0", True), ("003", True), ("2018", True), ("5432", True),
    ("", False), ("3a", False), ("-1", False), (" 1", False), ("1.0", False),
    ("\u00b9", False), ("\u00b2\u00b3", False), ("\u0663", False), ("\uff11", False),
    ("1\u00b2", False),
])
def test_is_digits(text, expected):
    assert is_digits(text) is expected


def test_an_account_code_with_a_superscript_digit_stays_text():
    assert code_value("1101") == 1101
    assert code_value("0101") == "0101"
    assert code_value("11\u00b2") == "11\u00b2"  # int("11²") raised before
