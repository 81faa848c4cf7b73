"""The borrower's pocket book (buku saku angsuran), one booklet per borrower per credit.

Each booklet is a few small pages ("panels"):

1. **Cover** — the cooperative's letterhead with its logo, the member, the group and its
   leader, the credit number, the terms, and a QR code of the credit number so that the
   office can find the credit by scanning the book;
2. **Schedule** — a row per instalment: no., due date, amount, date paid, amount paid and an
   initials box for the clerk (continued on further panels for a long schedule). A reprint
   fills in the payments recorded so far (date and amount), so a lost book is replaced
   without losing its history;
3. **Rules** — tanggung renteng, no late fee (or the product's fee), how a payment is
   applied, what to do when the book is lost, the office's contact;
4. **Meeting notes** — lines for the group meetings (pendampingan) that check the books.

**Layouts.** ``a6_4up`` (the default): four A6 panels on one A4 sheet, with cut lines; one
borrower's booklet fills exactly one sheet (cover, schedule, rules, notes), which the
clerk cuts into four and staples at the left edge. ``a5_2up``: two A5 panels side by side on
a landscape A4 sheet (cover | schedule, then rules | notes), cut in the middle.

*Why A6 is the default:* the book is carried in a pocket or a purse to the daily group
meeting and the fish market — A6 is pocket size, A5 is not; the Paket Usaha's six rows and
the revolving loan's at most twelve fit one A6 panel with room to initial each row; one A4
sheet per borrower keeps printing cheap and cannot mix up two borrowers' pages (a booklet
never shares a sheet). A5 is there for members who need larger print and for products with
long schedules (up to about 25 rows on one panel).

Each panel carries the letterhead and a footer with the program version and "Halaman k dari
n" of *its* booklet (from :mod:`kamura_desktop.documents.pdf`). What is the same on many
panels — the letterhead, the footers, the rules, the meeting notes, the cover's foot, a
schedule's title, head, grid and initials boxes — is drawn once per document as a PDF form
and placed on every panel; the borrower's own text is drawn with plain canvas calls (the
schedule's cells, the cover's label–value blocks) where platypus tables would cost twice the
whole page: 500 booklets print within twice the time of the same pages drawn with bare
canvas calls (tests/benchmarks/test_bench_repayments.py).
Nothing here reads the database: :mod:`kamura_desktop.services.repayment_docs` fills the
dataclasses below.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Spacer, Table

from kamura_desktop import __version__
from kamura_desktop.dto.settings import CooperativeProfile

from .outputs import PDF, writing
from .pdf import (
    FONT,
    FONT_BOLD,
    GOLD,
    GREEN,
    PALE_GREEN,
    RULE_GREY,
    TEXT_GREY,
    PageFormat,
    Paragraph,
    TableStyle,
    _draw_footer,
    _draw_letterhead,
    _footer_height,
    _header_layout,
    escape,
    money,
    para,
    register_fonts,
    same_person,
    styles,
    tanggal,
)

FREQUENCY_ADJ = {"daily": "harian", "weekly": "mingguan", "monthly": "bulanan"}
DAYS_SHORT = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")
SCISSORS = "\u2702"  # ✂


# ---------------------------------------------------------------- input

@dataclass(frozen=True)
class PocketBookLine:
    """One instalment as the book prints it; ``paid``/``paid_on`` are filled on a reprint."""

    no: int
    due_date: dt.date
    amount: int
    paid: int = 0
    paid_on: dt.date | None = None  # the payment that completed it, or the latest part

    @property
    def complete(self) -> bool:
        return self.paid >= self.amount


def _leader_borrows(book: PocketBook) -> bool:
    """The group leader's own book: she signs it as the borrower, and the group's supervisor
    (named by hand) countersigns in her place."""
    return same_person(book.member_name, book.leader_name)


@dataclass(frozen=True)
class PocketBook:
    """Everything one borrower's booklet prints."""

    credit_number: str
    member_number: str
    member_name: str
    member_address: str
    group_code: str
    group_name: str
    leader_name: str | None
    meeting_day: str | None
    meeting_place: str | None
    product_name: str
    in_kind: bool
    principal: int
    service: int
    instalments: int
    frequency: str
    instalment_amount: int  # the usual (first) instalment
    disbursed_on: dt.date | None
    cycle_no: int | None
    late_fee: int
    lines: tuple[PocketBookLine, ...]
    as_of: dt.date  # payments recorded up to this day are printed
    status: str = "active"
    closed_on: dt.date | None = None  # the day it was paid in full
    package_items: tuple[str, ...] = ()  # what the business package holds (in kind)

    @property
    def total(self) -> int:
        return self.principal + self.service

    @property
    def paid(self) -> int:
        return sum(ln.paid for ln in self.lines)

    @property
    def outstanding(self) -> int:
        return self.total - self.paid

    @property
    def is_reprint(self) -> bool:
        return self.paid > 0


# ---------------------------------------------------------------- layouts

@dataclass(frozen=True)
class Imposition:
    """How panels sit on the printed sheet."""

    code: str
    label: str
    sheet: tuple[float, float]
    panel: PageFormat
    origins: tuple[tuple[float, float], ...]  # lower-left corner of each slot, in reading order
    row_height: float  # a schedule row (tall enough to initial)
    qr_size: float
    scale: float = 1.0  # the A6 layout enlarged to fill a bigger panel (A5)
    booklet: bool = False  # pages in booklet order, printed both sides, folded once, stapled

    @property
    def per_sheet(self) -> int:
        return len(self.origins)


