"""Issue 18 item 1: every printout with the largest plausible amounts and the longest names,
read back from the PDF's laid-out words (poppler's ``pdftotext -bbox-layout``: each word with
its box, grouped in lines and blocks as a reader sees them).

* :func:`inflate` turns the real DTOs a service hands a document builder into the worst
  case: every amount of Rp1.000 or more becomes Rp999.999.999 (negatives too), every
  person's, group's and the cooperative's name 100 characters (one word, or long words),
  the cooperative's address fields at their limits.
* :func:`layout_defects` lists, per page: an amount cut over two lines (``Rp999.999.9`` /
  ``99``, a bare ``999.99`` / ``9.999``, a lone ``Rp``), a word past the page's (or the
  panel's) right margin, and two words drawn over each other on one line (a cell's text
  running into the next cell).
"""

from __future__ import annotations

import dataclasses
import html
import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

BIG = 999_999_999

#: int fields that are not money, by their name (or the name of the tuple they sit in)
_NOT_MONEY = re.compile(r"(^|_)(id|ids|year|years|no|nos|number|code|count|counts|day|days|month|"
                        r"months|page|pages|nik|kk|phone|version|rank|order|level|points?|n)$")
_NAME = re.compile(r"(^|_)(name|names|signer|signers|chair|treasurer|secretary|leader|"
                   r"supervisor|receiver|giver|officer|clerk|cashier)$")
_LOOKED_UP = re.compile(r"Indicator|Item|Instrument|Scale|Aspect|Account|Question|Band")
_PROFILE_TEXT = {"name": 100, "short_name": 40, "address": 200, "village": 100, "district": 100,
                 "regency": 100, "province": 100, "legal_number": 100}


def long_name(text: str, variant: str, limit: int = 100) -> str:
    """``text`` made ``limit`` characters long, still telling people apart: one unbroken word
    (``variant='one-word'``) or long real words."""
    if not text or len(text) >= limit:
        return text
    if variant == "one-word":
        return (text.replace(" ", "") + "W" * limit)[:limit]
    out = text
    while len(out) < limit:
        out += " Wirasasmita"
    out = out[:limit]
    return out if not out.endswith(" ") else out[:-1] + "W"


def inflate(value, variant: str, name: str = ""):
    """The worst case of ``value`` (a DTO, a tuple of them, a dict, a number, a text) for
    the layout: see the module's docstring. Idempotent."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        if abs(value) >= 1000 and not _NOT_MONEY.search(name):
            return BIG if value > 0 else -BIG
        return value
    if isinstance(value, str):
        return long_name(value, variant) if _NAME.search(name) else value
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple
        return type(value)(*(inflate(v, variant, f) for v, f in zip(value, value._fields, strict=True)))
    if isinstance(value, (tuple, list)):
        return type(value)(inflate(v, variant, name) for v in value)
    if isinstance(value, dict):
        return {k: inflate(v, variant, k if isinstance(k, str) else name) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if type(value).__name__ == "CooperativeProfile":
            return dataclasses.replace(value, **{
                f: long_name(getattr(value, f), variant, limit)
                for f, limit in _PROFILE_TEXT.items() if getattr(value, f)})
        if _LOOKED_UP.search(type(value).__name__):  # their names are keys other rows look up
            return value
        changes = {}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            old = getattr(value, f.name)
            new = inflate(old, variant, f.name)
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


# ---------------------------------------------------------------- reading the layout back

@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    blocks: list[list[list[Word]]]  # blocks of lines of words

    @property
    def words(self) -> list[Word]:
        return [w for block in self.blocks for line in block for w in line]


_PAGE = re.compile(r'<page width="([^"]*)" height="([^"]*)">')
_TOKEN = re.compile(r'<word xMin="([^"]*)" yMin="([^"]*)" xMax="([^"]*)" yMax="([^"]*)"(?:/>|>(.*?)</word>)'
                    r'|<(/?)(block|line)\b', re.S)


def read_layout(path: Path | str) -> list[Page]:
    """Each page's blocks of lines of words as ``pdftotext -bbox-layout`` lays them out.

    Read with two regular expressions over poppler's fixed XHTML (a page, its blocks, their
    lines, their words with four coordinates each): a third of the time of building the
    element tree and walking it (issue 20: the 15.000 words of a 50-page cash book), the same
    pages — :func:`read_layout_tree` is that walk, kept to compare
    (tests/documents/test_layout_check.py)."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    starts = [(m.end(), float(m.group(1)), float(m.group(2))) for m in _PAGE.finditer(out)]
    pages = []
    for number, (start, width, height) in enumerate(starts, start=1):
        end = out.find("</page>", start)
        blocks: list = []
        lines: list = []
        words: list = []
        for m in _TOKEN.finditer(out, start, end):
            tag = m.group(7)
            if tag is None:
                text = m.group(5) or ""
                words.append(Word(_unescape(text) if "&" in text else text, float(m.group(1)),
                                  float(m.group(2)), float(m.group(3)), float(m.group(4))))
            elif tag == "line":
                if m.group(6) and words:  # </line>
                    lines.append(words)
                words = []
            elif m.group(6):  # </block>
                if lines:
                    blocks.append(lines)
                lines = []
            else:  # <block
                lines, words = [], []
        pages.append(Page(number, width, height, blocks))
    return pages


def _unescape(text: str) -> str:
    return html.unescape(text)


