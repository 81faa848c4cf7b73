"""The group credit book's printouts (A4), fed with the plain dataclasses defined here:

* :func:`build_participation_form` — *Formulir Kepesertaan Kelompok Peer Borrower*: the
  group and its credit plan, the member list with NIK, the requirement checklist with each
  member's eligibility result (✔ or the reasons), the statement of commitment (daily
  instalments, tanggung renteng) with every member's signature, and the signatures of the
  group leader, the lender supervisor, the TKM and the clerk who verified it;
* :func:`build_joint_liability` — *Surat Perjanjian Tanggung Renteng* of a group;
* :func:`build_credit_agreement` — *Surat Perjanjian Kredit* of one member, with its terms
  and the instalment schedule;
* :func:`build_disbursement_receipt` — *Bukti Pencairan*: one slip per member to sign;
* :func:`build_handover_list` — *Daftar Serah Terima Paket Usaha*: the package's items
  ticked off per member.

Money and dates are written the Indonesian way (Rp25.000, 28 Maret 2024). The services
(:mod:`kamura_desktop.services.credit_docs`) fill the dataclasses; nothing here reads the
database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from kamura_desktop.domain.dates import DAYS_ID
from kamura_desktop.domain.terbilang import terbilang_rupiah
from kamura_desktop.dto.settings import CooperativeProfile

from .pdf import (
    A4_PORTRAIT,
    CHECKED,
    GREEN,
    PALE_GREEN,
    RULE_GREY,
    TEXT_GREY,
    UNCHECKED,
    Paragraph,
    Signer,
    TableStyle,
    amount_width,
    build_pdf,
    data_table,
    escape,
    info_table,
    money,
    para,
    place_and_date,
    same_person,
    signature_blocks,
    styles,
    tanggal,
    text_width,
    widen,
)

OK_MARK = "\u2714"  # ✔
FAIL_MARK = "\u2718"  # ✘
RED = colors.HexColor("#a61b1b")
PALE_RED = colors.HexColor("#fbeaea")
WIDTH = A4_PORTRAIT.content_width

FREQUENCY_WORDS = {"daily": "setiap hari kerja", "weekly": "setiap minggu", "monthly": "setiap bulan"}
FREQUENCY_ADJ = {"daily": "harian", "weekly": "mingguan", "monthly": "bulanan"}


# ---------------------------------------------------------------- the data the printouts need

@dataclass(frozen=True)
class MemberLine:
    """A member of the group as the forms list them (with their credit, when there is one)."""

    number: str
    name: str
    nik: str
    address: str  # "Kp. Babakan Pindang RT 001/RW 008"
    trade: str | None = None
    is_leader: bool = False
    credit_number: str | None = None
    principal: int = 0
    instalment: int = 0  # the usual instalment (the first)
    total: int = 0  # principal + service
    cycle_no: int | None = None
    checks: tuple[bool, ...] = ()  # one per requirement column of the checklist
    reasons: tuple[str, ...] = ()  # empty: eligible
    purpose: str | None = None


@dataclass(frozen=True)
class GroupSheet:
    code: str
    name: str
    kind: str  # peer | ksm
    kind_label: str
    formed_on: dt.date
    address: str
    leader_name: str | None
    supervisors: tuple[str, ...]
    meeting: str | None  # "Kamis, di rumah ketua kelompok"
    agreement_signed_on: dt.date | None
    members: tuple[MemberLine, ...]

    @property
    def noun(self) -> str:
        """How a sentence names the group: ``kelompok peminjam`` or ``KSM``."""
        return "KSM" if self.kind == "ksm" else "kelompok peminjam"


@dataclass(frozen=True)
class Officials:
    """Who signs for the cooperative and the TKM (None: a line to write the name on)."""

    chair: str | None = None
    treasurer: str | None = None
    tkm_chair: str | None = None
    tkm_logistics: str | None = None


@dataclass(frozen=True)
class CreditPlan:
    """An application: its product and terms, status and the people who handled it."""

    number: str
    applied_on: dt.date
    status_label: str
    product_name: str
    kind: str  # in_kind | cash
    kind_label: str
    frequency: str
    instalments: int
    service_text: str  # "jasa tetap Rp200" / "jasa flat 2 % per bulan dari pokok awal"
    group_limit: int | None
    total_principal: int
    package_items: tuple[str, ...]
    verification: tuple[tuple[str, bool], ...]
    requirements: tuple[str, ...]  # checklist column labels
    checked_on: dt.date
    prepared_by: str
    decided_by: str | None
    decided_on: dt.date | None
    disbursed_on: dt.date | None
    disbursed_by: str | None
    journal_number: str | None
    funding: str | None  # "Modal sendiri" / "Dana bergulir Rp3.000.000"
    trades: tuple[str, ...] = ()

    @property
    def is_in_kind(self) -> bool:
        return self.kind == "in_kind"


@dataclass(frozen=True)
class ParticipationForm:
    group: GroupSheet
    plan: CreditPlan
    officials: Officials
    clerk: str | None  # who verified it


@dataclass(frozen=True)
class ScheduleRow:
    no: int
    due_date: dt.date
    principal: int
    service: int
    amount: int
    remaining: int  # principal + service still owed after this instalment


@dataclass(frozen=True)
class CreditAgreement:
    number: str
    application_number: str
    agreement_date: dt.date | None
    status_label: str
    borrower: MemberLine
    borrower_phone: str | None
    group_code: str
    group_name: str
    group_kind_label: str
    group_noun: str
    leader_name: str | None
    supervisor: str | None
    product_name: str
    kind: str
    kind_label: str
    principal: int
    service: int
    service_text: str
    instalments: int
    frequency: str
    schedule: tuple[ScheduleRow, ...]
    schedule_is_preview: bool  # not disbursed yet: dates as if disbursed on agreement_date
    late_fee: int
    funding: str | None
    package_items: tuple[str, ...]
    officials: Officials

    @property
    def total(self) -> int:
        return self.principal + self.service


@dataclass(frozen=True)
class Disbursement:
    """An application at (or ready for) disbursement: the group, the plan and its members."""

    group: GroupSheet
    plan: CreditPlan
    officials: Officials
    first_due: dt.date | None
    giver: str | None  # who hands the packages over (TKM logistics or the treasurer)
    giver_role: str = "Bendahara"


# ---------------------------------------------------------------- small helpers

def _st():
    return styles(False)


def _style(name: str, parent: ParagraphStyle, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent, **kw)


def _plain_table(rows: list, widths: Sequence[float], *, valign: str = "TOP", pad: float = 0.5) -> Table:
    t = Table(rows, colWidths=list(widths))
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), valign),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]))
    return t


def _numbered(items: Sequence[str], *, width: float = WIDTH, marker: str = "{}.",
              style: ParagraphStyle | None = None) -> Table:
    """A numbered list of paragraphs (already escaped, may hold <b>)."""
    st = _st()
    body = style or st.body
    rows = [[Paragraph(marker.format(i), body), Paragraph(text, body)]
            for i, text in enumerate(items, start=1)]
    return _plain_table(rows, [7 * mm, width - 7 * mm])


def _heading(text: str) -> Paragraph:
    return para(text, _st().heading)


def _pasal(number: int, title: str) -> Paragraph:
    st = _st()
    style = _style("pasal", st.heading, alignment=TA_CENTER, spaceBefore=7, spaceAfter=3,
                   textColor=colors.black, fontSize=9.5, leading=12)
    return Paragraph(f"Pasal {number}<br/>{escape(title)}", style)


def _title(title: str, subtitle: str | None = None) -> list:
    st = _st()
    out: list = [para(title, st.title)]
    if subtitle:
        out.append(Paragraph(subtitle, st.subtitle))
    return out


def _rate(value: int) -> str:
    return f"{value / 100:g}".replace(".", ",")


def instalment_text(n: int, amount: int, frequency: str) -> str:
    """``6 × Rp4.200 harian``."""
    return f"{n} × {money(amount)} {FREQUENCY_ADJ.get(frequency, frequency)}"


def cycle_words(n: int | None) -> str:
    """``pinjaman pertama`` / ``pinjaman ke-2``."""
    if not n:
        return ""
    return "pinjaman pertama" if n == 1 else f"pinjaman ke-{n}"


def day_and_date(on: dt.date | None) -> str:
    """``Jumat, 28 Februari 2025`` or dotted lines to fill in."""
    if on is None:
        return "……………, tanggal …………………… 20……"
    return f"{DAYS_ID[on.weekday()]}, {tanggal(on)}"


def _group_title(group: GroupSheet) -> str:
    return f"{group.code} · {group.name}"


def _nik_style() -> ParagraphStyle:
    """16 digits on one line in a 32 mm column."""
    return _style("nik", _st().cell, fontSize=7.9)


def _mark_cell(ok: bool) -> Paragraph:
    st = _st()
    style = _style("mark_ok" if ok else "mark_fail", st.cell_bold, alignment=TA_CENTER,
                   textColor=GREEN if ok else RED, fontSize=10)
    return Paragraph(OK_MARK if ok else FAIL_MARK, style)


class SignatureColumn(Flowable):
    """The staggered signature column of Indonesian attendance lists: odd numbers sign on
    the left half, even numbers on the right, each beside its number and a dotted line."""

    def __init__(self, no: int, width: float, height: float):
        super().__init__()
        self.no, self.width, self.height = no, width, height

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        half = self.width / 2
        x = 0 if self.no % 2 else half
        c.setFont("DejaVuSans", 7.5)
        c.setFillColor(TEXT_GREY)
        c.drawString(x + 2, self.height - 9, f"{self.no}.")
        c.setStrokeColor(RULE_GREY)
        c.setLineWidth(0.5)
        c.setDash(1, 1.5)
        c.line(x + 10, 3, x + half - 4, 3)
        c.setDash()


def _member_sign_table(members: Sequence[MemberLine], *, row_height: float = 11 * mm) -> Table:
    """No | Nama (No. anggota) | NIK | Tanda tangan (staggered)."""
    st = _st()
    sig_w, nik_w, no_w = 56 * mm, 36 * mm, 8 * mm
    name_w = WIDTH - sig_w - nik_w - no_w
    head = [para("No", st.cell_head), para("Nama / No. anggota", st.cell_head),
            para("NIK", st.cell_head), para("Tanda tangan", st.cell_head)]
    rows = [head]
    for i, m in enumerate(members, start=1):
        lead = " <font color='#12503f'>(Ketua)</font>" if m.is_leader else ""
        rows.append([para(str(i), st.cell), Paragraph(
            f"<b>{escape(m.name)}</b>{lead}<br/><font size='7' color='#55605c'>{escape(m.number)}</font>",
            st.cell), para(m.nik, st.cell), SignatureColumn(i, sig_w - 8, row_height - 5)])
    widths = [no_w, name_w, nik_w, sig_w]
    # the signature column holds each row at ``row_height`` at least; a long name makes its
    # row taller instead of running over the next one
    return data_table(rows, widths, zebra=False)


# ---------------------------------------------------------------- group and plan blocks

def _group_pairs(group: GroupSheet) -> list[tuple[str, str]]:
    pairs = [
        ("Kode / nama", _group_title(group)),
        ("Jenis", group.kind_label),
        ("Alamat", group.address),
        ("Dibentuk", tanggal(group.formed_on)),
        ("Ketua kelompok", group.leader_name or "-"),
        ("Pengawas (lender)", ", ".join(group.supervisors) if group.supervisors else "-"),
    ]
    if group.meeting:
        pairs.append(("Pertemuan", group.meeting))
    return pairs


def _plan_pairs(plan: CreditPlan, members: Sequence[MemberLine]) -> list[tuple[str, str]]:
    amounts = {m.principal for m in members}
    instal = {m.instalment for m in members}
    per_member = money(next(iter(amounts))) if len(amounts) == 1 else "sesuai daftar"
    each = (instalment_text(plan.instalments, next(iter(instal)), plan.frequency)
            if len(instal) == 1 else f"{plan.instalments} kali {FREQUENCY_ADJ[plan.frequency]}, sesuai daftar")
    limit = f" (plafon {money(plan.group_limit)})" if plan.group_limit else ""
    pairs = [
        ("Produk", f"{plan.product_name}, {plan.kind_label}"),
        ("Anggota", f"{len(members)} orang × {per_member}" if len(amounts) == 1 else f"{len(members)} orang"),
        ("Jumlah kelompok", f"{money(plan.total_principal)}{limit}"),
        ("Angsuran", each),
        ("Jasa", plan.service_text.removeprefix("jasa ")),
    ]
    if plan.is_in_kind and plan.package_items:
        pairs.append(("Isi paket", ", ".join(plan.package_items)))
    if plan.funding:
        pairs.append(("Sumber dana", plan.funding))
    return pairs


def _side_by_side(left_title: str, left: list[tuple[str, str]], right_title: str,
                  right: list[tuple[str, str]]) -> Table:
    """Two labelled blocks next to each other (the group | the credit plan)."""
    st = _st()
    half = (WIDTH - 6 * mm) / 2
    sub = _style("sub", st.value, textColor=GREEN, fontSize=9)
    widths = [29 * mm, 3 * mm, half - 32 * mm]
    table = Table([[para(left_title, sub), "", para(right_title, sub)],
                   [info_table(left, widths), "", info_table(right, widths)]],
                  colWidths=[half, 6 * mm, half])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (0, 0), 0.5, RULE_GREY), ("LINEBELOW", (2, 0), (2, 0), 0.5, RULE_GREY),
    ]))
    return table


def _name_cell(m: MemberLine, *, leader_word: str = "ketua") -> Paragraph:
    lead = f" · <font color='#12503f'>{leader_word}</font>" if m.is_leader else ""
    return Paragraph(f"<b>{escape(m.name)}</b><br/><font size='7' color='#55605c'>{escape(m.number)}"
                     f"{lead}</font>", _st().cell)


def _members_table(members: Sequence[MemberLine], plan: CreditPlan) -> Table:
    st = _st()
    head = [para(h, st.cell_head) for h in ("No", "Nama / No. anggota", "NIK", "Alamat", "Jenis usaha")]
    head += [para("Pinjaman", st.cell_head_right), para("Angsuran", st.cell_head_right)]
    rows = [head]
    small = _style("cell_small", st.cell, fontSize=7.4, leading=9)
    for i, m in enumerate(members, start=1):
        rows.append([
            para(str(i), st.cell), _name_cell(m), para(m.nik, _nik_style()), para(m.address, small),
            para(m.trade or "-", small), para(money(m.principal), st.cell_right),
            para(f"{plan.instalments} × {money(m.instalment)}", st.cell_right),
        ])
    rows.append(["", para("Jumlah", st.cell_bold), "", "", "",
                 para(money(sum(m.principal for m in members)), st.cell_right_bold), ""])
    widths = [8 * mm, 0, 32 * mm, 28 * mm, 21 * mm, 25 * mm, 25 * mm]
    widths[1] = WIDTH - sum(widths)
    widths = widen(widths, {5: amount_width([sum(m.principal for m in members)], size=8.5, padding=10),
                            6: text_width([f"{plan.instalments} × {money(m.instalment)}" for m in members],
                                          size=8.5, bold=False, padding=10)}, flexible=1)
    return data_table(rows, widths, bold_last_row=True)


def _checklist(members: Sequence[MemberLine], plan: CreditPlan) -> Table:
    st = _st()
    head_c = _style("head_c", st.cell_head, alignment=TA_CENTER, fontSize=6.9, leading=8.2)
    n_req = len(plan.requirements)
    col = 14 * mm
    name_w = 32 * mm
    result_w = WIDTH - 8 * mm - name_w - n_req * col
    rows = [[para("No", st.cell_head), para("Nama", st.cell_head),
             *[Paragraph(escape(lbl).replace("\n", "<br/>"), head_c) for lbl in plan.requirements],
             para("Hasil pemeriksaan", st.cell_head)]]
    reason_style = _style("reason", st.cell, fontSize=7, leading=8.6, textColor=RED)
    ok_style = _style("ok", st.cell_bold, textColor=GREEN)
    commands = []
    for i, m in enumerate(members, start=1):
        if m.reasons:
            result = Paragraph("<br/>".join(f"{FAIL_MARK} {escape(r)}" for r in m.reasons), reason_style)
        else:
            result = Paragraph(f"{OK_MARK} Memenuhi syarat", ok_style)
        rows.append([para(str(i), st.cell), para(m.name, st.cell),
                     *[_mark_cell(ok) for ok in m.checks], result])
        for j, ok in enumerate(m.checks):
            if not ok:
                commands.append(("BACKGROUND", (2 + j, i), (2 + j, i), PALE_RED))
    table = data_table(rows, [8 * mm, name_w, *[col] * n_req, result_w], zebra=False)
    table.setStyle(TableStyle([("ALIGN", (2, 0), (1 + n_req, -1), "CENTER"),
                               ("LEFTPADDING", (2, 0), (1 + n_req, 0), 1.5),
                               ("RIGHTPADDING", (2, 0), (1 + n_req, 0), 1.5), *commands]))
    return table


def _verification_line(plan: CreditPlan) -> Table:
    """The clerk's verification checklist, three boxes to a line."""
    st = _st()
    cells = [Paragraph(f"{CHECKED if done else UNCHECKED}&nbsp;&nbsp;{escape(item)}", st.body)
             for item, done in plan.verification]
    per_row = 3
    rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)] or [[""]]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    rows.insert(0, [para("Verifikasi berkas oleh petugas:", st.value), "", ""])
    table = Table(rows, colWidths=[WIDTH / per_row] * per_row)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (0, 0), (-1, 0)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return table


