"""The shared ReportLab base of every Kamura printout.

What each document gets from here:

* **Fonts**: DejaVu Sans (regular and bold) from ``resources/fonts``, registered once and
  embedded (subset) in every PDF, so Indonesian text prints the same on any PC and no
  standard PDF font is referenced at all (the canvas starts in DejaVu, too).
* **Page formats**: :data:`A4_PORTRAIT` for forms, passbooks and reports; :data:`A6_PORTRAIT`
  and :data:`HALF_A4` (A5 landscape, half an A4 sheet) for receipts.
* **Letterhead** on every page: logo, the cooperative's name, address line, legal-entity
  number and phone, over a green and gold rule (compact on the small formats).
* **Footer** on every page: "Kamura Desktop <version> · Dicetak <date time>" and
  "Halaman X dari Y" (the page count is known only at the end, so the footer is drawn by
  :class:`_NumberedCanvas` when the document is saved).
* **Indonesian formatting** (:func:`money`, :func:`tanggal`), paragraph styles, tables and
  :func:`signature_blocks`.

Builders are fed the frozen DTOs of :mod:`kamura_desktop.dto` (and the documents' own input
dataclasses); this layer never sees a session or an ORM object and never imports the services.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.boxstuff import aspectRatioFix
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5, A6, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Table,
)
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import TableStyle as _TableStyle
from reportlab.platypus.paraparser import ParaParser

from kamura_desktop import __version__
from kamura_desktop.domain.dates import format_date_id, format_datetime_id
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.dto.settings import CooperativeProfile
from kamura_desktop.resources import resource

from .outputs import PDF, writing

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

GREEN = colors.HexColor("#12503f")
GOLD = colors.HexColor("#e0b22c")
PALE_GREEN = colors.HexColor("#e9f1ee")
RULE_GREY = colors.HexColor("#9aa9a4")
TEXT_GREY = colors.HexColor("#55605c")

CHECKED = "\u2612"  # ☒
UNCHECKED = "\u2610"  # ☐


# ---------------------------------------------------------------- fonts

_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans and its bold face with ReportLab (once per process)."""
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    # No oblique face is shipped: <i> falls back to the upright face rather than Helvetica.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
    _registered = True


# ---------------------------------------------------------------- Indonesian formatting

def money(amount: int) -> str:
    """``Rp125.000`` (the one rupiah formatter, re-exported for the builders)."""
    return format_rupiah(amount)


def amount_width(amounts: Sequence[int], *, size: float, bold: bool = True, padding: float = 6) -> float:
    """The width (points) a column needs so that none of ``amounts`` wraps, written as
    ``money()`` prints them at ``size`` pt (bold, as totals are) plus the cell's padding."""
    return text_width([money(a) for a in amounts], size=size, bold=bold, padding=padding)


def text_width(texts: Sequence[str], *, size: float, bold: bool = True, padding: float = 6) -> float:
    """The width (points) a column needs so that none of ``texts`` (an amount with its words
    around it: "6 × Rp4.200") wraps at ``size`` pt, plus the cell's padding."""
    register_fonts()
    font = FONT_BOLD if bold else FONT
    return max((pdfmetrics.stringWidth(t, font, size) for t in texts), default=0.0) + padding


def widen(widths: list[float], needs: dict[int, float], flexible: int) -> list[float]:
    """``widths`` with column ``i`` at least ``needs[i]`` wide (an amount column as wide as its
    largest amount), the extra taken from the ``flexible`` column (a name or description)."""
    out = list(widths)
    for i, need in needs.items():
        if need > out[i]:
            out[flexible] -= need - out[i]
            out[i] = need
    return out


def tanggal(value: dt.date | None) -> str:
    """``28 Maret 2024``; empty for None."""
    return format_date_id(value)


def place_name(profile: CooperativeProfile) -> str:
    """The place written before the date of a signature: the village without 'Desa'."""
    village = (profile.village or "").strip()
    for prefix in ("Desa ", "Kelurahan ", "Kel. ", "Ds. "):
        if village.lower().startswith(prefix.lower()):
            return village[len(prefix):].strip()
    return village


def place_and_date(profile: CooperativeProfile, on: dt.date | None) -> str:
    """``Mekarmukti, 28 Maret 2024``, or a line to fill in by hand when no date is given."""
    place = place_name(profile) or "……………"
    when = tanggal(on) if on else "…………… 20……"
    return f"{place}, {when}"