def booklet_order(pages: int) -> list[tuple[int, int]]:
    """The pages (1-based; ``pages`` a multiple of 4) of each side of a folded booklet, as
    ``(left, right)`` per printed side, sheet after sheet (front, then back): a stack of
    sheets printed on both sides (flip on the short edge), folded in the middle and stapled
    reads 1, 2, … ``pages``. Eight pages: [(8, 1), (2, 7), (6, 3), (4, 5)]."""
    if pages % 4:
        raise ValueError("a booklet has a multiple of four pages")
    sides = []
    for i in range(pages // 4):
        sides.append((pages - 2 * i, 2 * i + 1))  # front of sheet i
        sides.append((2 * i + 2, pages - 2 * i - 1))  # back of sheet i
    return sides


_A4_W, _A4_H = A4
_A6_PANEL = PageFormat("A6", (_A4_W / 2, _A4_H / 2), margin=7 * mm, top=7 * mm, bottom=6 * mm, compact=True)
A6_4UP = Imposition(
    "a6_4up", "A6, empat per lembar A4 (dipotong)", A4, _A6_PANEL,
    origins=((0, _A4_H / 2), (_A4_W / 2, _A4_H / 2), (0, 0), (_A4_W / 2, 0)),
    row_height=6.6 * mm, qr_size=21 * mm)
# the A6 layout scaled to the A5 page (√2 larger print), not A6 content on a half-empty page
A5_2UP = Imposition(
    "a5_2up", "A5, dua per lembar A4 mendatar (dipotong)", landscape(A4), _A6_PANEL,
    origins=((0, 0), (_A4_H / 2, 0)),
    row_height=6.6 * mm, qr_size=21 * mm, scale=(_A4_H / 2) / (_A4_W / 2))
# two A6 pages side by side on an A5 sheet (landscape), in booklet order: printed on both
# sides, folded in the middle and stapled, one borrower's pages read as one little book
A6_BOOKLET = Imposition(
    "a6_booklet", "A6, buku lipat (dua per lembar A5, bolak-balik)", (_A4_W, _A4_H / 2),
    _A6_PANEL, origins=((0, 0), (_A4_W / 2, 0)),
    row_height=6.6 * mm, qr_size=21 * mm, booklet=True)
LAYOUTS = {imp.code: imp for imp in (A6_4UP, A5_2UP, A6_BOOKLET)}
DEFAULT_LAYOUT = A6_4UP.code


# ---------------------------------------------------------------- small pieces

def short_day(on: dt.date | None) -> str:
    """``Sen 04/03/2024``."""
    return "" if on is None else f"{DAYS_SHORT[on.weekday()]} {on:%d/%m/%Y}"


def qr_modules(value: str, mask: int = 2) -> list[list[bool]]:
    """The dark/light modules of a QR code of ``value`` (error correction M), encoded with
    ReportLab's QR encoder (``reportlab.graphics.barcode.qrencoder``, the engine of its QR
    widget). The mask is fixed rather than searched: any of the eight masks decodes, and
    the search (eight trial encodings) would cost 10 ms a book."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.version = code.calculate_version()
    code.makeImpl(False, mask)
    return [[bool(m) for m in row] for row in code.modules]


class QrCode(Flowable):
    """A QR code drawn straight on the canvas (one rectangle per run of dark modules, with a
    two-module quiet zone) — ReportLab's widget builds a shape object per module, which is
    ten times slower when printing hundreds of books."""

    def __init__(self, value: str, size: float, border: int = 2):
        super().__init__()
        self.value, self.size, self.border = value, size, border
        self.modules = qr_modules(value)

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self) -> None:
        c = self.canv
        n = len(self.modules)
        box = self.size / (n + 2 * self.border)
        c.setFillColor(colors.black)
        path = c.beginPath()
        for r, row in enumerate(self.modules):
            y = self.size - (r + self.border + 1) * box
            col = 0
            for dark, run in itertools.groupby(row):
                count = len(list(run))
                if dark:
                    path.rect((col + self.border) * box, y, count * box, box)
                col += count
        c.drawPath(path, stroke=0, fill=1)


class _Pairs(Flowable):
    """Label (":") value lines — the cover's member and terms blocks — laid out as a platypus
    Table of plain cells would lay them out (each row top-aligned with its padding) and drawn
    as one text object: a Table draws each cell with its own text object and style lookups,
    ten times the cost for 500 covers. With ``wrap`` (a ParagraphStyle), a value too wide for
    its line is a paragraph of that style, which wraps it (long words too)."""

    def __init__(self, pairs: Sequence[tuple[str, str]], widths: tuple[float, float, float], *,
                 label: tuple[str, float, float], value: tuple[str, float, float],
                 pad: tuple[float, float, float], wrap: ParagraphStyle | None = None):
        super().__init__()
        self.pairs, self.widths, self.label, self.value = pairs, widths, label, value
        self.pad_top, self.pad_bottom, self.pad_right = pad
        self.wrap_style = wrap
        self.cells: list[tuple[Paragraph | None, float]] = []

    def wrap(self, avail_width, avail_height):
        font, size, leading = self.value
        room = self.widths[2] - self.pad_right
        self.cells = []
        for _, text in self.pairs:
            if self.wrap_style is not None and stringWidth(text, font, size) > room:
                long_value = para(text, self.wrap_style)
                self.cells.append((long_value, long_value.wrap(room, avail_height)[1]))
            else:
                self.cells.append((None, leading))
        self.height = sum(max(self.label[2], h) + self.pad_top + self.pad_bottom
                          for _, h in self.cells)
        return sum(self.widths), self.height

    def draw(self) -> None:
        label_font, label_size, label_leading = self.label
        value_font, value_size, _ = self.value
        x_colon, x_value = self.widths[0], self.widths[0] + self.widths[1]
        text = self.canv.beginText()
        text.setFillColor(colors.black)
        wrapped = []
        top = self.height
        for (label, value), (long_value, h) in zip(self.pairs, self.cells, strict=True):
            text.setFont(label_font, label_size)
            text.setTextOrigin(0, top - self.pad_top - label_size)
            text.textOut(label)
            if self.widths[1]:
                text.setTextOrigin(x_colon, top - self.pad_top - label_size)
                text.textOut(":")
            if long_value is None:
                text.setFont(value_font, value_size)
                text.setTextOrigin(x_value, top - self.pad_top - value_size)
                text.textOut(value)
            else:
                wrapped.append((long_value, top - self.pad_top - h))
            top -= max(label_leading, h) + self.pad_top + self.pad_bottom
        self.canv.drawText(text)
        for long_value, y in wrapped:
            long_value.drawOn(self.canv, x_value, y)


class _CentredLine(Flowable):
    """One line of plain text centred in the width, placed as a one-line centred Paragraph
    of ``style`` places it (height one leading, baseline one font size below the top, the
    style's space after) at a fraction of its cost."""

    def __init__(self, text: str, style: ParagraphStyle):
        super().__init__()
        self.text, self.style = text, style
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter

    def wrap(self, avail_width, avail_height):
        self.width, self.height = avail_width, self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        st = self.style
        self.canv.setFillColor(st.textColor)
        self.canv.setFont(st.fontName, st.fontSize)
        self.canv.drawCentredString(self.width / 2, self.height - st.fontSize, self.text)


def _centred_line(text: str, style: ParagraphStyle, width: float) -> Flowable:
    """A :class:`_CentredLine` when ``text`` fits ``width``, else a wrapping paragraph."""
    if stringWidth(text, style.fontName, style.fontSize) <= width:
        return _CentredLine(text, style)
    return para(text, style)


class _TermsBox(Flowable):
    """The cover's green-framed box: the terms on pale green at the left, the QR code with the
    credit number under it at the right, both centred vertically — the two-cell Table it
    replaces (paddings 2,2/1 mm at the sides, 1,4 mm above and below), without the Table's
    cost per book."""

    PAD_LEFT, PAD, PAD_V = 2.2 * mm, 1 * mm, 1.4 * mm

    def __init__(self, terms: Flowable, qr: QrCode, caption: Flowable, left_w: float, qr_w: float):
        super().__init__()
        self.terms, self.qr, self.caption, self.left_w, self.qr_w = terms, qr, caption, left_w, qr_w

    def wrap(self, avail_width, avail_height):
        _, self.terms_h = self.terms.wrap(self.left_w - self.PAD_LEFT - self.PAD, avail_height)
        _, self.caption_h = self.caption.wrap(self.qr_w - 2 * self.PAD, avail_height)
        self.height = max(self.terms_h, self.qr.size + self.caption_h) + 2 * self.PAD_V
        return self.left_w + self.qr_w, self.height

    def draw(self) -> None:
        c, h = self.canv, self.height
        c.setFillColor(PALE_GREEN)
        c.rect(0, 0, self.left_w, h, stroke=0, fill=1)
        self.terms.drawOn(c, self.PAD_LEFT, (h - self.terms_h) / 2)
        right_h = self.qr.size + self.caption_h
        top = (h + right_h) / 2
        self.qr.drawOn(c, self.left_w + (self.qr_w - self.qr.size) / 2, top - self.qr.size)
        self.caption.drawOn(c, self.left_w + self.PAD, top - right_h)
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.8)
        c.rect(0, 0, self.left_w + self.qr_w, h, stroke=1, fill=0)


class InitialsBox(Flowable):
    """The empty square in which the clerk initials a paid instalment."""

    def __init__(self, size: float):
        super().__init__()
        self.size = size

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE_GREY)
        self.canv.setLineWidth(0.6)
        self.canv.rect(0, 0, self.size, self.size)



