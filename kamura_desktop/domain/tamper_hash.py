"""Canonical hashing of the rows that must be tamper-evident (the journal, the audit log,
users and settings). Pure functions: the services write the hashes, the migration fills
them for older files, ``kamura check`` recomputes them. Any other implementation (a
PostgreSQL back end, an auditor's script) reproduces them from this definition:

* A row is a list of values in a fixed order, starting with a tag that names the row kind
  and the version of this definition (``"kamura.journal.v1"``, …).
* Values are normalised: ``int`` → JSON number; ``str`` → JSON string; ``None`` → ``null``;
  ``bool`` → ``true``/``false``; a date → ``"YYYY-MM-DD"``; a date-time →
  ``"YYYY-MM-DD HH:MM:SS.ffffff"`` (always six fraction digits, as stored); a list (a
  journal entry's lines) → a JSON array of normalised values; a blob (the program never
  writes one here) → the string ``"x'<hex>'"``. Anything else
  (a float where an integer belongs, say) is encoded as what it is, so it never matches.
* The list is encoded with ``json.dumps(values, ensure_ascii=True, separators=(",", ":"))``
  (every non-ASCII character as a ``\\uXXXX`` escape: no Unicode normalisation question) and
  the result as ASCII bytes.
* A chained row's hash is ``sha256(prev_hash + "\\n" + canonical)`` in lower-case hex, where
  ``prev_hash`` is the stored hash of the row before it (by id) and ``""`` for the first row.
  An unchained row's hash (users, settings) is ``sha256(canonical)``.
* A seal is ``HMAC-SHA256(key, canonical(["kamura.seal.v1", file_id, name, head_id,
  digest]))``; a digest over a set of rows is ``sha256`` of their hashes joined by
  ``"\\n"`` in id (users) or key (settings) order.

Which columns each row kind covers, in this order:

* journal: id, number, date, description, source_type, source_id, reversal_of_id,
  created_at, created_by_id, then its lines in line-id order as
  ``[account code, debit, credit, memo]`` (one hash per entry covers its lines);
* audit: id, at, user_id, username, action, entity, entity_id, summary;
* user: id, username, full_name, role, password_hash, active, failed_attempts,
  locked_until, created_at;
* setting: key, value (the stored JSON text).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
from collections.abc import Iterable, Sequence
from json.encoder import encode_basestring_ascii

try:  # the C encoder json.dumps itself uses; absent only on a Python built without it
    from json.encoder import c_make_encoder as _c_make_encoder
except ImportError:  # pragma: no cover
    _c_make_encoder = None

JOURNAL = "kamura.journal.v1"
AUDIT = "kamura.audit.v1"
USER = "kamura.user.v1"
SETTING = "kamura.setting.v1"
SEAL = "kamura.seal.v1"

DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def _encode_default(value: object) -> object:
    """What the JSON encoder cannot write itself: dates, date-times and blobs (ints, strings,
    None, booleans, floats, lists and tuples it writes as the definition above says)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="microseconds")  # = DATETIME_FORMAT, faster
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):  # never written by the program: a blob put in by hand
        return f"x'{value.hex()}'"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


#: one encoder for every row (``json.dumps`` with options builds a new one per call); its C
#: implementation walks lists and tuples itself and asks ``_encode_default`` only for the
#: values the definition turns into strings — the bytes are those of ``json.dumps(values,
#: ensure_ascii=True, separators=(",", ":"))`` on the normalised values
#: (tests/domain/test_tamper_hash_canonical.py compares it with that definition)
_ENCODER = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), default=_encode_default)


def canonical(values: Sequence[object]) -> bytes:
    """The definition's bytes of ``values``. The C encoder ``_ENCODER.encode`` would build is
    built here directly (``encode`` also makes a Python float formatter per call, which the C
    encoder never uses): the same encoder, the same bytes, a quarter less time per row; a new
    one per call, with its own record of the lists being written, so that a circular list is
    still refused by name and two threads never share that record."""
    if _c_make_encoder is None:  # pragma: no cover
        return _ENCODER.encode(values).encode("ascii")
    return "".join(_c_make_encoder({}, _encode_default, encode_basestring_ascii, None, ":", ",",
                                   False, False, True)(values, 0)).encode("ascii")


def chain_hash(prev_hash: str | None, values: Sequence[object]) -> str:
    return hashlib.sha256((prev_hash or "").encode("ascii") + b"\n" + canonical(values)).hexdigest()


def row_hash(values: Sequence[object]) -> str:
    return hashlib.sha256(canonical(values)).hexdigest()


def digest(hashes: Iterable[str | None]) -> str:
    return hashlib.sha256("\n".join(h or "" for h in hashes).encode("ascii")).hexdigest()


def seal_mac(key: bytes, *, file_id: str, name: str, head_id: int | None, digest_hex: str) -> str:
    return hmac.new(key, canonical([SEAL, file_id, name, head_id, digest_hex]),
                    hashlib.sha256).hexdigest()


def macs_equal(a: str | None, b: str) -> bool:
    return a is not None and hmac.compare_digest(a, b)


def journal_values(*, id: int, number: str, date: dt.date | str, description: str,
                   source_type: str | None, source_id: str | None, reversal_of_id: int | None,
                   created_at: dt.datetime | str, created_by_id: int | None,
                   lines: Iterable[tuple[str, object, object, str | None]]) -> list[object]:
    if isinstance(date, dt.datetime):  # a Date column keeps the day only
        date = date.date()
    return [JOURNAL, id, number, date, description, source_type, source_id, reversal_of_id,
            created_at, created_by_id, [list(line) for line in lines]]


def audit_values(*, id: int, at: dt.datetime | str, user_id: int | None, username: str,
                 action: str, entity: str, entity_id: str | None, summary: str) -> list[object]:
    return [AUDIT, id, at, user_id, username, action, entity, entity_id, summary]


def user_values(*, id: int, username: str, full_name: str, role: str, password_hash: str,
                active: bool, failed_attempts: int, locked_until: dt.datetime | str | None,
                created_at: dt.datetime | str) -> list[object]:
    return [USER, id, username, full_name, role, password_hash, active, failed_attempts,
            locked_until, created_at]


def setting_values(*, key: str, value: str) -> list[object]:
    return [SETTING, key, value]


# ---------------------------------------------------------------- reading stored rows back

#: a date-time stored in the canonical form itself (ASCII digits only: ``fromisoformat`` also
#: reads other scripts' digits, and writes them back as ASCII)
_CANONICAL_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}",
                                 re.ASCII).fullmatch


def stored_datetime(text: object) -> object:
    """A date-time as SQLite holds it (text) → the canonical value; anything unreadable is
    returned as it is (and then never matches). Text already in the canonical form is that
    value as it stands (read and written back it is the same text, encoded the same way)."""
    if type(text) is str and _CANONICAL_DATETIME(text):
        return text
    if isinstance(text, str):
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            return text
    return text


def stored_bool(value: object) -> object:
    return bool(value) if isinstance(value, int) and value in (0, 1) else value
