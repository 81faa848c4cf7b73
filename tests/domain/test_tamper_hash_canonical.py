"""Issue 20 (the suite's CPU): ``tamper_hash.canonical`` encodes every hashed row (363.000
calls in the services' profile). It now uses one prebuilt JSON encoder whose C code walks the
lists itself instead of a Python walk plus a new encoder per call. What it writes is hashed,
chained and sealed in every file: the bytes must be exactly those of the written definition.
The old implementation is kept here as that definition and compared over values of every
kind the module's docstring names, nested as a journal entry's lines are."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kamura_desktop.domain import tamper_hash as th
from tests.helpers_hypothesis import examples


def _old_norm(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"x'{value.hex()}'"
    if isinstance(value, (list, tuple)):
        return [_old_norm(v) for v in value]
    return value


def old_canonical(values) -> bytes:
    """The definition as it was written before (the module docstring, word for word)."""
    return json.dumps(_old_norm(values), ensure_ascii=True,
                      separators=(",", ":")).encode("ascii")


_TZ = st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=7)),
                       dt.timezone(dt.timedelta(hours=-3, minutes=-30))])
SCALARS = st.one_of(
    st.integers(),                                       # ids, rupiah, huge values alike
    st.integers(min_value=-(2**70), max_value=2**70),
    st.text(st.characters(codec=None, exclude_categories=())),  # any code point, surrogates too
    st.text(alphabet="abc \"\\/\n\t\u00e9\u4e2d"),
    st.none(),
    st.booleans(),
    st.dates(),
    st.datetimes(timezones=_TZ),
    st.binary(max_size=40),
    st.floats(allow_nan=True, allow_infinity=True),     # "a float where an integer belongs"
)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.lists(inner, max_size=5).map(tuple)), max_leaves=20)


@settings(max_examples=examples(100, 5_000), deadline=None)
@given(st.lists(VALUES, max_size=12) | st.lists(VALUES, max_size=12).map(tuple))
@example([th.JOURNAL, 1, "JU-2024-00001", dt.date(2024, 1, 2), "Setoran", None, None, None,
          dt.datetime(2024, 1, 2, 9, 30), 3, [["1101", 1000, 0, None], ("4101", 0, 1000, "é")]])
@example(["x", dt.datetime(2024, 1, 2, 3, 4, 5, 6), dt.date(1, 1, 1), b"\x00\xff", True, 0,
          -0.0, math.inf, -math.inf, math.nan, 1e300, 2**64, "\ud800", "\U0001f600"])
def test_canonical_is_byte_identical_to_the_written_definition(values):
    assert th.canonical(values) == old_canonical(values)
    assert th.row_hash(values) == hashlib.sha256(old_canonical(values)).hexdigest()


@pytest.mark.parametrize("odd", [dt.time(1, 2), {1, 2}, object(), bytearray(b"ab"),
                                 [1, [dt.timedelta(1)]]])
def test_what_the_definition_cannot_encode_is_refused_as_before(odd):
    with pytest.raises(TypeError):
        old_canonical([th.AUDIT, odd])
    with pytest.raises(TypeError):
        th.canonical([th.AUDIT, odd])


def test_a_circular_list_is_refused_as_before():
    """Never a row, but never an endless hash either: the old walk ran out of stack, the
    encoder names the loop."""
    loop: list = [1]
    loop.append(loop)
    with pytest.raises(RecursionError):
        old_canonical(["x", loop])
    with pytest.raises(ValueError, match="Circular"):
        th.canonical(["x", loop])


def test_known_hashes_stay_the_same():
    """Hashes of rows as stored in every existing file (computed with the old definition)."""
    row = th.journal_values(id=7, number="JU-2024-00007", date=dt.date(2024, 3, 28),
                            description="Setoran wajib Ani", source_type="savings",
                            source_id="12", reversal_of_id=None,
                            created_at=dt.datetime(2024, 3, 28, 10, 0, 1, 250),
                            created_by_id=2,
                            lines=[("1101", 25_000, 0, None), ("2102", 0, 25_000, "wajib")])
    assert th.canonical(row) == (
        b'["kamura.journal.v1",7,"JU-2024-00007","2024-03-28","Setoran wajib Ani","savings",'
        b'"12",null,"2024-03-28 10:00:01.000250",2,[["1101",25000,0,null],'
        b'["2102",0,25000,"wajib"]]]')
    assert th.chain_hash(None, row) == hashlib.sha256(
        b"\n" + old_canonical(row)).hexdigest()


def _old_stored_datetime(text: object) -> object:
    """``stored_datetime`` as it was: every text parsed (and written back by the encoder)."""
    if isinstance(text, str):
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            return text
    return text


def _stored_texts() -> list[object]:
    """Texts as a date-time column may hold them: the stored form of dates over the whole
    range, other spellings (seconds, 'T', a zone, fewer fraction digits), days and times that
    do not exist, other scripts' digits in every position, and any short text, from a fixed
    seed (12.000 texts in a tenth of a second, the same every run)."""
    rnd = random.Random(20)
    digits = "0123456789" * 4 + "\u0663\u06f7\u0967\uff19\U0001d7d9"  # ASCII, Arabic-Indic, …
    out: list[object] = ["2024-01-02 09:30:00.000000", "2024-02-30 09:30:00.000000",
                         "2024-01-02 09:30:00.00000\u0663", "\uff12024-01-02 09:30:00.000000",
                         "0001-01-01 00:00:00.000000", "9999-12-31 23:59:59.999999",
                         "2024-01-02 24:00:00.000000", "", None, 0, 20240102]
    for _ in range(2_000):
        day = dt.datetime(1, 1, 1) + dt.timedelta(seconds=rnd.randrange(315_537_897_600),
                                                  microseconds=rnd.randrange(1_000_000))
        stored = day.isoformat(sep=" ", timespec="microseconds")
        out += [stored, day.isoformat(), day.isoformat(sep=" ", timespec="seconds"),
                stored + rnd.choice(["+07:00", "Z", "-03:30", " "]), stored[:-rnd.randrange(1, 7)]]
        chars = list(stored)  # one or two characters swapped for any digit or separator
        for _ in range(rnd.randrange(1, 3)):
            chars[rnd.randrange(len(chars))] = rnd.choice(digits + "-: .T/")
        out.append("".join(chars))
    return out


def test_a_stored_date_time_hashes_as_it_did_when_every_text_was_parsed():
    """``stored_datetime`` returns text already in the canonical form as it stands (no parse,
    no encoder callback for it): the bytes of every row read back stay those of the old way."""
    texts = _stored_texts()
    kept = [t for t in texts if isinstance(t, str) and th.stored_datetime(t) is t]
    assert len(kept) > 2_000  # the new path is taken (every stored form), and checked
    for text in texts:
        assert th.canonical([th.AUDIT, th.stored_datetime(text)]) == old_canonical(
            [th.AUDIT, _old_stored_datetime(text)]), text
