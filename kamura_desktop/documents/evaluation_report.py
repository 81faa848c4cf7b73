"""The programme's evaluation printouts (A4) and workbook:

* :func:`build_evaluation_report` — *Laporan Evaluasi Program I-P2P* for a period: a cover
  with the cooperative's profile, the programme summary (participants, poor-family members,
  groups, cycles, money disbursed), the chair's process-evaluation notes and the mentoring
  activities, the effectiveness index (IKM) of each survey round with its item and indicator
  tables and charts, the paired-sample t-test of each income survey as SPSS prints it, the
  portfolio (repayment rate, kolektibilitas, PAR, the revolving fund's development with its
  chart), the chair's conclusions and recommendations, and the signatures;
* :func:`build_ikm_pdf` and :func:`build_ttest_pdf` — one survey round's IKM, or one income
  survey's t-test, on their own (``kamura eval ikm --pdf``, ``eval ttest --pdf``, the
  Evaluasi page);
* :func:`write_evaluation_workbook` — the same tables in an Excel workbook, one sheet per
  part, numbers as numbers.

Inputs are the frozen dataclasses below (filled by ``services.evaluation_report``) holding the
domain's own results (:class:`~kamura_desktop.domain.ikm.IkmResult`,
:class:`~kamura_desktop.domain.stats.PairedTTestResult`, :class:`~kamura_desktop.domain.
portfolio.Ratio`); nothing here reads the database or imports the services.

Numbers print the Indonesian way (``3,87``, ``Rp125.000``, ``28 Maret 2024``) except the
t-test's significance, which prints as SPSS prints it (``.000``) so that a reader can hold the
page next to the SPSS output.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table

from kamura_desktop.domain.ikm import IkmResult
from kamura_desktop.domain.instruments import Scale, round_half_up
from kamura_desktop.domain.money import format_number
from kamura_desktop.domain.portfolio import AgingBucket, Ratio
from kamura_desktop.domain.stats import PairedTTestResult, format_sig_spss

from .excel import DATE_FORMAT, FORMULA_PREFIXES, RUPIAH_FORMAT
from .lender_docs import FundYearLike, fund_charts
from .pdf import (
    A4_PORTRAIT,
    FONT,
    FONT_BOLD,
    GOLD,
    GREEN,
    PALE_GREEN,
    RULE_GREY,
    TEXT_GREY,
    Letterhead,
    Signer,
    TableStyle,
    build_pdf,
    data_table,
    escape,
    info_table,
    money,
    para,
    place_and_date,
    place_name,
    signature_blocks,
    styles,
    tanggal,
)

WIDTH = A4_PORTRAIT.content_width
RED = colors.HexColor("#a61b1b")
KOL_COLOURS = ("#2e7d32", "#9e9d24", "#ef6c00", "#c62828", "#6a1b1b")
#: background of the category bands in the IKM chart, worst to best
BAND_COLOURS = ("#f4d9d6", "#f8e6cf", "#f6f0cf", "#e3efd9", "#d2e8da")
#: bar colours of the indicators in the item chart
INDICATOR_COLOURS = ("#12503f", "#2f7d66", "#b08a1e", "#8a4b2a", "#5b6f9e", "#7a5c99", "#4f8a8b")
RESPONDENT_KINDS = {"ksm": "anggota peminjam (KSM)", "upk": "pengelola (UPK/TKM)", "lainnya": "responden lain"}
GROUP_KINDS = {"peer": "Kelompok peer borrower", "ksm": "KSM"}


# ---------------------------------------------------------------- inputs

class CoverProfile(Letterhead, Protocol):
    """What the cover needs of ``settings.CooperativeProfile`` beyond the letterhead."""

    short_name: str
    founded_year: int | None


class NotesLike(Protocol):
    """``services.evaluation.ReportNotesDTO``: the chair's texts."""

    process_notes: str
    conclusions: str
    recommendations: str


@dataclass(frozen=True)
class ReportNotes:
    process_notes: str = ""
    conclusions: str = ""
    recommendations: str = ""


@dataclass(frozen=True)
class IkmSection:
    """One survey round and its IKM (``result`` is None when it cannot be computed yet, and
    ``error`` says why, e.g. an item nobody answered)."""

    title: str
    instrument_code: str
    instrument_name: str
    respondent_kind: str  # ksm | upk | lainnya
    held_on: dt.date | None
    respondents: int
    complete: int  # respondents who answered every item
    scale: Scale
    result: IkmResult | None
    notes: str = ""
    error: str | None = None


@dataclass(frozen=True)
class IncomePair:
    """One respondent's two incomes (rupiah a month); the workbook lists them as R01, R02, …"""

    first: int | None
    second: int | None


