"""The annual report's chapters: the cover and table of contents, then BAB I Pendahuluan …
BAB IX Penutup (the financial statements are the accounting documents' own tables)."""

from __future__ import annotations

import dataclasses
import io
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)

from kamura_desktop.domain import budget as budget_rules
from kamura_desktop.domain.money import format_number

from .. import filings, lender_docs
from .. import financial_statements as fs
from ..credit_forms import day_and_date
from ..pdf import (
    GREEN,
    PALE_GREEN,
    RULE_GREY,
    Paragraph,
    Signer,
    TableStyle,
    data_table,
    escape,
    info_table,
    money,
    para,
    place_and_date,
    signature_blocks,
    tanggal,
)
from .attendance import AttendanceList, attendance_widths
from .base import (
    APPENDIX,
    CHAPTERS,
    MAX_LISTED,
    ROMAN,
    WIDTH,
    Marker,
    PageNumber,
    _body,
    _c,
    _figures,
    _h,
    _m,
    _n,
    _note,
    _pct_number_text,
    _pct_text,
    _rate,
    _section,
    _st,
    _style,
)
from .charts import kol_chart, members_chart
from .data import AnnualReportDTO


def _receivable_note(r: AnnualReportDTO) -> str:
    """The credit chapter's outstanding is the principal still owed, the balance sheet's
    receivable; should the two ever differ (a posting outside the repayment book), the note
    says so, so the chair is not asked at the RAT why."""
    c = r.credit
    receivable = sum(x.amount for x in r.balance_sheet.sections[0].lines
                     if x.code and x.code.startswith("12") and x.amount > 0 and not x.is_total)
    if receivable == c.outstanding:
        return ""
    return (f" Di laporan posisi keuangan (Bab VII) piutang pinjaman tercatat {money(receivable)}, "
            f"berbeda {money(receivable - c.outstanding)} dari pokok terutang menurut buku angsuran.")


# ---------------------------------------------------------------- chapters

def cover(r: AnnualReportDTO, pages: dict[str, int]) -> list:
    st = _st()
    p = r.profile
    big = _style("cover_big", st.title, fontSize=20, leading=25, spaceAfter=4)
    mid = _style("cover_mid", st.title, fontSize=13, leading=17, textColor=colors.black)
    sub = _style("cover_sub", st.subtitle, fontSize=10.5, leading=14)
    story: list = [Spacer(1, 14 * mm)]
    if p.logo_png:
        story += [Image(io.BytesIO(p.logo_png), width=38 * mm, height=38 * mm, kind="proportional"),
                  Spacer(1, 8 * mm)]
    story += [
        para("LAPORAN PERTANGGUNGJAWABAN PENGURUS", big),
        para(f"TAHUN BUKU {r.year}", mid), Spacer(1, 4 * mm),
        para(_rat_line(r), sub),
        para(f"periode {tanggal(r.date_from)} – {tanggal(r.date_to)}", sub),
        *([para(_rat_when(r), sub)] if _rat_when(r) else []), Spacer(1, 10 * mm),
        para(p.name, _style("cover_name", st.title, fontSize=14, leading=18)),
    ]
    if p.short_name:
        story.append(para(f"({p.short_name})", sub))
    story += [para(p.address_line(), sub), Spacer(1, 8 * mm)]
    pairs = [("Nama koperasi", p.name), ("Badan hukum", p.legal_number or "-"),
             ("Berdiri", str(p.founded_year) if p.founded_year else "-"),
             ("Alamat", p.address_line() or "-"), ("Telepon", p.phone or "-"),
             ("Anggota akhir tahun", f"{format_number(r.membership.end.total)} orang")]
    box = info_table(pairs, [40 * mm, 4 * mm, 96 * mm])
    holder = Table([[box]], colWidths=[146 * mm])
    holder.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, GREEN), ("BACKGROUND", (0, 0), (-1, -1), PALE_GREEN),
                                ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story.append(holder)
    story += [PageBreak(), Marker("toc", pages), para("DAFTAR ISI", st.title), Spacer(1, 4 * mm),
              _toc(r, pages)]
    return story


def _rat_number(r: AnnualReportDTO) -> str:
    """"ke-7" (typed as "RAT ke-7" or "ke-7"), or empty."""
    number = (r.rat.number if r.rat is not None else "").strip()
    return number[4:].strip() if number[:4].upper() == "RAT " else number


def _rat_line(r: AnnualReportDTO) -> str:
    number = _rat_number(r)
    return f"disampaikan pada Rapat Anggota Tahunan (RAT){' ' + number if number else ''}"


def _rat_when(r: AnnualReportDTO) -> str:
    """"Sabtu, 15 Februari 2025 · Balai Desa Mekarmukti" when the meeting is recorded."""
    if r.rat is None or not (r.rat.held_on or r.rat.place):
        return ""
    parts = [day_and_date(r.rat.held_on)] if r.rat.held_on else []
    if r.rat.place:
        parts.append(r.rat.place)
    return " · ".join(parts)


def rat_date(r: AnnualReportDTO):
    """The day the book is signed: the RAT's date as recorded, else the date the RAT approved
    the SHU; None leaves "…… 20……" to write by hand."""
    if r.rat is not None and r.rat.held_on:
        return r.rat.held_on
    return r.shu.rat_date if r.shu is not None else None


