"""The evaluation report PDF (*Laporan Evaluasi Program I-P2P*): the cover and its contents,
then the programme summary, the process and mentoring, the IKM of each round, the t-test of
each income survey, the portfolio and the closing with its signatures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table

from kamura_desktop.domain.money import format_number
from kamura_desktop.domain.portfolio import BASIS_NOTE

from ..lender_docs import fund_charts
from ..pdf import (
    GREEN,
    PALE_GREEN,
    Paragraph,
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
    tanggal,
)
from .base import (
    GROUP_KINDS,
    KOL_COLOURS,
    WIDTH,
    _c,
    _cells,
    _figures,
    _h,
    _m,
    _n,
    _section,
    _st,
    _style,
    _sub,
    dec,
    pct,
    ratio_text,
    text_flowables,
)
from .data import EvaluationReport
from .ikm import _ikm_parts
from .ttest import ttest_flowables

# ---------------------------------------------------------------- report parts

def _cover(rep: EvaluationReport) -> list:
    st = _st()
    p = rep.profile
    title = _style("cover_title", st.title, fontSize=22, leading=28, after=4)
    sub = _style("cover_sub", st.subtitle, fontSize=11, leading=15, after=2)
    period = _style("cover_period", st.value, alignment=TA_CENTER, fontSize=12, leading=16, textColor=GREEN)
    out: list = [Spacer(1, 22 * mm), para("LAPORAN EVALUASI PROGRAM I-P2P", title),
                 para("Integrated Peer-to-Peer Lending", sub),
                 para("Pinjaman kelompok peminjam bagi keluarga miskin melalui koperasi", sub),
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
    toc = [title for title, _ in CHAPTERS]
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
    if not (m.meetings or m.home_visits or m.followups_open or m.followups_done):
        out += [_sub("Kegiatan pendampingan"), para(
            "Belum ada pertemuan kelompok, kunjungan rumah atau tindak lanjut yang dicatat dalam periode ini.",
            cs["body"])]
        return out
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
        (f"pokok terutang per {tanggal(p.as_of)}", money(p.outstanding)),
        ("PAR > 30 hari", ratio_text(par30)),
    ]))
    out += [Spacer(1, 2 * mm), Paragraph(
        f"Dari angsuran yang jatuh tempo dalam periode, <b>{money(p.repayment.denominator)}</b>, telah dibayar "
        f"<b>{money(p.repayment.numerator)}</b> (tingkat pengembalian <b>{ratio_text(p.repayment)}</b>). Pada "
        f"{tanggal(p.as_of)} masih berjalan <b>{p.loans}</b> kredit dengan pokok terutang "
        f"<b>{money(p.outstanding)}</b> (sama dengan piutang di neraca) dan jasa terutang "
        f"{money(p.service_outstanding)}. Kolektibilitas menurut aturan {escape(p.rule_set_name)}.", cs["body"])]

    rows = [[_h("Kol."), _h("Kolektibilitas"), _h("Kredit", right=True), _h("Pokok terutang", right=True),
             _h("Porsi pokok", right=True), _h("Jasa terutang", right=True)]]
    for b in p.by_kol:
        kol = int(b.key)
        rows.append([Paragraph(f"<font color='{KOL_COLOURS[kol - 1]}'><b>{kol}</b></font>", cs["cell"]),
                     _c(b.label), _n(b.count), _m(b.outstanding), _c(ratio_text(b.share), right=True),
                     _m(b.service_outstanding)])
    rows.append([_c(""), _c("Jumlah", bold=True), _n(sum(b.count for b in p.by_kol), bold=True),
                 _m(sum(b.outstanding for b in p.by_kol), bold=True),
                 _c("100,00 %" if p.outstanding else "-", right=True, bold=True),
                 _m(sum(b.service_outstanding for b in p.by_kol), bold=True)])
    out.append(KeepTogether([_sub("Kolektibilitas (dasar: pokok terutang)"),
                             data_table(rows, [12 * mm, WIDTH - 124 * mm, 18 * mm, 34 * mm, 26 * mm, 34 * mm],
                                        bold_last_row=True)]))

    rows = [[_h("Indikator"), _h("Pokok berisiko", right=True), _h("Total pokok terutang", right=True),
             _h("Rasio", right=True)]]
    for days, r in p.par:
        rows.append([_c(f"PAR {days} — terlambat lebih dari {days} hari"), _m(r.numerator), _m(r.denominator),
                     _c(ratio_text(r), right=True, bold=True)])
    if p.pnpm_par is not None:
        rows.append([_c("PAR dana bergulir (tunggakan ≥ 3 angsuran)"), _m(p.pnpm_par.numerator),
                     _m(p.pnpm_par.denominator), _c(ratio_text(p.pnpm_par), right=True, bold=True)])
    block = [_sub("Portofolio berisiko (PAR, dasar: pokok terutang)"),
             data_table(rows, [WIDTH - 102 * mm, 38 * mm, 38 * mm, 26 * mm]),
             para("PAR = seluruh pokok terutang dari kredit yang menunggak lebih dari X hari ÷ seluruh pokok "
                  "terutang (bukan hanya tunggakannya). " + BASIS_NOTE, cs["note"])]
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


CHAPTERS: tuple[tuple[str, Callable[[EvaluationReport, str], list]], ...] = (
    ("Ringkasan program", _summary_part),
    ("Evaluasi proses dan pendampingan", _process_part),
    ("Efektivitas program (IKM)", _ikm_part),
    ("Pendapatan anggota (uji-t berpasangan)", _ttest_part),
    ("Kinerja portofolio pinjaman", _portfolio_part),
    ("Kesimpulan dan rekomendasi", _closing_part),
)


def build_evaluation_report(path: Path | str, report: EvaluationReport, *,
                            printed_at: dt.datetime | None = None) -> Path:
    """Write the evaluation report PDF."""
    story = _cover(report)
    for k, (_, part) in enumerate(CHAPTERS, start=1):
        story += part(report, str(k))
    return build_pdf(path, story, profile=report.profile, title="Laporan evaluasi program I-P2P",
                     subject=f"Laporan Evaluasi Program I-P2P {report.period_text}", printed_at=printed_at)