def _commitment(group: GroupSheet, plan: CreditPlan, coop: str) -> list[str]:
    frequency = FREQUENCY_WORDS.get(plan.frequency, plan.frequency)
    members = group.members
    instal = {m.instalment for m in members}
    amount = (f"sebesar <b>{money(next(iter(instal)))}</b>" if len(instal) == 1
              else "sesuai jadwal masing-masing")
    days = " (Senin sampai Sabtu, kecuali hari libur)" if plan.frequency == "daily" else ""
    trade = f" {escape(' / '.join(plan.trades))}" if plan.trades else ""
    if plan.is_in_kind:
        what = (f"kredit <b>{escape(plan.product_name)}</b> berupa barang (bukan uang tunai) dari "
                f"{escape(coop)} dan menggunakannya hanya untuk usaha{trade} kami")
    else:
        what = (f"kredit <b>{escape(plan.product_name)}</b> dari {escape(coop)} dan menggunakannya "
                f"untuk usaha{trade} kami sesuai tujuan yang kami ajukan")
    return [
        f"menerima {what};",
        f"membayar angsuran {frequency}{days} sebanyak <b>{plan.instalments} kali</b> {amount} "
        "tepat pada tanggal jatuh temponya, dan setiap pembayaran dicatat di buku saku;",
        "menanggung kredit ini secara <b>tanggung renteng</b>: bila seorang anggota tidak membayar "
        "angsuran pada waktunya, anggota kelompok yang lain bersama-sama menalanginya pada hari itu "
        "juga, dan anggota tersebut wajib mengembalikan talangan itu kepada kelompok;",
        "menghadiri pertemuan kelompok (pendampingan) dengan membawa buku saku, dan menerima "
        "kunjungan ketua kelompok ke rumah atau tempat usaha;",
        "data dan dokumen yang kami serahkan adalah benar; bila tidak benar, kami bersedia "
        "keikutsertaan kami dibatalkan.",
    ]