@dataclass(frozen=True)
class TTestSection:
    """One income survey and its paired-sample t-test (``result`` None with ``error``)."""

    title: str
    held_on: dt.date | None
    first_label: str
    second_label: str
    rows: int  # respondents listed
    result: PairedTTestResult | None
    pairs: tuple[IncomePair, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class GroupLine:
    code: str
    name: str
    kind: str  # peer | ksm
    members: int  # borrowers of the group with a credit disbursed in the period
    poor_family: int
    cycles: int  # group applications disbursed in the period
    disbursed: int


@dataclass(frozen=True)
class ProgrammeSummary:
    members_active: int  # active members at the end of the period
    members_joined: int  # joined during the period
    participants: int  # members with a credit disbursed in the period
    poor_family: int  # of whom from poor families
    women: int
    groups: int
    cycles: int
    credits: int
    disbursed: int  # principal disbursed in the period
    repaid: int  # instalments received in the period (principal and service)
    lenders: int  # registered lenders at the end of the period
    lender_funded: int  # money lenders put into credits disbursed in the period
    group_lines: tuple[GroupLine, ...] = ()


@dataclass(frozen=True)
class PortfolioSection:
    as_of: dt.date
    rule_set_name: str
    repayment: Ratio  # collected ÷ due in the period
    loans: int  # credits still owing on as_of
    outstanding: int
    by_kol: tuple[AgingBucket, ...]
    par: tuple[tuple[int, Ratio], ...]  # (days, ratio)
    pnpm_lar: Ratio | None = None
    pnpm_par: Ratio | None = None
    pnpm_rr: Ratio | None = None
    fund_years: tuple[FundYearLike, ...] = ()


@dataclass(frozen=True)
class MentoringGroupLine:
    code: str
    name: str
    meetings: int
    attendance_pct: float | None


@dataclass(frozen=True)
class MentoringSection:
    meetings: int
    groups_met: int
    attendance_pct: float | None
    home_visits: int
    followups_open: int
    followups_done: int
    by_group: tuple[MentoringGroupLine, ...] = ()


@dataclass(frozen=True)
class EvaluationReport:
    """Everything the evaluation report prints (``services.evaluation_report``'s DTO)."""

    profile: CoverProfile
    date_from: dt.date
    date_to: dt.date
    prepared_on: dt.date
    summary: ProgrammeSummary
    notes: NotesLike
    ikm: tuple[IkmSection, ...]
    ttests: tuple[TTestSection, ...]
    portfolio: PortfolioSection
    mentoring: MentoringSection | None = None
    chair: str | None = None
    treasurer: str | None = None
    secretary: str | None = None

    @property
    def period_text(self) -> str:
        return f"{tanggal(self.date_from)} – {tanggal(self.date_to)}"


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


# ---------------------------------------------------------------- IKM

def _band_colour(index: int, count: int) -> str:
    if count <= 1:
        return BAND_COLOURS[-1]
    return BAND_COLOURS[round(index * (len(BAND_COLOURS) - 1) / (count - 1))]


def _band_label(scale: Scale, index: int) -> str:
    c = scale.categories[index]
    return f"{c.quality} {c.label}" if c.quality else c.label


def indicator_chart(result: IkmResult, scale: Scale, *, width: float = WIDTH) -> Drawing:
    """One horizontal bar per indicator (its mean) and one for the IKM, over the scale's
    category bands, each bar labelled with its value."""
    labels = [i.name for i in result.indicators] + ["IKM"]
    values = [float(i.mean_exact) for i in result.indicators] + [float(result.ikm_exact)]
    shown = [dec(round_half_up(i.mean_exact, 2), 2) for i in result.indicators] + [ikm_text(result)]
    bar, gap = 5.6 * mm, 2.6 * mm
    top, bottom, left, right = 10 * mm, 7 * mm, 34 * mm, 12 * mm
    height = top + bottom + len(labels) * (bar + gap)
    d = Drawing(width, height, initialFontName=FONT)
    lo, hi = scale.min_value, scale.max_value
    plot_w = width - left - right

    def x(v: float) -> float:
        return left + (min(max(v, lo), hi) - lo) / (hi - lo) * plot_w

    y0, y1 = bottom, height - top + 1.5 * mm
    cats = scale.categories
    for k, cat in enumerate(cats):
        start = float(cat.low)
        end = float(cats[k + 1].low) if k + 1 < len(cats) else hi
        d.add(Rect(x(start), y0, x(end) - x(start), y1 - y0, fillColor=colors.HexColor(
            _band_colour(k, len(cats))), strokeColor=None))
        d.add(String((x(start) + x(end)) / 2, y1 + 1.3 * mm, _band_label(scale, k), fontName=FONT,
                     fontSize=6.3, fillColor=TEXT_GREY, textAnchor="middle"))
    for v in range(lo, hi + 1):
        d.add(Line(x(v), y0, x(v), y1, strokeColor=colors.white, strokeWidth=0.8))
        d.add(String(x(v), y0 - 3.6 * mm, str(v), fontName=FONT, fontSize=7, fillColor=TEXT_GREY,
                     textAnchor="middle"))
    d.add(Line(x(lo), y0, x(hi), y0, strokeColor=RULE_GREY, strokeWidth=0.6))
    for k, (label, value, text) in enumerate(zip(labels, values, shown, strict=True)):
        is_ikm = k == len(labels) - 1
        yb = y1 - 1.5 * mm - (k + 1) * (bar + gap) + gap / 2
        d.add(Rect(x(lo), yb, x(value) - x(lo), bar, fillColor=GOLD if is_ikm else GREEN, strokeColor=None))
        d.add(String(left - 2 * mm, yb + bar / 2 - 2.6, label, fontName=FONT_BOLD if is_ikm else FONT,
                     fontSize=7.6, fillColor=colors.black, textAnchor="end"))
        d.add(String(x(value) + 1.5 * mm, yb + bar / 2 - 2.6, text, fontName=FONT_BOLD, fontSize=7.6,
                     fillColor=colors.black))
    return d


def item_chart(result: IkmResult, scale: Scale, *, width: float = WIDTH, height: float = 46 * mm) -> Drawing:
    """One vertical bar per item (its mean), coloured by indicator, with a legend."""
    d = Drawing(width, height, initialFontName=FONT)
    left, right, bottom, top = 9 * mm, 2 * mm, 8 * mm, 9 * mm
    lo, hi = scale.min_value, scale.max_value
    plot_w, plot_h = width - left - right, height - bottom - top
    n = len(result.items)

    def y(v: float) -> float:
        return bottom + (min(max(v, lo), hi) - lo) / (hi - lo) * plot_h

    for v in range(lo, hi + 1):
        d.add(Line(left, y(v), left + plot_w, y(v), strokeColor=colors.HexColor("#e3e8e6"), strokeWidth=0.5))
        d.add(String(left - 1.5 * mm, y(v) - 2.4, str(v), fontName=FONT, fontSize=7, fillColor=TEXT_GREY,
                     textAnchor="end"))
    colour_of = {ind.name: colors.HexColor(INDICATOR_COLOURS[k % len(INDICATOR_COLOURS)])
                 for k, ind in enumerate(result.indicators)}
    slot = plot_w / max(n, 1)
    bar = slot * 0.62
    font = 6.6 if n <= 20 else 5.4
    for k, item in enumerate(result.items):
        xb = left + k * slot + (slot - bar) / 2
        d.add(Rect(xb, y(lo), bar, y(float(item.mean_exact)) - y(lo), fillColor=colour_of[item.indicator],
                   strokeColor=None))
        d.add(String(xb + bar / 2, bottom - 3.4 * mm, item.code, fontName=FONT, fontSize=font,
                     fillColor=colors.black, textAnchor="middle"))
        if n <= 24:
            d.add(String(xb + bar / 2, y(float(item.mean_exact)) + 1.2, dec(round_half_up(item.mean_exact, 2), 2), fontName=FONT,
                         fontSize=5.4, fillColor=TEXT_GREY, textAnchor="middle"))
    d.add(Line(left, y(lo), left + plot_w, y(lo), strokeColor=RULE_GREY, strokeWidth=0.6))
    # legend
    lx = left
    ly = height - 4 * mm
    for ind in result.indicators:
        d.add(Rect(lx, ly, 2.6 * mm, 2.6 * mm, fillColor=colour_of[ind.name], strokeColor=None))
        d.add(String(lx + 3.6 * mm, ly + 0.5, ind.name, fontName=FONT, fontSize=7, fillColor=colors.black))
        lx += 3.6 * mm + len(ind.name) * 3.9 + 6 * mm
    return d


def ikm_flowables(sec: IkmSection, *, number: str = "", charts: bool = True, heading: bool = True) -> list:
    """The tables, figures and charts of one survey round; the round's heading stays with its
    headline figures."""
    head, rest = _ikm_parts(sec, number=number, charts=charts, heading=heading)
    return [KeepTogether(head), *rest]


def _ikm_parts(sec: IkmSection, *, number: str, charts: bool, heading: bool) -> tuple[list, list]:
    """(the heading and headline figures, to keep together; everything after them). Split so
    that a caller can keep its own heading with the first part too: ReportLab cannot nest
    one KeepTogether in another (the inner one always reports itself too tall)."""
    st = _st()
    cs = _cells()
    out: list = [_sub(f"{number} {sec.title}".strip())] if heading else []
    who = RESPONDENT_KINDS.get(sec.respondent_kind, sec.respondent_kind)
    out.append(info_table([
        ("Instrumen", sec.instrument_name),
        ("Skala", sec.scale.name),
        ("Tanggal", tanggal(sec.held_on) if sec.held_on else "-"),
        ("Responden", f"{sec.respondents} {who}" + (f", {sec.complete} menjawab semua butir"
                                                     if sec.complete != sec.respondents else "")),
    ], [19 * mm, 3 * mm, WIDTH / 2 - 22 * mm], columns=2))
    if sec.notes.strip():
        out.append(para(sec.notes.strip(), cs["note"]))
    r = sec.result
    if r is None:
        out += [Spacer(1, 2 * mm), _boxed([Paragraph(
            f"<font color='#a61b1b'><b>IKM belum dapat dihitung.</b></font> {escape(sec.error or '')}",
            st.body)], background=colors.HexColor("#fbeeee"), border=RED)]
        return out, []

    # headline
    big = _style("ikm_big", st.big_amount, alignment=TA_CENTER, fontSize=20, leading=24)
    small = _style("ikm_small", st.small, alignment=TA_CENTER)
    cat = _style("ikm_cat", st.value, alignment=TA_CENTER, fontSize=11.5, leading=14, textColor=GREEN)
    cells = [[para(ikm_text(r), big), para(category_text(r), cat)],
             [para("Indeks (IKM)", small), para("Kategori", small)]]
    widths = [WIDTH / 4] * 2
    if r.converted is not None:
        cells[0].append(para(dec(r.converted, 2), big))
        cells[1].append(para(f"Konversi (× {dec(sec.scale.conversion_factor or 0, 0)})", small))
        widths = [WIDTH / 6] * 3
    headline = Table(cells, colWidths=widths)
    headline.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                  ("BOX", (0, 0), (-1, -1), 0.8, GREEN),
                                  ("BACKGROUND", (0, 0), (-1, -1), PALE_GREEN),
                                  ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    formula = Paragraph(
        f"Bobot tiap butir NP = 1 / {len(r.items)} = <b>{dec(r.np, 4)}</b>.<br/>"
        f"IKM = Σ (rata-rata butir × NP) = <b>{dec(r.ikm, 4)}</b>"
        + (f", dibulatkan {ikm_text(r)}" if dec(r.ikm, 4) != dec(r.ikm, 2) + "00" else "")
        + (f"; nilai konversi = IKM × {dec(sec.scale.conversion_factor or 0, 0)} = <b>{dec(r.converted, 2)}</b>"
           if r.converted is not None else "")
        + f".<br/>Kategori <b>{escape(category_text(r))}</b> menurut tabel skala "
          f"({escape(sec.scale.source or sec.scale.name)}).", cs["body"])
    row = Table([[headline, formula]], colWidths=[sum(widths) + 6 * mm, WIDTH - sum(widths) - 6 * mm])
    row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    out += [Spacer(1, 2 * mm), row]

    # items
    rows = [[_h("Kode"), _h("Butir pernyataan"), _h("Dijawab", right=True), _h("Jumlah", right=True),
             _h("Rata-rata", right=True), _h("× NP", right=True)]]
    spans = []
    for ind in r.indicators:
        spans.append(len(rows))
        rows.append([_c(ind.name, bold=True), "", "", "", "", ""])
        for item in (i for i in r.items if i.indicator == ind.name):
            rows.append([_c(item.code), _c(item.text), _n(item.answered), _n(item.total),
                         _c(dec(round_half_up(item.mean_exact, 2), 2), right=True), _c(dec(item.weighted, 4), right=True)])
    rows.append([_c("", bold=True), _c("Indeks (IKM) = jumlah rata-rata × NP", bold=True), _c(""), _c(""),
                 _c(""), _c(dec(r.ikm, 4), right=True, bold=True)])
    t = data_table(rows, [12 * mm, WIDTH - 78 * mm, 15 * mm, 15 * mm, 19 * mm, 17 * mm], bold_last_row=True,
                   zebra=False)
    # an indicator's heading and items never part at a page break (nor the last one and the total)
    blocks = [(start, end - 1) for start, end in zip(spans, [*spans[1:], len(rows)], strict=True)]
    t.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 1), (-1, -1), 1.6)]
                          + [("NOSPLIT", (0, a), (-1, b)) for a, b in blocks]
                          + [cmd for rr in spans for cmd in (
                              ("SPAN", (0, rr), (-1, rr)), ("BACKGROUND", (0, rr), (-1, rr), PALE_GREEN))]))
    head, out = out, [Spacer(1, 1 * mm), CondPageBreak(35 * mm), _sub("Hasil per butir"), t]

    # indicators
    rows = [[_h("Indikator"), _h("Butir", right=True), _h("Jawaban", right=True), _h("Jumlah", right=True),
             _h("Rata-rata", right=True), _h("Kategori")]]
    for ind in r.indicators:
        rows.append([_c(ind.name), _n(len(ind.item_codes)), _n(ind.answered), _n(ind.total),
                     _c(dec(round_half_up(ind.mean_exact, 2), 2), right=True), _c(ind.category.display)])
    rows.append([_c("Seluruh instrumen (IKM)", bold=True), _n(len(r.items), bold=True),
                 _n(sum(i.answered for i in r.indicators), bold=True),
                 _n(sum(i.total for i in r.indicators), bold=True), _c(ikm_text(r), right=True, bold=True),
                 _c(category_text(r), bold=True)])
    t = data_table(rows, [WIDTH - 120 * mm, 14 * mm, 18 * mm, 18 * mm, 20 * mm, 50 * mm], bold_last_row=True)
    out.append(KeepTogether([_sub("Hasil per indikator"), t, para(
        "Rata-rata indikator = rata-rata dari rata-rata butirnya (bobot yang sama dengan IKM). "
        "Jawaban kosong tidak dihitung sebagai jawaban.", cs["note"])]))
    if charts:
        out.append(KeepTogether([_sub("Grafik rata-rata per indikator"), indicator_chart(r, sec.scale)]))
        out.append(KeepTogether([_sub("Grafik rata-rata per butir"), item_chart(r, sec.scale)]))
    out.append(KeepTogether([_sub("Tabel kategori skala"), _category_table(sec.scale)]))
    return head, out


