"""The annual report's appendix: the per-member SHU list, drawn page by page so that 20.000
members lay out in seconds."""

from __future__ import annotations

from collections.abc import Generator, Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak

from kamura_desktop.domain.money import format_number
from kamura_desktop.dto.shu import ShuMemberRow

from ..pdf import FONT, FONT_BOLD, GREEN, PALE_GREEN, RULE_GREY, para, register_fonts
from .base import APPENDIX, Marker, _note, _st, _style
from .data import AnnualReportDTO

APPENDIX_COLUMNS = ("No", "No. anggota", "Nama", "Dasar simpanan", "Jasa dibayar", "Jasa modal",
                    "Jasa usaha", "Jumlah SHU")
APPENDIX_WIDTHS = (11 * mm, 21 * mm, 40 * mm, 22 * mm, 20 * mm, 19 * mm, 19 * mm, 22 * mm)
ROWS_PER_PAGE = 60
FONT_SIZE = 7.2
MIN_NAME = 24 * mm
_PAD = 2.5


def fitted_widths(widest: Sequence[str]) -> tuple[tuple[float, ...], float]:
    """Column widths and font size so that the five amount columns hold their widest figures
    (the totals, bold): an amount column grows, the name column gives way down to
    :data:`MIN_NAME`, and only then the print gets smaller (a total that ran into the next
    column read as one number: issue 18)."""
    size = FONT_SIZE
    while True:
        widths = list(APPENDIX_WIDTHS)
        for k, text in zip(range(3, 8), widest, strict=True):
            widths[k] = max(widths[k], stringWidth(text, FONT_BOLD, size) + 2 * _PAD + 1)
        over = sum(widths) - sum(APPENDIX_WIDTHS)
        widths[2] = max(MIN_NAME, widths[2] - max(over, 0))
        if sum(widths) <= sum(APPENDIX_WIDTHS) + 0.01 or size <= 5.5:
            return tuple(widths), size
        size = round(size - 0.3, 2)


def _fit(text: str, width: float, size: float = 7.2) -> str:
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"


class ShuListPage(Flowable):
    """One page of the per-member SHU list, drawn straight on the canvas with one text object:
    20.000 members lay out in a few seconds, where a table of 20.000 rows takes many times
    longer (every cell measured and split)."""

    ROW = 9.6
    HEAD = 12.0

    def __init__(self, rows: Sequence[tuple[str, ...]], *, total: tuple[str, ...] | None = None,
                 widths: Sequence[float] = APPENDIX_WIDTHS, size: float = FONT_SIZE):
        super().__init__()
        self.rows, self.total = rows, total
        self.widths, self.size = tuple(widths), size
        self.width = sum(self.widths)
        self.height = self.HEAD + self.ROW * (len(rows) + (1 if total else 0))

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        w, h, row_h = self.width, self.height, self.ROW
        edges = [0.0]
        for cw in self.widths:
            edges.append(edges[-1] + cw)
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, h - self.HEAD, w, self.HEAD, stroke=0, fill=1)
        c.setFillColor(PALE_GREEN)
        n = len(self.rows) + (1 if self.total else 0)
        for i in range(1, n, 2):
            c.rect(0, h - self.HEAD - (i + 1) * row_h, w, row_h, stroke=0, fill=1)
        if self.total:
            c.rect(0, 0, w, row_h, stroke=0, fill=1)
        c.setStrokeColor(RULE_GREY)
        c.setLineWidth(0.3)
        for i in range(1, n):
            y = h - self.HEAD - i * row_h
            c.line(0, y, w, y)
        if self.total:
            c.setStrokeColor(GREEN)
            c.setLineWidth(0.9)
            c.line(0, row_h, w, row_h)
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.6)
        c.rect(0, 0, w, h, stroke=1, fill=0)
        pad = _PAD
        right_cols = {0, 3, 4, 5, 6, 7}

        def put(t, cells, y, font, size):
            digit, dot = stringWidth("0", font, size), stringWidth(".", font, size)
            for k, text in enumerate(cells):
                if k in right_cols:
                    if text.isdigit() or text.replace(".", "").isdigit():
                        # DejaVu's digits share one width: no need to measure each number
                        width = len(text) * digit - text.count(".") * (digit - dot)
                    else:
                        width = stringWidth(text, font, size)
                    x = edges[k + 1] - pad - width
                else:
                    x = edges[k] + pad
                t.setTextOrigin(x, y)
                t.textOut(text)

        t = c.beginText()
        t.setFont(FONT_BOLD, 7)
        t.setFillColor(colors.white)
        put(t, APPENDIX_COLUMNS, h - self.HEAD + 4, FONT_BOLD, 7)
        t.setFont(FONT, self.size)
        t.setFillColor(colors.black)
        y = h - self.HEAD - row_h + 3
        for cells in self.rows:
            put(t, cells, y, FONT, self.size)
            y -= row_h
        if self.total:
            t.setFont(FONT_BOLD, self.size)
            put(t, self.total, y, FONT_BOLD, self.size)
        c.drawText(t)
        c.restoreState()


def _appendix_pages(rows: Sequence[ShuMemberRow]) -> Generator[ShuListPage, None, None]:
    """The list cut into pages of :data:`ROWS_PER_PAGE` rows, the total under the last."""
    register_fonts()  # names are measured before anything else may have registered DejaVu
    keys = ("savings_basis", "service_basis", "jasa_modal", "jasa_usaha", "total")
    grand = [format_number(sum(getattr(x, k) for x in rows)) for k in keys]
    widths, size = fitted_widths(grand)
    name_w = widths[2] - 5
    totals = [0, 0, 0, 0, 0]
    n = len(rows)
    for k in range(0, n, ROWS_PER_PAGE):
        cells = []
        for i, x in enumerate(rows[k:k + ROWS_PER_PAGE], start=k + 1):
            cells.append((str(i), x.number, _fit(x.name, name_w, size), format_number(x.savings_basis),
                          format_number(x.service_basis), format_number(x.jasa_modal),
                          format_number(x.jasa_usaha), format_number(x.total)))
            totals[0] += x.savings_basis
            totals[1] += x.service_basis
            totals[2] += x.jasa_modal
            totals[3] += x.jasa_usaha
            totals[4] += x.total
        last = k + ROWS_PER_PAGE >= n
        yield ShuListPage(cells, total=("", "", "Jumlah", *[format_number(v) for v in totals]) if last else None,
                          widths=widths, size=size)


def appendix(r: AnnualReportDTO, pages: dict[str, int]) -> list:
    shu = r.shu
    story: list = [PageBreak(), Marker(APPENDIX[0], pages), para("LAMPIRAN", _style("ap", _st().title, fontSize=13.5)),
                   para(f"DAFTAR SHU PER ANGGOTA TAHUN BUKU {r.year}", _st().title),
                   _note(r.shu_status.label + ". ")]
    first = True
    for page in _appendix_pages(shu.rows):
        if not first:
            story.append(PageBreak())
        story.append(page)
        first = False
    return story