def _text_block(text: str) -> list:
    """Paragraphs of a text written in the app (blank lines part them)."""
    out = []
    for part in (x.strip() for x in text.replace("\r", "").split("\n\n")):
        if part:
            out.append(_body(escape(part).replace("\n", "<br/>")))
    return out


def _toc(r: AnnualReportDTO, pages: dict[str, int]) -> Table:
    """The contents: each chapter with the page it starts on (drawn when the document is
    saved: :class:`PageNumber`)."""
    st = _st()
    rows = []
    entries = [(f"BAB {ROMAN[i]}", title, key) for i, (key, title) in enumerate(CHAPTERS)]
    if r.shu is not None and r.shu.rows:
        entries.append(("", APPENDIX[1], APPENDIX[0]))
    number_style = _style("toc_page", st.body, alignment=TA_RIGHT)
    for number, title, key in entries:
        rows.append([para(number, st.value), para(title, st.body), PageNumber(key, pages, number_style)])
    t = Table(rows, colWidths=[22 * mm, WIDTH - 40 * mm, 18 * mm], rowHeights=[8 * mm] * len(rows))
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE_GREY), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


def _intro(r: AnnualReportDTO) -> list:
    p = r.profile
    m = r.membership
    c = r.credit
    story: list = []
    if r.rat is not None and r.rat.foreword:
        story += [_section("Kata pengantar"), *_text_block(r.rat.foreword), Spacer(1, 3 * mm)]
    story += [_body(
        f"Sesuai Undang-Undang No. 25 Tahun 1992 tentang Perkoperasian pasal 35, Pengurus "
        f"{escape(p.name)} menyampaikan laporan pertanggungjawaban tahun buku {r.year} kepada Rapat "
        f"Anggota Tahunan. Laporan ini memuat keadaan organisasi dan keanggotaan, simpanan, usaha "
        f"pinjaman kelompok (Integrated Peer-to-Peer Lending), dana lender dan dana bergulir, "
        f"kegiatan pendampingan, laporan keuangan (laporan posisi keuangan dan perhitungan hasil "
        f"usaha) serta usulan pembagian Sisa Hasil Usaha (SHU)."), Spacer(1, 3 * mm),
        _section("A. Ringkasan tahun " + str(r.year))]
    items = [("Anggota akhir tahun", f"{format_number(m.end.total)} orang"),
             ("Anggota baru", f"{format_number(m.joined.total)} orang"),
             ("Simpanan akhir tahun", money(sum(s.closing for s in r.savings))),
             ("Pinjaman disalurkan", money(c.disbursed_amount)),
             ("Pokok piutang beredar 31 Des", money(c.outstanding)),
             ("Tingkat pengembalian", _pct_text(c.repayment_rate)),
             ("PAR 30", _pct_text(dict(c.par).get(30))),
             ("SHU tahun berjalan", money(r.surplus))]
    story.append(_figures(items))
    story += [Spacer(1, 2 * mm), _body(
        f"Jumlah aset pada {tanggal(r.date_to)} sebesar <b>{money(r.balance_sheet.total_assets)}</b>."),
        _body("Tahun buku ini <b>sudah ditutup</b>." if r.year_closed else
              "Tahun buku ini <b>belum ditutup</b>; angka dapat berubah sampai tutup buku.")]
    if r.rat is not None and r.rat.events:
        story += [_section(f"B. Peristiwa penting tahun {r.year}"), *_text_block(r.rat.events)]
    return story