# ---------------------------------------------------------------- page formats

@dataclass(frozen=True)
class PageFormat:
    name: str
    size: tuple[float, float]
    margin: float  # left and right
    top: float  # paper edge to the letterhead
    bottom: float  # paper edge to the footer's baseline
    compact: bool  # small letterhead and fonts

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin


A4_PORTRAIT = PageFormat("A4", A4, margin=18 * mm, top=12 * mm, bottom=10 * mm, compact=False)
A6_PORTRAIT = PageFormat("A6", A6, margin=7 * mm, top=6 * mm, bottom=5 * mm, compact=True)
HALF_A4 = PageFormat("½ A4", landscape(A5), margin=14 * mm, top=8 * mm, bottom=6 * mm,
                     compact=False)


# ---------------------------------------------------------------- styles

@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_right_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    center: ParagraphStyle
    big_amount: ParagraphStyle


@cache
def styles(compact: bool = False) -> Styles:
    """Paragraph styles in DejaVu Sans; ``compact`` for A6 and half-A4 receipts."""
    register_fonts()
    k = 0.82 if compact else 1.0

    def style(name: str, size: float, *, bold: bool = False, align: int = TA_LEFT,
              color=colors.black, leading: float | None = None, before: float = 0,
              after: float = 0, keep: bool = False) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=FONT_BOLD if bold else FONT, fontSize=size * k,
            leading=(leading or size * 1.25) * k, alignment=align, textColor=color,
            spaceBefore=before * k, spaceAfter=after * k, keepWithNext=int(keep))

    return Styles(
        title=style("title", 14, bold=True, align=TA_CENTER, color=GREEN, after=2),
        subtitle=style("subtitle", 9.5, align=TA_CENTER, color=TEXT_GREY, after=6),
        # a heading keeps with what follows it: never alone at the foot of a page (issue 18)
        heading=style("heading", 10.5, bold=True, color=GREEN, before=8, after=4, keep=True),
        body=style("body", 9.5, leading=13.5),
        small=style("small", 7.5, color=TEXT_GREY),
        label=style("label", 9),
        value=style("value", 9.5, bold=True),
        cell=style("cell", 8.5, leading=10.5),
        cell_bold=style("cell_bold", 8.5, bold=True, leading=10.5),
        cell_right=style("cell_right", 8.5, align=TA_RIGHT, leading=10.5),
        cell_right_bold=style("cell_right_bold", 8.5, bold=True, align=TA_RIGHT, leading=10.5),
        cell_head=style("cell_head", 8, bold=True, color=colors.white, leading=10),
        cell_head_right=style("cell_head_right", 8, bold=True, color=colors.white,
                              align=TA_RIGHT, leading=10),
        center=style("center", 9.5, align=TA_CENTER),
        big_amount=style("big_amount", 15, bold=True, color=GREEN, leading=18),
    )


class Paragraph(_Paragraph):
    """ReportLab's ``Paragraph`` that draws the very same PDF with less work (issue 20: a
    table of a thousand rows is a paragraph per cell; tests/documents/test_same_bytes.py):

    * plain text (no markup, no ``&``: a name, an amount, a date — most cells) is not run
      through ReportLab's HTML parser: its one fragment is a copy of the fragment the parser
      makes for the style (parsed once per font, size and colour) with the text in it;
    * laid out again at the width it was last laid out at (a table measures each cell, then
      measures it again to split itself over a page and once more to draw it), the lines
      broken then are used again instead of broken anew.

    Checked on the 230 PDFs the printout tests build: the same bytes, but for four whose
    names are longer than their column — the same drawing operations there, ReportLab's own
    breaking again of a split word having left more blanks between them.
    """

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803 - ReportLab's names
        if (frags is None and not bulletText and type(text) is str and "<" not in text
                and "&" not in text and not getattr(style, "textTransform", None)):
            clean = cleaner(text)
            if clean:
                frag = copy.copy(_plain_frag(style))
                frag.link, frag.us_lines, frag.textColor, frag.text = [], [], style.textColor, clean
                return super()._setup(clean, style, bulletText, [frag], cleaner)
        return super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        last = self.__dict__.get("_kamura_wrapped")
        if (last is not None and last[0] == availWidth and last[1] is self.style
                and last[2] is self.frags):
            (self.width, self._wrapWidths, self.blPara, self.height, self._width_max,
             self._splitLongWordCount, self._hyphenations) = last[3:]
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__ and size[0] == availWidth:  # (not "cannot fit here")
            self._kamura_wrapped = (availWidth, self.style, self.frags, self.width, self._wrapWidths,
                                    self.blPara, self.height, self._width_max,
                                    self._splitLongWordCount, self._hyphenations)
        return size

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        self.__dict__.pop("_kamura_wrapped", None)  # (splitting may change the fragments)
        return super().split(availWidth, availHeight)