def _coop_name(profile: CooperativeProfile) -> str:
    short = profile.short_name or ""
    return f"{profile.name} ({short})" if short else profile.name


# ---------------------------------------------------------------- 1. participation form

def build_participation_form(path: Path | str, *, profile: CooperativeProfile, form: ParticipationForm,
                             printed_at: dt.datetime | None = None) -> Path:
    st = _st()
    g, plan = form.group, form.plan
    coop = _coop_name(profile)
    story: list = _title(
        "FORMULIR KEPESERTAAN KSM" if g.kind == "ksm" else "FORMULIR KEPESERTAAN KELOMPOK PEER BORROWER",
        f"Program I-P2P · Pengajuan <b>{escape(plan.number)}</b> · {tanggal(plan.applied_on)} · "
        f"{escape(plan.status_label)}")

    story += [_heading("A. Data kelompok dan rencana kredit"),
              _side_by_side("Kelompok", _group_pairs(g), "Rencana kredit", _plan_pairs(plan, g.members))]

    story += [_heading("B. Daftar anggota"), _members_table(g.members, plan)]

    story.append(KeepTogether([
        _heading(f"C. Pemeriksaan persyaratan (per {tanggal(plan.checked_on)})"),
        _checklist(g.members, plan),
        Spacer(1, 1.5 * mm),
        Paragraph(f"{OK_MARK} memenuhi · {FAIL_MARK} belum memenuhi. Pengajuan dapat disetujui "
                  "bila semua anggota memenuhi syarat.", st.small),
    ]))
    story += [Spacer(1, 2 * mm), KeepTogether([_verification_line(plan)])]

    commitment = _commitment(g, plan, coop)
    story.append(CondPageBreak(70 * mm))
    story += [
        _heading("D. Pernyataan komitmen"),
        Paragraph(f"Kami yang bertanda tangan di bawah ini, anggota {escape(g.noun)} "
                  f"<b>{escape(_group_title(g))}</b>, dengan sadar dan tanpa paksaan menyatakan "
                  "bahwa kami:", st.body),
        Spacer(1, 1 * mm),
        _numbered(commitment),
        Spacer(1, 2.5 * mm),
        _member_sign_table(g.members),
    ]
    signers = [
        Signer("Ketua Kelompok", g.leader_name),
        Signer("Pengawas (Lender)", g.supervisors[0] if g.supervisors else None),
        Signer("Ketua TKM", form.officials.tkm_chair, caption="Mengetahui,"),
        Signer("Petugas Koperasi", form.clerk, caption="Diverifikasi,"),
    ]
    story.append(KeepTogether([
        Spacer(1, 5 * mm),
        Paragraph(place_and_date(profile, plan.applied_on), _style("pd", st.body, alignment=TA_RIGHT)),
        Spacer(1, 1 * mm),
        signature_blocks(signers, width=WIDTH, space=16 * mm),
    ]))
    return build_pdf(path, story, profile=profile, page=A4_PORTRAIT,
                     title=f"Formulir kepesertaan {plan.number}",
                     subject=f"Formulir Kepesertaan Kelompok {g.code}", printed_at=printed_at)