def rules_text(book: PocketBook, profile: CooperativeProfile) -> list[str]:
    """The rules printed in every book (ReportLab paragraph markup)."""
    coop = profile.name or "koperasi"
    fee = ("<b>Tidak ada denda keterlambatan.</b> Bila terlambat, segera bayar angsuran yang "
           "tertinggal; keterlambatan dicatat dan memengaruhi pinjaman berikutnya."
           if not book.late_fee else
           f"Keterlambatan dikenai denda {money(book.late_fee)} per angsuran.")
    return [
        f"Angsuran dibayar sesuai jadwal di buku ini, pada pertemuan kelompok atau di kantor "
        f"{escape(coop)}. Setiap pembayaran diisi tanggal dan jumlahnya lalu diparaf petugas; "
        "mintalah kwitansi.",
        "<b>Tanggung renteng:</b> anggota kelompok bertanggung jawab bersama atas pinjaman "
        "seluruh anggota. Bila seorang anggota tidak membayar, anggota lain menalangi "
        "angsurannya, dan anggota yang ditalangi wajib mengembalikan talangan itu kepada "
        "yang menalangi.",
        fee,
        "Pembayaran dipakai untuk angsuran yang paling lama lebih dulu: jasa dulu, lalu pokok. "
        "Membayar lebih awal untuk angsuran berikutnya boleh.",
        "Buku saku diperiksa pada setiap pertemuan kelompok (pendampingan). Bila buku hilang "
        "atau rusak, lapor ke kantor koperasi: buku dicetak ulang lengkap dengan pembayaran "
        "yang sudah tercatat.",
    ]


# ---------------------------------------------------------------- the renderer

