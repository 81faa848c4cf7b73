"""Cleaning text a user typed or a workbook held, before a service keeps it.

Every text a service accepts passes :func:`clean_text`: it must be a ``str``; it is put in
Unicode NFC form (so "é" typed two ways is one name); control characters, lone surrogates
(which cannot even be written to the database or a PDF), non-characters and the invisible
direction overrides are dropped; tabs and line breaks become spaces (a multi-line note keeps
its line breaks); runs of spaces become one; the ends are trimmed. Then the length is
measured against :data:`kamura_desktop.domain.limits.TEXT_LIMITS` and a text that is too long
is refused with a message naming the field. :func:`clean_search` cleans a search box the same
way, without refusing anything. :func:`search_fold` is the form both a member's search text
and a typed search are compared in (case and accents blind).
"""

from __future__ import annotations

import re
import unicodedata

from .errors import UserError
from .limits import TEXT_LIMITS

# Bidi embedding/override/isolate controls: invisible, and they can make a name read
# differently from what it holds.
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\ufeff\u00ad")
_SURROGATES = re.compile("[\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def _keep(ch: str, multiline: bool) -> str:
    if ch == "\n":
        return "\n" if multiline else " "
    if ch in "\t\r\v\f\x85\u2028\u2029":
        return "\n" if multiline and ch in "\r\x85\u2028\u2029" else " "
    if ch in _BIDI:
        return ""
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cs", "Cn") and not (cat == "Cn" and _assigned_later(ch)):
        return ""
    return ch


def _keep_all(text: str, multiline: bool) -> str:
    """``_keep`` applied to every character, decided once per distinct character and applied
    by ``str.translate`` (a 100.000-character text is a handful of distinct characters)."""
    table = {}
    for ch in set(text):
        kept = _keep(ch, multiline)
        if kept != ch:
            table[ord(ch)] = kept
    return text.translate(table) if table else text


def _assigned_later(ch: str) -> bool:
    """A code point unknown to this Python's Unicode tables but not a non-character (a newer
    emoji, say) is kept; U+FFFE, U+FFFF and the like are dropped."""
    cp = ord(ch)
    return not ((cp & 0xFFFE) == 0xFFFE or 0xFDD0 <= cp <= 0xFDEF)


def normalise(value: str, *, multiline: bool = False) -> str:
    """NFC, without control/surrogate/non-characters, spaces collapsed, trimmed."""
    # a lone surrogate would make NFC itself fail on some builds: drop them first
    text = value if value.isascii() else _SURROGATES.sub("", value)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n")
    text = _keep_all(text, multiline)
    if multiline:
        lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    else:
        text = _SPACES.sub(" ", text)
    return text.strip()


def clean_text(value: object, *, field: str, label: str, kind: str = "name",
               required: bool = False, multiline: bool = False) -> str | None:
    """The cleaned text (None when empty and not required), or a :class:`UserError` naming
    ``label`` and ``field`` when it is missing, not text, or longer than the ``kind``'s limit."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise UserError(f"{label} harus berupa teks.", field=field)
    text = normalise(value, multiline=multiline)
    if not text:
        if required:
            raise UserError(f"{label} wajib diisi.", field=field)
        return None
    limit = TEXT_LIMITS[kind]
    if len(text) > limit:
        raise UserError(f"{label} terlalu panjang: {_number(len(text))} karakter, paling "
                        f"banyak {_number(limit)} karakter.", field=field, code="text_too_long")
    return text


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def clean_search(value: object) -> str:
    """A search box's text cleaned like any text, cut at the search limit; never refused."""
    if not isinstance(value, str):
        return ""
    return normalise(value)[: TEXT_LIMITS["search"]].strip()


def search_fold(text: str) -> str:
    """``text`` lower-cased without its accents ("José Ñoño" → "jose nono"): the one form the
    member search compares in, computed in Python so that SQLite and PostgreSQL find exactly
    the same members (neither engine's own folding is used). Letters that are not a base
    letter plus marks (ø, ł, ß) are kept as they are."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def clip(text: str | None, length: int) -> str:
    """``text`` cut to ``length`` characters with "…" — for a printed box that must stay on
    its page (a receipt's note, a passbook line); the full text stays in the books."""
    text = text or ""
    return text if len(text) <= length else text[: max(length - 1, 0)].rstrip() + "…"


def is_digits(text: str) -> bool:
    """True for a non-empty text of the digits 0–9 only. Not ``str.isdigit()`` alone: that also
    says yes to "²", "¹" or "٣" (other scripts' and superscript digits), which ``int()`` then
    refuses with a traceback or reads as another number."""
    return text.isascii() and text.isdigit()