# ---------------------------------------------------------------- 2. joint liability

def build_joint_liability(path: Path | str, *, profile: CooperativeProfile, group: GroupSheet,
                          officials: Officials, printed_at: dt.datetime | None = None) -> Path:
    st = _st()
    g = group
    coop = _coop_name(profile)
    on = g.agreement_signed_on
    story: list = _title("SURAT PERJANJIAN TANGGUNG RENTENG",
                         f"{escape(g.kind_label)} <b>{escape(_group_title(g))}</b>")
    story.append(Paragraph(
        f"Pada hari ini, <b>{day_and_date(on)}</b>, kami yang bertanda tangan di bawah ini, anggota "
        f"{escape(g.noun)} <b>{escape(g.name)}</b> ({escape(g.code)}) yang beralamat di "
        f"{escape(g.address)}, masing-masing bertindak untuk diri sendiri, sepakat mengikatkan diri "
        f"dalam tanggung renteng atas kredit yang kami terima dari {escape(coop)}, selanjutnya "
        "disebut <b>Koperasi</b>, dengan ketentuan sebagai berikut.", st.body))

    story += [_pasal(1, "Anggota kelompok"),
              Paragraph("Anggota kelompok pada saat perjanjian ini dibuat:", st.body), Spacer(1, 1.5 * mm)]
    head = [para(h, st.cell_head) for h in ("No", "Nama / No. anggota", "NIK", "Alamat", "Usaha")]
    rows = [head] + [[para(str(i), st.cell), _name_cell(m), para(m.nik, _nik_style()), para(m.address, st.cell),
                      para(m.trade or "-", st.cell)]
                     for i, m in enumerate(g.members, start=1)]
    widths = [8 * mm, 0, 32 * mm, 45 * mm, 30 * mm]
    widths[1] = WIDTH - sum(widths)
    story.append(data_table(rows, widths))

    clauses = [
        (2, "Tanggung renteng", [
            "Setiap anggota bertanggung jawab atas angsuran kredit seluruh anggota kelompok, "
            "tidak hanya kreditnya sendiri.",
            "Bila seorang anggota tidak membayar angsuran pada tanggal jatuh tempo, anggota yang lain "
            "bersama-sama menalangi angsuran itu pada hari yang sama, sehingga angsuran kelompok "
            "kepada Koperasi selalu lunas tepat waktu.",
            "Anggota yang ditalangi wajib mengembalikan talangan itu kepada kelompok selambat-lambatnya "
            "pada pertemuan kelompok berikutnya, tanpa tambahan apa pun.",
            "Koperasi berhak menagih angsuran yang tertunggak kepada setiap anggota kelompok."]),
        (3, "Ketua kelompok", [
            f"Kelompok memilih <b>{escape(g.leader_name or '……………………')}</b> sebagai ketua kelompok.",
            "Ketua kelompok mengumpulkan angsuran anggota, menyetorkannya ke Koperasi bersama buku "
            "saku, dan mengunjungi rumah anggota yang mengalami kesulitan membayar.",
            "Ketua kelompok memimpin pertemuan kelompok dan melaporkan masalah anggota kepada "
            "pendamping dan pengawas kelompok."]),
        (4, "Pertemuan dan pendampingan", [
            "Kelompok bertemu secara berkala" + (f" ({escape(g.meeting)})" if g.meeting else "") +
            " untuk memeriksa buku saku angsuran, membahas usaha anggota serta hal yang membantu dan "
            "menghambat pembayaran, dan menyepakati jalan keluarnya.",
            "Lender yang menjadi pengawas kelompok" +
            (f" ({escape(', '.join(g.supervisors))})" if g.supervisors else "") +
            " berhak menghadiri pertemuan dan memberi arahan serta dukungan."]),
        (5, "Keluar dan masuk kelompok", [
            "Anggota tidak dapat keluar dari kelompok selama kreditnya atau kredit anggota lain "
            "melalui kelompok ini belum lunas, kecuali dengan persetujuan seluruh anggota dan Koperasi.",
            "Anggota baru dapat masuk kelompok dengan persetujuan seluruh anggota dan menandatangani "
            "perjanjian ini."]),
        (6, "Perselisihan", [
            "Perselisihan di antara anggota diselesaikan secara musyawarah untuk mufakat dalam "
            "pertemuan kelompok; bila tidak tercapai, diselesaikan bersama pengurus Koperasi."]),
        (7, "Penutup", [
            "Perjanjian ini berlaku sejak ditandatangani sampai seluruh kredit anggota kelompok lunas, "
            "dibuat rangkap dua: satu untuk kelompok dan satu untuk Koperasi."]),
    ]
    for number, title, items in clauses:
        block = [_pasal(number, title)]
        block.append(_numbered(items, marker="({})") if len(items) > 1 else Paragraph(items[0], st.body))
        story.append(KeepTogether(block))

    story.append(CondPageBreak(60 * mm))
    story += [Spacer(1, 3 * mm),
              Paragraph("Demikian perjanjian ini kami buat dengan sadar dan tanpa paksaan dari pihak "
                        "mana pun, lalu kami tanda tangani bersama.", st.body),
              Spacer(1, 2.5 * mm), _member_sign_table(g.members)]
    signers = [
        Signer("Ketua Kelompok", g.leader_name),
        Signer("Pengawas (Lender)", g.supervisors[0] if g.supervisors else None),
        Signer(f"Ketua {profile.short_name or 'Koperasi'}", officials.chair,
               caption="Mengetahui,"),
    ]
    story.append(KeepTogether([Spacer(1, 5 * mm),
                               signature_blocks(signers, width=WIDTH, place_date=place_and_date(profile, on),
                                                space=16 * mm)]))
    return build_pdf(path, story, profile=profile, page=A4_PORTRAIT,
                     title=f"Perjanjian tanggung renteng {g.code}",
                     subject="Surat Perjanjian Tanggung Renteng", printed_at=printed_at)


