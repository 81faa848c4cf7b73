"""The RAT's attendance list (BAB XII C): one row per member with a signature column, drawn
straight on the canvas like the SHU appendix.

As a ReportLab ``Table`` of 20.000 rows of Paragraphs it took most of the report's time (a
Paragraph parsed per cell, the whole remaining table measured again at every page break:
quadratic in the rows). Here each row's lines and height are worked out once; a page break
is a binary search in the running heights, and a page is drawn with one text object. The
look is the data table's: green header repeated on every page, a grey rule under each row, a
green frame; a long name or number wraps inside its column and its row grows with it."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ..pdf import FONT, FONT_BOLD, GREEN, RULE_GREY, register_fonts, split_lines

HEAD = ("No", "No. anggota", "Nama", "Tanda tangan")
SIZE, LEADING = 8.5, 10.5  # the data table's cell style
HEAD_SIZE, HEAD_LEADING = 8.0, 10.0
PAD_X, PAD_Y = 4.0, 2.5
#: room to sign: at least 8,5 mm a row, taller where a long name or number wraps
MIN_ROW = 8.5 * mm


def _lines(text: str, width: float) -> list[str]:
    if stringWidth(text, FONT, SIZE) <= width:
        return [text]
    return split_lines(text, FONT, SIZE, width)


def attendance_widths(total_width: float, count: int) -> tuple[float, ...]:
    """No, number, name, signature: the number column as wide as the last row's number (a
    12 mm column broke "20000" over two lines), the name column giving way."""
    register_fonts()
    no = max(12 * mm, stringWidth(str(max(count, 1)), FONT, SIZE) + 2 * PAD_X + 1)
    return no, 30 * mm, total_width - 90 * mm - no, 60 * mm


class AttendanceList(Flowable):
    """Rows ``first`` … ``stop`` of the attendance list; splits itself across pages."""

    def __init__(self, people: Sequence[tuple[str, str]], count: int, widths: Sequence[float], *,
                 _shared: tuple | None = None, first: int = 0, stop: int | None = None):
        super().__init__()
        self.widths = tuple(widths)
        if _shared is None:
            register_fonts()
            text_w = (self.widths[1] - 2 * PAD_X, self.widths[2] - 2 * PAD_X)
            rows = []
            for i in range(count):
                number, name = people[i] if i < len(people) else ("", "")
                rows.append((str(i + 1), _lines(number, text_w[0]), _lines(name, text_w[1])))
            heights = [max(MIN_ROW, max(len(n), len(m)) * LEADING + 2 * PAD_Y + 1) for _, n, m in rows]
            _shared = (rows, [0.0, *accumulate(heights)])
        self._shared = _shared
        self.first = first
        self.stop = len(_shared[0]) if stop is None else stop
        self.head = HEAD_LEADING + 2 * PAD_Y
        self.width = sum(self.widths)
        tops = _shared[1]
        self.height = self.head + tops[self.stop] - tops[self.first]

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def split(self, avail_width, avail_height):
        tops = self._shared[1]
        # the last row whose bottom is still inside the frame under the header
        fits = bisect_right(tops, tops[self.first] + avail_height - self.head, lo=self.first) - 1
        if fits <= self.first:
            return []
        if fits >= self.stop:
            return [self]
        return [AttendanceList((), 0, self.widths, _shared=self._shared, first=self.first, stop=fits),
                AttendanceList((), 0, self.widths, _shared=self._shared, first=fits, stop=self.stop)]

    def draw(self) -> None:
        c = self.canv
        rows, tops = self._shared
        w, h = self.width, self.height
        edges = [0.0, *accumulate(self.widths)]
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, h - self.head, w, self.head, stroke=0, fill=1)
        c.setStrokeColor(RULE_GREY)
        c.setLineWidth(0.4)
        base = tops[self.first]
        for k in range(self.first, self.stop + 1):
            y = h - self.head - (tops[k] - base)
            c.line(0, y, w, y)
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.6)
        c.rect(0, 0, w, h, stroke=1, fill=0)

        t = c.beginText()
        t.setFont(FONT_BOLD, HEAD_SIZE)
        t.setFillColor(colors.white)
        for k, text in enumerate(HEAD):
            t.setTextOrigin(edges[k] + PAD_X, h - PAD_Y - HEAD_SIZE)
            t.textOut(text)
        t.setFont(FONT, SIZE)
        t.setFillColor(colors.black)
        for k in range(self.first, self.stop):
            no, number, name = rows[k]
            top = h - self.head - (tops[k] - base)
            row_h = tops[k + 1] - tops[k]

            def put(lines, x, right_edge=None, _top=top, _row_h=row_h):
                # vertically centred in the row, as the table's VALIGN MIDDLE
                y = _top - (_row_h - len(lines) * LEADING) / 2 - SIZE
                for line in lines:
                    t.setTextOrigin(x if right_edge is None else right_edge - stringWidth(line, FONT, SIZE), y)
                    t.textOut(line)
                    y -= LEADING

            put((no,), edges[0] + PAD_X)
            put(number, edges[1] + PAD_X)
            put(name, edges[2] + PAD_X)
            # the signatures zig-zag: odd numbers on the left, even on the right
            if k % 2:
                put((f"{no}.",), 0, right_edge=edges[4] - PAD_X)
            else:
                put((f"{no}.",), edges[3] + PAD_X)
        c.drawText(t)
        c.restoreState()