def read_layout_tree(path: Path | str) -> list[Page]:
    """:func:`read_layout` by way of the element tree (the reading it stands in for)."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    out = re.sub(r"<!DOCTYPE[^>]*>", "", out).replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    root = ET.fromstring(out)
    pages = []
    for number, page in enumerate(root.iter("page"), start=1):
        blocks = []
        for block in page.iter("block"):
            lines = []
            for line in block.iter("line"):
                words = [Word(w.text or "", float(w.get("xMin")), float(w.get("yMin")),
                              float(w.get("xMax")), float(w.get("yMax"))) for w in line.iter("word")]
                if words:
                    lines.append(words)
            if lines:
                blocks.append(lines)
        pages.append(Page(number, float(page.get("width")), float(page.get("height")), blocks))
    return pages


WHOLE = re.compile(r"\(?-?Rp\d{1,3}(?:\.\d{3})*\)?")
GROUPED = re.compile(r"\(?-?\d{1,3}(?:\.\d{3})+\)?")
_TRAIL = ",;:*"


def _strip(token: str) -> str:
    """A word without the punctuation after it (a sentence's stop after a whole amount)."""
    token = token.rstrip(_TRAIL)
    return token[:-1] if token.endswith(".") and WHOLE.search(token[:-1]) and \
        re.search(r"Rp\d{1,3}(?:\.\d{3})*\.$", token) else token


def _cut_amounts(page: Page) -> list[str]:
    bad = []
    for block in page.blocks:
        for i, line in enumerate(block):
            for j, word in enumerate(line):
                token = _strip(word.text)
                if "Rp" in token and re.search(r"Rp[\d.]*\)?$", token) and not token.endswith("(Rp)"):
                    amount = token[token.index("Rp") - (1 if token[:token.index("Rp")].endswith("(") else 0):]
                    amount = amount[1:] if amount.startswith("(") and not amount.endswith(")") else amount
                    if not WHOLE.fullmatch(amount.lstrip("-")) and amount not in ("Rp", "(Rp"):
                        bad.append(f"{word.text!r} (terpotong)")
                    elif amount in ("Rp", "(Rp") and j == len(line) - 1 and i + 1 < len(block) \
                            and re.match(r"[\d.]", block[i + 1][0].text):
                        bad.append(f"{word.text!r} / {block[i + 1][0].text!r}")
                # a bare number (or an amount) at the end of a line, continued on the next
                raw = word.text.rstrip(_TRAIL)
                if j == len(line) - 1 and i + 1 < len(block) and re.search(r"\d\.?$", raw):
                    nxt = block[i + 1][0].text.rstrip(_TRAIL)
                    if re.fullmatch(r"\.?\d[\d.]*\)?", nxt):
                        tail = re.search(r"[\d.]+$", raw).group(0)
                        joined = tail + nxt
                        if GROUPED.fullmatch(joined) and (not GROUPED.fullmatch(tail) or
                                                          nxt.startswith(".") or tail.endswith(".")):
                            bad.append(f"{word.text!r} / {block[i + 1][0].text!r}")
    return bad


def _panels(page: Page, columns: int, rows: int) -> list[tuple[float, float, float, float]]:
    w, h = page.width / columns, page.height / rows
    return [(c * w, r * h, (c + 1) * w, (r + 1) * h) for r in range(rows) for c in range(columns)]


def _past_margin(page: Page, columns: int, rows: int) -> list[str]:
    """Words past the right margin of their page (or panel): the right margin is the left one
    (every Kamura page is centred), measured from the leftmost word."""
    bad = []
    for x0, y0, x1, y1 in _panels(page, columns, rows):
        inside = [w for w in page.words if x0 <= w.x0 < x1 and y0 <= w.y0 < y1 and w.text != "\u2702"]
        if not inside:
            continue
        margin = min(w.x0 for w in inside) - x0
        limit = x1 - margin + 1.0
        bad += [f"{w.text!r} sampai x={w.x1:.0f} > {limit:.0f}" for w in inside if w.x1 > limit]
    return bad


def _overlaps(page: Page) -> list[str]:
    """Two words drawn over each other on one line (text running out of its cell)."""
    bad = []
    words = sorted(page.words, key=lambda w: (round(w.y0), w.x0))
    for a_i, a in enumerate(words):
        for b in words[a_i + 1:a_i + 40]:
            if round(b.y0) - 0.5 >= a.y1:  # b and every word after it start below a's bottom
                break
            same_line = min(a.y1, b.y1) - max(a.y0, b.y0) > 0.6 * min(a.y1 - a.y0, b.y1 - b.y0)
            if same_line and min(a.x1, b.x1) - max(a.x0, b.x0) > 1.5:
                bad.append(f"{a.text!r} menimpa {b.text!r}")
    return bad


def page_text(page: Page) -> str:
    """The page's words as a reader sees them: a line's words with a space between, one line
    of text per laid-out line."""
    return "\n".join(" ".join(w.text for w in line) for block in page.blocks for line in block)


def layout_defects(path: Path | str | list[Page], *, columns: int = 1, rows: int = 1) -> list[str]:
    """Every cut amount, word past the right margin and overlap, as ``'hal. N: …'``;
    ``columns`` × ``rows``: panels imposed on one sheet (each with its own margins).
    ``path``: the PDF, or its pages as :func:`read_layout` read them."""
    out = []
    for page in (path if isinstance(path, list) else read_layout(path)):
        for problem in (*_cut_amounts(page), *_past_margin(page, columns, rows), *_overlaps(page)):
            out.append(f"hal. {page.number}: {problem}")
    return out