def _organisation(r: AnnualReportDTO) -> list:
    st = _st()
    m = r.membership
    story: list = [_section("A. Pengurus dan Pengawas")]
    if r.officers:
        def term(o) -> str:
            return f"{tanggal(o.term_start)} – {tanggal(o.term_end)}" if o.term_start and o.term_end else "-"

        rows = [[_h("Jabatan"), _h("Nama"), _h("Masa jabatan")]]
        rows += [[_c(o.role), _c(o.name), _c(term(o))] for o in r.officers]
        story.append(data_table(rows, [38 * mm, WIDTH - 118 * mm, 80 * mm]))
        if not any(o.term_start for o in r.officers):
            story.append(_note("Pengurus dan Pengawas belum dicatat di daftar pengurus (Laporan › Laporan "
                               "tahunan); yang tercantum adalah pengguna program dengan peran itu."))
    else:
        story.append(_body("Belum ada pengurus dan pengawas yang tercatat."))
    story.append(_section("B. Tim Kerja Masyarakat (TKM)"))
    if r.tkm:
        rows = [[_h("Peran"), _h("No. anggota"), _h("Nama"), _h("L/P"), _h("Kel. miskin")]]
        rows += [[_c(t.role), _c(t.number), _c(t.name), _c(t.sex), _c("ya" if t.poor_family else "-")]
                 for t in r.tkm]
        story.append(data_table(rows, [48 * mm, 24 * mm, WIDTH - 114 * mm, 14 * mm, 28 * mm]))
    else:
        story.append(_body("Belum ada anggota dengan peran TKM."))
    story.append(_section("C. Keanggotaan"))
    rows = [[_h("Uraian"), _h("Laki-laki", right=True), _h("Perempuan", right=True), _h("Jumlah", right=True)]]
    for label, x in (("Anggota pada 1 Januari", m.start), ("Masuk selama tahun", m.joined),
                     ("Keluar selama tahun", m.left), ("Anggota pada 31 Desember", m.end)):
        bold = label.startswith("Anggota pada 31")
        rows.append([_c(label, bold=bold), _m(x.male, bold=bold), _m(x.female, bold=bold),
                     _m(x.total, bold=bold)])
    rows.append([_c("di antaranya anggota keluarga miskin"), _m(m.poor_end.male), _m(m.poor_end.female),
                 _m(m.poor_end.total)])
    t = data_table(rows, [WIDTH - 90 * mm, 30 * mm, 30 * mm, 30 * mm])
    t.setStyle(TableStyle([("LINEABOVE", (0, 4), (-1, 4), 0.9, GREEN), ("BACKGROUND", (0, 4), (-1, 4), PALE_GREEN)]))
    story.append(t)
    share = (f"{m.poor_end.total * 100 / m.end.total:.1f}".replace(".", ",") + " %") if m.end.total else "–"
    story.append(Paragraph(
        f"Anggota pada 31 Desember = anggota awal + masuk − keluar = {format_number(m.start.total)} + "
        f"{format_number(m.joined.total)} − {format_number(m.left.total)} = <b>{format_number(m.end.total)}</b> "
        f"orang; anggota keluarga miskin {format_number(m.poor_end.total)} orang ({share}). "
        + (f"Calon anggota yang belum melunasi simpanan pokok: {format_number(m.applicants_end)} orang."
           if m.applicants_end else ""), st.small))
    story += [Spacer(1, 3 * mm), members_chart(m, WIDTH)]
    return story


def _savings(r: AnnualReportDTO) -> list:
    st = _st()
    num = _style("sav_num", st.cell_right, fontSize=8)
    num_b = _style("sav_num_b", st.cell_right_bold, fontSize=8)

    def m(v, bold=False):
        return para(_n(v), num_b if bold else num)

    rows = [[_h("Jenis simpanan"), _h("Saldo 1 Januari", right=True), _h("Setoran / masuk", right=True),
             _h("Penarikan / keluar", right=True), _h("Saldo 31 Desember", right=True), _h("Penyimpan", right=True)]]
    for s in r.savings:
        rows.append([_c(s.label), m(s.opening), m(s.inflow), m(s.outflow), m(s.closing), m(s.savers)])
    tot = [sum(getattr(s, k) for s in r.savings) for k in ("opening", "inflow", "outflow", "closing")]
    rows.append([_c("Jumlah", bold=True), *[m(v, True) for v in tot], _c("")])
    story = [_body("Simpanan pokok dan wajib adalah modal sendiri anggota (ekuitas); simpanan sukarela "
                   "adalah kewajiban koperasi kepada anggota dan menjadi sumber dana lender."),
             Spacer(1, 2 * mm),
             data_table(rows, [33 * mm, 29 * mm, 29 * mm, 29 * mm, 29 * mm, WIDTH - 149 * mm], bold_last_row=True),
             _note("Setoran/masuk termasuk SHU dan pengembalian dana lender yang masuk ke simpanan sukarela; "
                   "penarikan/keluar termasuk pengembalian simpanan anggota keluar dan dana lender yang "
                   "disalurkan. Transaksi yang dibatalkan (pembalikan) mengurangi jenisnya sendiri. "
                   "Penyimpan: anggota dengan saldo pada 31 Desember.")]
    return story


