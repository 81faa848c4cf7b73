"""domain/text.normalise decides each distinct character once and applies the decision with
``str.translate`` (issue 20: the fuzz suite's 100.000-character texts were cleaned one Python
call per character). The result must be exactly the old per-character cleaning's: the old
code is kept here as the oracle and compared on any text Hypothesis finds."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from kamura_desktop.domain import text as text_module
from kamura_desktop.domain.text import _SPACES, _keep, normalise

#: the characters every branch of the cleaning treats specially
SPECIAL = ["\n", "\r", "\r\n", "\t", "\v", "\f", "\x85", "\u2028", "\u2029", "\x00", "\x1b",
           "\x7f", "\u202e", "\u2066", "\u200b", "\ufeff", "\u00ad", "\ud800", "\udfff",
           "\uffff", "\ufffe", "\ufdd0", "\U0001fffe", "\U000e0001", "\U00030000", "\u0378",
           "\u00a0", "\u2003", "\u3000", "e\u0301", "\u212b", "  ", "\n\n\n\n", "W", " "]
texts = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(exclude_categories=())),
    st.lists(st.sampled_from(SPECIAL + list("Siti Aminah 0123")), max_size=80).map("".join),
)


def _old_normalise(value: str, *, multiline: bool = False) -> str:
    """The cleaning as it was before issue 20 (one ``_keep`` call per character)."""
    text = "".join(ch for ch in value if not 0xD800 <= ord(ch) <= 0xDFFF)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n")
    text = "".join(_keep(ch, multiline) for ch in text)
    if multiline:
        lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    else:
        text = _SPACES.sub(" ", text)
    return text.strip()


@settings(max_examples=200, deadline=None)
@given(value=texts, multiline=st.booleans())
def test_the_cleaning_is_exactly_the_old_per_character_one(value, multiline):
    assert normalise(value, multiline=multiline) == _old_normalise(value, multiline=multiline)


def test_the_long_texts_of_the_fuzz_suite_clean_exactly_as_before():
    for value, multiline in (("x" * 100_000, False), ("a\ud800" * 50_000, True),
                             ("Wira \u202e\t\r\n" * 5_000, True), ("W" * 4_001, False)):
        assert normalise(value, multiline=multiline) == _old_normalise(value, multiline=multiline)


def test_each_distinct_character_is_decided_once(monkeypatch):
    """100.000 characters of six kinds: six decisions, not 100.000 (fails on the old code)."""
    calls = []

    def counting_keep(ch, multiline):
        calls.append(ch)
        return _keep(ch, multiline)

    monkeypatch.setattr(text_module, "_keep", counting_keep)
    value = "Siti \u202e\t" * 14_286
    assert normalise(value) == ("Siti " * 14_286).strip()
    assert sorted(calls) == sorted(set("Siti \u202e\t"))
    assert normalise("a\x00" * 50_000, multiline=True) == "a" * 50_000
    assert len(calls) == 8