# ---------------------------------------------------------------- 3. credit agreement

def build_credit_agreement(path: Path | str, *, profile: CooperativeProfile, agreement: CreditAgreement,
                           printed_at: dt.datetime | None = None) -> Path:
    st = _st()
    a, b = agreement, agreement.borrower
    coop = _coop_name(profile)
    short = profile.short_name or "Koperasi"
    story: list = _title("SURAT PERJANJIAN KREDIT", f"Nomor: <b>{escape(a.number)}</b> · pengajuan "
                                                     f"{escape(a.application_number)}")
    story.append(Paragraph(f"Pada hari ini, <b>{day_and_date(a.agreement_date)}</b>, yang bertanda "
                           "tangan di bawah ini:", st.body))
    story.append(Spacer(1, 1.5 * mm))
    story.append(_numbered([
        f"<b>{escape(a.officials.chair or '……………………………')}</b>, Ketua {escape(coop)}, bertindak "
        "untuk dan atas nama koperasi, selanjutnya disebut <b>PIHAK PERTAMA</b>;",
        "anggota koperasi dengan data berikut, bertindak untuk diri sendiri, selanjutnya disebut "
        "<b>PIHAK KEDUA</b>:"], marker="{}."))
    pairs = [("Nama", b.name), ("Nomor anggota", b.number), ("NIK", b.nik), ("Alamat", b.address),
             ("Jenis usaha", b.trade or "-"), ("Telepon", a.borrower_phone or "-"),
             ("Kelompok", f"{a.group_code} · {a.group_name} ({a.group_noun})"),
             ("Ketua kelompok", a.leader_name or "-")]
    story += [Spacer(1, 1 * mm), _indent(info_table(pairs, [32 * mm, 4 * mm, WIDTH - 43 * mm]), 7 * mm),
              Spacer(1, 2 * mm), Paragraph(
                  "Kedua pihak sepakat mengadakan perjanjian kredit dengan ketentuan sebagai berikut.",
                  st.body)]

    first = a.schedule[0] if a.schedule else None
    last = a.schedule[-1] if a.schedule else None
    in_kind = a.kind == "in_kind"
    what = (f"berupa <b>paket usaha (barang)</b> senilai <b>{money(a.principal)}</b>"
            if in_kind else f"berupa uang tunai sebesar <b>{money(a.principal)}</b>")
    p1 = [f"PIHAK PERTAMA memberikan kredit <b>{escape(a.product_name)}</b> kepada PIHAK KEDUA {what} "
          f"(<i>{terbilang_rupiah(a.principal)}</i>)."]
    if in_kind and a.package_items:
        p1.append("Paket usaha berisi: " + escape(", ".join(a.package_items)) +
                  "; diterima dengan daftar serah terima.")
    if b.purpose:
        p1.append(f"Kredit digunakan untuk: {escape(b.purpose)}.")
    if b.cycle_no:
        p1.append(f"Kredit ini adalah {cycle_words(b.cycle_no)} PIHAK KEDUA dari produk "
                  f"{escape(a.product_name)}.")
    if a.funding:
        p1.append(f"Sumber dana: {escape(a.funding)}.")
    p2 = [f"Atas kredit ini PIHAK KEDUA membayar {escape(a.service_text)}, seluruhnya "
          f"<b>{money(a.service)}</b>, sehingga jumlah yang dikembalikan <b>{money(a.total)}</b>."]
    when = ""
    if first and last:
        when = (f", mulai <b>{tanggal(first.due_date)}</b> sampai <b>{tanggal(last.due_date)}</b>"
                + (" (perkiraan bila dicairkan pada tanggal perjanjian)" if a.schedule_is_preview else ""))
    amount = money(first.amount) if first else "-"
    p3 = [f"PIHAK KEDUA mengangsur {FREQUENCY_WORDS.get(a.frequency, a.frequency)} sebanyak "
          f"<b>{a.instalments} kali</b> sebesar <b>{amount}</b>" +
          (f" (angsuran terakhir {money(last.amount)})" if last and first and last.amount != first.amount else "")
          + f"{when}, sesuai jadwal angsuran terlampir.",
          "Angsuran dibayar di kantor koperasi atau melalui ketua kelompok, dan dicatat di buku saku "
          "dengan tanggal, jumlah dan paraf petugas."]
    p4 = [f"Kredit ini diberikan melalui {escape(a.group_noun)} {escape(a.group_code)} "
          f"({escape(a.group_name)}). "
          "Seluruh anggota kelompok menanggungnya secara <b>tanggung renteng</b> menurut Surat "
          "Perjanjian Tanggung Renteng kelompok."]
    p5 = [("Keterlambatan angsuran tidak dikenakan denda; " if a.late_fee == 0 else
           f"Setiap angsuran yang terlambat dikenakan denda {money(a.late_fee)}; ") +
          "angsuran yang tertunggak ditalangi kelompok dan ditagih oleh ketua kelompok.",
          "Bila PIHAK KEDUA tidak dapat membayar karena musibah, PIHAK KEDUA segera memberi tahu "
          "ketua kelompok dan PIHAK PERTAMA untuk dicari jalan keluarnya secara musyawarah."]
    p6 = ["Perselisihan diselesaikan secara musyawarah untuk mufakat. Perjanjian ini dibuat rangkap "
          "dua bermeterai cukup, masing-masing pihak memegang satu."]
    for number, title, items in ((1, "Jumlah dan bentuk kredit", p1), (2, "Jasa", p2), (3, "Angsuran", p3),
                                 (4, "Tanggung renteng", p4), (5, "Keterlambatan", p5), (6, "Penutup", p6)):
        story.append(KeepTogether([_pasal(number, title),
                                   _numbered(items, marker="({})") if len(items) > 1
                                   else Paragraph(items[0], st.body)]))
    signers_top = [Signer("Peminjam", b.name, caption="PIHAK KEDUA,", stamp=True),  # "bermeterai cukup"
                   Signer(f"Ketua {short}", a.officials.chair, caption="PIHAK PERTAMA,")]
    witness = (Signer("Pengawas kelompok", a.supervisor, caption="Mengetahui,") if b.is_leader
               else Signer("Ketua Kelompok", a.leader_name, caption="Mengetahui,"))
    signers_bottom = [witness, Signer("Suami / istri / ahli waris", None, caption="Menyetujui,")]
    story.append(KeepTogether([
        Spacer(1, 5 * mm),
        signature_blocks(signers_top, width=WIDTH, place_date=place_and_date(profile, a.agreement_date),
                         space=18 * mm),
        Spacer(1, 4 * mm),
        signature_blocks(signers_bottom, width=WIDTH, space=16 * mm),
    ]))

    # ---- the schedule
    title = "Lampiran: Jadwal Angsuran" + (" (perkiraan)" if a.schedule_is_preview else "")
    head = [para("Ke", st.cell_head), para("Jatuh tempo", st.cell_head),
            para("Pokok", st.cell_head_right), para("Jasa", st.cell_head_right),
            para("Angsuran", st.cell_head_right), para("Sisa kewajiban", st.cell_head_right),
            para("Tgl bayar", st.cell_head), para("Paraf", st.cell_head)]
    # the amounts on one line each (the totals bold), the due date whole: smaller print only
    # when the amounts (milyar) leave no other room
    sums = [sum(r.principal for r in a.schedule), sum(r.service for r in a.schedule),
            sum(r.amount for r in a.schedule)]
    longest_date = max((tanggal(r.due_date) for r in a.schedule), key=len, default="")
    size = 8.5
    while True:
        widths = [9 * mm, text_width([longest_date], size=size, bold=False, padding=10),
                  *(amount_width([v], size=size, padding=10) for v in sums),
                  amount_width([r.remaining for r in a.schedule], size=size, bold=False, padding=10),
                  18 * mm, 14 * mm]
        if sum(widths) <= WIDTH or size <= 6:
            break
        size -= 0.25
    base = [9 * mm, 34 * mm, 25 * mm, 22 * mm, 24 * mm, 26 * mm, 0, 16 * mm]
    widths = [max(w, b) for w, b in zip(widths, base, strict=True)]
    widths[6] = 0
    widths[6] = max(18 * mm, WIDTH - sum(widths))
    if sum(widths) > WIDTH:  # the usual widths give way down to what the text needs
        over = sum(widths) - WIDTH
        for i in (1, 5, 4, 3, 2, 7):
            need = [9 * mm, text_width([longest_date], size=size, bold=False, padding=10),
                    *(amount_width([v], size=size, padding=10) for v in sums),
                    amount_width([r.remaining for r in a.schedule], size=size, bold=False, padding=10),
                    18 * mm, 12 * mm][i]
            give = min(over, max(0.0, widths[i] - need))
            widths[i] -= give
            over -= give
    cell = ParagraphStyle("sched_cell", parent=st.cell, fontSize=size, leading=size * 1.24)
    right = ParagraphStyle("sched_right", parent=st.cell_right, fontSize=size, leading=size * 1.24)
    bold = ParagraphStyle("sched_bold", parent=st.cell_right_bold, fontSize=size, leading=size * 1.24)
    rows = [head] + [[para(str(r.no), cell), para(tanggal(r.due_date), cell),
                      para(money(r.principal), right), para(money(r.service), right),
                      para(money(r.amount), bold), para(money(r.remaining), right),
                      "", ""] for r in a.schedule]
    rows.append(["", para("Jumlah", ParagraphStyle("sched_total", parent=st.cell_bold, fontSize=size)),
                 *(para(money(v), bold) for v in sums), "", "", ""])
    sched = data_table(rows, widths, bold_last_row=True)
    intro = Paragraph(
        f"Kredit <b>{escape(a.number)}</b> · {escape(b.name)} ({escape(b.number)}) · pokok "
        f"{money(a.principal)} + jasa {money(a.service)} = <b>{money(a.total)}</b>", st.body)
    story.append(CondPageBreak(60 * mm))
    story += [_heading(title), intro, Spacer(1, 2 * mm), sched]
    if a.schedule_is_preview:
        story += [Spacer(1, 1.5 * mm), Paragraph(
            "Tanggal jatuh tempo pasti ditetapkan pada hari pencairan (hari Minggu dan hari libur "
            "dilewati).", st.small)]
    return build_pdf(path, story, profile=profile, page=A4_PORTRAIT,
                     title=f"Perjanjian kredit {a.number}", subject="Surat Perjanjian Kredit",
                     printed_at=printed_at)


