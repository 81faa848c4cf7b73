"""The annual report's charts: members by sex, the outstanding by kolektibilitas."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from kamura_desktop.domain.money import format_number

from ..pdf import FONT, FONT_BOLD, GOLD, GREEN, RULE_GREY, money
from .base import KOL_COLOURS
from .data import KolRow, MembershipDTO


def members_chart(m: MembershipDTO, width: float) -> Drawing:
    """Members at the start and the end of the year, joined and left, by sex."""
    height = 46 * mm
    d = Drawing(width, height, initialFontName=FONT)
    chart = HorizontalBarChart()
    chart.x, chart.y = 34 * mm, 6 * mm
    chart.width, chart.height = width - 44 * mm, height - 16 * mm
    labels = ["Anggota awal tahun", "Masuk", "Keluar", "Anggota akhir tahun"]
    rows = [m.start, m.joined, m.left, m.end]
    chart.data = [[r.male for r in rows][::-1], [r.female for r in rows][::-1]]
    chart.categoryAxis.categoryNames = labels[::-1]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = RULE_GREY
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    peak = max([1, *[r.male for r in rows], *[r.female for r in rows]])
    raw = max(1.0, peak * 1.15 / 5)  # about five whole-number steps: never "0 0 0" on a tiny book
    magnitude = 10 ** math.floor(math.log10(raw))
    chart.valueAxis.valueStep = math.ceil(raw / magnitude) * magnitude
    chart.valueAxis.valueMax = max(peak * 1.15, chart.valueAxis.valueStep * 5)
    chart.valueAxis.labelTextFormat = lambda v: format_number(int(round(v)))
    chart.valueAxis.strokeColor = RULE_GREY
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8e6")
    chart.bars[0].fillColor = colors.HexColor("#2f7d66")
    chart.bars[1].fillColor = GOLD
    for k in (0, 1):
        chart.bars[k].strokeColor = None
    chart.barLabelFormat = lambda v: format_number(int(v)) if v else ""
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    d.add(chart)
    d.add(String(0, height - 4 * mm, "Anggota menurut jenis kelamin", fontName=FONT_BOLD, fontSize=8.5,
                 fillColor=GREEN))
    for k, (name, colour) in enumerate((("Laki-laki", colors.HexColor("#2f7d66")), ("Perempuan", GOLD))):
        x = width - 60 * mm + k * 30 * mm
        d.add(Rect(x, height - 4.2 * mm, 3 * mm, 3 * mm, fillColor=colour, strokeColor=None))
        d.add(String(x + 4 * mm, height - 3.8 * mm, name, fontName=FONT, fontSize=7))
    return d


def kol_chart(rows: Sequence[KolRow], width: float) -> Drawing | None:
    """The principal outstanding by kolektibilitas as a pie with a legend."""
    values = [r.outstanding for r in rows]
    if not sum(values):
        return None
    height = 48 * mm
    d = Drawing(width, height, initialFontName=FONT)
    pie = Pie()
    pie.x, pie.y = 8 * mm, 4 * mm
    pie.width = pie.height = height - 14 * mm
    shown = [(r, v) for r, v in zip(rows, values, strict=True) if v]
    pie.data = [v for _, v in shown]
    pie.labels = None
    pie.simpleLabels = True
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.6
    for k, (r, _) in enumerate(shown):
        pie.slices[k].fillColor = colors.HexColor(KOL_COLOURS[r.kol - 1])
    d.add(pie)
    d.add(String(0, height - 4 * mm, "Pokok terutang menurut kolektibilitas", fontName=FONT_BOLD,
                 fontSize=8.5, fillColor=GREEN))
    y = height - 14 * mm
    total = sum(values)
    for r in rows:
        d.add(Rect(height, y, 3 * mm, 3 * mm, fillColor=colors.HexColor(KOL_COLOURS[r.kol - 1]),
                   strokeColor=None))
        share = f"{r.outstanding * 100 / total:.1f}".replace(".", ",") if total else "0"
        d.add(String(height + 5 * mm, y + 0.5, f"Kol {r.kol} · {r.label}: {money(r.outstanding)} ({share} %)",
                     fontName=FONT, fontSize=7.5))
        y -= 6 * mm
    return d

