"""The annual report's shared pieces: the chapter list, page width, cell and figure helpers,
the page marker the table of contents reads."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from decimal import Decimal
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table

from kamura_desktop.domain.money import format_number
from kamura_desktop.domain.portfolio import Ratio

from .. import lender_docs
from ..pdf import A4_PORTRAIT, GOLD, GREEN, PALE_GREEN, Paragraph, TableStyle, para, styles

Progress = Generator[tuple[int, int, str], None, Any]

WIDTH = A4_PORTRAIT.content_width
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
CHAPTERS = (
    ("intro", "PENDAHULUAN"),
    ("org", "ORGANISASI DAN KEANGGOTAAN"),
    ("savings", "SIMPANAN ANGGOTA"),
    ("credit", "PINJAMAN KELOMPOK"),
    ("lenders", "LENDER DAN DANA BERGULIR"),
    ("mentoring", "PENDAMPINGAN KELOMPOK"),
    ("finance", "LAPORAN KEUANGAN"),
    ("shu", "SISA HASIL USAHA"),
    ("plan", "REALISASI ANGGARAN DAN RENCANA KERJA"),
    ("pengawas", "LAPORAN PENGAWAS"),
    ("closing", "PENUTUP"),
    ("meeting", "BAHAN RAPAT ANGGOTA TAHUNAN"),
)
APPENDIX = ("appendix", "LAMPIRAN: DAFTAR SHU PER ANGGOTA")
KOL_COLOURS = lender_docs.KOL_COLOURS
MAX_LISTED = 40  # rows of a list in a chapter (lenders, groups); the workbook has them all


# ---------------------------------------------------------------- small pieces

def _st():
    return styles(False)


def _style(name: str, parent: ParagraphStyle, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent, **kw)


def _n(amount: int | None) -> str:
    return "-" if amount is None else format_number(int(amount))


def _pct_text(ratio: Ratio | None) -> str:
    """``95,12 %``; ``–`` when there is none or it is undefined."""
    return "–" if ratio is None else ratio.percent_text()


def _pct_number_text(pct: float | None) -> str:
    """A percentage already worked out (a group's attendance, 87.5) as ``87,50 %``."""
    return "–" if pct is None else f"{pct:.2f}".replace(".", ",") + " %"


def _share(ratio: Ratio | None) -> float | None:
    """A ratio as a fraction for Excel's percent format (0,9512 → 95,12 %)."""
    if ratio is None or not ratio.defined:
        return None
    return float(ratio.value)


def _rate(pct) -> str:
    text = f"{Decimal(pct):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + " %"


def _h(text: str, *, right: bool = False) -> Paragraph:
    st = _st()
    return para(text, st.cell_head_right if right else st.cell_head)


def _c(text: str | None, *, right: bool = False, bold: bool = False) -> Paragraph:
    st = _st()
    style = (st.cell_right_bold if bold else st.cell_right) if right else (st.cell_bold if bold else st.cell)
    return para("-" if text is None else str(text), style)


def _m(amount: int | None, *, bold: bool = False) -> Paragraph:
    return _c(_n(amount), right=True, bold=bold)


def _body(text: str) -> Paragraph:
    return Paragraph(text, _st().body)


class Marker(Flowable):
    """Zero-size: notes the page it lands on (for the table of contents)."""

    def __init__(self, key: str, pages: dict[str, int]):
        super().__init__()
        self.key, self.pages = key, pages
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self) -> None:
        self.pages[self.key] = self.canv.getPageNumber()


class PageNumber(Flowable):
    """The page the :class:`Marker` ``key`` lands on, in a table of contents laid out before
    the pages it names: it takes the room of its one-line paragraph now and is drawn into the
    page at its place when the document is saved (``draw_late`` of the PDF base's canvas),
    every page laid out by then; "…" where the marker never landed."""

    def __init__(self, key: str, pages: dict[str, int], style: ParagraphStyle):
        super().__init__()
        self.key, self.pages, self.style = key, pages, style

    def _paragraph(self) -> Paragraph:
        page = self.pages.get(self.key)
        return para(str(page) if page else "…", self.style)

    def wrap(self, avail_width, avail_height):
        self.width, self.height = self._paragraph().wrap(avail_width, avail_height)
        return self.width, self.height

    def draw(self) -> None:
        width, height = self.width, self.height

        def number(canvas) -> None:
            paragraph = self._paragraph()
            paragraph.wrap(width, height)
            paragraph._drawOn(canvas)  # noqa: SLF001 - draw here, as the table cell's drawOn does

        self.canv.draw_late(number)


#: chapters that always start a page: the first after the contents, and the meeting's papers
#: (handed out and filled in at the RAT)
OWN_PAGE = frozenset({"intro", "meeting"})
#: room a chapter needs below its heading to start on the current page (issue 18: a chapter of
#: a few lines on a page of its own left pages mostly empty; short chapters now share pages)
CHAPTER_ROOM = 95 * mm
#: chapters that open with a statement read whole on one page: the balance sheet
CHAPTER_ROOM_OF = {"finance": 175 * mm}


def _chapter(number: int, key: str, title: str, pages: dict[str, int]) -> list:
    st = _st()
    head = _style("chapter", st.title, fontSize=13.5, leading=17, spaceAfter=1)
    start = ([PageBreak()] if key in OWN_PAGE
             else [CondPageBreak(CHAPTER_ROOM_OF.get(key, CHAPTER_ROOM)), Spacer(1, 8 * mm)])
    return [*start, Marker(key, pages), para(f"BAB {ROMAN[number]}", head),
            para(title, head), _rule(), Spacer(1, 2 * mm)]


def _rule() -> Table:
    t = Table([[""]], colWidths=[WIDTH], rowHeights=[1.2 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, GOLD)]))
    return t


def _section(text: str) -> Paragraph:
    return para(text, _st().heading)


def _note(text: str) -> Paragraph:
    return Paragraph(text, _st().small)


def _figures(items: Sequence[tuple[str, str]], *, per_row: int = 4) -> Table:
    """Key figures in boxes: a small label over a big amount."""
    st = _st()
    label = _style("ar_fig_label", st.small, alignment=TA_CENTER)
    value = _style("ar_fig_value", st.value, alignment=TA_CENTER, textColor=GREEN, fontSize=10.5,
                   leading=13)
    rows = []
    for k in range(0, len(items), per_row):
        chunk = list(items[k:k + per_row])
        row = [[para(lab, label), para(val, value)] for lab, val in chunk]
        row += [""] * (per_row - len(row))
        rows.append(row)
    t = Table(rows, colWidths=[WIDTH / per_row] * per_row)
    commands = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell:
                commands += [("BOX", (c, r), (c, r), 0.6, GREEN), ("BACKGROUND", (c, r), (c, r), PALE_GREEN)]
    t.setStyle(TableStyle(commands))
    return t