def _indent(flowable, left: float) -> Table:
    t = Table([["", flowable]], colWidths=[left, WIDTH - left])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


# ---------------------------------------------------------------- 4. disbursement receipts

def _slip(d: Disbursement, m: MemberLine, profile: CooperativeProfile) -> Table:
    """One member's receipt: what was received, the amount in figures and words, signatures."""
    st = _st()
    plan = d.plan
    in_kind = plan.is_in_kind
    inner = WIDTH - 12
    left_w, right_w = inner * 0.62, inner * 0.38
    title_style = _style("slip_title", st.heading, spaceBefore=0, spaceAfter=0, fontSize=10)
    number_style = _style("slip_no", st.cell, alignment=TA_RIGHT)
    what = "BUKTI PENYERAHAN PAKET USAHA" if in_kind else "BUKTI PENCAIRAN KREDIT"
    head = _plain_table([[para(what, title_style),
                          Paragraph(f"No. <b>BP-{escape(m.credit_number or '')}</b>", number_style)]],
                        [left_w, right_w], valign="MIDDLE")
    when = tanggal(plan.disbursed_on) if plan.disbursed_on else "……………………………"
    verb = "Telah menerima paket usaha (barang) dari" if in_kind else "Telah menerima uang tunai dari"
    credit = (m.credit_number or "-") + (f" · {cycle_words(m.cycle_no)}" if m.cycle_no else "")
    instal = instalment_text(plan.instalments, m.instalment, plan.frequency)
    if d.first_due:
        instal += f", mulai {tanggal(d.first_due)}"
    left = [
        Paragraph(f"{verb} <b>{escape(_coop_name(profile))}</b>:", st.cell),
        Spacer(1, 1 * mm),
        info_table([("Nama", f"{m.name} ({m.number})"), ("NIK", m.nik), ("Kelompok", _group_title(d.group)),
                    ("No. kredit", credit), ("Tanggal", when), ("Angsuran", instal)],
                   [19 * mm, 3 * mm, left_w - 24 * mm], compact=True),
    ]
    if in_kind and plan.package_items:
        left += [Spacer(1, 0.8 * mm), Paragraph("Isi paket: " + escape(", ".join(plan.package_items)),
                                                _style("slip_items", st.small, leading=9))]
    amount = [para("Jumlah diterima", st.small), para(money(m.principal), st.big_amount),
              Paragraph(escape(terbilang_rupiah(m.principal).capitalize()),
                        _style("terbilang", st.cell, fontSize=7.5, leading=9.2))]
    amount_box = Table([[amount]], colWidths=[right_w - 4])
    amount_box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE_GREEN),
                                    ("BOX", (0, 0), (-1, -1), 0.6, GREEN),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    body = _plain_table([[left, amount_box]], [left_w, right_w])
    # the leader does not witness their own receipt: the group's supervisor does
    witness = (Signer("Pengawas kelompok", d.group.supervisors[0] if d.group.supervisors else None)
               if m.is_leader else Signer("Ketua Kelompok", d.group.leader_name))
    signers = [Signer("Penerima", m.name), witness,
               Signer("Bendahara", plan.disbursed_by or d.officials.treasurer)]
    sig = signature_blocks(signers, width=inner, space=10 * mm, compact=True,
                           place_date=place_and_date(profile, plan.disbursed_on))
    slip = Table([[head], [body], [sig]], colWidths=[WIDTH])
    slip.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, GREEN),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, GOLD_LINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return slip