def _credit(r: AnnualReportDTO) -> list:
    c = r.credit
    story: list = [_section("A. Penyaluran pinjaman selama tahun " + str(r.year))]
    if c.disbursed:
        rows = [[_h("Produk"), _h("Siklus", right=True), _h("Kredit", right=True), _h("Jumlah (Rp)", right=True)]]
        for d in c.disbursed:
            rows.append([_c(d.product_name), _c(str(d.cycle) if d.cycle else "-", right=True), _m(d.credits),
                         _m(d.amount)])
        rows.append([_c("Jumlah", bold=True), _c(""), _m(c.disbursed_credits, bold=True),
                     _m(c.disbursed_amount, bold=True)])
        story.append(data_table(rows, [WIDTH - 100 * mm, 25 * mm, 30 * mm, 45 * mm], bold_last_row=True))
        story.append(_note(f"Siklus: pinjaman ke berapa bagi peminjam itu. Peminjam berbeda: "
                           f"{format_number(c.borrowers)} orang."))
    else:
        story.append(_body("Tidak ada pinjaman yang dicairkan pada tahun ini."))

    story.append(_section(f"B. Pengembalian dan piutang beredar per {tanggal(r.date_to)}"))
    story.append(_figures([
        ("Angsuran jatuh tempo", money(c.due)), ("Angsuran terbayar", money(c.collected)),
        ("Tingkat pengembalian", _pct_text(c.repayment_rate)),
        ("Pokok piutang beredar", f"{money(c.outstanding)}"),
        ("Jasa masih terutang", money(c.service_outstanding)),
    ]))
    story.append(_note(
        f"Tingkat pengembalian = angsuran terbayar ÷ angsuran yang jatuh tempo pada tahun {r.year} "
        f"(pembayaran terlambat atas angsuran itu ikut dihitung). Pokok piutang beredar: pokok pinjaman "
        f"yang masih terutang pada {format_number(c.outstanding_credits)} kredit berjalan, sama dengan "
        f"piutang di laporan posisi keuangan; jasa yang masih terutang ({money(c.service_outstanding)}) "
        f"dicatat sebagai pendapatan ketika dibayar dan ditampilkan tersendiri.{_receivable_note(r)}"))
    if c.written_off_credits:
        story.append(_body(f"Dihapusbukukan pada tahun ini: {format_number(c.written_off_credits)} kredit, "
                           f"pokok {money(c.written_off_amount)}."))

    story.append(_section(f"C. Kolektibilitas dan portofolio berisiko per {tanggal(r.date_to)}"))
    rows = [[_h("Kol."), _h("Golongan"), _h("Kredit", right=True), _h("Pokok terutang (Rp)", right=True),
             _h("Porsi pokok", right=True), _h("Jasa terutang (Rp)", right=True)]]
    for k in c.kolektibilitas:
        rows.append([_c(str(k.kol)), _c(k.label), _m(k.credits), _m(k.outstanding), _c(_pct_text(k.share), right=True),
                     _m(k.service_outstanding)])
    rows.append([_c(""), _c("Jumlah", bold=True), _m(sum(k.credits for k in c.kolektibilitas), bold=True),
                 _m(sum(k.outstanding for k in c.kolektibilitas), bold=True), _c(""),
                 _m(sum(k.service_outstanding for k in c.kolektibilitas), bold=True)])
    story.append(data_table(rows, [12 * mm, WIDTH - 142 * mm, 18 * mm, 40 * mm, 32 * mm, 40 * mm],
                            bold_last_row=True))
    par = dict(c.par)
    story.append(Paragraph(
        f"Aturan kolektibilitas: {escape(c.kol_rule_set)}. "
        + " · ".join(f"PAR {d}: <b>{_pct_text(v)}</b>" for d, v in sorted(par.items()))
        + " (seluruh pokok terutang kredit yang terlambat lebih dari sekian hari ÷ seluruh pokok terutang, "
          f"{money(c.outstanding)}). <b>Dasar: pokok terutang</b>, sama dengan piutang di neraca dan dasar "
          "penyisihan; jasa terutang ditampilkan tersendiri dan tidak ikut dihitung.",
        _st().small))
    chart = kol_chart(c.kolektibilitas, WIDTH)
    if chart is not None:
        story += [Spacer(1, 2 * mm), chart]

    pv = c.provision
    rows = [[_h("Kol."), _h("Golongan"), _h("Kredit", right=True), _h("Dasar (Rp)", right=True),
             _h("Tarif", right=True), _h("Wajib dibentuk", right=True)]]
    for x in pv.rows:
        rows.append([_c(str(x.kol)), _c(x.label), _m(x.loans), _m(x.base), _c(_rate(x.pct), right=True),
                     _m(x.required)])
    rows.append([_c(""), _c("Penyisihan yang wajib dibentuk", bold=True), _c(""), _c(""), _c(""),
                 _m(pv.required, bold=True)])
    rows.append([_c(""), _c(f"Cadangan kerugian piutang dibukukan per {tanggal(pv.as_of)}"), _c(""), _c(""), _c(""),
                 _m(pv.booked)])
    rows.append([_c(""), _c("Selisih yang masih perlu dibukukan" if pv.change >= 0 else "Selisih (lebih dibentuk)",
                            bold=True), _c(""), _c(""), _c(""), _m(pv.change, bold=True)])
    table = data_table(rows, [12 * mm, WIDTH - 132 * mm, 20 * mm, 34 * mm, 20 * mm, 34 * mm], bold_last_row=True)
    n = len(rows)
    table.setStyle(TableStyle([("SPAN", (1, r), (4, r)) for r in range(n - 3, n)]
                              + [("LINEABOVE", (0, n - 3), (-1, n - 3), 0.9, GREEN)]))
    story.append(KeepTogether([
        _section("D. Penyisihan kerugian piutang"),
        table,
        _note(f"Aturan: {escape(pv.rule_set)}. Dasar penyisihan: pokok terutang (dasar yang sama dengan "
              "PAR dan kolektibilitas) dikurangi bagian lender, karena lender menanggung kerugian atas dana "
              f"mereka sendiri: {money(sum(x.base for x in pv.rows))} dari pokok terutang "
              f"{money(c.outstanding)}."),
    ]))
    return story