def _category_table(scale: Scale) -> Table:
    """IKM range, converted range (where the scale converts), grade (where a band has one:
    an office scale may grade without converting) and category."""
    has_conv = scale.conversion_factor is not None
    has_grade = has_conv or any(c.quality for c in scale.categories)
    head = [_h("Nilai IKM")]
    widths = [40 * mm]
    if has_conv:
        head.append(_h("Nilai konversi"))
        widths.append(40 * mm)
    if has_grade:
        head.append(_h("Mutu"))
        widths.append(16 * mm)
    head.append(_h("Kategori"))
    widths.append(WIDTH - sum(widths))
    rows = [head]
    for c in scale.categories:
        line = [_c(f"{dec(c.low, _places(c.low))} – {dec(c.high, _places(c.high))}")]
        if has_conv:
            line.append(_c(f"{dec(c.converted_low or 0, 2)} – {dec(c.converted_high or 0, 2)}"
                           if c.converted_low is not None else "-"))
        if has_grade:
            line.append(_c(c.quality or "-"))
        line.append(_c(c.label))
        rows.append(line)
    return data_table(rows, widths)


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(2, -exponent if isinstance(exponent, int) else 2)


# ---------------------------------------------------------------- t-test

def _r(value: float, places: int = 2) -> Paragraph:
    return _c(dec(value, places), right=True)


