"""One survey round's IKM: the headline, the item and indicator tables, the charts over the
scale's category bands and the scale's category table."""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table

from kamura_desktop.domain.ikm import IkmResult
from kamura_desktop.domain.instruments import Scale, round_half_up

from ..pdf import (
    FONT,
    FONT_BOLD,
    GOLD,
    GREEN,
    PALE_GREEN,
    RULE_GREY,
    TEXT_GREY,
    Paragraph,
    TableStyle,
    data_table,
    escape,
    info_table,
    para,
    tanggal,
)
from .base import (
    BAND_COLOURS,
    INDICATOR_COLOURS,
    RED,
    RESPONDENT_KINDS,
    WIDTH,
    _boxed,
    _c,
    _cells,
    _h,
    _n,
    _st,
    _style,
    _sub,
    category_text,
    dec,
    ikm_text,
)
from .data import IkmSection

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
    out.append(KeepTogether([_sub(CATEGORY_HEADING), _category_table(sec.scale)]))
    return head, out


CATEGORY_HEADING = "Tabel kategori skala"


def category_block(scale: Scale, width: float) -> list:
    """The scale's category table as a block of ``width`` (the single printout sets it beside
    the signatures, so that they do not fill a page of their own)."""
    return [_sub(CATEGORY_HEADING), _category_table(scale, width)]


def _category_table(scale: Scale, width: float = WIDTH) -> Table:
    """IKM range, converted range (where the scale converts), grade (where a band has one:
    an office scale may grade without converting) and category, over ``width``."""
    has_conv = scale.conversion_factor is not None
    has_grade = has_conv or any(c.quality for c in scale.categories)
    head = [_h("Nilai IKM")]
    narrow = width < WIDTH * 0.75  # beside the signatures: the ranges take less room
    grade_w = (11.5 if narrow else 16) * mm
    range_w = (28 if narrow else 40) * mm
    if narrow:  # a converting, grading scale beside the signatures: the category keeps 18.5 mm
        ranges = 2 if has_conv else 1
        range_w = min(range_w, (width - 18.5 * mm - (grade_w if has_grade else 0)) / ranges)
    widths = [range_w]
    if has_conv:
        head.append(_h("Nilai konversi"))
        widths.append(range_w)
    if has_grade:
        head.append(_h("Mutu"))
        widths.append(grade_w)
    head.append(_h("Kategori"))
    widths.append(width - sum(widths))
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