def _lenders(r: AnnualReportDTO) -> list:
    lp = r.lenders
    story: list = [_section("A. Dana lender (I-P2P) selama tahun " + str(r.year)), _figures([
        ("Lender terdaftar", format_number(lp.lenders)), ("Lender aktif tahun ini", format_number(lp.active_lenders)),
        ("Dana disalurkan", money(lp.deployed)), ("Pokok kembali", money(lp.returned)),
        ("Bagi hasil jasa", money(lp.earned)), ("Kerugian hapus buku", money(lp.lost)),
        ("Masih tersalur 31 Des", money(lp.out_end)), ("", ""),
    ][:7])]
    if lp.rows:
        rows = [[_h("No. anggota"), _h("Nama lender"), _h("Disalurkan", right=True), _h("Kembali", right=True),
                 _h("Bagi hasil", right=True)]]
        shown = lp.rows
        if len(shown) > MAX_LISTED:  # the largest in the PDF; every lender in the workbook
            shown = sorted(sorted(lp.rows, key=lambda x: -x.deployed)[:MAX_LISTED], key=lambda x: x.number)
        rows += [[_c(x.number), _c(x.name), _m(x.deployed), _m(x.returned), _m(x.earned)] for x in shown]
        if len(shown) < len(lp.rows):
            rows.append([_c(""), _c(f"… dan {format_number(len(lp.rows) - len(shown))} lender lain (lihat buku "
                                    "kerja Excel)"), _c(""), _c(""), _c("")])
        rows.append([_c(""), _c("Jumlah", bold=True), _m(lp.deployed, bold=True), _m(lp.returned, bold=True),
                     _m(lp.earned, bold=True)])
        story += [Spacer(1, 2 * mm),
                  data_table(rows, [26 * mm, WIDTH - 116 * mm, 30 * mm, 30 * mm, 30 * mm], bold_last_row=True)]
    if lp.capital_received:
        rows = [[_h("Modal diterima tahun ini"), _h("Jumlah (Rp)", right=True)]]
        rows += [[_c(label), _m(v)] for label, v in lp.capital_received]
        story += [Spacer(1, 2 * mm), data_table(rows, [WIDTH - 50 * mm, 50 * mm])]

    story.append(_section("B. Perkembangan dana bergulir"))
    years = list(r.fund_years)
    if not years:
        story.append(_body("Belum ada transaksi dana bergulir."))
        return story
    rows = [[_h("Tahun"), _h("Hibah", right=True), _h("Disalurkan", right=True), _h("Pokok kembali", right=True),
             _h("Jasa", right=True), _h("Kerugian", right=True), _h("Modal akhir", right=True),
             _h("Beredar akhir", right=True)]]
    shown = years[-12:]  # the table keeps the last twelve years; the chart shows them all
    small = _style("fy", _st().cell_right, fontSize=7, leading=9)
    for y in shown:
        rows.append([_c(str(y.year))] + [para(_n(v), small) for v in (
            y.grants, y.lent, y.repaid, y.income, y.losses, y.capital_end, y.outstanding_end)])
    table = data_table(rows, [14 * mm] + [(WIDTH - 14 * mm) / 7] * 7)
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    story.append(table)
    if len(years) > len(shown):
        story.append(_note(f"Tabel memuat {len(shown)} tahun terakhir; grafik memuat semua tahun sejak "
                           f"{years[0].year}."))
    story.append(_note("Modal akhir = hibah + pendapatan jasa − kerugian, dijumlahkan sampai akhir tahun."))
    charts = lender_docs.fund_charts(years, width=WIDTH)
    story += [Spacer(1, 3 * mm), KeepTogether([charts[0]]), Spacer(1, 2 * mm), KeepTogether([charts[1]])]
    return story


def _mentoring(r: AnnualReportDTO) -> list:
    ms = r.mentoring
    story: list = [_body(
        "Pendampingan kelompok memeriksa buku saku angsuran, membahas hal yang membantu dan menghambat "
        "pengembalian serta usaha anggota, menyepakati jalan keluar, dan memberi arahan dan motivasi. "
        "Ketua kelompok menindaklanjuti dengan kunjungan rumah."), Spacer(1, 2 * mm),
        _figures([("Pertemuan kelompok", format_number(ms.meetings)),
                  ("Kelompok didampingi", format_number(ms.groups_met)),
                  ("Kehadiran", _pct_text(ms.attendance)),
                  ("Kunjungan rumah", format_number(ms.home_visits)),
                  ("Tindak lanjut selesai", format_number(ms.followups_done)),
                  ("Tindak lanjut terbuka", format_number(ms.followups_open))], per_row=3)]
    groups = ms.by_group
    if groups:
        rows = [[_h("Kode"), _h("Kelompok"), _h("Pertemuan", right=True), _h("Kehadiran", right=True)]]
        for g in groups[:MAX_LISTED]:
            rows.append([_c(g.code), _c(g.name), _m(g.meetings), _c(_pct_number_text(g.attendance_pct), right=True)])
        if len(groups) > MAX_LISTED:
            rows.append([_c(""), _c(f"… dan {format_number(len(groups) - MAX_LISTED)} kelompok lain (lihat buku "
                                    "kerja Excel)"), _c(""), _c("")])
        story += [Spacer(1, 2 * mm), data_table(rows, [24 * mm, WIDTH - 84 * mm, 30 * mm, 30 * mm])]
    return story