def ttest_flowables(sec: TTestSection, *, number: str = "", heading: bool = True) -> list:
    """The three SPSS tables of one income survey and the decision in words."""
    st = _st()
    cs = _cells()
    out: list = [CondPageBreak(80 * mm), _sub(f"{number} {sec.title}".strip())] if heading else []
    out.append(info_table([
        ("Pengukuran", f"pendapatan bersih per bulan: “{sec.first_label}” dan “{sec.second_label}”"),
        ("Responden", f"{sec.rows} orang" + (f", {sec.result.n} pasang data lengkap" if sec.result else "")),
        ("Tanggal", tanggal(sec.held_on) if sec.held_on else "-"),
        ("Uji", "uji-t sampel berpasangan (paired sample t-test), α = 0,05, dua sisi"),
    ], [26 * mm, 3 * mm, WIDTH - 29 * mm]))
    r = sec.result
    if r is None:
        out += [Spacer(1, 2 * mm), _boxed([Paragraph(
            f"<font color='#a61b1b'><b>Uji-t belum dapat dihitung.</b></font> {escape(sec.error or '')}",
            st.body)], background=colors.HexColor("#fbeeee"), border=RED)]
        return out
    first, second = sec.first_label, sec.second_label
    pair = "Pasangan 1"

    rows = [[_h(""), _h(""), _h("Mean", right=True), _h("N", right=True), _h("Std. Deviation", right=True),
             _h("Std. Error Mean", right=True)],
            [_c(pair, bold=True), _c(first), _r(r.mean_first), _n(r.n), _r(r.sd_first), _r(r.se_first)],
            ["", _c(second), _r(r.mean_second), _n(r.n), _r(r.sd_second), _r(r.se_second)]]
    t = data_table(rows, [22 * mm, WIDTH - 122 * mm, 28 * mm, 12 * mm, 30 * mm, 30 * mm], zebra=False)
    t.setStyle(TableStyle([("SPAN", (0, 1), (0, 2)), ("VALIGN", (0, 1), (0, 2), "TOP")]))
    out.append(KeepTogether([_sub("Paired Samples Statistics (statistik sampel berpasangan)"), t]))

    rows = [[_h(""), _h(""), _h("N", right=True), _h("Correlation", right=True), _h("Sig.", right=True)],
            [_c(pair, bold=True), _c(f"{first} & {second}"), _n(r.n),
             _c("-" if r.correlation is None else dec(r.correlation, 3), right=True),
             _c(sig_text(r.correlation_p), right=True)]]
    t = data_table(rows, [22 * mm, WIDTH - 88 * mm, 12 * mm, 27 * mm, 27 * mm], zebra=False)
    out.append(KeepTogether([_sub("Paired Samples Correlations (korelasi sampel berpasangan)"), t]))

    conf = dec(r.confidence * 100, 0)
    # SPSS's three header rows: Paired Differences over five columns, the interval's own
    # heading over Lower and Upper
    rows = [
        [_h(""), _h("Paired Differences", center=True), "", "", "", "", _h("t", right=True),
         _h("df", right=True), _h("Sig. (2-tailed)", right=True)],
        ["", _h("Mean", right=True), _h("Std. Deviation", right=True), _h("Std. Error Mean", right=True),
         _h(f"{conf}% Confidence Interval of the Difference", center=True), "", "", "", ""],
        ["", "", "", "", _h("Lower", right=True), _h("Upper", right=True), "", "", ""],
        [Paragraph(f"<b>{pair}</b><br/>{escape(second)} − {escape(first)}", cs["cell"]), _r(r.mean_diff),
         _r(r.sd_diff), _r(r.se_diff), _r(r.ci_low), _r(r.ci_high), _c(dec(r.t, 3), right=True, bold=True),
         _n(r.df, bold=True), _c(sig_text(r.p_two_tailed), right=True, bold=True)],
    ]
    widths = [30 * mm, 20 * mm, 20 * mm, 19 * mm, 20 * mm, 20 * mm, 15 * mm, 10 * mm, 0]
    widths[-1] = WIDTH - sum(widths)
    t = data_table(rows, widths, header_rows=3, zebra=False)
    t.setStyle(TableStyle([("SPAN", (1, 0), (5, 0)), ("SPAN", (0, 0), (0, 2)), ("SPAN", (6, 0), (6, 2)),
                           ("SPAN", (7, 0), (7, 2)), ("SPAN", (8, 0), (8, 2)),
                           *[("SPAN", (c, 1), (c, 2)) for c in (1, 2, 3)], ("SPAN", (4, 1), (5, 1)),
                           ("LINEBELOW", (0, 0), (-1, 1), 0.4, GREEN),  # no grey rules in the head
                           ("LINEBELOW", (1, 0), (5, 0), 0.4, colors.white),
                           ("LINEBELOW", (4, 1), (5, 1), 0.4, colors.white)]))
    out.append(KeepTogether([_sub("Paired Samples Test (uji sampel berpasangan)"), t, para(
        f"Selisih = {second} − {first} (kenaikan bernilai positif). Nilai dalam rupiah per bulan. "
        "Sig. ditulis seperti keluaran SPSS (.000 berarti p < 0,0005).", cs["note"])]))

    change = r.mean_second - r.mean_first
    rel = f" ({dec(change / r.mean_first * 100, 1)} %)" if r.mean_first else ""
    direction = "naik" if change > 0 else ("turun" if change < 0 else "tetap")
    colour = "#12503f" if r.significant else "#55605c"
    verdict = "H<sub>0</sub> ditolak" if r.significant else "H<sub>0</sub> diterima (tidak ditolak)"
    lines = [
        Paragraph(f"<b>Keputusan (α = {dec(r.alpha, 2)}):</b> <font color='{colour}'><b>"
                  f"{escape(r.decision)}</b></font>; {verdict}.", st.body),
        Paragraph(f"H<sub>0</sub>: rata-rata pendapatan “{escape(first)}” sama dengan “{escape(second)}”. "
                  f"H<sub>1</sub>: keduanya berbeda. t({r.df}) = {dec(r.t, 3)}, Sig. (2-tailed) = "
                  f"{sig_text(r.p_two_tailed)}.", _style("ev_hyp", cs["note"], leading=11.5)),
        Paragraph(f"Rata-rata pendapatan bersih per bulan {direction} dari <b>{money(round(r.mean_first))}</b> "
                  f"menjadi <b>{money(round(r.mean_second))}</b>, selisih rata-rata "
                  f"<b>{money(round(change))}</b>{rel}; selang kepercayaan {conf} % selisihnya "
                  f"{money(round(r.ci_low))} sampai {money(round(r.ci_high))}.", st.body),
    ]
    out += [Spacer(1, 2 * mm), _boxed(lines)]
    return out


# ---------------------------------------------------------------- report parts