def _truncate(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _Booklets:
    """Draws booklets panel by panel on one canvas. Text that is the same in every book (the
    letterhead, the rules, the empty meeting-notes table) is drawn once as a PDF form and
    placed on each panel; only the borrower's own details are laid out per book."""

    def __init__(self, c: Canvas, imp: Imposition, profile: CooperativeProfile, printed_at: dt.datetime):
        self.c, self.imp, self.profile, self.printed_at = c, imp, profile, printed_at
        page = self.page = imp.panel
        self.compact = page.compact
        self.k = 0.82 if page.compact else 1.0
        self.st = styles(page.compact)
        self.width = page.content_width
        self.lay = _header_layout(profile, page)
        gap = (2 if page.compact else 4) * mm
        self.top = page.height - page.top - self.lay.height - gap  # the cover, below the letterhead
        # inner pages carry a compact letterhead: the cooperative's name on one line
        self.inner_size = 7.6 * self.k
        self.inner_top = page.height - page.top - self.inner_size * 1.2 - 2.2 * mm - gap
        self.bottom = page.bottom + _footer_height(page)
        self.strip_size = 7.2 * self.k
        self.strip_h = self.strip_size * 1.9
        self.body_top = self.inner_top - self.strip_h  # below the borrower strip of inner pages
        self.heading = ParagraphStyle("pb_heading", parent=self.st.heading, spaceBefore=0,
                                      spaceAfter=2.5 * self.k)
        self.rule_style = ParagraphStyle("pb_rule", parent=self.st.body, fontSize=8.6 * self.k,
                                         leading=11 * self.k)
        self.title = ParagraphStyle("pb_title", parent=self.st.title, fontSize=13 * self.k,
                                    leading=15.5 * self.k, spaceAfter=1)
        self.cell_size = 8.2 * self.k
        self.head_h = (4.6 if page.compact else 5.6) * mm
        self.total_h = (4.6 if page.compact else 5.6) * mm
        self._forms: set[str] = set()
        self._open_foot_h = 0.0
        self._book_note: tuple[PocketBook | None, Paragraph | None] = (None, None)
        self._widths: dict[tuple[str, str, float], float] = {}
        self._sign_y: dict[str, float] = {}
        c.beginForm("letterhead", 0, 0, page.width, page.height)
        _draw_letterhead(c, profile, page, self.lay)
        c.endForm()
        c.beginForm("letterhead_inner", 0, 0, page.width, page.height)
        self._draw_inner_letterhead()
        c.endForm()

    def _draw_inner_letterhead(self) -> None:
        """The compact letterhead of the inner pages: the name on one line over the rules."""
        c, page = self.c, self.page
        y = page.height - page.top - self.inner_size
        c.setFillColor(GREEN)
        c.setFont(FONT_BOLD, self.inner_size)
        c.drawString(page.margin, y, _truncate(self.profile.name or "", FONT_BOLD, self.inner_size, self.width))
        rule_y = y - 1.2 * mm
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.8)
        c.line(page.margin, rule_y, page.margin + self.width, rule_y)
        c.setStrokeColor(GOLD)
        c.setLineWidth(0.45)
        c.line(page.margin, rule_y - 0.6 * mm, page.margin + self.width, rule_y - 0.6 * mm)

    # ---- frames and forms

    def _flow(self, story: list, top: float, *, shrink: bool = False) -> float:
        """Lay ``story`` from ``top`` down inside the panel's body; returns the y reached."""
        height = top - self.bottom
        frame = Frame(self.page.margin, self.bottom, self.width, height, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
        if shrink:
            story = [KeepInFrame(self.width, height, story, mode="shrink")]
        frame.addFromList(story, self.c)
        return frame._y  # noqa: SLF001 - where the next flowable would go

    def _form(self, name: str, draw) -> str:
        if name not in self._forms:
            self.c.beginForm(name, 0, 0, self.page.width, self.page.height)
            draw()
            self.c.endForm()
            self._forms.add(name)
        return name

    def _strip(self, book: PocketBook) -> None:
        """Whose book a loose inner page is: credit number, name, group."""
        c = self.c
        c.setFont(FONT_BOLD, self.strip_size)
        c.setFillColor(GREEN)
        text = f"{book.credit_number} · {book.member_name} · {book.group_code}"
        c.drawString(self.page.margin, self.inner_top - self.strip_size,
                     _truncate(text, FONT_BOLD, self.strip_size, self.width))
        c.setStrokeColor(RULE_GREY)
        c.setLineWidth(0.4)
        y = self.inner_top - self.strip_size * 1.45
        c.line(self.page.margin, y, self.page.margin + self.width, y)

    def panel(self, slot: int, number: int, total: int, draw_body) -> None:
        c = self.c
        x0, y0 = self.imp.origins[slot]
        c.saveState()
        c.translate(x0, y0)
        if self.imp.scale != 1:
            c.scale(self.imp.scale, self.imp.scale)
        c.doForm("letterhead" if number == 1 else "letterhead_inner")
        draw_body()
        # "Halaman k dari n": the same few footers in every booklet, each drawn once
        c.doForm(self._form(f"footer-{number}-{total}", lambda: _draw_footer(
            c, self.page, number, total, self.printed_at, "")))
        c.restoreState()

    # ---- the cover

    def cover(self, book: PocketBook) -> None:
        st, width, imp = self.st, self.width, self.imp
        cycle = f" · siklus ke-{book.cycle_no}" if book.cycle_no else ""
        label_w = (23 if self.compact else 30) * mm
        pairs = [("Nama", book.member_name), ("No. anggota", book.member_number),
                 ("Alamat", book.member_address or "-"),
                 ("Kelompok", f"{book.group_code} — {book.group_name}"),
                 ("Ketua kelompok", book.leader_name or "-")]
        meeting = ", ".join(x for x in (book.meeting_day, book.meeting_place) if x)
        if meeting:
            pairs.append(("Pertemuan", meeting))
        value = st.value
        # the layout of a table of plain cells (top-aligned, 0,8 pt above and below each row,
        # 1,5 pt right of the value, which wraps as a paragraph), drawn as one block of text
        people = _Pairs(pairs, (label_w, 2.5 * mm, width - label_w - 2.5 * mm),
                        label=(FONT, 9 * self.k, 9 * self.k * 1.2),
                        value=(value.fontName, value.fontSize, value.leading),
                        pad=(0.8, 0.8, 1.5), wrap=value)
        what = "Nilai paket" if book.in_kind else "Pinjaman"
        terms = [(what, money(book.principal)), ("Jasa", money(book.service)),
                 ("Jumlah kewajiban", money(book.total)),
                 ("Angsuran", f"{book.instalments} × {money(book.instalment_amount)} "
                              + FREQUENCY_ADJ.get(book.frequency, book.frequency)),
                 ("Pencairan", tanggal(book.disbursed_on) or "-"),
                 ("Angsuran ke-1", tanggal(book.lines[0].due_date) if book.lines else "-")]
        if len({ln.amount for ln in book.lines}) > 1:
            terms.insert(4, ("Angsuran terakhir", money(book.lines[-1].amount)))
        qr_w = imp.qr_size + 2 * mm
        left_w = width - qr_w
        size = 8.2 * self.k
        inner = _Pairs(terms, (left_w * 0.42, 0, left_w * 0.58), label=(FONT, size, size * 1.2),
                       value=(FONT_BOLD, size, size * 1.2), pad=(0.6, 0.6, 1))
        caption = ParagraphStyle("pb_qr", parent=st.small, alignment=TA_CENTER,
                                 textColor=colors.black, fontName=FONT_BOLD)
        box = _TermsBox(inner, QrCode(book.credit_number, imp.qr_size),
                        _centred_line(book.credit_number, caption, imp.qr_size), left_w, qr_w)
        story = [_centred_line("BUKU SAKU ANGSURAN", self.title, width),
                 _centred_line(f"{book.product_name}{cycle}", st.subtitle, width),
                 people, Spacer(1, 2.2 * mm), box]
        if book.in_kind and book.package_items:
            story += [Spacer(1, 1.5 * mm),
                      Paragraph("<b>Isi paket:</b> " + escape(", ".join(book.package_items)) + ".",
                                st.small)]
        # at the foot of the cover: where the office records that the credit is paid in full
        # (the same on every open credit's book: drawn once as a form)
        if book.closed_on is None:
            if "cover-foot" not in self._forms:
                foot, self._open_foot_h = self._cover_foot(None)
                self._form("cover-foot", lambda: self._flow(foot, self.bottom + self._open_foot_h))
            self.c.doForm("cover-foot")
            foot_h = self._open_foot_h
        else:
            foot, foot_h = self._cover_foot(book.closed_on)
            self._flow(foot, self.bottom + foot_h)
        self.bottom, bottom = self.bottom + foot_h + 2 * mm, self.bottom
        try:
            self._flow(story, self.top, shrink=True)
        finally:
            self.bottom = bottom

    def _cover_foot(self, closed_on: dt.date | None) -> tuple[list, float]:
        """The cover's foot (the reminder and the "Lunas" box) and its height."""
        st, width = self.st, self.width
        done = (f"<b>LUNAS</b> pada {tanggal(closed_on)}" if closed_on
                else "Lunas pada: ………………………")
        lunas = Table([[Paragraph(done, st.label), Paragraph("Paraf petugas:", st.label)]],
                      colWidths=[width * 0.64, width * 0.36],
                      rowHeights=[(7 if self.compact else 9) * mm])
        lunas.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, GREEN),
                                   ("LINEBEFORE", (1, 0), (1, 0), 0.4, RULE_GREY),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
        foot = [para("Bawa buku ini setiap membayar angsuran dan pada pertemuan kelompok. "
                     "Pastikan petugas mengisi tanggal, jumlah dan parafnya.", st.small),
                Spacer(1, 1.5 * mm), lunas]
        foot_h = sum(f.wrap(width, 50 * mm)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in foot)
        return foot, foot_h

    # ---- the schedule

    def schedule_chunks(self, book: PocketBook) -> list[tuple[PocketBookLine, ...]]:
        """The instalments of each schedule panel (most books need one panel); only the
        last panel carries the total row and the note."""
        heading = self.heading.fontSize * 1.25 + self.heading.spaceAfter
        self._book_note = book, self._note(book)  # drawn under the last schedule panel
        note = self._book_note[1].wrap(self.width, 100 * mm)[1] + 1.5 * mm
        room = self.body_top - self.bottom - heading - self.head_h - 1 * mm
        per_page = max(2, int(room // self.imp.row_height))
        per_last = max(1, int((room - self.total_h - note) // self.imp.row_height))
        lines, chunks = book.lines, []
        while len(lines) > per_last:
            take = min(per_page, len(lines) - 1)
            chunks.append(lines[:take])
            lines = lines[take:]
        return [*chunks, lines]

    def _note(self, book: PocketBook) -> Paragraph:
        if book.is_reprint:
            text = (f"Dicetak ulang: pembayaran sampai {tanggal(book.as_of)} sudah diisi. "
                    + (f"Sisa kewajiban <b>{money(book.outstanding)}</b>." if book.outstanding
                       else "Kredit ini sudah <b>lunas</b>."))
            if any(ln.paid and not ln.complete for ln in book.lines):
                text += " (*) dibayar sebagian."
        else:
            text = "Isi tanggal dan jumlah setiap pembayaran; petugas memaraf kolom terakhir."
        return Paragraph(text, self.st.small)

    def schedule(self, book: PocketBook, rows: Sequence[PocketBookLine], *, first: bool,
                 last: bool) -> None:
        """One schedule panel, drawn with plain canvas calls: the cells, lines and shading a
        platypus Table would draw (green head, pale-green paid rows, a grid, the initials
        boxes, the total row), placed as platypus places them, at a fraction of its cost —
        500 books print within twice the time of bare canvas pages
        (tests/benchmarks/test_bench_repayments.py). What is the same for every book with
        as many rows (title, head, grid, boxes) is a PDF form drawn once."""
        self._strip(book)
        c = self.c
        widths, size = self._schedule_widths(book, rows)
        xs, ys = self._schedule_grid(widths, len(rows), last)
        left, right = xs[0], xs[-1]
        c.setFillColor(PALE_GREEN)  # under the grid: the rows paid in full
        for r, ln in enumerate(rows, start=1):
            if ln.complete:
                c.rect(left, ys[r + 1], right - left, ys[r] - ys[r + 1], stroke=0, fill=1)
        cols = "-".join(f"{x:.2f}" for x in xs)
        key = f"schedule-{int(first)}-{len(rows)}-{int(last)}-{size:.2f}-{cols}"
        c.doForm(self._form(key, lambda: self._draw_schedule_frame(
            xs, ys, size, first=first, last=last)))

        # the cells' text, row by row (the order a PDF reader extracts it in)
        text = c.beginText()
        text.setFillColor(colors.black)
        cell = self._cell_writer(text, xs, ys)
        for r, ln in enumerate(rows, start=1):
            cell(r, 0, str(ln.no), FONT, size, "C")
            cell(r, 1, short_day(ln.due_date), FONT, size, "L")
            cell(r, 2, money(ln.amount), FONT, size, "R")
            if ln.paid:
                cell(r, 3, ln.paid_on.strftime("%d/%m/%Y") if ln.paid_on else "", FONT, size, "L")
                cell(r, 4, money(ln.paid) + ("" if ln.complete else "*"), FONT_BOLD, size, "R")
        if last:
            r = len(rows) + 1
            cell(r, 1, "Jumlah", FONT_BOLD, size, "L")
            cell(r, 2, money(book.total), FONT_BOLD, size, "R")
            if book.paid:
                cell(r, 4, money(book.paid), FONT_BOLD, size, "R")
        c.drawText(text)
        if last:
            note = self._book_note[1] if self._book_note[0] is book else self._note(book)
            _, note_h = note.wrap(self.width, ys[-1] - self.bottom)
            note.drawOn(c, left, ys[-1] - 1.5 * mm - note_h)

    def _schedule_grid(self, widths: Sequence[float], n_rows: int,
                       last: bool) -> tuple[list[float], list[float]]:
        """The columns' edges (``widths``) and the rows' top edges (then the table's foot) of
        a schedule panel with ``n_rows`` instalments (and the total row when ``last``)."""
        title_h = self.heading.leading  # one line, as the paragraph wraps it
        top = self.body_top - title_h - self.heading.spaceAfter
        xs = [self.page.margin]
        for w in widths:
            xs.append(xs[-1] + w)
        ys = [top, top - self.head_h]
        for _ in range(n_rows):
            ys.append(ys[-1] - self.imp.row_height)
        if last:
            ys.append(ys[-1] - self.total_h)
        return xs, ys

    def _cell_writer(self, text, xs: list[float], ys: list[float]):
        """``cell(row, col, value, font, size, align)``: one line of text in a cell, centred
        vertically as platypus centres it (leading 1.2 × size, padding 0 above, 1 below, 2 at
        the sides); the font is set only when it changes and the widths are remembered."""
        widths = self._widths
        current = [None]

        def cell(r: int, col: int, value: str, font: str, size: float, align: str) -> None:
            if not value:
                return
            if current[0] != (font, size):
                text.setFont(font, size)
                current[0] = (font, size)
            y = ys[r + 1] + (1 + ys[r] - ys[r + 1] + 1.2 * size) / 2 - size
            if align == "L":
                x = xs[col] + 2
            else:
                w = widths.get((value, font, size))
                if w is None:
                    w = widths[value, font, size] = stringWidth(value, font, size)
                x = xs[col + 1] - 2 - w if align == "R" else (xs[col] + xs[col + 1] - w) / 2
            text.setTextOrigin(x, y)
            text.textOut(value)

        return cell

    def _draw_schedule_frame(self, xs: list[float], ys: list[float], size: float, *,
                             first: bool, last: bool) -> None:
        """The title, the green head with its labels, the grid, the initials boxes and the
        green frame of a schedule panel (a form: the same for every book)."""
        c = self.c
        title = para("Jadwal angsuran" if first else "Jadwal angsuran (lanjutan)", self.heading)
        _, title_h = title.wrap(self.width, self.body_top - self.bottom)
        title.drawOn(c, self.page.margin, self.body_top - title_h)
        left, right, top, foot = xs[0], xs[-1], ys[0], ys[-1]
        c.setFillColor(GREEN)
        c.rect(left, ys[1], right - left, ys[0] - ys[1], stroke=0, fill=1)
        text = c.beginText()
        text.setFillColor(colors.white)
        cell = self._cell_writer(text, xs, ys)
        head = FONT_BOLD, size * 0.95
        for col, (label, align) in enumerate((("No", "C"), ("Jatuh tempo", "L"),
                                              ("Angsuran", "R"), ("Tgl bayar", "L"),
                                              ("Dibayar", "R"), ("Paraf", "C"))):
            cell(0, col, label, *head, align)
        c.drawText(text)
        box = self.imp.row_height - 2.2 * mm
        c.setStrokeColor(RULE_GREY)
        c.setLineWidth(0.6)
        box_x = (xs[-2] + xs[-1] - box) / 2
        n_rows = len(ys) - 2 - int(last)
        for r in range(1, n_rows + 1):
            c.rect(box_x, ys[r + 1] + (ys[r] - ys[r + 1] + 1 - box) / 2, box, box, stroke=1, fill=0)
        c.setLineWidth(0.4)
        c.lines([(x, top, x, foot) for x in xs] + [(left, y, right, y) for y in ys])
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.7)
        c.rect(left, foot, right - left, top - foot, stroke=1, fill=0)
        if last:
            c.setLineWidth(0.9)
            c.line(left, ys[-2], right, ys[-2])

    def _schedule_widths(self, book: PocketBook, rows: Sequence[PocketBookLine]) -> tuple[list[float], float]:
        """The schedule's column widths and print size: the amounts on one line each (the
        total in bold), smaller print only when even the largest amounts need it."""
        base = [6, 22.5, 18, 16, 18, 8.5] if self.compact else [9, 30, 23, 23, 23, 14]
        scale = self.width / sum(base)
        base = [w * scale for w in base]
        plain = [money(ln.amount) for ln in rows]
        bold = [money(book.total), money(book.paid), *(money(ln.paid) + "*" for ln in rows if ln.paid)]
        size = self.cell_size
        while True:
            amount = max(stringWidth(t, FONT, size) for t in plain) + 4
            strong = max(stringWidth(t, FONT_BOLD, size) for t in bold) + 4
            due = stringWidth("Sen 04/03/2024", FONT, size) + 4
            paid_on = stringWidth("04/03/2024", FONT, size) + 4
            widths = [base[0], due, max(base[2], amount, strong), max(base[3], paid_on), max(base[4], strong),
                      base[5]]
            if sum(widths) <= self.width or size <= 5:
                break
            size -= 0.2
        widths[1] += self.width - sum(widths)  # the rest to the due date
        return widths, size

    # ---- the rules (static per document and late fee) and the notes (static)

    def rules(self, book: PocketBook) -> None:
        own = _leader_borrows(book)  # the leader does not countersign her own book
        key = f"rules-{book.late_fee}-{int(own)}"
        name = self._form(key, lambda: self._draw_rules(book, key))
        self.c.doForm(name)
        self._strip(book)
        c = self.c
        c.setFont(FONT_BOLD, 8.4 * self.k)
        c.setFillColor(colors.black)
        half = self.width / 2
        for i, who in enumerate((book.member_name, None if own else book.leader_name)):
            text = f"( {who} )" if who else "( ……………………… )"
            c.drawCentredString(self.page.margin + half * i + half / 2, self._sign_y[name],
                                _truncate(text, FONT_BOLD, 8.4 * self.k, half - 2 * mm))

    def _draw_rules(self, book: PocketBook, name: str) -> None:
        st, width = self.st, self.width
        items = [[f"{i}.", Paragraph(text, self.rule_style)]
                 for i, text in enumerate(rules_text(book, self.profile), start=1)]
        rules = Table(items, colWidths=[4.5 * mm, width - 4.5 * mm])
        rules.setStyle(TableStyle([("FONT", (0, 0), (0, -1), FONT, 8.6 * self.k),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * self.k),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        profile = self.profile
        contact = [f"<b>{escape(profile.name)}</b>"]
        if profile.address_line():
            contact.append(escape(profile.address_line()))
        if profile.phone:
            contact.append(f"Telp./WA {escape(profile.phone)}")
        office = Table([[Paragraph("Kantor koperasi: " + " · ".join(contact), st.small)]],
                       colWidths=[width])
        office.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, GREEN),
                                    ("BACKGROUND", (0, 0), (-1, -1), PALE_GREEN),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
        story = [para("Ketentuan", self.heading), rules, Spacer(1, 0.5 * mm), office,
                 Spacer(1, 1.8 * mm),
                 para("Saya telah membaca dan menyetujui ketentuan di atas.", st.small)]
        c = self.c
        half = width / 2
        size = 8.4 * self.k
        space = (10 if self.compact else 15) * mm
        # the signatures keep their room at the foot: long rules (a long address in the
        # office box) are printed smaller rather than run under the names
        sign_h = size * 1.6 + space + size * 0.5
        self.bottom, bottom = self.bottom + sign_h, self.bottom
        try:
            y = self._flow(story, self.body_top, shrink=True)
        finally:
            self.bottom = bottom
        c.setFont(FONT, size)
        c.setFillColor(colors.black)
        role_y = y - size * 1.6
        self._sign_y[name] = max(self.bottom + 1 * mm, role_y - space)
        for i, role in enumerate(("Peminjam", "Pengawas kelompok" if _leader_borrows(book) else "Ketua kelompok")):
            c.drawCentredString(self.page.margin + half * i + half / 2, role_y, role)

    def notes(self, book: PocketBook) -> None:
        self.c.doForm(self._form("notes", self._draw_notes))
        self._strip(book)

    def _draw_notes(self) -> None:
        st, width = self.st, self.width
        head = ["Tanggal", "Catatan pertemuan kelompok", "Paraf"]
        intro = [para("Catatan pendampingan", self.heading),
                 para("Pemeriksaan buku saku, hambatan, solusi dan arahan pada pertemuan "
                      "kelompok.", st.small), Spacer(1, 1.5 * mm)]
        used = sum(f.wrap(width, 200 * mm)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in intro)
        row = self.imp.row_height * 1.15
        n = max(3, int((self.body_top - self.bottom - used - self.head_h - 2 * mm) // row))
        table = Table([head] + [["", "", ""] for _ in range(n)],
                      colWidths=[width * 0.24, width * 0.58, width * 0.18],
                      rowHeights=[self.head_h] + [row] * n)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), FONT_BOLD, self.cell_size * 0.95),
                                   ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                                   ("BACKGROUND", (0, 0), (-1, 0), GREEN),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("GRID", (0, 0), (-1, -1), 0.4, RULE_GREY),
                                   ("BOX", (0, 0), (-1, -1), 0.7, GREEN),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        self._flow([*intro, table], self.body_top)

    # ---- sheets

    def cut_marks(self) -> None:
        """Dashed cut lines between the panels, with scissors at the sheet's edges."""
        c, imp = self.c, self.imp
        w, h = imp.sheet
        c.saveState()
        c.setStrokeColor(RULE_GREY)
        c.setFillColor(TEXT_GREY)
        c.setLineWidth(0.35)
        c.setDash(3, 2.5)
        xs = sorted({x for x, _ in imp.origins if x > 0})
        ys = sorted({y for _, y in imp.origins if y > 0})
        for x in xs:
            c.line(x, 0, x, h)
        for y in ys:
            c.line(0, y, w, y)
        c.setDash()
        c.setFont(FONT, 10)
        for x in xs:
            c.drawCentredString(x, h - 5 * mm, SCISSORS)
        for y in ys:
            c.saveState()
            c.translate(4 * mm, y)
            c.rotate(-90)
            c.drawCentredString(0, -1.3 * mm, SCISSORS)
            c.restoreState()
        c.restoreState()

    def fold_mark(self) -> None:
        """The dashed fold line down the middle of a booklet sheet."""
        c, (w, h) = self.c, self.imp.sheet
        c.saveState()
        c.setStrokeColor(RULE_GREY)
        c.setLineWidth(0.3)
        c.setDash(2, 3)
        c.line(w / 2, 0, w / 2, 3 * mm)
        c.line(w / 2, h - 3 * mm, w / 2, h)
        c.restoreState()

    def booklet(self, book: PocketBook) -> None:
        """One borrower's booklet, starting on a new sheet and padded to whole sheets."""
        chunks = self.schedule_chunks(book)
        panels = [lambda: self.cover(book)]
        for i, rows in enumerate(chunks):
            panels.append(lambda rows=rows, i=i: self.schedule(
                book, rows, first=i == 0, last=i == len(chunks) - 1))
        panels.append(lambda: self.rules(book))
        per = 4 if self.imp.booklet else self.imp.per_sheet
        while len(panels) % per:
            panels.append(lambda: self.notes(book))
        if self.imp.booklet:
            for left, right in booklet_order(len(panels)):
                self.fold_mark()
                for slot, number in enumerate((left, right)):
                    self.panel(slot, number, len(panels), panels[number - 1])
                self.c.showPage()
            return
        for index, draw in enumerate(panels):
            slot = index % self.imp.per_sheet
            if slot == 0:
                self.cut_marks()
            self.panel(slot, index + 1, len(panels), draw)
            if slot == self.imp.per_sheet - 1:
                self.c.showPage()


def build_pocket_books_steps(
    path: Path | str, *, profile: CooperativeProfile, books: Sequence[PocketBook],
    layout: str = DEFAULT_LAYOUT, printed_at: dt.datetime | None = None,
) -> Generator[tuple[int, int], None, Path]:
    """Write the booklets (one per item of ``books``, in order) to ``path``; yields
    ``(done, total)`` after each booklet and returns the path."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown pocket-book layout {layout!r}; use one of {sorted(LAYOUTS)}")
    imp = LAYOUTS[layout]
    register_fonts()
    path = Path(path)
    printed_at = printed_at or dt.datetime.now().replace(microsecond=0)
    total = len(books)
    title = (f"Buku saku {books[0].credit_number} {books[0].member_name}" if total == 1
             else f"Buku saku angsuran ({total} buku)")
    # never over the books; renamed into place when complete
    with writing(path, PDF) as tmp:
        c = Canvas(str(tmp), pagesize=imp.sheet, initialFontName=FONT, initialFontSize=9,
                   initialLeading=11, lang="id-ID")
        c.setTitle(title)
        c.setAuthor(profile.name)
        c.setSubject(f"Buku saku angsuran — {imp.label}")
        c.setCreator(f"Kamura Desktop {__version__}")
        c.setProducer(f"Kamura Desktop {__version__}")
        renderer = _Booklets(c, imp, profile, printed_at)
        yield 0, total
        if not books:
            c.setFont(FONT, 11)
            c.drawString(20 * mm, imp.sheet[1] - 30 * mm, "Tidak ada buku saku untuk dicetak.")
            c.showPage()
        for done, book in enumerate(books, start=1):
            renderer.booklet(book)
            yield done, total
        c.save()
    return path


def build_pocket_books(
    path: Path | str, *, profile: CooperativeProfile, books: Sequence[PocketBook],
    layout: str = DEFAULT_LAYOUT, printed_at: dt.datetime | None = None,
) -> Path:
    """:func:`build_pocket_books_steps` run to the end."""
    steps = build_pocket_books_steps(path, profile=profile, books=books, layout=layout,
                                     printed_at=printed_at)
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value