GOLD_LINE = colors.HexColor("#e0b22c")


class CutLine(Flowable):
    """A dashed line with scissors between slips."""

    def __init__(self, width: float = WIDTH, height: float = 5.5 * mm):
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        y = self.height / 2
        c.setStrokeColor(RULE_GREY)
        c.setLineWidth(0.5)
        c.setDash(3, 2)
        c.line(12, y, self.width, y)
        c.setDash()
        c.setFont("DejaVuSans", 9)
        c.setFillColor(TEXT_GREY)
        c.drawString(0, y - 3, "\u2702")


def build_disbursement_receipt(path: Path | str, *, profile: CooperativeProfile, data: Disbursement,
                               printed_at: dt.datetime | None = None) -> Path:
    st = _st()
    plan, g = data.plan, data.group
    in_kind = plan.is_in_kind
    title = "BUKTI PENCAIRAN KREDIT KELOMPOK" if not in_kind else "BUKTI PENYERAHAN PAKET USAHA KELOMPOK"
    when = tanggal(plan.disbursed_on) if plan.disbursed_on else "belum dicairkan"
    story: list = _title(title, f"Pengajuan <b>{escape(plan.number)}</b> · {escape(_group_title(g))} · {when}")
    head = [para(h, st.cell_head) for h in ("No", "Nama", "No. anggota", "No. kredit")]
    head += [para("Jumlah", st.cell_head_right), para("Angsuran", st.cell_head_right)]
    rows = [head] + [[para(str(i), st.cell), para(m.name, st.cell), para(m.number, st.cell),
                      para(m.credit_number or "-", st.cell), para(money(m.principal), st.cell_right),
                      para(instalment_text(plan.instalments, m.instalment, plan.frequency), st.cell_right)]
                     for i, m in enumerate(g.members, start=1)]
    rows.append(["", para("Jumlah", st.cell_bold), "", "",
                 para(money(sum(m.principal for m in g.members)), st.cell_right_bold), ""])
    widths = [8 * mm, 0, 20 * mm, 27 * mm, 27 * mm, 43 * mm]
    widths[1] = WIDTH - sum(widths)
    widths = widen(widths, {
        4: amount_width([sum(m.principal for m in g.members)], size=8.5, padding=10),
        5: text_width([instalment_text(plan.instalments, m.instalment, plan.frequency) for m in g.members],
                      size=8.5, bold=False, padding=10)}, flexible=1)
    pairs = [("Produk", f"{plan.product_name}, {plan.kind_label}")]
    if plan.funding:
        pairs.append(("Sumber dana", plan.funding))
    if plan.journal_number:
        pairs.append(("Jurnal", plan.journal_number))
    story += [info_table(pairs, [28 * mm, 4 * mm, WIDTH - 32 * mm]), Spacer(1, 2 * mm),
              data_table(rows, widths, bold_last_row=True), Spacer(1, 2 * mm),
              Paragraph("Setiap anggota menandatangani slipnya di bawah ini; slip digunting dan "
                        "disimpan bersama berkas pengajuan.", st.small), CutLine()]
    for m in g.members:
        story.append(KeepTogether([_slip(data, m, profile), CutLine()]))
    return build_pdf(path, story, profile=profile, page=A4_PORTRAIT,
                     title=f"Bukti pencairan {plan.number}", subject="Bukti Pencairan Kredit",
                     printed_at=printed_at)