def _finance(r: AnnualReportDTO) -> list:
    st = _st()
    bs, inc, eq = r.balance_sheet, r.income_statement, r.equity_changes
    story: list = [_section(f"A. Laporan posisi keuangan (neraca) per {tanggal(bs.as_of)}"),
                   *fs.balance_sheet_flowables(bs, st, title=False)]
    if not bs.balanced:
        story.append(Paragraph(
            f"Jumlah aset <b>{money(bs.total_assets)}</b>, jumlah liabilitas dan ekuitas "
            f"<b>{money(bs.total_liabilities_equity)}</b>: <b>TIDAK SEIMBANG</b>, periksa buku besar.",
            st.body))
    story.append(CondPageBreak(60 * mm))
    story.append(_section(f"B. Perhitungan hasil usaha {tanggal(inc.date_from)} – {tanggal(inc.date_to)}"))
    story += fs.income_statement_flowables(inc, st, title=False)

    # negatives as in the table, in brackets (a provision released makes the expenses
    # negative); a deficit is called one, not "SHU -Rp…"
    def signed(x: int) -> str:
        return f"({money(-x)})" if x < 0 else money(x)

    result = (f"SHU sebelum pajak {money(inc.surplus)}" if inc.surplus >= 0
              else f"defisit {money(-inc.surplus)}")
    story.append(Paragraph(
        f"Jumlah pendapatan {signed(inc.total_income)} − jumlah beban {signed(inc.total_expense)} = "
        f"<b>{result}</b>.", st.body))
    # the equity table is short: it stays with its heading and, on its page, with the income
    # statement before it or the cash flow after it (never a page of its own)
    story.append(CondPageBreak(50 * mm))
    story.append(KeepTogether([_section("C. Laporan perubahan ekuitas"),
                               *fs.equity_changes_flowables(eq, st, title=False)]))
    if r.cash_flow is not None:
        story.append(CondPageBreak(60 * mm))
        story.append(_section(f"D. Laporan arus kas {tanggal(r.cash_flow.date_from)} – {tanggal(r.cash_flow.date_to)}"))
        story += fs.grid_flowables(filings.cash_flow_grid(r.cash_flow), st, title=False)
    if r.calk is not None:
        story.append(CondPageBreak(70 * mm))
        story.append(_section("E. Catatan atas laporan keuangan"))
        story += filings.calk_flowables(r.calk, title=False)
    story.append(_note("Laporan keuangan disusun dari buku besar Kamura (SAK EP). Jurnal penutup tahun tidak "
                       "dihitung dalam perhitungan hasil usaha."))
    return story


def target_rows(r: AnnualReportDTO) -> list[tuple[str, str, str, str]]:
    """(what, target, achieved, % achieved) of the year's work plan: the RAPB's targets (new
    members, credits disbursed, repayment rate) and its income, expenses and SHU, against what
    the books show; empty without a budget for the year."""
    if r.realisation is None:
        return []
    rows = [(t.label, target_text(t.unit, t.target), target_text(t.unit, t.actual), budget_rules.fmt_pct(t.pct))
            for t in r.realisation.targets]
    for x, label in ((r.realisation.income, "Pendapatan"), (r.realisation.expense, "Beban"),
                     (r.realisation.surplus, "Sisa hasil usaha (SHU)")):
        rows.append((label, money(x.budget), money(x.actual) if x.actual >= 0 else f"({money(-x.actual)})",
                     budget_rules.fmt_pct(x.pct)))
    return rows


def target_text(unit: str, value) -> str:
    """A target or its achievement in its unit: ``Rp5.000.000``, ``95,0 %``, ``10 orang``."""
    if unit == "rupiah":
        return money(int(value))
    if unit == "persen":
        return budget_rules.fmt_pct(Decimal(value))
    return f"{format_number(int(value))} {unit}"


def _plan(r: AnnualReportDTO) -> list:
    st = _st()
    story: list = [_section(f"A. Target dan capaian tahun {r.year}")]
    rows = target_rows(r)
    if rows:
        table = [[_h("Sasaran"), _h("Target", right=True), _h("Capaian", right=True), _h("% capaian", right=True)]]
        table += [[_c(a), _c(b, right=True), _c(c, right=True), _c(d, right=True)] for a, b, c, d in rows]
        story += [data_table(table, [WIDTH - 105 * mm, 37 * mm, 37 * mm, 31 * mm]), _note(
            "Target dari rencana kerja dan anggaran (RK/RAPB) tahun ini; capaian dari buku Kamura: anggota "
            "baru = anggota yang menjadi aktif selama tahun, pinjaman = pokok yang dicairkan, tingkat "
            "pengembalian = angsuran terbayar ÷ angsuran jatuh tempo; % capaian = capaian ÷ target.")]
    else:
        story.append(_body(f"Tidak ada RK/RAPB tahun {r.year} yang tercatat di Kamura; target dan capaian tidak "
                           "dapat dibandingkan."))
    story.append(_section(f"B. Realisasi anggaran tahun {r.year}"))
    if r.realisation is not None:
        grid = filings.realisation_grid(r.realisation)
        # the targets are the table of A: not again as a sentence under the realisation
        grid = dataclasses.replace(grid, notes=tuple(n for n in grid.notes if not n.startswith("Target: ")))
        story += fs.grid_flowables(grid, st, title=False)
    else:
        story.append(_body(f"Tidak ada RAPB tahun {r.year} yang tercatat di Kamura; realisasi tidak dapat "
                           "dibandingkan."))
    story.append(CondPageBreak(70 * mm))
    story.append(_section(f"C. Rencana kerja dan anggaran (RK/RAPB) tahun {r.year + 1}"))
    if r.next_budget is not None:
        story += fs.grid_flowables(filings.budget_grid(r.next_budget), st, title=False)
    else:
        story.append(_body(f"RAPB tahun {r.year + 1} belum disusun; Pengurus menyampaikannya dalam rapat."))
    return story


