"""One income survey's paired-sample t-test: the three SPSS tables and the decision in
words."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from ..pdf import GREEN, Paragraph, TableStyle, data_table, escape, info_table, money, para, tanggal
from .base import RED, WIDTH, _boxed, _c, _cells, _h, _n, _st, _style, _sub, dec, sig_text
from .data import TTestSection

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