def _cover(rep: EvaluationReport) -> list:
    st = _st()
    p = rep.profile
    title = _style("cover_title", st.title, fontSize=22, leading=28, after=4)
    sub = _style("cover_sub", st.subtitle, fontSize=11, leading=15, after=2)
    period = _style("cover_period", st.value, alignment=TA_CENTER, fontSize=12, leading=16, textColor=GREEN)
    out: list = [Spacer(1, 22 * mm), para("LAPORAN EVALUASI PROGRAM I-P2P", title),
                 para("Integrated Peer-to-Peer Lending", sub),
                 para("Pinjaman kelompok peer borrower bagi keluarga miskin melalui koperasi", sub),
                 Spacer(1, 6 * mm), para(f"Periode {rep.period_text}", period), Spacer(1, 12 * mm)]
    pairs = [("Koperasi", p.name + (f" ({p.short_name})" if p.short_name else "")),
             ("Alamat", p.address_line() or "-")]
    if p.legal_number:
        pairs.append(("Badan hukum", p.legal_number))
    if p.founded_year:
        pairs.append(("Berdiri", str(p.founded_year)))
    if p.phone:
        pairs.append(("Telepon", p.phone))
    pairs += [("Anggota aktif", f"{format_number(rep.summary.members_active)} orang per {tanggal(rep.date_to)}"),
              ("Disusun", tanggal(rep.prepared_on))]
    box = Table([[info_table(pairs, [30 * mm, 3 * mm, WIDTH - 53 * mm])]], colWidths=[WIDTH - 14 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, GREEN), ("BACKGROUND", (0, 0), (-1, -1), PALE_GREEN),
                             ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    box.hAlign = "CENTER"
    out += [box, Spacer(1, 12 * mm), para("Isi laporan", _style("toc_h", st.heading, alignment=TA_CENTER))]
    toc = [title for title, _ in _chapters(rep)]
    rows = [[para(f"{k}.", st.body), para(t, st.body)] for k, t in enumerate(toc, start=1)]
    t = Table(rows, colWidths=[10 * mm, 90 * mm])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    t.hAlign = "CENTER"
    out += [t, PageBreak()]
    return out


def _summary_part(rep: EvaluationReport, number: str) -> list:
    s = rep.summary
    cs = _cells()
    out: list = [_section(number, "Ringkasan program")]
    out.append(_figures([
        ("peserta (peminjam)", format_number(s.participants)),
        ("dari keluarga miskin", format_number(s.poor_family)),
        ("kelompok", format_number(s.groups)),
        ("siklus pinjaman kelompok", format_number(s.cycles)),
        ("kredit dicairkan", format_number(s.credits)),
        ("pinjaman disalurkan", money(s.disbursed)),
    ]))
    share = f"{dec(s.poor_family / s.participants * 100, 0)} %" if s.participants else "-"
    women = f"{s.women} perempuan" if s.participants else ""
    out += [Spacer(1, 2 * mm), Paragraph(
        f"Selama periode {escape(rep.period_text)} koperasi menyalurkan <b>{s.credits}</b> kredit senilai "
        f"<b>{money(s.disbursed)}</b> kepada <b>{s.participants}</b> anggota ({escape(women)}), "
        f"<b>{s.poor_family}</b> di antaranya dari keluarga miskin ({share}), dalam <b>{s.groups}</b> kelompok "
        f"dan <b>{s.cycles}</b> siklus pengajuan kelompok. Angsuran yang diterima dalam periode ini "
        f"<b>{money(s.repaid)}</b>. Dana lender yang ikut membiayai kredit: <b>{money(s.lender_funded)}</b> "
        f"dari {s.lenders} lender terdaftar. Anggota aktif pada akhir periode {format_number(s.members_active)} "
        f"orang ({s.members_joined} anggota baru dalam periode).", cs["body"])]
    if s.group_lines:
        rows = [[_h("Kode"), _h("Kelompok"), _h("Jenis"), _h("Peserta", right=True),
                 _h("Kel. miskin", right=True), _h("Siklus", right=True), _h("Disalurkan", right=True)]]
        for g in s.group_lines:
            rows.append([_c(g.code), _c(g.name), _c(GROUP_KINDS.get(g.kind, g.kind)), _n(g.members),
                         _n(g.poor_family), _n(g.cycles), _m(g.disbursed)])
        rows.append([_c("Jumlah", bold=True), _c(""), _c(""), _n(s.participants, bold=True),
                     _n(s.poor_family, bold=True), _n(s.cycles, bold=True), _m(s.disbursed, bold=True)])
        widths = [19 * mm, 0, 40 * mm, 16 * mm, 19 * mm, 14 * mm, 28 * mm]
        widths[1] = WIDTH - sum(widths)
        out += [KeepTogether([_sub("Kelompok yang menerima pinjaman dalam periode"),
                              data_table(rows, widths, bold_last_row=True),
                              para("Peserta dihitung sekali walaupun menerima beberapa siklus pinjaman; satu "
                                   "siklus = satu pengajuan kelompok yang dicairkan.", cs["note"])])]
    return out


def _process_part(rep: EvaluationReport, number: str) -> list:
    out: list = [_section(number, "Evaluasi proses")]
    out += text_flowables(rep.notes.process_notes, empty="Catatan evaluasi proses belum ditulis oleh Ketua.")
    m = rep.mentoring
    cs = _cells()
    if m is not None and not (m.meetings or m.home_visits or m.followups_open or m.followups_done):
        out += [_sub("Kegiatan pendampingan"), para(
            "Belum ada pertemuan kelompok, kunjungan rumah atau tindak lanjut yang dicatat dalam periode ini.",
            cs["body"])]
    elif m is not None:
        block: list = [_sub("Kegiatan pendampingan"), _figures([
            ("pertemuan kelompok", format_number(m.meetings)),
            ("kelompok didampingi", format_number(m.groups_met)),
            ("rata-rata kehadiran", pct(m.attendance_pct)),
            ("kunjungan rumah", format_number(m.home_visits)),
            ("tindak lanjut selesai", format_number(m.followups_done)),
            ("tindak lanjut terbuka", format_number(m.followups_open)),
        ])]
        if m.by_group:
            rows = [[_h("Kode"), _h("Kelompok"), _h("Pertemuan", right=True), _h("Kehadiran", right=True)]]
            for g in m.by_group:
                rows.append([_c(g.code), _c(g.name), _n(g.meetings), _c(pct(g.attendance_pct), right=True)])
            block += [Spacer(1, 2 * mm), data_table(rows, [22 * mm, WIDTH - 72 * mm, 25 * mm, 25 * mm])]
        block.append(para("Sumber: buku pendampingan (pertemuan kelompok, daftar hadir, kunjungan rumah oleh "
                          "ketua kelompok, tindak lanjut).", cs["note"]))
        out.append(KeepTogether(block))
    return out


def _ikm_part(rep: EvaluationReport, number: str) -> list:
    cs = _cells()
    out: list = [_section(number, "Efektivitas program (Indeks Kepuasan Masyarakat)")]
    out.append(Paragraph(
        "Efektivitas diukur dengan kuesioner kepada peminjam (KSM) dan pengelola (UPK/TKM). Setiap butir dijawab "
        "pada skala yang dipilih; rata-rata tiap butir = jumlah jawaban ÷ banyaknya yang menjawab; bobot NP = "
        "1 ÷ banyaknya butir; <b>IKM = Σ (rata-rata butir × NP)</b>, lalu dikategorikan menurut tabel skala "
        "(KepMenPAN No. KEP/25/M.PAN/2/2004).", cs["body"]))
    if not rep.ikm:
        out.append(text_flowables("", empty="Belum ada putaran survei dalam periode ini.")[0])
    for k, sec in enumerate(rep.ikm, start=1):
        head, rest = _ikm_parts(sec, number=f"{number}.{k}", charts=True, heading=True)
        if k == 1:  # the chapter's heading goes with its first round
            out = [KeepTogether([*out, *head])]
        else:
            out.append(KeepTogether(head))
        out += rest
    return out


def _ttest_part(rep: EvaluationReport, number: str) -> list:
    cs = _cells()
    out: list = [CondPageBreak(90 * mm), _section(number, "Pendapatan anggota (uji-t sampel berpasangan)")]
    out.append(Paragraph(
        "Pendapatan bersih per bulan setiap responden dicatat pada dua saat. Selisih tiap responden (kedua − "
        "pertama) diuji dengan uji-t sampel berpasangan; tabel disusun seperti keluaran SPSS dan keputusan "
        "diambil pada taraf signifikansi α = 0,05.", cs["body"]))
    if not rep.ttests:
        out.append(text_flowables("", empty="Belum ada survei pendapatan dalam periode ini.")[0])
    for k, sec in enumerate(rep.ttests, start=1):
        out += ttest_flowables(sec, number=f"{number}.{k}")
    return out


def _portfolio_part(rep: EvaluationReport, number: str) -> list:
    p = rep.portfolio
    cs = _cells()
    par30 = dict(p.par).get(30)
    out: list = [CondPageBreak(90 * mm), _section(number, "Kinerja portofolio pinjaman")]
    out.append(_figures([
        ("tingkat pengembalian (dibayar ÷ jatuh tempo)", ratio_text(p.repayment)),
        (f"sisa pinjaman per {tanggal(p.as_of)}", money(p.outstanding)),
        ("PAR > 30 hari", ratio_text(par30)),
    ]))
    out += [Spacer(1, 2 * mm), Paragraph(
        f"Dari angsuran yang jatuh tempo dalam periode, <b>{money(p.repayment.denominator)}</b>, telah dibayar "
        f"<b>{money(p.repayment.numerator)}</b> (tingkat pengembalian <b>{ratio_text(p.repayment)}</b>). Pada "
        f"{tanggal(p.as_of)} masih berjalan <b>{p.loans}</b> kredit dengan sisa pinjaman "
        f"<b>{money(p.outstanding)}</b>. Kolektibilitas menurut aturan {escape(p.rule_set_name)}.", cs["body"])]

    rows = [[_h("Kol."), _h("Kolektibilitas"), _h("Kredit", right=True), _h("Sisa pinjaman", right=True),
             _h("Porsi", right=True)]]
    for b in p.by_kol:
        kol = int(b.key)
        rows.append([Paragraph(f"<font color='{KOL_COLOURS[kol - 1]}'><b>{kol}</b></font>", cs["cell"]),
                     _c(b.label), _n(b.count), _m(b.outstanding), _c(ratio_text(b.share), right=True)])
    rows.append([_c(""), _c("Jumlah", bold=True), _n(sum(b.count for b in p.by_kol), bold=True),
                 _m(sum(b.outstanding for b in p.by_kol), bold=True),
                 _c("100,00 %" if p.outstanding else "-", right=True, bold=True)])
    out.append(KeepTogether([_sub("Kolektibilitas"),
                             data_table(rows, [12 * mm, WIDTH - 92 * mm, 18 * mm, 36 * mm, 26 * mm],
                                        bold_last_row=True)]))

    rows = [[_h("Indikator"), _h("Sisa pinjaman berisiko", right=True), _h("Total sisa pinjaman", right=True),
             _h("Rasio", right=True)]]
    for days, r in p.par:
        rows.append([_c(f"PAR {days} — terlambat lebih dari {days} hari"), _m(r.numerator), _m(r.denominator),
                     _c(ratio_text(r), right=True, bold=True)])
    if p.pnpm_par is not None:
        rows.append([_c("PAR dana bergulir (tunggakan ≥ 3 angsuran)"), _m(p.pnpm_par.numerator),
                     _m(p.pnpm_par.denominator), _c(ratio_text(p.pnpm_par), right=True, bold=True)])
    block = [_sub("Portofolio berisiko (PAR)"),
             data_table(rows, [WIDTH - 102 * mm, 38 * mm, 38 * mm, 26 * mm]),
             para("PAR = seluruh sisa pinjaman dari kredit yang menunggak lebih dari X hari ÷ seluruh sisa pinjaman "
                  "(bukan hanya tunggakannya).", cs["note"])]
    if p.pnpm_lar is not None and p.pnpm_rr is not None:
        block.append(para(f"Indikator dana bergulir (PNPM/KOTAKU): LAR {ratio_text(p.pnpm_lar)} (kelompok "
                          f"menunggak ≥ 3 angsuran ÷ kelompok aktif), RR {ratio_text(p.pnpm_rr)}. Sasaran: LAR/PAR "
                          "< 10 % baik, RR ≥ 90 % baik.", cs["note"]))
    out.append(KeepTogether(block))

    years = [y for y in p.fund_years if y.year <= p.as_of.year]
    if years:
        block = [_sub("Perkembangan dana bergulir")]
        rows = [[_h("Tahun"), _h("Hibah", right=True), _h("Disalurkan", right=True),
                 _h("Pokok kembali", right=True), _h("Jasa", right=True), _h("Kerugian", right=True),
                 _h("Modal akhir", right=True), _h("Beredar akhir", right=True)]]
        shown = years[-8:]
        for y in shown:
            rows.append([_c(str(y.year)), _c(format_number(y.grants) if y.grants else "-", right=True),
                         _c(format_number(y.lent) if y.lent else "-", right=True),
                         _c(format_number(y.repaid) if y.repaid else "-", right=True),
                         _c(format_number(y.income) if y.income else "-", right=True),
                         _c(format_number(y.losses) if y.losses else "-", right=True),
                         _c(format_number(y.capital_end), right=True, bold=True),
                         _c(format_number(y.outstanding_end), right=True)])
        widths = [14 * mm] + [(WIDTH - 14 * mm) / 7] * 7
        block.append(data_table(rows, widths))
        if len(years) > len(shown):
            block.append(para(f"Tahun {years[0].year}–{years[-len(shown) - 1].year} tidak ditampilkan; modal akhir "
                            "sudah menjumlahkannya.", cs["note"]))
        block.append(para("Dalam rupiah. Modal akhir = hibah + pendapatan jasa − kerugian, dijumlahkan sampai "
                          "akhir tahun. Sumber: buku besar dana bergulir.", cs["note"]))
        out.append(KeepTogether(block))
        charts = fund_charts(years)
        out += [Spacer(1, 2 * mm), charts[0], Spacer(1, 2 * mm), charts[1]]
    return out


def _closing_part(rep: EvaluationReport, number: str) -> list:
    out: list = [CondPageBreak(80 * mm), _section(number, "Kesimpulan dan rekomendasi"), _sub("Kesimpulan")]
    out += text_flowables(rep.notes.conclusions, empty="Kesimpulan belum ditulis oleh Ketua.")
    recommendations = [_sub("Rekomendasi"),
                       *text_flowables(rep.notes.recommendations, empty="Rekomendasi belum ditulis oleh Ketua.")]
    village = place_name(rep.profile)
    signers = [Signer(f"Kepala Desa {village}".strip(), None, "Mengetahui,"),
               Signer("Bendahara Koperasi", rep.treasurer),
               Signer("Ketua Koperasi", rep.chair)]
    # the signatures never stand alone on the last page: they keep the recommendations with them
    out.append(KeepTogether([*recommendations, Spacer(1, 8 * mm), signature_blocks(
        signers, width=WIDTH, place_date=place_and_date(rep.profile, rep.prepared_on))]))
    return out


def _chapters(rep: EvaluationReport) -> list[tuple[str, Any]]:
    return [
        ("Ringkasan program", _summary_part),
        ("Evaluasi proses" + (" dan pendampingan" if rep.mentoring else ""), _process_part),
        ("Efektivitas program (IKM)", _ikm_part),
        ("Pendapatan anggota (uji-t berpasangan)", _ttest_part),
        ("Kinerja portofolio pinjaman", _portfolio_part),
        ("Kesimpulan dan rekomendasi", _closing_part),
    ]


def build_evaluation_report(path: Path | str, report: EvaluationReport, *,
                            printed_at: dt.datetime | None = None) -> Path:
    """Write the evaluation report PDF."""
    story = _cover(report)
    for k, (_, part) in enumerate(_chapters(report), start=1):
        story += part(report, str(k))
    return build_pdf(path, story, profile=report.profile, title="Laporan evaluasi program I-P2P",
                     subject=f"Laporan Evaluasi Program I-P2P {report.period_text}", printed_at=printed_at)


def _sign_off_parts(profile: Letterhead) -> list:
    """Who computed and who acknowledges a single result, dated today."""
    return [Spacer(1, 8 * mm), signature_blocks(
        [Signer("Petugas evaluasi", None, "Dihitung oleh,"), Signer("Ketua Koperasi", None, "Mengetahui,")],
        width=WIDTH, place_date=place_and_date(profile, dt.date.today()))]


def _sign_off(profile: Letterhead) -> KeepTogether:
    return KeepTogether(_sign_off_parts(profile))


def _with_sign_off(story: list, profile: Letterhead) -> list:
    """Append the signatures kept together with the story's last block, so that they never
    stand alone on a last page (the IKM's scale table, the t-test's decision). ReportLab
    cannot nest KeepTogether, so a last KeepTogether is opened and extended."""
    if not story:
        return [_sign_off(profile)]
    last = story[-1]
    content = list(last._content) if isinstance(last, KeepTogether) else [last]
    return [*story[:-1], KeepTogether([*content, *_sign_off_parts(profile)])]


def build_ikm_pdf(path: Path | str, *, profile: Letterhead, section: IkmSection, title: str,
                  printed_at: dt.datetime | None = None) -> Path:
    """One survey round's IKM on its own."""
    st = _st()
    story: list = [para("HASIL PENGUKURAN INDEKS KEPUASAN MASYARAKAT (IKM)", st.title),
                   para(title, st.subtitle)]
    story += ikm_flowables(section, heading=False)
    story = _with_sign_off(story, profile)
    return build_pdf(path, story, profile=profile, title=f"IKM {title}", subject=f"IKM {title}",
                     printed_at=printed_at)


def build_ttest_pdf(path: Path | str, *, profile: Letterhead, section: TTestSection, title: str,
                    printed_at: dt.datetime | None = None) -> Path:
    """One income survey's paired-sample t-test on its own."""
    st = _st()
    story: list = [para("UJI-T SAMPEL BERPASANGAN — PENDAPATAN ANGGOTA", st.title), para(title, st.subtitle)]
    story += ttest_flowables(section, heading=False)
    story = _with_sign_off(story, profile)
    return build_pdf(path, story, profile=profile, title=f"Uji-t {title}", subject=f"Uji-t {title}",
                     printed_at=printed_at)


# ---------------------------------------------------------------- Excel

_HEAD_FONT = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="12503F")
_HEAD_BORDER = Border(bottom=Side(style="medium", color="E0B22C"))
_TITLE_FONT = Font(bold=True, size=13, color="12503F")
_SUB_FONT = Font(bold=True, size=11, color="12503F")
_BOLD = Font(bold=True)
_PALE = PatternFill("solid", fgColor="E9F1EE")
MEAN_FORMAT = "0.00"
MEAN4_FORMAT = "0.0000"
DEC2_FORMAT = "#,##0.00"
SIG_FORMAT = ".000"
PCT_FORMAT = "0.00%"


