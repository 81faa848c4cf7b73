"""The evaluation printouts' shared pieces: colours, Indonesian numbers, cell styles, figure
boxes and the chair's text as paragraphs and lists."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table

from kamura_desktop.domain.ikm import IkmResult
from kamura_desktop.domain.instruments import round_half_up
from kamura_desktop.domain.money import format_number
from kamura_desktop.domain.portfolio import Ratio
from kamura_desktop.domain.stats import format_sig_spss

from ..pdf import (
    A4_PORTRAIT,
    FONT_BOLD,
    GREEN,
    PALE_GREEN,
    Paragraph,
    TableStyle,
    escape,
    money,
    para,
    styles,
)

WIDTH = A4_PORTRAIT.content_width
RED = colors.HexColor("#a61b1b")
KOL_COLOURS = ("#2e7d32", "#9e9d24", "#ef6c00", "#c62828", "#6a1b1b")
#: background of the category bands in the IKM chart, worst to best
BAND_COLOURS = ("#f4d9d6", "#f8e6cf", "#f6f0cf", "#e3efd9", "#d2e8da")
#: bar colours of the indicators in the item chart
INDICATOR_COLOURS = ("#12503f", "#2f7d66", "#b08a1e", "#8a4b2a", "#5b6f9e", "#7a5c99", "#4f8a8b")
RESPONDENT_KINDS = {"ksm": "anggota peminjam (KSM)", "upk": "pengelola (UPK/TKM)", "lainnya": "responden lain"}
GROUP_KINDS = {"peer": "Kelompok peminjam", "ksm": "KSM"}

# ---------------------------------------------------------------- numbers

def dec(value: float | Decimal | int, places: int = 2) -> str:
    """``1.234.567,89`` — Indonesian grouping and decimal comma; ``-`` for a negative sign.
    A :class:`Decimal` (the IKM's means) is rounded half up, as the category tables are read
    (4,125 → 4,13), not half to even as Python's formatting would."""
    if isinstance(value, Decimal):
        text = f"{value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):,.{places}f}"
    else:
        text = f"{float(value):,.{places}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def pct(value: float | None, places: int = 1) -> str:
    return "-" if value is None else f"{dec(value, places)} %"


def ratio_text(r: Ratio | None) -> str:
    return "-" if r is None else r.percent_text()


def ikm_text(result: IkmResult) -> str:
    """The headline IKM, to the 2 decimals the category tables are written in (exact, half up)."""
    return dec(round_half_up(result.ikm_exact, 2), 2)


def category_text(result: IkmResult) -> str:
    return result.category.display


def sig_text(p: float | None) -> str:
    return "." if p is None else format_sig_spss(p)


# ---------------------------------------------------------------- small pieces

def _st():
    return styles(False)


def _style(name: str, parent: ParagraphStyle, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent, **kw)


@cache
def _cells() -> dict[str, ParagraphStyle]:
    st = _st()
    cell = _style("ev_cell", st.cell, fontSize=8, leading=10)
    return {
        "cell": cell, "bold": _style("ev_bold", cell, fontName=FONT_BOLD),
        "right": _style("ev_right", cell, alignment=TA_RIGHT),
        "right_bold": _style("ev_right_bold", cell, alignment=TA_RIGHT, fontName=FONT_BOLD),
        "center": _style("ev_center", cell, alignment=TA_CENTER),
        "head": _style("ev_head", st.cell_head, fontSize=7.6, leading=9.4),
        "head_right": _style("ev_head_right", st.cell_head_right, fontSize=7.6, leading=9.4),
        "head_center": _style("ev_head_center", st.cell_head, fontSize=7.6, leading=9.4,
                              alignment=TA_CENTER),
        "note": _style("ev_note", st.small, fontSize=7.3, leading=9.2),
        "body": _style("ev_body", st.body, leading=13.5, spaceAfter=4),
        "sub": _style("ev_sub", st.heading, fontSize=9.6, before=6, after=3, textColor=GREEN),
        "h1": _style("ev_h1", st.heading, fontSize=12.5, leading=15, before=2, after=6),
        "figure_label": _style("ev_fig_label", st.small, alignment=TA_CENTER),
        "figure_value": _style("ev_fig_value", st.value, alignment=TA_CENTER, textColor=GREEN,
                               fontSize=12, leading=15),
    }


def _h(text: str, *, right: bool = False, center: bool = False) -> Paragraph:
    key = "head_right" if right else ("head_center" if center else "head")
    return para(text, _cells()[key])


def _c(text: str | None, *, right: bool = False, bold: bool = False, center: bool = False) -> Paragraph:
    if center:
        key = "center"
    elif right:
        key = "right_bold" if bold else "right"
    else:
        key = "bold" if bold else "cell"
    return para("-" if text is None else text, _cells()[key])


def _n(value: int, *, bold: bool = False) -> Paragraph:
    return _c(format_number(value), right=True, bold=bold)


def _m(amount: int, *, bold: bool = False) -> Paragraph:
    return _c(money(amount), right=True, bold=bold)


def _section(number: str, text: str) -> Paragraph:
    return para(f"{number}. {text}" if number else text, _cells()["h1"])


def _sub(text: str) -> Paragraph:
    return para(text, _cells()["sub"])


def _figures(items: Sequence[tuple[str, str]], *, per_row: int = 3) -> Table:
    """Key figures in boxes: a small label over a big value."""
    cs = _cells()
    rows = []
    for k in range(0, len(items), per_row):
        chunk = list(items[k:k + per_row])
        row = []
        for label, value in chunk:
            inner = Table([[para(value, cs["figure_value"])], [para(label, cs["figure_label"])]],
                          colWidths=[WIDTH / per_row - 8])
            inner.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
            row.append(inner)
        row += [""] * (per_row - len(row))
        rows.append(row)
    t = Table(rows, colWidths=[WIDTH / per_row] * per_row)
    commands = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell != "":
                commands += [("BOX", (c, r), (c, r), 0.6, GREEN),
                             ("BACKGROUND", (c, r), (c, r), PALE_GREEN)]
    t.setStyle(TableStyle(commands))
    return t


def _boxed(flowables: list, *, background=PALE_GREEN, border=GREEN) -> Table:
    t = Table([[f] for f in flowables], colWidths=[WIDTH])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.7, border), ("BACKGROUND", (0, 0), (-1, -1), background),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def text_flowables(text: str, *, empty: str) -> list:
    """The chair's text: paragraphs split on blank lines; lines starting with ``-``, ``•`` or
    ``1.`` become a list."""
    cs = _cells()
    text = (text or "").strip()
    if not text:
        return [Paragraph(f"<font color='#55605c'><i>{escape(empty)}</i></font>", cs["body"])]
    out: list = []
    bullets: list[tuple[str, str]] = []

    def flush() -> None:
        if bullets:
            rows = [[para(mark, cs["body"]), para(body, cs["body"])] for mark, body in bullets]
            t = Table(rows, colWidths=[7 * mm, WIDTH - 7 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            out.append(t)
            bullets.clear()

    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        plain: list[str] = []
        for line in lines:
            mark = None
            if line[:1] in "-•*" and len(line) > 1:
                mark, body = "•", line[1:].strip()
            else:
                head, _, rest = line.partition(" ")
                if head.endswith((".", ")")) and head[:-1].isdigit() and rest:
                    mark, body = head, rest.strip()
            if mark:
                if plain:
                    out.append(para(" ".join(plain), cs["body"]))
                    plain = []
                bullets.append((mark, body))
            else:
                flush()
                plain.append(line)
        if plain:
            out.append(para(" ".join(plain), cs["body"]))
        flush()
    return out

