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