class _Sheet:
    """Writes rows top to bottom on one worksheet: titles, label/value lines and tables."""

    def __init__(self, ws, widths: Sequence[float]):
        self.ws = ws
        self.row = 1
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w

    def put(self, col: int, value: Any, fmt: str | None = None, *, bold: bool = False):
        cell = self.ws.cell(row=self.row, column=col)
        if value is None:
            return cell
        if isinstance(value, Decimal):
            value = float(value)
        if isinstance(value, str):
            cell.value = value
            cell.data_type = "s"
            if value.startswith(FORMULA_PREFIXES):
                cell.quotePrefix = True
        else:
            cell.value = value
        if fmt:
            cell.number_format = fmt
        elif isinstance(value, dt.date):
            cell.number_format = DATE_FORMAT
        if bold:
            cell.font = _BOLD
        return cell

    def title(self, text: str, *, sub: bool = False) -> None:
        if sub and self.row > 1:
            self.row += 1
        self.put(1, text).font = _SUB_FONT if sub else _TITLE_FONT
        self.row += 1

    def line(self, label: str, value: Any, fmt: str | None = None, *, wrap: bool = False) -> None:
        self.put(1, label, bold=True)
        cell = self.put(2, value, fmt)
        if wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            self.put(1, label, bold=True).alignment = Alignment(vertical="top")
            width = self.ws.column_dimensions["B"].width or 10
            lines = sum(max(1, -(-len(part) // int(width * 1.1))) for part in str(value or "").split("\n"))
            self.ws.row_dimensions[self.row].height = min(409, 15 * lines)
        self.row += 1

    def header(self, texts: Sequence[str]) -> None:
        for i, text in enumerate(texts, start=1):
            cell = self.put(i, text)
            cell.font, cell.fill, cell.border = _HEAD_FONT, _HEAD_FILL, _HEAD_BORDER
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        self.row += 1

    def values(self, values: Sequence[Any], formats: Sequence[str | None] = (), *, bold: bool = False,
               fill: bool = False) -> None:
        for i, value in enumerate(values, start=1):
            fmt = formats[i - 1] if i - 1 < len(formats) else None
            cell = self.put(i, value, fmt, bold=bold)
            if fill:
                cell.fill = _PALE
        self.row += 1

    def gap(self) -> None:
        self.row += 1


def _share(percent: float | None) -> float | None:
    """A percentage (82,35) as the share Excel formats with %: 0.8235, not 0.8234999999999999."""
    return None if percent is None else round(percent / 100, 6)


def _sheet_name(used: set[str], wanted: str) -> str:
    clean = "".join("-" if ch in "[]:*?/\\" else ch for ch in wanted).strip()[:31] or "Lembar"
    name, k = clean, 2
    while name.casefold() in used:
        suffix = f" ({k})"
        name = clean[:31 - len(suffix)] + suffix
        k += 1
    used.add(name.casefold())
    return name


def _ikm_sheet(sh: _Sheet, sec: IkmSection, *, organisation: str = "") -> None:
    sh.title(f"IKM — {sec.title}")
    if organisation:
        sh.line("Koperasi", organisation)
    sh.line("Instrumen", f"{sec.instrument_name} ({sec.instrument_code})")
    sh.line("Tanggal", sec.held_on)
    sh.line("Responden", sec.respondents, "0")
    sh.line("Menjawab semua butir", sec.complete, "0")
    sh.line("Skala", sec.scale.name)
    r = sec.result
    if r is None:
        sh.line("IKM", f"belum dapat dihitung: {sec.error or ''}")
        return
    sh.line("NP (bobot per butir)", r.np, MEAN4_FORMAT)
    sh.line("IKM", r.ikm, MEAN4_FORMAT)
    sh.line("IKM (2 desimal)", round_half_up(r.ikm_exact, 2), MEAN_FORMAT)
    sh.line("Kategori", category_text(r))
    if r.converted is not None:
        sh.line("Nilai konversi", r.converted, MEAN_FORMAT)
    sh.title("Hasil per butir", sub=True)
    sh.header(["Kode", "Indikator", "Butir", "Dijawab", "Jumlah", "Rata-rata", "Rata-rata × NP", "Kategori"])
    for item in r.items:
        sh.values([item.code, item.indicator, item.text, item.answered, item.total, item.mean, item.weighted,
                   item.category.display], [None, None, None, "0", "0", MEAN4_FORMAT, MEAN4_FORMAT])
    sh.values(["", "", "IKM", None, None, None, r.ikm], [None] * 6 + [MEAN4_FORMAT], bold=True, fill=True)
    sh.title("Hasil per indikator", sub=True)
    sh.header(["Indikator", "Butir", "Jawaban", "Jumlah", "Rata-rata", "Kategori"])
    for ind in r.indicators:
        sh.values([ind.name, len(ind.item_codes), ind.answered, ind.total, ind.mean, ind.category.display],
                  [None, "0", "0", "0", MEAN4_FORMAT])


def _ttest_sheet(sh: _Sheet, sec: TTestSection) -> None:
    sh.title(f"Uji-t — {sec.title}")
    sh.line("Pertama", sec.first_label)
    sh.line("Kedua", sec.second_label)
    sh.line("Tanggal", sec.held_on)
    sh.line("Responden", sec.rows, "0")
    r = sec.result
    if r is None:
        sh.line("Uji-t", f"belum dapat dihitung: {sec.error or ''}")
    else:
        sh.title("Paired Samples Statistics", sub=True)
        sh.header(["", "", "Mean", "N", "Std. Deviation", "Std. Error Mean"])
        sh.values(["Pasangan 1", sec.first_label, r.mean_first, r.n, r.sd_first, r.se_first],
                  [None, None, DEC2_FORMAT, "0", DEC2_FORMAT, DEC2_FORMAT])
        sh.values(["", sec.second_label, r.mean_second, r.n, r.sd_second, r.se_second],
                  [None, None, DEC2_FORMAT, "0", DEC2_FORMAT, DEC2_FORMAT])
        sh.title("Paired Samples Correlations", sub=True)
        sh.header(["", "", "N", "Correlation", "Sig."])
        sh.values(["Pasangan 1", f"{sec.first_label} & {sec.second_label}", r.n, r.correlation,
                   r.correlation_p], [None, None, "0", "0.000", SIG_FORMAT])
        sh.title("Paired Samples Test", sub=True)
        conf = dec(r.confidence * 100, 0)
        sh.header(["", "Mean", "Std. Deviation", "Std. Error Mean", f"{conf}% CI Lower", f"{conf}% CI Upper",
                   "t", "df", "Sig. (2-tailed)"])
        sh.values([f"{sec.second_label} − {sec.first_label}", r.mean_diff, r.sd_diff, r.se_diff, r.ci_low,
                   r.ci_high, r.t, r.df, r.p_two_tailed],
                  [None, DEC2_FORMAT, DEC2_FORMAT, DEC2_FORMAT, DEC2_FORMAT, DEC2_FORMAT, "0.000", "0", SIG_FORMAT])
        sh.gap()
        sh.line("Sig. (2-tailed) seperti SPSS", sig_text(r.p_two_tailed))
        sh.line("α", r.alpha, "0.00")
        sh.line("Keputusan", r.decision)
    if sec.pairs:
        sh.title("Data (rupiah per bulan)", sub=True)
        sh.header(["Responden", sec.first_label, sec.second_label, "Selisih"])
        for k, p in enumerate(sec.pairs, start=1):
            diff = p.second - p.first if p.first is not None and p.second is not None else None
            sh.values([f"R{k:02d}", p.first, p.second, diff], [None, RUPIAH_FORMAT, RUPIAH_FORMAT, RUPIAH_FORMAT])


def _scale_sheet(sh: _Sheet, scale: Scale) -> None:
    """The scale's answers and its category table (the bounds as numbers)."""
    sh.title(f"Skala — {scale.name}")
    sh.header(["Nilai", "Jawaban"])
    for value, label in scale.points:
        sh.values([value, label], ["0"])
    has_conv = scale.conversion_factor is not None
    sh.title("Tabel kategori", sub=True)
    head = ["IKM dari", "IKM sampai", "Kategori"]
    if has_conv:
        head += ["Konversi dari", "Konversi sampai", "Mutu"]
    sh.header(head)
    for c in scale.categories:
        fmt = "0.00##"
        line: list[Any] = [c.low, c.high, c.label]
        formats: list[str | None] = [fmt, fmt, None]
        if has_conv:
            line += [c.converted_low, c.converted_high, c.quality or ""]
            formats += [fmt, fmt, None]
        sh.values(line, formats)
    if has_conv:
        sh.gap()
        sh.line("Faktor konversi", scale.conversion_factor, "0")


class RespondentAnswers(Protocol):
    name: str
    answers: Sequence[int | None]


def write_ikm_workbook(path: Path | str, *, section: IkmSection, organisation: str = "",
                       respondents: Sequence[RespondentAnswers] = ()) -> Path:
    """One round's IKM as a workbook: sheet "IKM" (the round, NP, IKM, category, converted
    score, then per item and per indicator), "Jawaban" (a row per respondent, a column per
    item, blanks left empty — ready for SPSS) and "Skala" (answers and the category table).
    Every figure is a number cell; the formats only show it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    used: set[str] = set()
    ws = wb.active
    ws.title = _sheet_name(used, "IKM")
    sh = _Sheet(ws, [24, 20, 60, 10, 10, 12, 14, 16])
    _ikm_sheet(sh, section, organisation=organisation)
    codes = [item.code for item in section.result.items] if section.result is not None else []
    if respondents:
        width = max(len(codes), max(len(r.answers) for r in respondents))
        codes = codes or [f"B{k}" for k in range(1, width + 1)]
        sh = _Sheet(wb.create_sheet(_sheet_name(used, "Jawaban")), [6, 30] + [7] * len(codes))
        sh.title(f"Jawaban — {section.title}")
        sh.header(["No.", "Responden", *codes])
        for k, r in enumerate(respondents, start=1):
            sh.values([k, r.name, *r.answers], ["0", None] + ["0"] * len(codes))
        sh.ws.freeze_panes = sh.ws.cell(row=3, column=3)
    _scale_sheet(_Sheet(wb.create_sheet(_sheet_name(used, "Skala")), [14, 30, 30, 14, 16, 8]),
                 section.scale)
    wb.save(path)
    return path


def write_evaluation_workbook(path: Path | str, report: EvaluationReport) -> Generator[tuple[int, int, str], None,
                                                                                      Path]:
    """The report's tables in a workbook, one sheet per part; yields ``(done, total, text)``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rep = report
    total = 5 + len(rep.ikm) + len(rep.ttests)
    done = 0
    wb = Workbook()
    used: set[str] = set()

    ws = wb.active
    ws.title = _sheet_name(used, "Ringkasan")
    sh = _Sheet(ws, [34, 26, 40, 12, 12, 12, 18])
    p = rep.profile
    sh.title("Laporan Evaluasi Program I-P2P")
    sh.line("Koperasi", p.name)
    sh.line("Alamat", p.address_line())
    sh.line("Periode dari", rep.date_from)
    sh.line("Periode sampai", rep.date_to)
    sh.line("Disusun", rep.prepared_on)
    s = rep.summary
    sh.title("Ringkasan program", sub=True)
    for label, value, fmt in (
            ("Peserta (peminjam)", s.participants, "0"), ("Dari keluarga miskin", s.poor_family, "0"),
            ("Perempuan", s.women, "0"), ("Kelompok", s.groups, "0"), ("Siklus pinjaman kelompok", s.cycles, "0"),
            ("Kredit dicairkan", s.credits, "0"), ("Pinjaman disalurkan", s.disbursed, RUPIAH_FORMAT),
            ("Angsuran diterima", s.repaid, RUPIAH_FORMAT), ("Dana lender dalam kredit", s.lender_funded,
                                                             RUPIAH_FORMAT),
            ("Lender terdaftar", s.lenders, "0"), ("Anggota aktif akhir periode", s.members_active, "0"),
            ("Anggota baru dalam periode", s.members_joined, "0")):
        sh.line(label, value, fmt)
    if s.group_lines:
        sh.title("Kelompok", sub=True)
        sh.header(["Kode", "Kelompok", "Jenis", "Peserta", "Kel. miskin", "Siklus", "Disalurkan"])
        for g in s.group_lines:
            sh.values([g.code, g.name, GROUP_KINDS.get(g.kind, g.kind), g.members, g.poor_family, g.cycles,
                       g.disbursed], [None, None, None, "0", "0", "0", RUPIAH_FORMAT])
    done += 1
    yield done, total, "Ringkasan"

    sh = _Sheet(wb.create_sheet(_sheet_name(used, "Catatan")), [22, 100])
    sh.title("Catatan Ketua")
    for label, text in (("Evaluasi proses", rep.notes.process_notes), ("Kesimpulan", rep.notes.conclusions),
                        ("Rekomendasi", rep.notes.recommendations)):
        sh.line(label, text or "", wrap=True)
    if rep.mentoring is not None:
        m = rep.mentoring
        sh.title("Pendampingan", sub=True)
        for label, value, fmt in (("Pertemuan kelompok", m.meetings, "0"), ("Kelompok didampingi", m.groups_met, "0"),
                                  ("Rata-rata kehadiran", _share(m.attendance_pct),
                                   PCT_FORMAT),
                                  ("Kunjungan rumah", m.home_visits, "0"),
                                  ("Tindak lanjut selesai", m.followups_done, "0"),
                                  ("Tindak lanjut terbuka", m.followups_open, "0")):
            sh.line(label, value, fmt)
    done += 1
    yield done, total, "Catatan"

    for k, sec in enumerate(rep.ikm, start=1):
        sh = _Sheet(wb.create_sheet(_sheet_name(used, f"IKM {k} {sec.instrument_code}")),
                    [24, 20, 60, 10, 10, 12, 14, 16])
        _ikm_sheet(sh, sec)
        done += 1
        yield done, total, f"IKM {sec.title}"
    for k, sec in enumerate(rep.ttests, start=1):
        sh = _Sheet(wb.create_sheet(_sheet_name(used, f"Uji-t {k}")), [30, 22, 18, 16, 18, 18, 10, 8, 14])
        _ttest_sheet(sh, sec)
        done += 1
        yield done, total, f"Uji-t {sec.title}"

    pf = rep.portfolio
    sh = _Sheet(wb.create_sheet(_sheet_name(used, "Portofolio")), [40, 22, 22, 14, 14])
    sh.title(f"Kinerja portofolio per {tanggal(pf.as_of)}")
    sh.line("Aturan kolektibilitas", pf.rule_set_name)
    sh.line("Angsuran jatuh tempo dalam periode", pf.repayment.denominator, RUPIAH_FORMAT)
    sh.line("Dibayar atas angsuran itu", pf.repayment.numerator, RUPIAH_FORMAT)
    sh.line("Tingkat pengembalian", float(pf.repayment.value) if pf.repayment.defined else None, PCT_FORMAT)
    sh.line("Kredit berjalan", pf.loans, "0")
    sh.line("Sisa pinjaman", pf.outstanding, RUPIAH_FORMAT)
    sh.title("Kolektibilitas", sub=True)
    sh.header(["Kolektibilitas", "Kredit", "Sisa pinjaman", "Porsi"])
    for b in pf.by_kol:
        sh.values([f"{b.key} {b.label}", b.count, b.outstanding,
                   float(b.share.value) if b.share.defined else None], [None, "0", RUPIAH_FORMAT, PCT_FORMAT])
    sh.values(["Jumlah", sum(b.count for b in pf.by_kol), sum(b.outstanding for b in pf.by_kol)],
              [None, "0", RUPIAH_FORMAT], bold=True, fill=True)
    sh.title("Portofolio berisiko", sub=True)
    sh.header(["Indikator", "Sisa pinjaman berisiko", "Total sisa pinjaman", "Rasio"])
    par_rows = [(f"PAR {d} (terlambat > {d} hari)", r) for d, r in pf.par]
    for label, r in ((("PAR dana bergulir (≥ 3 angsuran)", pf.pnpm_par),) if pf.pnpm_par else ()):
        par_rows.append((label, r))
    for label, r in par_rows:
        sh.values([label, r.numerator, r.denominator, float(r.value) if r.defined else None],
                  [None, RUPIAH_FORMAT, RUPIAH_FORMAT, PCT_FORMAT])
    for label, r in (("LAR dana bergulir", pf.pnpm_lar), ("RR dana bergulir", pf.pnpm_rr)):
        if r is not None:
            sh.values([label, r.numerator, r.denominator, float(r.value) if r.defined else None],
                      [None, "#,##0", "#,##0", PCT_FORMAT])
    done += 1
    yield done, total, "Portofolio"

    sh = _Sheet(wb.create_sheet(_sheet_name(used, "Dana Bergulir")), [10, 16, 16, 16, 16, 16, 18, 18, 10])
    sh.title("Perkembangan dana bergulir (rupiah)")
    sh.header(["Tahun", "Hibah", "Disalurkan", "Pokok kembali", "Jasa", "Kerugian", "Modal akhir",
               "Beredar akhir", "Kredit"])
    for y in (y for y in pf.fund_years if y.year <= pf.as_of.year):
        sh.values([y.year, y.grants, y.lent, y.repaid, y.income, y.losses, y.capital_end, y.outstanding_end,
                   y.loans], ["0"] + [RUPIAH_FORMAT] * 7 + ["0"])
    done += 1
    yield done, total, "Dana bergulir"

    if rep.mentoring is not None and rep.mentoring.by_group:
        sh = _Sheet(wb.create_sheet(_sheet_name(used, "Pendampingan")), [12, 30, 12, 14])
        sh.title("Pertemuan kelompok")
        sh.header(["Kode", "Kelompok", "Pertemuan", "Kehadiran"])
        for g in rep.mentoring.by_group:
            sh.values([g.code, g.name, g.meetings, _share(g.attendance_pct)],
                      [None, None, "0", PCT_FORMAT])
    wb.save(path)
    done += 1
    yield done, total, "Selesai"
    return path