def _shu(r: AnnualReportDTO) -> list:
    shu = r.shu
    if shu is None:
        return [_body(f"<b>{escape(r.shu_status.label)}</b>")]
    st = _st()
    story: list = [_body(f"<b>{escape(r.shu_status.label)}</b>.")]
    rows = [[_h("Alokasi"), _h("Persen", right=True), _h("Jumlah (Rp)", right=True)]]
    for a in shu.allocations:
        rows.append([_c(a.label), _c(f"{a.pct} %", right=True), _m(a.amount)])
    rows.append([_c("SHU tahun " + str(r.year), bold=True), _c("100 %", right=True, bold=True),
                 _m(shu.surplus, bold=True)])
    story += [Spacer(1, 1 * mm), data_table(rows, [WIDTH - 70 * mm, 25 * mm, 45 * mm], bold_last_row=True),
              Spacer(1, 3 * mm),
              _section("Bagian anggota"),
              data_table([[_h("Uraian"), _h("Jumlah (Rp)", right=True)],
                          [_c(f"Jasa modal ({shu.jasa_modal_pct} % bagian anggota, menurut simpanan)"),
                           _m(shu.jasa_modal_total)],
                          [_c(f"Jasa usaha ({100 - shu.jasa_modal_pct} % bagian anggota, menurut jasa pinjaman "
                              "yang dibayar)"), _m(shu.jasa_usaha_total)],
                          [_c("Bagian anggota", bold=True), _m(shu.members_part, bold=True)]],
                         [WIDTH - 50 * mm, 50 * mm], bold_last_row=True),
              Paragraph(f"Penerima SHU: {format_number(len(shu.rows))} anggota; rinciannya pada lampiran. "
                        "Jasa modal anggota = simpanannya ÷ simpanan seluruh anggota × jasa modal; jasa usaha "
                        "anggota = jasa yang dibayarnya ÷ seluruh jasa × jasa usaha (dibulatkan ke rupiah, "
                        "jumlahnya tepat).", st.small)]
    extra = []
    if shu.approved_on:
        extra.append(f"disahkan {tanggal(shu.approved_on)}")
    if shu.rat_date:
        extra.append(f"RAT {tanggal(shu.rat_date)}")
    if shu.paid_on:
        extra.append(f"dibayarkan {tanggal(shu.paid_on)}")
    if extra:
        story.append(_note("; ".join(extra).capitalize() + "."))
    return story


def _closing(r: AnnualReportDTO) -> list:
    p = r.profile
    sig = r.signers
    rat = rat_date(r)
    return [
        _body(f"Demikian laporan pertanggungjawaban Pengurus {escape(p.name)} tahun buku {r.year}. Pengurus "
              "mengucapkan terima kasih kepada seluruh anggota, para lender, Tim Kerja Masyarakat, "
              "pemerintah desa dan semua pihak yang telah mendukung kegiatan koperasi. Kami mohon Rapat "
              "Anggota Tahunan berkenan menerima laporan ini, mengesahkan laporan keuangan, dan "
              "memutuskan pembagian Sisa Hasil Usaha."), Spacer(1, 8 * mm),
        KeepTogether([
            para(f"Pengurus {p.name}", _style("sig_head", _st().body, alignment=TA_CENTER)),
            Spacer(1, 2 * mm),
            signature_blocks([Signer("Ketua", sig.chair), Signer("Sekretaris", sig.secretary),
                              Signer("Bendahara", sig.treasurer)], width=WIDTH,
                             place_date=place_and_date(p, rat)),
        ]),
    ]


def _pengawas(r: AnnualReportDTO) -> list:
    """The Pengawas' report as they wrote it in the app, signed by the Pengawas."""
    text = r.rat.pengawas_report if r.rat is not None else ""
    if not text:
        return [_body(f"Laporan Pengawas tahun buku {r.year} belum ditulis di aplikasi. Pengawas "
                      "menyampaikannya langsung dalam rapat; naskahnya dilampirkan pada berita acara.")]
    return [*_text_block(text), Spacer(1, 8 * mm), KeepTogether([
        para(f"Pengawas {r.profile.name}", _style("sig_head_p", _st().body, alignment=TA_CENTER)),
        Spacer(1, 2 * mm),
        signature_blocks(_pengawas_signers(r), width=WIDTH, place_date=place_and_date(r.profile, rat_date(r))),
    ])]


def _pengawas_signers(r: AnnualReportDTO) -> list[Signer]:
    """The Pengawas in office on the signing day (the board register), at most three on a row;
    a line to write the name on where nobody is recorded."""
    sig = r.signers
    members = list(sig.pengawas_members[:2]) or [None]
    return [Signer("Ketua Pengawas", sig.pengawas_chair)] + [Signer("Anggota Pengawas", n) for n in members]