# ---------------------------------------------------------------- 5. handover list

def build_handover_list(path: Path | str, *, profile: CooperativeProfile, data: Disbursement,
                        printed_at: dt.datetime | None = None) -> Path:
    st = _st()
    plan, g = data.plan, data.group
    items = plan.package_items
    when = tanggal(plan.disbursed_on) if plan.disbursed_on else "……………………………"
    story: list = _title("DAFTAR SERAH TERIMA PAKET USAHA",
                         f"Pengajuan <b>{escape(plan.number)}</b> · {escape(_group_title(g))} · {when}")
    per = {m.principal for m in g.members}
    value = money(next(iter(per))) if len(per) == 1 else "sesuai daftar"
    story.append(Paragraph(
        f"Pada hari ini, <b>{day_and_date(plan.disbursed_on)}</b>, {escape(_coop_name(profile))} "
        f"menyerahkan paket usaha kepada anggota kelompok <b>{escape(_group_title(g))}</b> sebagai "
        "kredit barang. Setiap anggota memeriksa isi paketnya, mencentang barang yang diterima, "
        "lalu menandatangani daftar ini.", st.body))
    story += [_heading(f"Isi satu paket (nilai {value})"),
              _numbered([escape(i) for i in items] or ["(isi paket belum dicatat)"])]
    head_c = _style("ho_head", st.cell_head, alignment=TA_CENTER)
    head = [para("No", st.cell_head), para("Nama / No. anggota", st.cell_head), para("No. kredit", st.cell_head),
            *[para(str(i), head_c) for i in range(1, len(items) + 1)],
            para("Nilai", st.cell_head_right), para("Tanda tangan", st.cell_head)]
    box = _style("ho_box", st.cell, alignment=TA_CENTER, fontSize=12, leading=13)
    sig_w = 42 * mm
    rows = [head]
    for i, m in enumerate(g.members, start=1):
        rows.append([para(str(i), st.cell),
                     Paragraph(f"<b>{escape(m.name)}</b><br/><font size='7' color='#55605c'>"
                               f"{escape(m.number)}</font>", st.cell),
                     para(m.credit_number or "-", st.cell),
                     *[para(UNCHECKED, box) for _ in items],
                     para(money(m.principal), st.cell_right), SignatureColumn(i, sig_w - 8, 12 * mm - 5)])
    rows.append(["", para("Jumlah", st.cell_bold), "", *["" for _ in items],
                 para(money(sum(m.principal for m in g.members)), st.cell_right_bold), ""])
    item_w = 8 * mm
    widths = [8 * mm, 0, 27 * mm, *[item_w] * len(items), 23 * mm, sig_w]
    widths[1] = WIDTH - sum(widths)
    widths = widen(widths, {3 + len(items): amount_width([sum(m.principal for m in g.members)], size=8.5,
                                                         padding=10)}, flexible=1)
    table = data_table(rows, widths, bold_last_row=True, zebra=False)
    story += [Spacer(1, 3 * mm), table, Spacer(1, 1.5 * mm),
              Paragraph(f"Kolom 1–{len(items)} sesuai nomor barang di atas: beri tanda {CHECKED} bila barang diterima "
                        "lengkap dan baik.", st.small)]
    # the leader does not receive from herself: when she hands over as the TKM's logistics
    # coordinator, the group's supervisor receives for the group (as on the disbursement receipt)
    leader_gives = bool(g.leader_name) and same_person(g.leader_name, data.giver)
    receiver = (Signer("Pengawas kelompok", g.supervisors[0] if g.supervisors else None, caption="Yang menerima,")
                if leader_gives else Signer("Ketua Kelompok", g.leader_name, caption="Yang menerima,"))
    signers = [Signer(data.giver_role, data.giver, caption="Yang menyerahkan,"),
               receiver,
               Signer(f"Ketua {profile.short_name or 'Koperasi'}", data.officials.chair,
                      caption="Mengetahui,")]
    story.append(KeepTogether([Spacer(1, 6 * mm),
                               signature_blocks(signers, width=WIDTH,
                                                place_date=place_and_date(profile, plan.disbursed_on),
                                                space=16 * mm)]))
    return build_pdf(path, story, profile=profile, page=A4_PORTRAIT,
                     title=f"Serah terima paket {plan.number}", subject="Daftar Serah Terima Paket Usaha",
                     printed_at=printed_at)
