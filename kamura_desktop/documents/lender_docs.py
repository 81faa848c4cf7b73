"""The lender pool's printouts (A4):

* :func:`build_lender_registration` — *Formulir Pendaftaran Lender dan Pernyataan Komitmen*:
  the member's particulars, the lender requirements ticked off (KTP/KK, active member,
  pokok and wajib paid), their simpanan sukarela, preferences, the statement of commitment
  (held funds, flow-back in proportion, the service share, the shared risk of a write-off)
  and the signatures;
* :func:`build_lender_statement` — *Laporan Dana Lender* for a period: sukarela movements,
  money deployed, returned and earned, each credit funded with the money still out and its
  kolektibilitas, the money at risk by class, losses and pending commitments;
* :func:`build_fund_development` — *Perkembangan Dana Bergulir*: the revolving fund year by
  year (grants, loans, repayments, income, losses, capital, loans outstanding) with a chart
  drawn with ReportLab graphics, and the grants received;
* :func:`build_group_fact_sheet` — *Lembar Fakta Kelompok*, what a lender reads to choose a
  group: members and trades (never a NIK), purpose, amount asked, funding so far, earlier
  credit rounds with their repayment record, kolektibilitas.

The registration form is fed with the dataclasses defined here; the others with the lender
pool's DTOs from :mod:`kamura_desktop.dto.lender_pool`. Nothing here reads the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from kamura_desktop.domain.money import format_number
from kamura_desktop.dto.lender_pool import FundGrant, FundYear, GroupFactSheet, LenderStatement
from kamura_desktop.dto.settings import CooperativeProfile

from .pdf import (
    A4_PORTRAIT,
    CHECKED,
    FONT,
    FONT_BOLD,
    GOLD,
    GREEN,
    PALE_GREEN,
    RULE_GREY,
    UNCHECKED,
    DigitBoxes,
    Paragraph,
    Signer,
    TableStyle,
    amount_width,
    build_pdf,
    data_table,
    escape,
    headed_table,
    info_table,
    money,
    para,
    place_and_date,
    signature_blocks,
    styles,
    tanggal,
    text_width,
    widen,
)

WIDTH = A4_PORTRAIT.content_width
RED = colors.HexColor("#a61b1b")
KOL_COLOURS = ("#2e7d32", "#9e9d24", "#ef6c00", "#c62828", "#6a1b1b")
FREQUENCY_ADJ = {"daily": "harian", "weekly": "mingguan", "monthly": "bulanan"}
OK_MARK = "\u2714"  # ✔
FAIL_MARK = "\u2718"  # ✘


# ---------------------------------------------------------------- inputs

@dataclass(frozen=True)
class RequirementCheck:
    label: str
    met: bool
    note: str = ""


@dataclass(frozen=True)
class CommitmentLine:
    credit_number: str
    group: str
    borrower: str
    amount: int
    status: str  # "Menunggu pencairan", "Tersalur", …


@dataclass(frozen=True)
class LenderRegistration:
    """What the registration form prints (filled by ``services.lender_docs``)."""

    number: str
    name: str
    nik: str
    sex: str  # "Perempuan" / "Laki-laki"
    birth: str  # "Bandung Barat, 5 Maret 1985"
    address: str
    phone: str | None
    trade: str | None
    joined_on: dt.date
    tkm_role: str | None
    registered_on: dt.date | None  # None: not registered yet (a blank to sign)
    requirements: tuple[RequirementCheck, ...]
    sukarela: int
    committed: int
    deployed: int
    preferred_trades: tuple[str, ...]
    max_per_group: int | None
    share_pct: int
    commitments: tuple[CommitmentLine, ...]
    coordinator: str | None  # TKM Koordinator Tim Lender
    treasurer: str | None
    chair: str | None
    printed_on: dt.date

    @property
    def available(self) -> int:
        return max(0, self.sukarela - self.committed)

    @property
    def eligible(self) -> bool:
        return all(r.met for r in self.requirements)


# ---------------------------------------------------------------- small pieces

def _st():
    return styles(False)


def _style(name: str, parent: ParagraphStyle, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent, **kw)


def _title(title: str, subtitle: str | None = None) -> list:
    st = _st()
    out: list = [para(title, st.title)]
    if subtitle:
        out.append(Paragraph(subtitle, st.subtitle))
    return out


def _heading(text: str) -> Paragraph:
    return para(text, _st().heading)


@cache
def _small() -> dict[str, ParagraphStyle]:
    """Cell styles a size smaller, for the wide tables (nine columns on A4)."""
    st = _st()
    cell = _style("s_cell", st.cell, fontSize=7.8, leading=9.6)
    return {
        "cell": cell, "bold": _style("s_bold", cell, fontName=FONT_BOLD),
        "right": _style("s_right", cell, alignment=TA_RIGHT),
        "right_bold": _style("s_right_bold", cell, alignment=TA_RIGHT, fontName=FONT_BOLD),
        "head": _style("s_head", st.cell_head, fontSize=7.5, leading=9.2),
        "head_right": _style("s_head_right", st.cell_head_right, fontSize=7.5, leading=9.2),
    }


def _h(text: str, *, right: bool = False, small: bool = False) -> Paragraph:
    if small:
        return para(text, _small()["head_right" if right else "head"])
    st = _st()
    return para(text, st.cell_head_right if right else st.cell_head)


def _c(text: str | None, *, right: bool = False, bold: bool = False, small: bool = False) -> Paragraph:
    if small:
        key = ("right" if right else "cell") if not bold else ("right_bold" if right else "bold")
        return para("-" if text is None else text, _small()[key])
    st = _st()
    style = (st.cell_right_bold if bold else st.cell_right) if right else (st.cell_bold if bold else st.cell)
    return para("-" if text is None else text, style)


def _m(amount: int, *, bold: bool = False, blank_zero: bool = False, small: bool = False) -> Paragraph:
    return _c("-" if blank_zero and not amount else money(amount), right=True, bold=bold, small=small)


def _tight(table: Table) -> Table:
    """Narrower cell padding for the wide tables."""
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]))
    return table


def _signed(amount: int) -> str:
    return f"+{money(amount)}" if amount > 0 else money(amount)


def _numbered(items: Sequence[str]) -> Table:
    st = _st()
    rows = [[Paragraph(f"{i}.", st.body), Paragraph(text, st.body)] for i, text in enumerate(items, start=1)]
    t = Table(rows, colWidths=[7 * mm, WIDTH - 7 * mm])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
    ]))
    return t


def _percent(value: float) -> str:
    return f"{value * 100:.1f} %".replace(".", ",")


def _kol_text(kol: int | None, labels: dict[int, str] | None = None) -> str:
    if kol is None:
        return "-"
    label = (labels or {}).get(kol)
    return f"{kol} · {label}" if label else str(kol)


def _kol_cell(kol: int | None, label: str | None = None) -> Paragraph:
    if kol is None:
        return _c("-")
    colour = KOL_COLOURS[kol - 1]
    text = f"<font color='{colour}'><b>{kol}</b></font>"
    if label:
        text += f" <font size='7' color='#55605c'>{escape(label)}</font>"
    return Paragraph(text, _st().cell)


def _boxed(rows: list, widths: Sequence[float], *, background=PALE_GREEN) -> Table:
    t = Table(rows, colWidths=list(widths))
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, GREEN),
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def _stack(top: Paragraph, bottom: Paragraph, width: float) -> Table:
    t = Table([[top], [bottom]], colWidths=[width])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return t


def _figures(items: Sequence[tuple[str, str]], *, per_row: int = 4) -> Table:
    """Key figures in boxes: a small label over a big amount."""
    st = _st()
    label = _style("fig_label", st.small, alignment=TA_CENTER)
    value = _style("fig_value", st.value, alignment=TA_CENTER, textColor=GREEN, fontSize=11, leading=14)
    cells = [[para(lab, label), para(val, value)] for lab, val in items]
    rows = []
    for k in range(0, len(cells), per_row):
        chunk = cells[k:k + per_row]
        chunk += [["", ""]] * (per_row - len(chunk))
        rows.append([_stack(a, b, WIDTH / per_row - 6) if a else "" for a, b in chunk])
    t = Table(rows, colWidths=[WIDTH / per_row] * per_row)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell:
                commands += [("BOX", (c, r), (c, r), 0.6, GREEN), ("BACKGROUND", (c, r), (c, r), PALE_GREEN)]
    t.setStyle(TableStyle(commands))
    return t


class FundingBar(Flowable):
    """A horizontal bar: the parts of a credit already funded, by source, and the gap."""

    def __init__(self, parts: Sequence[tuple[str, int, colors.Color]], total: int, width: float = WIDTH,
                 height: float = 5.5 * mm):
        super().__init__()
        self.parts, self.total, self.width, self.height = parts, total, width, height + 5 * mm

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        bar = self.height - 5 * mm
        y = 5 * mm
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.6)
        c.setFillColor(colors.white)
        c.rect(0, y, self.width, bar, fill=1)
        x = 0.0
        legend_x = 0.0
        c.setFont(FONT, 7.2)
        for label, amount, colour in self.parts:
            w = self.width * amount / self.total if self.total else 0
            if w > 0:
                c.setFillColor(colour)
                c.rect(x, y, w, bar, fill=1, stroke=0)
                x += w
            text = f"{label} {money(amount)}"
            c.setFillColor(colour)
            c.rect(legend_x, 0.8 * mm, 2.6 * mm, 2.6 * mm, fill=1, stroke=0)
            c.setFillColor(colors.black)
            c.drawString(legend_x + 3.6 * mm, 1.2 * mm, text)
            legend_x += 3.6 * mm + c.stringWidth(text, FONT, 7.2) + 6 * mm
        c.setStrokeColor(GREEN)
        c.rect(0, y, self.width, bar, fill=0)


# ---------------------------------------------------------------- 1. registration

def _commitment_statement(form: LenderRegistration, coop: str) -> list[str]:
    return [
        f"Menyediakan sebagian <b>simpanan sukarela</b> saya di {escape(coop)} untuk membiayai kredit "
        "kelompok peminjam yang saya pilih dari lembar fakta kelompok, melalui Koperasi sebagai "
        "penghubung dan pengelola.",
        "Memahami bahwa dana yang saya komitmenkan <b>ditahan</b> pada simpanan sukarela saya dan tidak "
        "dapat ditarik selama kredit belum dicairkan; komitmen dapat saya tarik kembali sebelum pencairan.",
        "Menyetujui bahwa pada saat kredit dicairkan, simpanan sukarela saya <b>berkurang sebesar "
        "komitmen saya</b>, dan setiap angsuran pokok dikembalikan ke simpanan sukarela saya sebanding "
        "dengan bagian saya (dibulatkan ke bawah per rupiah; pada pelunasan tepat sebesar bagian saya).",
        f"Menerima bagi hasil sebesar <b>{form.share_pct} %</b> dari jasa atas bagian dana saya; sisanya "
        "menjadi pendapatan Koperasi untuk biaya pengelolaan dan pendampingan.",
        "Memahami <b>risiko</b>: bila kredit yang saya danai dihapusbukukan oleh Ketua, pokok yang tidak "
        "kembali ditanggung bersama oleh semua pemberi dana sebanding dengan bagiannya, termasuk saya.",
        "Bersedia, bila diminta, mendampingi kelompok sebagai pengawas dan pendukung, serta menjaga "
        "kerahasiaan data anggota kelompok.",
        "Mematuhi Anggaran Dasar, Anggaran Rumah Tangga dan ketentuan program I-P2P Koperasi.",
    ]


def build_lender_registration(path: Path | str, *, profile: CooperativeProfile, form: LenderRegistration,
                              printed_at: dt.datetime | None = None) -> Path:
    st = _st()
    coop = profile.name or "Koperasi"
    story: list = _title("FORMULIR PENDAFTARAN LENDER",
                         "dan Pernyataan Komitmen · Program Integrated Peer-to-Peer Lending (I-P2P)")

    story.append(_heading("A. Data anggota"))
    pairs = [("No. anggota", form.number), ("Nama lengkap", form.name), ("Jenis kelamin", form.sex),
             ("Tempat, tgl. lahir", form.birth), ("Alamat", form.address), ("Telepon", form.phone or "-"),
             ("Pekerjaan/usaha", form.trade or "-"), ("Anggota sejak", tanggal(form.joined_on))]
    if form.tkm_role:
        pairs.append(("Peran dalam TKM", form.tkm_role))
    pairs.append(("Status lender", f"terdaftar sejak {tanggal(form.registered_on)}" if form.registered_on
                  else "pendaftaran baru"))
    label_w = 34 * mm
    story.append(info_table(pairs[:1], [label_w, 3 * mm, WIDTH - label_w - 3 * mm]))
    nik_row = Table([[para("NIK", st.label), para(":", st.label), DigitBoxes(form.nik, box=4.6 * mm)]],
                    colWidths=[label_w, 3 * mm, WIDTH - label_w - 3 * mm])
    nik_row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    story += [nik_row, info_table(pairs[1:], [label_w, 3 * mm, WIDTH - label_w - 3 * mm])]

    story.append(_heading("B. Persyaratan lender"))
    rows = [[_h(""), _h("Persyaratan"), _h("Keterangan"), _h("Hasil")]]
    mark_style = _style("mark", st.body, fontSize=12, leading=13, alignment=TA_CENTER)
    for r in form.requirements:
        rows.append([para(CHECKED if r.met else UNCHECKED, mark_style), _c(r.label), _c(r.note or "-"),
                     Paragraph(f"<font color='{'#12503f' if r.met else '#a61b1b'}'>"
                               f"{OK_MARK + ' Memenuhi' if r.met else FAIL_MARK + ' Belum'}</font>", st.cell)])
    story.append(data_table(rows, [9 * mm, 62 * mm, WIDTH - 99 * mm, 28 * mm], zebra=False))
    verdict = ("Memenuhi semua persyaratan lender." if form.eligible else
               "Belum memenuhi semua persyaratan: lengkapi dulu sebelum mendaftar sebagai lender.")
    story += [Spacer(1, 1 * mm), Paragraph(
        f"<font color='{'#12503f' if form.eligible else '#a61b1b'}'><b>{escape(verdict)}</b></font>", st.body)]

    story.append(_heading("C. Simpanan sukarela dan preferensi"))
    half = (WIDTH - 6 * mm) / 2
    widths = [33 * mm, 3 * mm, half - 36 * mm]
    left = info_table([("Saldo sukarela", money(form.sukarela)), ("Dikomitmenkan", money(form.committed)),
                       ("Tersedia", money(form.available)), ("Sedang tersalur", money(form.deployed))], widths)
    trades = ", ".join(form.preferred_trades) if form.preferred_trades else "semua jenis usaha program"
    right = info_table([("Usaha diminati", trades),
                        ("Batas per kelompok", money(form.max_per_group) if form.max_per_group else "tidak dibatasi"),
                        ("Bagi hasil jasa", f"{form.share_pct} % untuk lender"),
                        ("Per tanggal", tanggal(form.printed_on))], widths)
    side = Table([[left, "", right]], colWidths=[half, 6 * mm, half])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(side)

    story.append(KeepTogether([_heading("D. Rencana komitmen dana"), _commitment_table(form)]))

    story.append(CondPageBreak(95 * mm))
    story += [
        _heading("E. Pernyataan komitmen"),
        Paragraph(f"Saya yang bertanda tangan di bawah ini, <b>{escape(form.name)}</b> "
                  f"(No. anggota {escape(form.number)}), dengan sadar dan tanpa paksaan menyatakan:", st.body),
        Spacer(1, 1 * mm),
        _numbered(_commitment_statement(form, coop)),
    ]
    signers = [Signer("Bendahara", form.treasurer, caption="Diterima,"),
               Signer("Koordinator Tim Lender", form.coordinator, caption="Mengetahui,"),
               Signer("Lender", form.name, caption="Yang menyatakan,")]
    story.append(KeepTogether([
        Spacer(1, 5 * mm),
        signature_blocks(signers, width=WIDTH, place_date=place_and_date(profile, form.registered_on),
                         space=18 * mm),
        Spacer(1, 2 * mm),
        # the chair registering as a lender does not approve himself: the line stays for the
        # board member who approves in his place
        signature_blocks([Signer("Ketua Koperasi", form.chair, caption="Menyetujui,")], width=WIDTH,
                         space=16 * mm, taken=(form.name, form.treasurer, form.coordinator)),
    ]))
    return build_pdf(path, story, profile=profile, page=A4_PORTRAIT,
                     title=f"Pendaftaran lender {form.number}",
                     subject=f"Formulir Pendaftaran Lender {form.name}", printed_at=printed_at)


def _commitment_table(form: LenderRegistration) -> Table:
    rows = [[_h("No"), _h("Kredit"), _h("Kelompok"), _h("Peminjam"), _h("Status"), _h("Jumlah", right=True)]]
    for i, c in enumerate(form.commitments, start=1):
        rows.append([_c(str(i)), _c(c.credit_number), _c(c.group), _c(c.borrower), _c(c.status), _m(c.amount)])
    # blank lines to fill in by hand at the counter
    for i in range(len(form.commitments) + 1, max(len(form.commitments), 2) + 3):
        rows.append([_c(str(i)), _c(" "), _c(" "), _c(" "), _c(" "), _c(" ")])
    widths = [9 * mm, 30 * mm, 36 * mm, 0, 30 * mm, 28 * mm]
    widths[3] = WIDTH - sum(widths)
    return data_table(rows, widths, zebra=False)


# ---------------------------------------------------------------- 2. lender statement

def build_lender_statement(path: Path | str, *, profile: CooperativeProfile, statement: LenderStatement,
                           treasurer: str | None = None, printed_at: dt.datetime | None = None) -> Path:
    s = statement
    st = _st()
    story: list = _title("LAPORAN DANA LENDER",
                         f"Periode {tanggal(s.date_from)} – {tanggal(s.date_to)}")
    half = (WIDTH - 6 * mm) / 2
    widths = [28 * mm, 3 * mm, half - 31 * mm]
    trades = ", ".join(s.preferred_trades) if s.preferred_trades else "semua"
    left = info_table([("Lender", f"{s.name}"), ("No. anggota", s.number), ("Alamat", s.address)], widths)
    right = info_table([("Terdaftar", tanggal(s.registered_on) if s.registered_on else "belum terdaftar"),
                        ("Bagi hasil", f"{s.share_pct} % dari jasa bagiannya"),
                        ("Batas/kelompok", money(s.max_per_group) if s.max_per_group else "tidak dibatasi"),
                        ("Usaha diminati", trades)], widths)
    side = Table([[left, "", right]], colWidths=[half, 6 * mm, half])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [side, Spacer(1, 3 * mm)]

    story.append(_figures([
        ("Dana tersalur (seluruhnya)", money(s.deployed_to_date)),
        ("Pokok sudah kembali", money(s.returned_to_date)),
        ("Bagi hasil diterima", money(s.earned_to_date)),
        ("Masih beredar (berisiko)", money(s.at_risk)),
    ]))

    story.append(_heading("A. Ringkasan simpanan sukarela dalam periode"))
    flow = [
        ("Saldo awal", s.opening, True), ("Setoran", s.deposits, False), ("Penarikan", -s.withdrawals, False),
        ("Disalurkan ke kredit", -s.deployed, False), ("Pengembalian pokok", s.returned, False),
        ("Bagi hasil jasa", s.earned, False), ("Saldo akhir", s.closing, True),
    ]
    rows = [[_h("Uraian"), _h("Jumlah", right=True)]]
    for label, amount, bold in flow:
        rows.append([_c(label, bold=bold), _c(money(amount) if bold else _signed(amount), right=True, bold=bold)])
    summary = data_table(rows, [70 * mm, 40 * mm], bold_last_row=True, zebra=False)
    note = Paragraph(
        "Dana lender adalah bagian dari simpanan sukarela. Saat kredit dicairkan, saldo berkurang sebesar "
        "komitmen; setiap angsuran pokok kembali ke saldo sebanding dengan bagian lender, ditambah bagi "
        f"hasil {s.share_pct} % dari jasa atas bagian itu."
        + (f" Kerugian hapus buku dalam periode ini: <b>{money(s.lost)}</b>." if s.lost else ""), st.small)
    box = Table([[summary, "", note]], colWidths=[110 * mm, 6 * mm, WIDTH - 116 * mm])
    box.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(box)

    if s.credits:
        sm = _small()
        rows = [[_h(h, right=r, small=True) for h, r in (
            ("Kredit / kelompok", False), ("Peminjam", False), ("Dicairkan", False), ("Bagian", True),
            ("Kembali", True), ("Bagi hasil", True), ("Rugi", True), ("Beredar", True), ("Kol.", False))]]
        for c in s.credits:
            rows.append([
                Paragraph(f"<b>{escape(c.credit_number)}</b><br/><font size='6.8' color='#55605c'>"
                          f"{escape(c.group_code)} {escape(c.group_name)}</font>", sm["cell"]),
                Paragraph(f"{escape(c.borrower_name)}<br/><font size='6.8' color='#55605c'>{escape(c.status)}"
                          f"</font>", sm["cell"]),
                _c(c.disbursed_on.strftime("%d/%m/%Y"), small=True), _m(c.part, small=True),
                _m(c.returned, small=True), _m(c.earned, small=True), _m(c.lost, blank_zero=True, small=True),
                _m(c.outstanding, blank_zero=True, small=True), _kol_cell(c.kolektibilitas)])
        rows.append([_c("Jumlah", bold=True, small=True), _c(f"{len(s.credits)} kredit", bold=True, small=True),
                     _c("", small=True), _m(s.deployed_to_date, bold=True, small=True),
                     _m(s.returned_to_date, bold=True, small=True), _m(s.earned_to_date, bold=True, small=True),
                     _m(s.lost_to_date, bold=True, small=True), _m(s.at_risk, bold=True, small=True),
                     _c("", small=True)])
        widths = [30 * mm, 0, 20 * mm, 19 * mm, 19 * mm, 15 * mm, 13 * mm, 18 * mm, 10 * mm]
        widths[1] = WIDTH - sum(widths)
        # every amount column as wide as its largest amount (the totals, bold)
        totals = (s.deployed_to_date, s.returned_to_date, s.earned_to_date, s.lost_to_date, s.at_risk)
        widths = widen(widths, {3 + i: amount_width([t], size=7.8, padding=6) for i, t in enumerate(totals)},
                       flexible=1)
        if widths[1] < 16 * mm:  # the borrower's name keeps some room; the credit number stays whole
            widths = widen(widths, {1: 16 * mm}, flexible=0)
            widths[0] = max(widths[0], 26 * mm)
            widths[1] = WIDTH - sum(widths) + widths[1]

        def make(part, head, header=rows[0], body=rows[1:], widths=widths):
            return _tight(data_table([header, *part] if head else part, widths, header_rows=int(head),
                                     bold_last_row=bool(part) and part[-1] is body[-1]))

        story += headed_table(_heading(f"B. Kredit yang didanai (per {tanggal(s.date_to)})"), rows[1:], make,
                              first=2)
    else:
        story.append(KeepTogether([_heading(f"B. Kredit yang didanai (per {tanggal(s.date_to)})"),
                                   para("Belum ada kredit yang didanai sampai akhir periode.", st.body)]))

    story.append(KeepTogether([_heading("C. Dana berisiko menurut kolektibilitas"), _risk_table(s)]))

    if s.pending:
        rows = [[_h("Kredit"), _h("Kelompok"), _h("Peminjam"), _h("Komitmen", right=True)]]
        rows += [[_c(p.credit_number), _c(p.group_code), _c(p.borrower_name), _m(p.amount)] for p in s.pending]
        rows.append([_c("Jumlah", bold=True), _c(""), _c(""), _m(sum(p.amount for p in s.pending), bold=True)])
        story.append(KeepTogether([
            _heading("D. Komitmen menunggu pencairan (saat dicetak)"),
            data_table(rows, [32 * mm, 32 * mm, WIDTH - 96 * mm, 32 * mm], bold_last_row=True),
            Spacer(1, 1 * mm),
            para("Dana ini ditahan pada simpanan sukarela dan belum dapat ditarik.", st.small)]))

    rows = [[_h("Tanggal", small=True), _h("Uraian", small=True), _h("Mutasi", right=True, small=True),
             _h("Saldo", right=True, small=True)]]
    rows.append([_c(s.date_from.strftime("%d/%m/%Y"), small=True), _c("Saldo awal", bold=True, small=True),
                 _c("", small=True), _m(s.opening, bold=True, small=True)])
    for mv in s.movements:
        rows.append([_c(mv.on_date.strftime("%d/%m/%Y"), small=True), _c(mv.description, small=True),
                     _c(_signed(mv.amount), right=True, small=True), _m(mv.balance, small=True)])
    rows.append([_c(s.date_to.strftime("%d/%m/%Y"), small=True), _c("Saldo akhir", bold=True, small=True),
                 _c("", small=True), _m(s.closing, bold=True, small=True)])
    amounts = [s.opening, s.closing, *(m.balance for m in s.movements)]
    col = max(28 * mm, amount_width(amounts + [abs(m.amount) for m in s.movements], size=7.8, padding=14))
    widths = [20 * mm, WIDTH - 20 * mm - 2 * col, col, col]

    def make_moves(part, head, header=rows[0], body=rows[1:]):
        return data_table([header, *part] if head else part, widths, header_rows=int(head),
                          bold_last_row=bool(part) and part[-1] is body[-1])

    # the heading never alone at the foot of a page; the signature with the last rows
    story += headed_table(_heading(f"{'E' if s.pending else 'D'}. Mutasi simpanan sukarela"), rows[1:],
                          make_moves, first=3, last=2, after=[
                              Spacer(1, 6 * mm),
                              signature_blocks([Signer("Bendahara", treasurer)], width=WIDTH / 2,
                                               place_date=place_and_date(profile, s.date_to), space=16 * mm)])
    return build_pdf(path, story, profile=profile, page=A4_PORTRAIT,
                     title=f"Laporan dana lender {s.number}",
                     subject=f"Laporan Dana Lender {s.name} {s.date_from:%d-%m-%Y} s.d. {s.date_to:%d-%m-%Y}",
                     printed_at=printed_at)


def _risk_table(s: LenderStatement) -> Table:
    total = s.at_risk
    rows = [[_h("Kol."), _h("Golongan"), _h("Kredit", right=True), _h("Dana beredar", right=True),
             _h("Porsi", right=True)]]
    for b in s.risk:
        share = b.amount / total if total else 0.0
        rows.append([_kol_cell(b.kolektibilitas), _c(b.label), _c(str(b.credits), right=True),
                     _m(b.amount), _c(_percent(share) if total else "-", right=True)])
    rows.append([_c(""), _c("Jumlah", bold=True), _c(str(sum(b.credits for b in s.risk)), right=True, bold=True),
                 _m(total, bold=True), _c("100,0 %" if total else "-", right=True, bold=True)])
    return data_table(rows, [14 * mm, WIDTH - 100 * mm, 22 * mm, 34 * mm, 30 * mm], bold_last_row=True)


# ---------------------------------------------------------------- 3. revolving fund development

def _millions(value: float) -> str:
    """An axis label in millions of rupiah: ``0``, ``0,5 jt``, ``64 jt``."""
    if abs(value) < 0.5:
        return "0"
    millions = value / 1_000_000
    text = f"{millions:,.0f}" if abs(millions) >= 10 or millions == int(millions) else f"{millions:,.1f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".") + " jt"


def _bar_chart(years: Sequence[FundYear], series: Sequence[tuple[str, colors.Color, list[int]]], *,
               title: str, width: float, height: float) -> Drawing:
    """Bars per year for each series, with a legend and a title, in DejaVu Sans."""
    d = Drawing(width, height, initialFontName=FONT)  # else the renderer starts in Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = 15 * mm, 10 * mm
    chart.width, chart.height = width - 18 * mm, height - 22 * mm
    chart.data = [values for _, _, values in series]
    many = len(years) > 12
    chart.categoryAxis.categoryNames = [str(y.year) for y in years]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5 if many else 7.5
    chart.categoryAxis.labels.angle = 45 if many else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if many else "n"
    chart.categoryAxis.labels.dy = -1
    chart.categoryAxis.strokeColor = RULE_GREY
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = _millions
    chart.valueAxis.strokeColor = RULE_GREY
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8e6")
    chart.valueAxis.visibleGrid = True
    values = [v for _, _, vs in series for v in vs]
    peak, low = max([0, *values]), min([0, *values])
    chart.valueAxis.valueMin = low * 1.1
    chart.valueAxis.valueMax = peak * 1.12 if peak else 1_000_000
    for k, (_, colour, _) in enumerate(series):
        chart.bars[k].fillColor = colour
        chart.bars[k].strokeColor = None
    chart.barSpacing = 0.4
    chart.groupSpacing = 2.5
    d.add(chart)
    d.add(String(0, height - 4 * mm, title, fontName=FONT_BOLD, fontSize=8.5, fillColor=GREEN))
    legend = Legend()
    legend.x, legend.y = width * 0.42, height - 2.6 * mm
    legend.fontName, legend.fontSize = FONT, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = width * 0.58 / max(1, len(series))
    legend.dx, legend.dy = 6, 6
    legend.colorNamePairs = [(colour, name) for name, colour, _ in series]
    d.add(legend)
    return d


def fund_charts(years: Sequence[FundYear], *, width: float = WIDTH) -> list[Drawing]:
    """Two charts: the fund's capital at each year's end; and what it lent, got back and
    still has out (on their own scale, because loans are small beside the capital)."""
    return [
        _bar_chart(years, [("Modal akhir tahun", GREEN, [y.capital_end for y in years]),
                           ("Hibah", GOLD, [y.grants for y in years])],
                   title="Modal dana bergulir (Rp)", width=width, height=58 * mm),
        _bar_chart(years, [("Disalurkan", colors.HexColor("#2f7d66"), [y.lent for y in years]),
                           ("Pokok kembali", GOLD, [y.repaid for y in years]),
                           ("Beredar akhir tahun", colors.HexColor("#8a4b2a"), [y.outstanding_end for y in years])],
                   title="Pinjaman dana bergulir (Rp)", width=width, height=58 * mm),
    ]


def build_fund_development(path: Path | str, *, profile: CooperativeProfile, years: Sequence[FundYear],
                           grants: Sequence[FundGrant], as_of: dt.date,
                           printed_at: dt.datetime | None = None) -> Path:
    st = _st()
    story: list = _title("PERKEMBANGAN DANA BERGULIR",
                         f"Unit Pengelola Dana Bergulir · per {tanggal(as_of)}")
    if not years:
        story.append(para("Belum ada transaksi dana bergulir.", st.body))
        return build_pdf(path, story, profile=profile, page=A4_PORTRAIT, title="Perkembangan dana bergulir",
                         printed_at=printed_at)
    last = years[-1]
    total_grants = sum(y.grants for y in years)
    total_income = sum(y.income for y in years)
    total_losses = sum(y.losses for y in years)
    story.append(_figures([
        ("Hibah diterima", money(total_grants)), ("Pendapatan jasa", money(total_income)),
        ("Kerugian hapus buku", money(total_losses)), ("Modal dana bergulir", money(last.capital_end)),
    ]))
    story += [Spacer(1, 1.5 * mm), Paragraph(
        f"Modal dana bergulir = hibah + pendapatan jasa − kerugian = {money(total_grants)} + "
        f"{money(total_income)} − {money(total_losses)} = <b>{money(last.capital_end)}</b>. "
        f"Pinjaman beredar akhir {last.year}: <b>{money(last.outstanding_end)}</b>.", st.body)]

    story.append(_heading("A. Perkembangan per tahun (rupiah)"))
    # seven amount columns, each as wide as its largest figure: smaller print rather than a
    # figure split over two lines when the fund grows into the milyar
    figures = [format_number(v) for y in years for v in (y.grants, y.lent, y.repaid, y.income, y.losses,
                                                          y.capital_end, y.outstanding_end)]
    figures += [format_number(v) for v in (total_grants, total_income, total_losses, sum(y.lent for y in years),
                                           sum(y.repaid for y in years))]
    size = 7.8
    while size > 5.5 and 7 * text_width(figures, size=size, padding=7) > WIDTH - 25 * mm:
        size -= 0.2
    cell = _style(f"fcell{size:.1f}", st.cell, fontSize=size, leading=size * 1.22)
    right = _style("fright", cell, alignment=TA_RIGHT)
    bold = _style("fbold", right, fontName=FONT_BOLD)
    head_r = _style("fhead", st.cell_head_right, fontSize=min(7.6, size))

    def n(amount: int, *, strong: bool = False, dash: bool = True) -> Paragraph:
        return para("-" if dash and not amount else format_number(amount), bold if strong else right)

    rows = [[para("Tahun", _style("fh0", st.cell_head, fontSize=7.6))] + [para(h, head_r) for h in (
        "Hibah", "Disalurkan", "Pinj.", "Pokok kembali", "Jasa", "Kerugian", "Modal akhir",
        "Beredar akhir")]]
    for y in years:
        rows.append([para(str(y.year), cell), n(y.grants), n(y.lent), para(str(y.loans or "-"), right),
                     n(y.repaid), n(y.income), n(y.losses), n(y.capital_end, dash=False),
                     n(y.outstanding_end, dash=False)])
    rows.append([para("Jumlah", _style("fb0", cell, fontName=FONT_BOLD)), n(total_grants, strong=True),
                 n(sum(y.lent for y in years), strong=True),
                 para(str(sum(y.loans for y in years)), bold), n(sum(y.repaid for y in years), strong=True),
                 n(total_income, strong=True), n(total_losses, strong=True),
                 n(last.capital_end, strong=True, dash=False), n(last.outstanding_end, strong=True, dash=False)])
    widths = [15 * mm, 21 * mm, 20 * mm, 10 * mm, 20 * mm, 19 * mm, 17 * mm, 0, 0]
    widths[7] = widths[8] = (WIDTH - sum(widths)) / 2
    need = text_width(figures, size=size, padding=7)
    if any(w < need for i, w in enumerate(widths) if i not in (0, 3)):  # equal amount columns
        widths = [15 * mm, *[(WIDTH - 25 * mm) / 7] * 2, 10 * mm, *[(WIDTH - 25 * mm) / 7] * 5]
    story.append(data_table(rows, widths, bold_last_row=True))
    story.append(para("Pinj.: banyaknya kredit yang dicairkan (sebagian atau seluruhnya) dari dana bergulir. "
                      "Modal akhir = hibah + pendapatan jasa − kerugian, dijumlahkan sampai akhir tahun.", st.small))

    charts = fund_charts(years)
    story.append(KeepTogether([_heading("B. Grafik perkembangan"), charts[0]]))
    story += [Spacer(1, 3 * mm), charts[1]]

    if grants:
        rows = [[_h("Tanggal"), _h("Jurnal"), _h("Keterangan"), _h("Jumlah", right=True)]]
        rows += [[_c(tanggal(g.on_date)), _c(g.journal_number), _c(g.description), _m(g.amount)] for g in grants]
        rows.append([_c("Jumlah", bold=True), _c(""), _c(""), _m(sum(g.amount for g in grants), bold=True)])
        story.append(KeepTogether([_heading("C. Hibah dan modal yang diterima"),
                                   data_table(rows, [30 * mm, 30 * mm, WIDTH - 92 * mm, 32 * mm],
                                              bold_last_row=True)]))
    story += [Spacer(1, 2 * mm), para(
        "Sumber: buku besar (Modal Dana Bergulir, Piutang Pinjaman Dana Bergulir, Pendapatan Jasa Dana "
        "Bergulir) dan bagian dana bergulir dari setiap hapus buku. 'Disalurkan' adalah bagian dana "
        "bergulir dari kredit yang dicairkan pada tahun itu.", st.small)]
    return build_pdf(path, story, profile=profile, page=A4_PORTRAIT, title="Perkembangan dana bergulir",
                     subject=f"Perkembangan Dana Bergulir per {as_of:%d-%m-%Y}", printed_at=printed_at)


# ---------------------------------------------------------------- 4. group fact sheet

def build_group_fact_sheet(path: Path | str, *, profile: CooperativeProfile, sheet: GroupFactSheet,
                           printed_at: dt.datetime | None = None) -> Path:
    f = sheet
    st = _st()
    story: list = _title("LEMBAR FAKTA KELOMPOK",
                         f"Untuk calon lender · Pengajuan <b>{escape(f.application_number)}</b> · "
                         f"{escape(f.application_status)} · per {tanggal(f.as_of)}")
    big = _style("big", st.big_amount, alignment=TA_RIGHT)
    name = _style("gname", st.title, alignment=0, fontSize=13, leading=16)
    place = " ".join(x for x in (f"Kp. {f.kampung}" if f.kampung else "",
                                 f"RT {f.rt or '-'}/RW {f.rw or '-'}" if (f.rt or f.rw) else "") if x)
    header = Table([[Paragraph(f"{escape(f.group_name)} <font size='9' color='#55605c'>{escape(f.group_code)}"
                               f"</font>", name),
                     Paragraph(money(f.amount_asked), big)],
                    [para(f"{f.group_kind} · {place or '-'} · {len(f.members)} anggota", st.small),
                     para("jumlah yang diajukan", _style("r", st.small, alignment=TA_RIGHT))]],
                   colWidths=[WIDTH * 0.62, WIDTH * 0.38])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [header, Spacer(1, 2 * mm)]
    parts = [("Lender", f.committed_lenders, GREEN), ("Dana bergulir", f.funded_revolving, GOLD),
             ("Modal sendiri", f.funded_own, colors.HexColor("#7aa596")),
             ("Belum didanai", f.gap, colors.HexColor("#d9dedc"))]
    story.append(FundingBar([p for p in parts if p[1] > 0] or parts[-1:], f.amount_asked))
    story.append(Spacer(1, 1 * mm))
    funded_text = (f"Sudah dikomitmenkan {f.lenders} lender: <b>{money(f.committed_lenders)}</b>. "
                   if f.lenders else "Belum ada lender yang berkomitmen. ")
    story.append(Paragraph(funded_text + (f"Kekurangan yang masih dapat didanai lender: <b>{money(f.gap)}</b>."
                                          if f.gap else "Kredit ini sudah didanai penuh."), st.body))

    half = (WIDTH - 6 * mm) / 2
    widths = [23 * mm, 3 * mm, half - 26 * mm]
    left = info_table([
        ("Dibentuk", tanggal(f.formed_on)), ("Ketua", f.leader_name),
        ("Pendamping", ", ".join(f.supervisors) if f.supervisors else "belum ada"),
        ("Pertemuan", ", ".join(x for x in (f.meeting_day, f.meeting_place) if x) or "-"),
    ], widths, compact=True)
    kind = "barang, non-tunai" if f.credit_kind == "in_kind" else "tunai"
    freq = FREQUENCY_ADJ.get(f.frequency, f.frequency)
    right = info_table([
        ("Produk", f"{f.product_name} ({kind})"),
        ("Angsuran", f"{f.instalments} × {money(f.instalment_amount)} {freq} per anggota"),
        ("Jasa seluruhnya", money(f.service_total)),
        ("Keperluan", "; ".join(f.purposes) or "-"),
        ("Isi paket", ", ".join(f.package_items) if f.package_items else "-"),
    ], widths, compact=True)
    st_sub = _style("sub", st.value, textColor=GREEN, fontSize=9)
    side = Table([[para("Kelompok", st_sub), "", para("Kredit yang diajukan", st_sub)], [left, "", right]],
                 colWidths=[half, 6 * mm, half])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("LINEBELOW", (0, 0), (0, 0), 0.5, RULE_GREY),
                              ("LINEBELOW", (2, 0), (2, 0), 0.5, RULE_GREY)]))
    story += [Spacer(1, 2 * mm), side]

    story.append(_heading("A. Anggota kelompok"))
    sm = _small()
    rows = [[_h(h, right=r, small=True) for h, r in (
        ("No", False), ("Nama", False), ("L/P", False), ("Usaha", False), ("Anggota sejak", False),
        ("Siklus", True), ("Keperluan", False), ("Pinjaman", True), ("Syarat", False))]]
    for i, m in enumerate(f.members, start=1):
        lead = " <font size='6.8' color='#12503f'>· ketua</font>" if m.is_leader else ""
        where = f"Kp. {m.kampung} RT {m.rt}" if m.kampung else (f"RT {m.rt}" if m.rt else "")
        rows.append([
            _c(str(i), small=True),
            Paragraph(f"<b>{escape(m.name)}</b>{lead}<br/><font size='6.8' color='#55605c'>{escape(where)}</font>",
                      sm["cell"]),
            _c(m.sex, small=True), _c(m.trade, small=True), _c(m.member_since.strftime("%m/%Y"), small=True),
            _c(f"ke-{m.cycles_before + 1}", right=True, small=True), _c(m.purpose, small=True),
            _m(m.amount, small=True),
            Paragraph(f"<font color='#12503f'>{OK_MARK}</font>" if m.eligible else
                      f"<font color='#a61b1b'>{FAIL_MARK}</font>", _style("mk", sm["cell"], alignment=TA_CENTER))])
    rows.append([_c("", small=True), _c("Jumlah", bold=True, small=True)] + [_c("", small=True)] * 5
                + [_m(f.amount_asked, bold=True, small=True), _c("", small=True)])
    widths = [7 * mm, 0, 8 * mm, 27 * mm, 16 * mm, 12 * mm, 31 * mm, 19 * mm, 12.5 * mm]
    # no amount wraps ("Rp2.500.0 / 00"): the column grows to the total, taken from the names
    widths[7] = max(widths[7], amount_width([f.amount_asked, *(m.amount for m in f.members)], size=7.8))
    widths[1] = WIDTH - sum(widths)
    story.append(_tight(data_table(rows, widths, bold_last_row=True)))
    story.append(para("Siklus: pinjaman ke berapa dengan produk ini. Syarat: ✔ memenuhi persyaratan peminjam "
                      "(keanggotaan, simpanan, KTP/KK, usaha).", st.small))

    story.append(_heading("B. Riwayat kredit kelompok"))
    if f.past_cycles:
        rows = [[_h(h, right=r, small=True) for h, r in (
            ("Pengajuan", False), ("Dicairkan", False), ("Agt.", True), ("Pokok", True), ("Dibayar", True),
            ("Tingkat bayar", True), ("Tepat waktu", True), ("Terlambat", False), ("Status", False),
            ("Kol.", False))]]
        for p in f.past_cycles:
            late = f"{p.late} angsuran, maks. {p.max_days_late} hari" if p.late else "-"
            rows.append([
                Paragraph(f"{escape(p.application_number)}<br/><font size='6.8' color='#55605c'>"
                          f"{escape(p.product_name)}</font>", sm["cell"]),
                _c(p.disbursed_on.strftime("%d/%m/%Y"), small=True), _c(str(p.members), right=True, small=True),
                _m(p.principal, small=True), _m(p.paid, small=True),
                _c(_percent(p.repayment_rate), right=True, small=True),
                _c(f"{p.on_time}/{p.instalments}", right=True, small=True), _c(late, small=True),
                _c(p.status, small=True), _kol_cell(p.kolektibilitas)])
        widths = [25 * mm, 19 * mm, 8 * mm, 18 * mm, 18 * mm, 14 * mm, 13 * mm, 0, 25.5 * mm, 9 * mm]
        need = amount_width([x for p in f.past_cycles for x in (p.principal, p.paid)], size=7.8, bold=False)
        widths[3] = widths[4] = max(widths[3], need)
        widths[7] = WIDTH - sum(widths)
        story.append(_tight(data_table(rows, widths)))
        rate_due = sum(p.due_so_far for p in f.past_cycles)
        rate_paid = sum(min(p.paid, p.due_so_far) for p in f.past_cycles)
        on_time = sum(p.on_time for p in f.past_cycles)
        count = sum(p.instalments for p in f.past_cycles)
        record = (f"{len(f.past_cycles)} siklus sebelumnya · tingkat pengembalian "
                  f"<b>{_percent(rate_paid / rate_due if rate_due else 1.0)}</b> · angsuran tepat waktu "
                  f"<b>{on_time} dari {count}</b>. ")
    else:
        record = "Ini pengajuan pertama kelompok: belum ada riwayat kredit. "
    kol = (f"Kolektibilitas kredit kelompok yang sedang berjalan: <b>{_kol_text(f.kolektibilitas)}"
           f"{' · ' + escape(f.kolektibilitas_label) if f.kolektibilitas_label else ''}</b>."
           if f.kolektibilitas else "Tidak ada kredit kelompok yang sedang berjalan.")
    story += [Spacer(1, 1 * mm), Paragraph(record + kol, st.body)]

    st_note = _style("note", st.small, textColor=colors.black, fontSize=7.8, leading=10)
    story += [Spacer(1, 2 * mm), _boxed([[Paragraph(
        "<b>Cara mendanai.</b> Pilih kelompok ini dan sebutkan jumlah yang ingin didanai (paling banyak "
        "kekurangan di atas dan saldo sukarela yang tersedia). Dana ditahan pada simpanan sukarela sampai kredit "
        "dicairkan; angsuran pokok kembali ke simpanan sukarela sebanding dengan bagian lender, ditambah bagi "
        "hasil jasa. Kelompok menanggung renteng angsuran anggotanya. Lembar ini sengaja tidak memuat NIK, "
        "nomor KK atau nomor telepon anggota.", st_note)]], [WIDTH])]
    return build_pdf(path, story, profile=profile, page=A4_PORTRAIT,
                     title=f"Lembar fakta {f.group_code} {f.application_number}",
                     subject=f"Lembar Fakta Kelompok {f.group_name}", printed_at=printed_at)