AGENDA = ("Pembukaan dan menyanyikan lagu Indonesia Raya",
          "Sambutan Ketua Koperasi dan pejabat yang hadir",
          "Pengesahan tata tertib dan pemilihan pimpinan rapat",
          "Laporan pertanggungjawaban Pengurus tahun buku {year}",
          "Laporan Pengawas tahun buku {year}",
          "Tanggapan anggota dan pengesahan laporan keuangan",
          "Penetapan pembagian Sisa Hasil Usaha tahun buku {year}",
          "Pengesahan rencana kerja dan anggaran (RK/RAPB) tahun {next}",
          "Lain-lain dan penetapan keputusan rapat",
          "Penutup dan doa")
RULES = ("Rapat sah bila dihadiri lebih dari separuh jumlah anggota (kuorum); bila tidak tercapai, rapat "
         "ditunda paling lama satu jam lalu dinyatakan sah.",
         "Peserta rapat adalah anggota koperasi; yang berhak bicara dan memberi suara hanya anggota. Undangan "
         "hadir sebagai peninjau.",
         "Setiap anggota mempunyai satu suara dan tidak dapat diwakilkan.",
         "Peserta menandatangani daftar hadir sebelum rapat dimulai.",
         "Rapat dipimpin oleh pimpinan rapat yang dipilih dari dan oleh peserta.",
         "Peserta yang ingin berbicara mengangkat tangan dan berbicara setelah dipersilakan pimpinan rapat.",
         "Keputusan diambil dengan musyawarah untuk mufakat; bila tidak tercapai, dengan suara terbanyak.",
         "Hal yang belum diatur dalam tata tertib ini diputuskan oleh pimpinan rapat.")


def _fill_lines(count: int) -> Table:
    t = Table([[""] for _ in range(count)], colWidths=[WIDTH], rowHeights=[7.5 * mm] * count)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE_GREY)]))
    return t


def _meeting(r: AnnualReportDTO) -> list:
    """The meeting's papers to fill at the RAT: agenda, rules, attendance list with a signature
    column, minutes (berita acara) and decisions as blank forms."""
    st = _st()
    fmt = {"year": r.year, "next": r.year + 1}
    story: list = [_section("A. Acara rapat")]
    if _rat_when(r):
        number = _rat_number(r)
        story.append(_body(f"Rapat Anggota Tahunan{' ' + escape(number) if number else ''} tahun buku {r.year}: "
                           f"{escape(_rat_when(r))}."))
    story += [_body(f"{i}. {escape(x.format(**fmt))}") for i, x in enumerate(AGENDA, start=1)]
    story += [_section("B. Tata tertib rapat")]
    story += [_body(f"{i}. {escape(x)}") for i, x in enumerate(RULES, start=1)]
    story += [PageBreak(), _section("C. Daftar hadir anggota")]
    people = [(x.number, x.name) for x in r.shu.rows] if r.shu is not None and r.shu.rows else []
    count = len(people) or max(r.membership.end.total, 10)
    table = AttendanceList(people, count, attendance_widths(WIDTH, count))
    story += [table, PageBreak(), _section(f"D. Berita acara Rapat Anggota Tahunan tahun buku {r.year}")]
    story.append(_body(
        f"Pada hari ini ………………, tanggal ……………… bertempat di ……………………………… telah diselenggarakan Rapat "
        f"Anggota Tahunan {escape(r.profile.name)} tahun buku {r.year}, dihadiri oleh …… orang dari "
        f"{format_number(r.membership.end.total)} anggota, sehingga rapat dinyatakan ……………… (sah/tidak sah)."))
    story += [_body("Jalannya rapat dan tanggapan anggota:"), _fill_lines(8),
              _section(f"E. Keputusan Rapat Anggota Tahunan tahun buku {r.year}")]
    decisions = ("Menerima / tidak menerima laporan pertanggungjawaban Pengurus tahun buku {year}.",
                 "Mengesahkan laporan keuangan tahun buku {year}.",
                 "Menetapkan pembagian Sisa Hasil Usaha tahun buku {year}.",
                 "Mengesahkan rencana kerja dan anggaran (RK/RAPB) tahun {next}.",
                 "Lain-lain: ……………………………………………………………………")
    story += [_body(f"{i}. {escape(x.format(**fmt))}") for i, x in enumerate(decisions, start=1)]
    story += [Spacer(1, 6 * mm), KeepTogether([
        para("Pimpinan rapat", _style("sig_head_m", st.body, alignment=TA_CENTER)), Spacer(1, 2 * mm),
        signature_blocks([Signer("Ketua rapat"), Signer("Sekretaris rapat"), Signer("Wakil anggota")],
                         width=WIDTH, place_date=place_and_date(r.profile, rat_date(r)))])]
    return story


MAKERS = {"intro": _intro, "org": _organisation, "savings": _savings, "credit": _credit,
          "lenders": _lenders, "mentoring": _mentoring, "finance": _finance, "shu": _shu,
          "plan": _plan, "pengawas": _pengawas, "closing": _closing, "meeting": _meeting}