#: (font, size) -> the fragment ReportLab's parser makes for a plain text in a style of that
#: font and size (its colour is the style's own, set on each copy)
_PLAIN_FRAGS: dict[tuple[str, float], Any] = {}


def _plain_frag(style: ParagraphStyle):
    key = (style.fontName, style.fontSize)
    frag = _PLAIN_FRAGS.get(key)
    if frag is None:
        _style, frags, _bullet = ParaParser().parse("x", style)
        frag = _PLAIN_FRAGS[key] = frags[0]
    return frag


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (``&``, ``<`` and ``>`` escaped)."""
    return Paragraph(escape(text), style)


def escape(text: str | None) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def TableStyle(commands: list) -> _TableStyle:  # noqa: N802 - mirrors ReportLab's class
    """A table style that sets DejaVu first, so no cell can fall back to Helvetica."""
    return _TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8.5), *commands])


def data_table(rows: Sequence[Sequence], col_widths: Sequence[float], *, header_rows: int = 1,
               bold_last_row: bool = False, zebra: bool = True) -> Table:
    """A ruled table with a green header row repeated on every page."""
    table = Table(list(rows), colWidths=list(col_widths), repeatRows=header_rows)
    commands = [
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), GREEN),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
    ] if header_rows else []  # none: rows continuing a table above (ContinuedTable)
    commands += [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE_GREY),
        ("BOX", (0, 0), (-1, -1), 0.6, GREEN),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        for r in range(header_rows + 1, len(rows), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), PALE_GREEN))
    if bold_last_row and len(rows) > header_rows:
        commands += [("LINEABOVE", (0, -1), (-1, -1), 0.9, GREEN),
                     ("BACKGROUND", (0, -1), (-1, -1), PALE_GREEN)]
    table.setStyle(TableStyle(commands))
    return table


def info_table(pairs: Sequence[tuple[str, str]], col_widths: Sequence[float], *,
               compact: bool = False, columns: int = 1) -> Table:
    """``label : value`` lines (a member's particulars), in one or two column pairs."""
    st = styles(compact)
    cells = [[para(label, st.label), para(":", st.label), para(value or "-", st.value)]
             for label, value in pairs]
    if columns == 2:
        half = (len(cells) + 1) // 2
        left, right = cells[:half], cells[half:]
        right += [["", "", ""]] * (len(left) - len(right))
        cells = [a + b for a, b in zip(left, right, strict=True)]
    table = Table(cells, colWidths=list(col_widths) * columns)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


class ContinuedTable(Flowable):
    """Rows continuing the table above: without a heading row while they follow it on the
    same page, with the heading when they start a page (at the top of a frame, or the part
    left over when they break) — so a long table split in parts, or its last rows kept
    with the signatures, never repeats its heading mid-page nor starts a page without it.

    ``make(rows, head)`` builds the ruled table of ``rows``, with the heading row or without.
    """

    def __init__(self, rows: Sequence, make):
        super().__init__()
        self.rows = list(rows)
        self.make = make
        self._table: Table | None = None
        #: the table of the rows with the heading (True) or without, made once each: the
        #: frame wraps and then splits the same rows on every page of a long ledger, and
        #: making them again for each call cost the ledger's rows several times over
        self._made: dict[bool, Table] = {}
        self._wrapped: tuple | None = None  # (heading, width, height) of the last wrap

    def _at_top(self) -> bool:
        return bool(getattr(getattr(self, "_frame", None), "_atTop", False))

    def _made_table(self, head: bool) -> Table:
        table = self._made.get(head)
        if table is None:
            table = self._made[head] = self.make(self.rows, head)
        return table

    def wrap(self, avail_width, avail_height):
        head = self._at_top()
        self._table = self._made_table(head)
        self._table.canv = getattr(self, "canv", None)
        w, h = self._table.wrap(avail_width, avail_height)
        self._wrapped = (head, avail_width, avail_height)
        self.width, self.height = w, h
        return w, h

    def draw(self) -> None:
        self._table.drawOn(self.canv, 0, 0)

    def split(self, avail_width, avail_height):
        head = self._at_top()
        table = self._made_table(head)
        if self._wrapped != (head, avail_width, avail_height):  # (split measures it again)
            table.wrap(avail_width, avail_height)
        parts = table.split(avail_width, avail_height)
        if head or len(parts) < 2:
            return parts  # a headed table repeats its own heading; nothing fits: next page
        done = len(parts[0]._cellvalues)  # noqa: SLF001 - the rows that stayed on this page
        return [self.make(self.rows[:done], False), ContinuedTable(self.rows[done:], self.make)]


def headed_table(heading: Flowable | None, rows: Sequence, make, *, first: int = 3, last: int = 0,
                 after: Sequence[Flowable] = ()) -> list[Flowable]:
    """A long table whose heading never stands alone at the foot of a page and whose end never
    stands alone at the top of the next: ``heading`` with the first ``first`` rows in one
    :class:`KeepTogether`, the rows between as a :class:`ContinuedTable` (the column heading
    where a page starts), and the last ``last`` rows with ``after`` (a total, the signatures)
    in another. ``make(rows, head)`` builds the ruled table of ``rows`` with its column
    heading or without (as for :class:`ContinuedTable`)."""
    rows = list(rows)
    last = min(last, max(len(rows) - first, 0))
    head_rows, middle = rows[:first], rows[first:len(rows) - last]
    end_rows = rows[len(rows) - last:] if last else []
    out: list[Flowable] = [KeepTogether(([heading] if heading is not None else []) + [make(head_rows, True)])]
    if middle:
        out.append(ContinuedTable(middle, make))
    if end_rows or after:
        out.append(KeepTogether(([ContinuedTable(end_rows, make)] if end_rows else []) + list(after)))
    return out


class FitTogether(Flowable):
    """Content kept together (follow-ups and the signatures under them) that is printed up to
    ``least`` of its size where it almost fits, rather than moved whole to the next page and
    leaving this one a third empty; where it does not fit even so, it starts the next page
    (and there splits as :class:`KeepTogether` would)."""

    def __init__(self, content: Sequence[Flowable], least: float = 0.9):
        super().__init__()
        self.content = list(content)
        self.least = least
        self._frame_fit: KeepInFrame | None = None

    def _natural(self, avail_width: float) -> tuple[float, float]:
        from reportlab.platypus.flowables import _listWrapOn

        return _listWrapOn(self.content, avail_width, getattr(self, "canv", None))

    def wrap(self, avail_width, avail_height):
        w, h = self._natural(avail_width)
        self._frame_fit = None
        if h > avail_height >= h * self.least:
            self._frame_fit = KeepInFrame(avail_width, avail_height, self.content, mode="shrink")
            self._frame_fit.canv = getattr(self, "canv", None)
            w, h = self._frame_fit.wrap(avail_width, avail_height)
        self.width, self.height = w, h
        return w, h

    def draw(self) -> None:
        if self._frame_fit is not None:
            self._frame_fit.drawOn(self.canv, 0, 0)
            return
        y = self.height
        for f in self.content:
            _w, h = f.wrap(self.width, y)
            y -= f.getSpaceBefore() + h
            f.drawOn(self.canv, 0, y)
            y -= f.getSpaceAfter()

    def split(self, avail_width, avail_height):
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        return list(self.content) if at_top else []


# ---------------------------------------------------------------- signatures

@dataclass(frozen=True)
class Signer:
    """One signature block: ``Mengetahui,`` / ``Ketua`` / space / ``( name )``."""

    role: str
    name: str | None = None  # None: a dotted line to write the name on
    caption: str | None = None  # a line above the role, e.g. "Mengetahui,"
    stamp: bool = False  # signs over a stamp-duty box (the text says "bermeterai")


def _person_key(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def same_person(a: str | None, b: str | None) -> bool:
    """Two printed names of one person (spacing and case aside); never two blanks."""
    return bool(_person_key(a)) and _person_key(a) == _person_key(b)


def one_role_each(signers: Sequence[Signer], taken: Sequence[str | None] = ()) -> list[Signer]:
    """No printout asks one person to sign twice in two roles: a name already met (earlier in
    ``signers`` or in ``taken``, the other blocks of the same document) is left blank with its
    role, for the next person in charge to sign."""
    seen = {_person_key(n) for n in taken if _person_key(n)}
    out = []
    for s in signers:
        key = _person_key(s.name)
        if key and key in seen:
            s = replace(s, name=None)
        seen.add(key)
        out.append(s)
    return out


def _blank_name(width: float, style: ParagraphStyle) -> str:
    """``( ………………………………… )`` as long as fits one line of ``width`` (never wrapping in a
    narrow block, e.g. four signatures across A4)."""
    dots = 13  # the full line of a wide block
    while dots > 6 and pdfmetrics.stringWidth(f"( {'…' * dots} )", style.fontName, style.fontSize) > width:
        dots -= 1
    return f"( {'…' * dots} )"


def signature_blocks(signers: Sequence[Signer], *, width: float, place_date: str | None = None,
                     space: float = 17 * mm, compact: bool = False,
                     taken: Sequence[str | None] = ()) -> Table:
    """Signature blocks side by side over ``width``; ``place_date`` ("Mekarmukti, 28 Maret
    2024") is written above the rightmost one, as Indonesian letters do. A person already
    signing in another role (here or in ``taken``) is not named twice (:func:`one_role_each`)."""
    signers = one_role_each(signers, taken)
    st = styles(compact)
    center = ParagraphStyle("sig", parent=st.body, alignment=TA_CENTER)
    name_style = ParagraphStyle("sig_name", parent=st.value, alignment=TA_CENTER)
    n = len(signers)
    top = [para(place_date if place_date and i == n - 1 else "", center) for i in range(n)]
    captions = [para(s.caption or "", center) for s in signers]
    roles = [para(s.role, center) for s in signers]
    blank = [PhotoBox(28 * mm, min(space - 1 * mm, 15 * mm), STAMP_LABEL) if s.stamp else "" for s in signers]
    # non-breaking spaces keep the brackets on the name's first and last words when it wraps
    names = [Paragraph(f"(&nbsp;{escape(s.name)}&nbsp;)" if s.name else
                       _blank_name(width / n - 4, name_style), name_style) for s in signers]
    rows = [top, captions, roles, blank, names]
    if not place_date:
        rows.remove(top)
    if not any(s.caption for s in signers):
        rows.remove(captions)
    table = Table(rows, colWidths=[width / n] * n,
                  rowHeights=[None if r is not blank else space for r in rows])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


# ---------------------------------------------------------------- small flowables

class DigitBoxes(Flowable):
    """A row of boxes, one per digit (the 16 digits of a NIK or No. KK), filled or blank."""

    def __init__(self, digits: str | None, count: int = 16, box: float = 5.6 * mm,
                 gap_every: int = 4, gap: float = 1.6 * mm):
        super().__init__()
        self.digits = (digits or "")[:count]
        self.count, self.box, self.gap_every, self.gap = count, box, gap_every, gap
        groups = (count - 1) // gap_every if gap_every else 0
        self.width = count * box + groups * gap
        self.height = box

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(0.6)
        c.setStrokeColor(colors.black)
        c.setFont(FONT_BOLD, self.box * 0.62)
        x = 0.0
        for i in range(self.count):
            if i and self.gap_every and i % self.gap_every == 0:
                x += self.gap
            c.rect(x, 0, self.box, self.box)
            if i < len(self.digits):
                c.drawCentredString(x + self.box / 2, self.box * 0.26, self.digits[i])
            x += self.box


class FillLine(Flowable):
    """A value written on a dotted line (or just the line, to be filled in by hand)."""

    def __init__(self, text: str | None, width: float, *, height: float = 6 * mm,
                 font_size: float = 9.5):
        super().__init__()
        self.text, self.width, self.height, self.font_size = text, width, height, font_size

    def wrap(self, avail_width, avail_height):
        self.width = min(self.width, avail_width) if avail_width else self.width
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(RULE_GREY)
        c.setLineWidth(0.6)
        c.setDash(1, 1.5)
        c.line(0, 1, self.width, 1)
        c.setDash()
        if self.text:
            # a long value is printed smaller rather than cut (down to 6.5 pt, then "…")
            room = self.width - 2
            size = self.font_size
            while size > 6.5 and pdfmetrics.stringWidth(self.text, FONT_BOLD, size) > room:
                size -= 0.25
            text = self.text
            if pdfmetrics.stringWidth(text, FONT_BOLD, size) > room:
                while text and pdfmetrics.stringWidth(text + "…", FONT_BOLD, size) > room:
                    text = text[:-1]
                text += "…"
            c.setFont(FONT_BOLD, size)
            c.setFillColor(colors.black)
            c.drawString(1.5, 3, text)


STAMP_LABEL = "Meterai Rp10.000"  # UU 10/2020 Bea Meterai: one rate since 2021


class PhotoBox(Flowable):
    """The frame where the applicant glues a passport photo."""

    def __init__(self, width: float = 30 * mm, height: float = 40 * mm, label: str = "Pas foto 3×4"):
        super().__init__()
        self.width, self.height, self.label = width, height, label

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(RULE_GREY)
        c.setLineWidth(0.7)
        c.setDash(3, 2)
        c.rect(0, 0, self.width, self.height)
        c.setDash()
        c.setFont(FONT, 7.5)
        c.setFillColor(TEXT_GREY)
        c.drawCentredString(self.width / 2, self.height / 2, self.label)


# ---------------------------------------------------------------- letterhead and footer

@dataclass(frozen=True)
class _HeaderLayout:
    logo: float
    name_size: float
    text_size: float
    name_lines: list[str]
    text_lines: list[str]
    height: float
    #: the logo read once for the document (decoding it for every page cost a long list's
    #: pages ~2 ms each); None without a logo
    logo_image: ImageReader | None = None


def split_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``: at spaces, and a word longer than
    a line (a name typed without spaces) at its characters — never past the margin."""
    lines = []
    for line in simpleSplit(text, font, size, width):
        while pdfmetrics.stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and pdfmetrics.stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def fit_lines(text: str, font: str, size: float, width: float, *, max_lines: int,
              smallest: float) -> tuple[float, list[str]]:
    """The largest size from ``size`` down to ``smallest`` at which ``text`` fits
    ``max_lines`` lines of ``width``, and those lines; at ``smallest`` the last line ends
    with "…" when the text is longer still."""
    while True:
        lines = split_lines(text, font, size, width)
        if len(lines) <= max_lines or size <= smallest:
            break
        size = max(smallest, size - 0.25)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and pdfmetrics.stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        lines = [*lines[:max_lines - 1], last + "…"]
    return size, lines


def _header_layout(profile: CooperativeProfile, page: PageFormat) -> _HeaderLayout:
    compact = page.compact
    logo = (11 if compact else 19) * mm if profile.logo_png else 0.0
    name_size, text_size = (8.8, 6.4) if compact else (14.0, 8.6)
    text_width = page.content_width - (logo + (3 if compact else 5) * mm if logo else 0)
    # a long name is printed smaller rather than cut or run past the margin (two lines)
    name_size, name_lines = fit_lines(profile.name or "", FONT_BOLD, name_size, text_width,
                                      max_lines=2, smallest=name_size * 0.6)
    details = []
    address = profile.address_line()
    if address:
        details += fit_lines(address, FONT, text_size, text_width, max_lines=2,
                             smallest=text_size)[1]
    extra = "   ·   ".join(x for x in (
        f"Badan Hukum No. {profile.legal_number}" if profile.legal_number else "",
        f"Telp. {profile.phone}" if profile.phone else "") if x)
    if extra:
        details += fit_lines(extra, FONT, text_size, text_width, max_lines=2, smallest=text_size)[1]
    text_height = len(name_lines) * name_size * 1.2 + len(details) * text_size * 1.3
    height = max(logo, text_height) + (2.5 if compact else 4) * mm
    image = ImageReader(io.BytesIO(profile.logo_png)) if logo else None
    return _HeaderLayout(logo, name_size, text_size, name_lines, details, height, image)


def _draw_letterhead(c: Canvas, profile: CooperativeProfile, page: PageFormat, lay: _HeaderLayout) -> None:
    c.saveState()
    top = page.height - page.top
    x = page.margin
    if lay.logo:
        image = lay.logo_image or ImageReader(io.BytesIO(profile.logo_png))
        c.drawImage(image, x, top - lay.logo, lay.logo, lay.logo, mask="auto",
                    preserveAspectRatio=True, anchor="c")
        x += lay.logo + (3 if page.compact else 5) * mm
    text_height = len(lay.name_lines) * lay.name_size * 1.2 + len(lay.text_lines) * lay.text_size * 1.3
    y = top - max(0.0, (lay.logo - text_height) / 2) - lay.name_size
    c.setFillColor(GREEN)
    c.setFont(FONT_BOLD, lay.name_size)
    for line in lay.name_lines:
        c.drawString(x, y, line)
        y -= lay.name_size * 1.2
    y += lay.name_size * 1.2 - lay.text_size * 1.45
    c.setFillColor(colors.black)
    c.setFont(FONT, lay.text_size)
    for line in lay.text_lines:
        c.drawString(x, y, line)
        y -= lay.text_size * 1.3
    rule_y = page.height - page.top - lay.height + (1 if page.compact else 1.5) * mm
    c.setStrokeColor(GREEN)
    c.setLineWidth(1.6 if not page.compact else 1.0)
    c.line(page.margin, rule_y, page.width - page.margin, rule_y)
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.8 if not page.compact else 0.5)
    gap = 1.0 * mm if not page.compact else 0.7 * mm
    c.line(page.margin, rule_y - gap, page.width - page.margin, rule_y - gap)
    c.restoreState()


def _footer_size(page: PageFormat) -> float:
    return 5.6 if page.compact else 7.2


def _footer_lines(page: PageFormat, printed_at: dt.datetime, label: str, number: int,
                  total: int) -> list[tuple[str, str]]:
    """The footer's lines, top to bottom, each (left text, right text). On a narrow page (a
    58 mm roll) the program's name, the printing time and the page number each get a line of
    their own rather than running past the paper's edge."""
    size = _footer_size(page)
    room = page.content_width

    def fits(*parts: str) -> bool:
        return sum(pdfmetrics.stringWidth(p, FONT, size) for p in parts) + 2 * mm * (len(parts) - 1) <= room

    program = f"Kamura Desktop {__version__}"
    printed = f"Dicetak {format_datetime_id(printed_at)}"
    left = f"{program} · {printed}"
    if label and not page.compact:
        left += f" · {label}"
    right = f"Halaman {number} dari {total}"
    if fits(left, right):
        return [(left, right)]
    if fits(left):
        return [(left, ""), ("", right)]
    return [(program, ""), (printed, ""), ("", right)]


def _footer_height(page: PageFormat, printed_at: dt.datetime | None = None) -> float:
    """Room kept for the footer above ``page.bottom`` (a page count of three digits assumed)."""
    base = (4.5 if page.compact else 7) * mm
    if printed_at is None:
        return base
    lines = len(_footer_lines(page, printed_at, "", 888, 888))
    return base + (lines - 1) * _footer_size(page) * 1.15


def _draw_footer(c: Canvas, page: PageFormat, number: int, total: int, printed_at: dt.datetime,
                 label: str) -> None:
    c.saveState()
    size = _footer_size(page)
    lines = _footer_lines(page, printed_at, label, number, total)
    step = size * 1.15
    top = page.bottom + (len(lines) - 1) * step  # the last line sits on page.bottom
    c.setStrokeColor(RULE_GREY)
    c.setLineWidth(0.4)
    c.line(page.margin, top + size * 1.5, page.width - page.margin, top + size * 1.5)
    c.setFont(FONT, size)
    c.setFillColor(TEXT_GREY)
    for i, (left, right) in enumerate(lines):
        y = top - i * step
        if left:
            c.drawString(page.margin, y, left)
        if right:
            c.drawRightString(page.width - page.margin, y, right)
    c.restoreState()


class _NumberedCanvas(Canvas):
    """Holds every page until the end, then draws the footers with the page count."""

    footer = None  # set on a subclass per document: fn(canvas, number, total)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        #: page number -> [(where in the page's content, fn)]: drawn when the document is saved
        self._late: dict[int, list[tuple[int, object]]] = {}
        #: (id of an ImageReader, mask) -> (the reader, the name ReportLab gave it in this document)
        self._image_names: dict[tuple[int, str], tuple[ImageReader, str]] = {}

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def drawImage(self, image, x, y, width=None, height=None, mask=None,  # noqa: N802 - ReportLab's name
                  preserveAspectRatio=False, anchor="c", anchorAtXY=False,  # noqa: N803
                  showBoundary=False, extraReturn=None):  # noqa: N803
        """ReportLab's ``drawImage``; an image already in this document (the letterhead's logo
        on every page after the first) is drawn as ReportLab draws it then — the same
        ``/Name Do`` — without hashing its pixels again: ReportLab names an image by the MD5
        of its decoded pixels at every call (~1,5 ms for the 256×256 logo with its mask, most
        of a long list's time per page). The image is known by the object it is, so it must
        not change while the document is drawn (the letterhead's reader is made for it)."""
        known = self._image_names.get((id(image), str(mask)))
        reg = self._doc.getXObjectName(known[1]) if known else None
        obj = self._doc.idToObject.get(reg) if reg else None
        if obj is None or showBoundary or extraReturn is not None or not isinstance(image, ImageReader):
            size = super().drawImage(image, x, y, width, height, mask=mask,
                                     preserveAspectRatio=preserveAspectRatio, anchor=anchor,
                                     anchorAtXY=anchorAtXY, showBoundary=showBoundary,
                                     extraReturn=extraReturn)
            if isinstance(image, ImageReader):  # (the image kept: its id is not reused meanwhile)
                self._image_names[(id(image), str(mask))] = (image, self._formsinuse[-1])
            return size
        # the end of Canvas.drawImage for an image it has registered already
        self._currentPageHasImages = 1
        x, y, width, height, _scaled = aspectRatioFix(preserveAspectRatio, anchor, x, y, width, height,
                                                      obj.width, obj.height, anchorAtXY)
        self.saveState()
        self.translate(x, y)
        self.scale(width, height)
        self._code.append(f"/{reg} Do")
        self.restoreState()
        self._formsinuse.append(known[1])
        return obj.width, obj.height

    def draw_late(self, fn) -> None:
        """``fn(canvas)`` drawn into this page's content here — at this point of it, in the
        graphics state it has now — when the document is saved: for what is known only once
        every page is laid out (the page a later chapter starts on, in a table of contents
        laid out once). What ``fn`` draws reads in the page's order as if drawn now."""
        self._late.setdefault(self.getPageNumber(), []).append((len(self._code), fn))

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            for at, fn in reversed(self._late.get(number, ())):  # (the later first: places stay)
                page, self._code = self._code, []
                fn(self)
                page[at:at] = self._code
                self._code = page
            type(self).footer(self, number, total)
            super().showPage()
        super().save()


def build_pdf(path: Path | str, story: list, *, profile: CooperativeProfile,
              page: PageFormat = A4_PORTRAIT, title: str, subject: str = "",
              printed_at: dt.datetime | None = None, one_page: bool = False) -> Path:
    """Lay ``story`` out on ``page`` with the letterhead and footer; write ``path``.
    ``one_page``: each slip (slips separated by PageBreak) must stay one page (a kwitansi): it is shrunk to fit when the
    longest names would push its signatures over."""
    register_fonts()
    path = Path(path)
    printed_at = printed_at or dt.datetime.now().replace(microsecond=0)
    lay = _header_layout(profile, page)
    gap = (2 if page.compact else 4) * mm
    frame_top = page.height - page.top - lay.height - gap
    frame_bottom = page.bottom + _footer_height(page, printed_at)
    frame = Frame(page.margin, frame_bottom, page.content_width, frame_top - frame_bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    if one_page:  # each slip (a PageBreak between slips) is shrunk to fit its page
        slips: list[list] = [[]]
        for flowable in story:
            if isinstance(flowable, PageBreak):
                slips.append([])
            else:
                slips[-1].append(flowable)
        story = []
        for i, slip in enumerate(slips):
            if i:
                story.append(PageBreak())
            story.append(KeepInFrame(page.content_width, frame_top - frame_bottom, slip, mode="shrink"))

    def on_page(c: Canvas, _doc) -> None:
        _draw_letterhead(c, profile, page, lay)

    def footer(c: Canvas, number: int, total: int) -> None:
        _draw_footer(c, page, number, total, printed_at, title)

    with writing(path, PDF) as tmp:  # never over the books; renamed into place when complete
        _build_doc(tmp, story, page=page, frame=frame, on_page=on_page, footer=footer,
                   title=title, subject=subject, profile=profile)
    return path


def _build_doc(tmp: Path, story: list, *, page: PageFormat, frame: Frame, on_page, footer,
               title: str, subject: str, profile: CooperativeProfile) -> None:
    canvas_class = type("KamuraCanvas", (_NumberedCanvas,), {"footer": staticmethod(footer)})
    doc = BaseDocTemplate(
        str(tmp), pagesize=page.size, leftMargin=page.margin, rightMargin=page.margin,
        topMargin=page.top, bottomMargin=page.bottom, title=title, subject=subject,
        author=profile.name, creator=f"Kamura Desktop {__version__}",
        producer=f"Kamura Desktop {__version__}", initialFontName=FONT, initialFontSize=9,
        initialLeading=11, lang="id-ID",
    )
    doc.addPageTemplates([PageTemplate(id=page.name, frames=[frame], onPage=on_page)])
    doc.build(story, canvasmaker=canvas_class)
