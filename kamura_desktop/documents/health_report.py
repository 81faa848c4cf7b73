"""The printable health assessment (penilaian kesehatan KSP/USP) — PDF and Excel — drawn from
one :class:`~kamura_desktop.dto.health.HealthAssessment`: scores per aspect beside the previous
assessment, a bar chart of the aspects, the total and the predicate, every component with its
ratio, the ratios with the figures and accounts they used, the chair's checklist, the
predicate bands and the sources (a table not confirmed in the regulation text is marked *)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.health import fmt_pct, fmt_score, rounded
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.dto.health import HealthAssessment, IndicatorResult
from kamura_desktop.dto.settings import CooperativeProfile

from .excel import FORMULA_PREFIXES, RUPIAH_FORMAT
from .financial_statements import Signatures, signature_flowables
from .outputs import save_workbook
from .pdf import (
    A4_PORTRAIT,
    CHECKED,
    FONT,
    FONT_BOLD,
    GOLD,
    GREEN,
    RULE_GREY,
    UNCHECKED,
    TableStyle,
    build_pdf,
    data_table,
    para,
    styles,
)

TITLE = "Penilaian Kesehatan KSP/USP"
UNCONFIRMED_MARK = "*"
PREDICATE_COLOURS = {"Sehat": "#2f7d66", "Cukup Sehat": "#7fae3c", "Dalam Pengawasan": "#e0b22c",
                     "Dalam Pengawasan Khusus": "#c0392b"}


def _pct_of_weight(score: Fraction, weight: Fraction) -> Fraction:
    return score * 100 / weight if weight else Fraction(0)


def _value_text(ind: IndicatorResult) -> str:
    return str(int(ind.value)) if ind.value.denominator == 1 else fmt_score(ind.value)


def aspect_chart(a: HealthAssessment, width: float) -> Drawing:
    """Each aspect's score as a share of its weight (0–100 %), this assessment beside the
    previous one when there is one."""
    n = len(a.aspects)
    height = (16 + 9 * n) * mm
    d = Drawing(width, height, initialFontName=FONT)
    chart = HorizontalBarChart()
    chart.x, chart.y = 48 * mm, 8 * mm
    chart.width, chart.height = width - 62 * mm, height - 18 * mm
    names = [x.name for x in a.aspects][::-1]
    now = [float(rounded(_pct_of_weight(x.score, x.weight), 0)) for x in a.aspects][::-1]
    data = [now]
    if a.previous:
        data.append([float(rounded(_pct_of_weight(a.previous.aspects.get(x.code, Fraction(0)), x.weight), 0))
                     for x in a.aspects][::-1])
    chart.data = data
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = RULE_GREY
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: f"{int(v)} %"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8e6")
    chart.bars[0].fillColor = colors.HexColor("#2f7d66")
    if a.previous:
        chart.bars[1].fillColor = GOLD
    for k in range(len(data)):
        chart.bars[k].strokeColor = None
    chart.barLabelFormat = lambda v: f"{v:.0f} %".replace(".", ",")
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    d.add(chart)
    d.add(String(0, height - 4 * mm, "Skor aspek terhadap bobotnya (%)", fontName=FONT_BOLD, fontSize=8.5,
                 fillColor=GREEN))
    legend_x = width - 70 * mm
    series = [(f"Per {format_date_id(a.as_of)}", colors.HexColor("#2f7d66"))]
    if a.previous:
        series.append((f"Per {format_date_id(a.previous.as_of)}", GOLD))
    for i, (label, colour) in enumerate(series):
        y = height - 4 * mm - i * 3.6 * mm
        d.add(Rect(legend_x, y - 0.5 * mm, 3 * mm, 2.6 * mm, fillColor=colour, strokeColor=None))
        d.add(String(legend_x + 4.5 * mm, y, label, fontName=FONT, fontSize=7))
    return d


def _summary_rows(a: HealthAssessment, st) -> list[list]:
    prev = a.previous
    head = ["Aspek", "Bobot", "Skor", "% bobot"]
    if prev:
        head += [f"Skor {format_date_id(prev.as_of)}", "Perubahan"]
    rows = [[para(h, st.cell_head if i == 0 else st.cell_head_right) for i, h in enumerate(head)]]
    for x in a.aspects:
        row = [para(x.name, st.cell), para(fmt_score(x.weight, 0), st.cell_right),
               para(fmt_score(x.score), st.cell_right), para(fmt_pct(_pct_of_weight(x.score, x.weight), 0),
                                                             st.cell_right)]
        if prev:
            before = prev.aspects.get(x.code, Fraction(0))
            row += [para(fmt_score(before), st.cell_right), para(_signed(x.score - before), st.cell_right)]
        rows.append(row)
    total = [para("Jumlah skor", st.cell_bold), para("100", st.cell_right_bold),
             para(fmt_score(a.total), st.cell_right_bold), para("", st.cell_right)]
    if prev:
        total += [para(fmt_score(prev.total), st.cell_right_bold),
                  para(_signed(a.total - prev.total), st.cell_right_bold)]
    rows.append(total)
    return rows


def _signed(value: Fraction) -> str:
    text = fmt_score(abs(value))
    return ("+" if value > 0 else "−" if value < 0 else "") + text


def _components(a: HealthAssessment, st, width: float) -> list:
    credit = a.scheme.startswith("perdep")
    head = ["Komponen", "Rasio", "Nilai kredit" if credit else "Nilai (1–4)", "Bobot" if credit else "", "Skor"]
    rows = [[para(h, st.cell_head if i == 0 else st.cell_head_right) for i, h in enumerate(head)]]
    for x in a.aspects:
        rows.append([para(x.name, st.cell_bold), "", "", "", para(fmt_score(x.score), st.cell_right_bold)])
        for ind in x.indicators:
            mark = "" if ind.confirmed else f" {UNCONFIRMED_MARK}"
            if ind.ratio is not None:
                ratio_text = fmt_pct(ind.ratio.percent) if ind.ratio.percent is not None else "-"
            else:
                ratio_text = ind.note
            name = ind.name + mark + (f" — {ind.note}" if ind.ratio is not None and ind.note else "")
            rows.append([para("   " + name, st.cell), para(ratio_text, st.cell_right),
                         para(_value_text(ind), st.cell_right),
                         para(fmt_score(ind.weight, 0) if credit else "", st.cell_right),
                         para(fmt_score(ind.score), st.cell_right)])
    widths = [width * 0.52, width * 0.14, width * 0.12, width * 0.08, width * 0.14]
    return [data_table(rows, widths, zebra=False)]


def _ratio_blocks(a: HealthAssessment, st, width: float) -> list:
    out = []
    for r in a.ratios:
        rows = [[para(f"{r.name}: {fmt_pct(r.percent)}", st.cell_head), para("", st.cell_head_right)]]
        rows.append([para(f"Rumus: {r.formula}", st.cell), ""])
        for fig in (r.numerator, r.denominator):
            rows.append([para(fig.label, st.cell_bold), para(format_rupiah(fig.amount) if _is_money(fig.label)
                                                             else str(fig.amount), st.cell_right_bold)])
            for p in fig.parts:
                label = f"{p.code} {p.name}".strip()
                rows.append([para("   " + label, st.cell), para(format_rupiah(p.amount) if _is_money(fig.label)
                                                               else str(p.amount), st.cell_right)])
        if r.note:
            rows.append([para(f"Catatan: {r.note}", st.small), ""])
        table = data_table(rows, [width * 0.75, width * 0.25], zebra=False)
        out += [KeepTogether([table]), Spacer(1, 2.5 * mm)]
    return out


def _is_money(label: str) -> bool:
    return not label.startswith(("Anggota",))


def _checklist(a: HealthAssessment, st, width: float) -> list:
    out = []
    for x in a.aspects:
        for ind in x.indicators:
            if not ind.items:
                continue
            rows = [[para(f"{ind.name} — {ind.note}", st.cell_head), para("Ya", st.cell_head)]]
            for _code, text, yes in ind.items:
                rows.append([para(text, st.cell), para(CHECKED if yes else UNCHECKED, st.center)])
            out += [KeepTogether([data_table(rows, [width * 0.9, width * 0.1], zebra=False)]), Spacer(1, 2 * mm)]
    return out


def write_pdf(path: Path | str, a: HealthAssessment, *, profile: CooperativeProfile,
              signatures: Signatures) -> Path:
    st = styles()
    page = A4_PORTRAIT
    width = page.content_width
    colour = colors.HexColor(PREDICATE_COLOURS.get(a.predicate, "#12503f"))
    story: list = [
        para(TITLE.upper(), st.title),
        para(a.scheme_name, st.subtitle),
        para(f"Posisi per {format_date_id(a.as_of)} · hasil usaha {format_date_id(a.period_from)} – "
             f"{format_date_id(a.as_of)}", st.subtitle),
    ]
    big = ParagraphStyle("verdict", parent=st.big_amount, textColor=colour)
    verdict = [[para("Jumlah skor", st.label), para(fmt_score(a.total), st.big_amount),
                para("Predikat", st.label), para(a.predicate, big)]]
    vt = Table(verdict, colWidths=[width * 0.17, width * 0.23, width * 0.15, width * 0.45])
    vt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.4, colour), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                            ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    story += [vt, Spacer(1, 3 * mm)]
    if a.previous:
        story.append(para(f"Penilaian sebelumnya per {format_date_id(a.previous.as_of)}: skor "
                          f"{fmt_score(a.previous.total)} ({a.previous.predicate}); perubahan "
                          f"{_signed(a.total - a.previous.total)}.", st.body))
    else:
        story.append(para("Belum ada penilaian tersimpan sebelumnya untuk dibandingkan.", st.body))
    story += [para("Skor per aspek", st.heading),
              data_table(_summary_rows(a, st), [width * 0.34] + [width * 0.66 / (5 if a.previous else 3)] *
                         (5 if a.previous else 3), bold_last_row=True),
              Spacer(1, 3 * mm), aspect_chart(a, width),
              para("Komponen dan nilai", st.heading), *_components(a, st, width),
              para(f"{UNCONFIRMED_MARK} Tabel nilai belum dikonfirmasi pada naskah peraturan (lihat Sumber).",
                   st.small),
              para("Rasio dengan angka dan akun yang dipakai", st.heading), *_ratio_blocks(a, st, width),
              para("Daftar periksa manajemen dan tata kelola (dijawab ketua)", st.heading),
              *_checklist(a, st, width),
              para("Predikat", st.heading),
              para("; ".join(f"skor ≥ {fmt_score(lower, 0)}: {label}" for lower, label in a.bands), st.body),
              para(a.bands_note, st.small),
              para("Sumber tabel", st.heading)]
    seen: list[str] = []
    for x in a.aspects:
        for ind in x.indicators:
            if ind.source and ind.source not in seen:
                seen.append(ind.source)
    story += [para(f"{i}. {s}", st.small) for i, s in enumerate(seen, start=1)]
    if a.saved_by:
        story.append(para(f"Daftar periksa disimpan oleh {a.saved_by} pada {format_date_id(a.saved_at.date())}.",
                          st.small))
    story += signature_flowables(profile, signatures, width)
    return build_pdf(path, story, profile=profile, page=page, title=f"{TITLE} per {format_date_id(a.as_of)}",
                     subject=a.scheme_name)


# ------------------------------------------------------------------ Excel

_BOLD = Font(bold=True)
_HEAD_FONT = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="12503F")


def _c(ws, value, *, bold: bool = False, money: bool = False, number: bool = False, head: bool = False):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"
        cell.quotePrefix = True
    else:
        cell = WriteOnlyCell(ws, value=value)
    if money:
        cell.number_format = RUPIAH_FORMAT
    elif number:
        cell.number_format = "0.00"
    if bold:
        cell.font = _BOLD
    if head:
        cell.font, cell.fill = _HEAD_FONT, _HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    return cell


def _num(value: Fraction | None) -> float | None:
    return None if value is None else float(rounded(value))


def _sheet(wb, title: str, widths: Sequence[float]):
    ws = wb.create_sheet(title)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    return ws


def write_xlsx(path: Path | str, a: HealthAssessment, *, profile: CooperativeProfile) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook(write_only=True)
    ws = _sheet(wb, "Ringkasan", (34, 10, 10, 12, 14, 12))
    ws.append([_c(ws, profile.name, bold=True)])
    ws.append([_c(ws, TITLE, bold=True)])
    ws.append([a.scheme_name])
    ws.append(["Posisi per", format_date_id(a.as_of)])
    ws.append([])
    head = ["Aspek", "Bobot", "Skor", "% bobot"] + (
        [f"Skor {format_date_id(a.previous.as_of)}", "Perubahan"] if a.previous else [])
    ws.append([_c(ws, h, head=True) for h in head])
    for x in a.aspects:
        row = [x.name, _c(ws, _num(x.weight), number=True), _c(ws, _num(x.score), number=True),
               _c(ws, _num(_pct_of_weight(x.score, x.weight)), number=True)]
        if a.previous:
            before = a.previous.aspects.get(x.code, Fraction(0))
            row += [_c(ws, _num(before), number=True), _c(ws, _num(x.score - before), number=True)]
        ws.append(row)
    total = [_c(ws, "Jumlah skor", bold=True), _c(ws, 100, number=True), _c(ws, _num(a.total), number=True,
                                                                              bold=True), None]
    if a.previous:
        total += [_c(ws, _num(a.previous.total), number=True), _c(ws, _num(a.total - a.previous.total), number=True)]
    ws.append(total)
    ws.append([_c(ws, "Predikat", bold=True), a.predicate])
    if a.previous:
        ws.append(["Predikat sebelumnya", a.previous.predicate])

    ws = _sheet(wb, "Komponen", (14, 56, 12, 12, 10, 10, 10, 60))
    ws.append([_c(ws, h, head=True) for h in ("Aspek", "Komponen", "Rasio (%)", "Nilai", "Bobot", "Skor",
                                              "Dikonfirmasi", "Sumber tabel")])
    for x in a.aspects:
        for ind in x.indicators:
            ratio = ind.ratio.percent if ind.ratio is not None else None
            ws.append([x.name, ind.name, _c(ws, _num(ratio), number=True), _c(ws, _num(ind.value), number=True),
                       _c(ws, _num(ind.weight), number=True), _c(ws, _num(ind.score), number=True),
                       "ya" if ind.confirmed else "tidak", ind.source])

    ws = _sheet(wb, "Rasio", (40, 58, 18, 12))
    ws.append([_c(ws, h, head=True) for h in ("Rasio / angka", "Rincian (akun)", "Jumlah", "Rasio (%)")])
    for r in a.ratios:
        ws.append([_c(ws, r.name, bold=True), r.formula, None, _c(ws, _num(r.percent), number=True)])
        for fig in (r.numerator, r.denominator):
            money = _is_money(fig.label)
            ws.append([fig.label, None, _c(ws, fig.amount, money=money)])
            for p in fig.parts:
                ws.append([None, f"{p.code} {p.name}".strip(), _c(ws, p.amount, money=money)])
        if r.note:
            ws.append([None, f"Catatan: {r.note}"])

    ws = _sheet(wb, "Daftar periksa", (40, 70, 8))
    ws.append([_c(ws, h, head=True) for h in ("Komponen", "Pertanyaan", "Ya")])
    for x in a.aspects:
        for ind in x.indicators:
            for _code, text, yes in ind.items:
                ws.append([ind.name, text, "ya" if yes else "tidak"])

    ws = _sheet(wb, "Sumber", (120,))
    ws.append([_c(ws, "Predikat", bold=True)])
    for lower, label in a.bands:
        ws.append([f"skor ≥ {fmt_score(lower, 0)}: {label}"])
    ws.append([a.bands_note])
    ws.append([])
    ws.append([_c(ws, "Sumber tabel", bold=True)])
    seen: list[str] = []
    for x in a.aspects:
        for ind in x.indicators:
            if ind.source and ind.source not in seen:
                seen.append(ind.source)
                ws.append([ind.source])
    save_workbook(wb, path)
    return path
