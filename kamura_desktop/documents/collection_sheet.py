"""What the collection officer takes to a group: the meeting's collection sheet and attendance
list (PDF), and the arrears workbook (Excel) of every credit in arrears.

* :func:`build_collection_sheet` — *Lembar Penagihan Angsuran* for one group meeting: each
  member's instalment due that day, arrears, the amount expected, and empty columns for the
  amount paid, a tanggung-renteng cover (who covered, how much) and the clerk's initials;
  then, on its own page, the *Daftar Hadir Pertemuan Kelompok* with the mentoring agenda
  (check the pocket books, what helps and hinders repayment, solutions, direction) and the
  signatures. A4 landscape: the sheet has many columns and is filled in by hand. A sheet
  already posted prints as it was posted: the amounts paid, the covers and the attendance
  filled in from the posted rows (a reprint for the archive).
* :func:`write_arrears_workbook` — *Daftar Tunggakan*: one row per credit with money still
  owed on a date (rupiah and counts are numbers, dates are dates, the kolektibilitas class
  a number; the principal still owed, the base of PAR and the provision, and the service
  still owed in its own column), and a summary sheet with PAR_1/30/90 and the counts,
  amounts and provisions by kolektibilitas class, each saying its base.

Fed with the dataclasses below; the services (:mod:`kamura_desktop.services.repayment_docs`)
fill them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table

from kamura_desktop.dto.settings import CooperativeProfile

from .excel import DATE_FORMAT, FORMULA_PREFIXES, RUPIAH_FORMAT
from .outputs import XLSX, check_target, save_workbook
from .pdf import (
    CHECKED,
    FONT,
    GREEN,
    PALE_GREEN,
    RULE_GREY,
    UNCHECKED,
    PageFormat,
    Paragraph,
    Signer,
    TableStyle,
    amount_width,
    build_pdf,
    escape,
    info_table,
    money,
    para,
    place_and_date,
    signature_blocks,
    styles,
    tanggal,
    widen,
)

A4_LANDSCAPE = PageFormat("A4 mendatar", landscape(A4), margin=14 * mm, top=9 * mm,
                          bottom=8 * mm, compact=False)
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


# ---------------------------------------------------------------- collection sheet

@dataclass(frozen=True)
class SheetRow:
    """One member on the collection sheet (no credit: only attendance and cover debts)."""

    member_number: str
    member_name: str
    credit_number: str | None
    due_today: int
    overdue: int
    outstanding: int
    cover_debt: int  # what the member still owes others for earlier covers
    # ---- a posted sheet (reprint): what was posted at the meeting
    paid: int | None = None  # paid by the member; None on a blank sheet
    covers: tuple[tuple[str, int], ...] = ()  # (who covered, how much)
    present: bool | None = None
    reversed_since: int = 0  # of the posted amounts, reversed later by the treasurer

    @property
    def expected(self) -> int:
        return self.due_today + self.overdue

    @property
    def covered(self) -> int:
        return sum(a for _, a in self.covers)


@dataclass(frozen=True)
class CollectionSheetDoc:
    group_code: str
    group_name: str
    group_kind: str  # label: "Kelompok peminjam" / "KSM (dana bergulir)"
    meeting_date: dt.date
    meeting_place: str | None
    leader_name: str | None
    supervisors: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    already_posted: bool = False


def _head(texts: Sequence[str], st, right: Sequence[int] = ()) -> list:
    return [para(t, st.cell_head_right if i in right else st.cell_head) for i, t in enumerate(texts)]


def build_collection_sheet(path: Path | str, *, profile: CooperativeProfile, sheet: CollectionSheetDoc,
                           clerk_name: str | None = None,
                           printed_at: dt.datetime | None = None) -> Path:
    """Write the collection sheet and the attendance list of one group meeting."""
    st = styles(False)
    page = A4_LANDSCAPE
    width = page.content_width
    day = DAYS_ID[sheet.meeting_date.weekday()]
    when = f"{day}, {tanggal(sheet.meeting_date)}"
    story: list = [para("LEMBAR PENAGIHAN ANGSURAN", st.title),
                   para(f"{sheet.group_code} — {sheet.group_name} · {when}", st.subtitle)]
    half = width / 2
    story.append(info_table(
        [("Kelompok", f"{sheet.group_code} — {sheet.group_name}"), ("Jenis", sheet.group_kind),
         ("Ketua kelompok", sheet.leader_name or "-"),
         ("Tanggal pertemuan", when), ("Tempat", sheet.meeting_place or "……………………………"),
         ("Pengawas (lender)", ", ".join(sheet.supervisors) or "-")],
        [36 * mm, 3 * mm, half - 39 * mm], columns=2))
    if sheet.already_posted:
        story.append(Paragraph("<b>Catatan:</b> lembar penagihan untuk tanggal ini sudah "
                               "dibukukan; cetakan ini hanya arsip dan menampilkan yang dibukukan "
                               "pada pertemuan itu (angsuran, talangan, kehadiran).", st.small))
    story.append(Spacer(1, 3 * mm))

    cols = ["No", "Anggota", "No. kredit", "Angsuran hari ini", "Tunggakan", "Seharusnya dibayar",
            "Dibayar", "Ditalangi oleh", "Jumlah talangan", "Paraf"]
    widths = [8, 50, 27, 25, 24, 27, 27, 36, 25, 0]
    widths = [w * mm for w in widths]
    widths[-1] = width - sum(widths)
    # each amount column as wide as its total (bold): the member's name gives way
    paid_total = sum((r.paid or 0) for r in sheet.rows)
    widths = widen(widths, {
        3: amount_width([sum(r.due_today for r in sheet.rows)], size=8.5, padding=8),
        4: amount_width([sum(r.overdue for r in sheet.rows)], size=8.5, padding=8),
        5: amount_width([sum(r.expected for r in sheet.rows)], size=8.5, padding=8),
        6: amount_width([paid_total], size=8.5, padding=8),
        8: amount_width([sum(r.covered for r in sheet.rows)], size=8.5, padding=8)}, flexible=1)
    room = Spacer(1, 9.5 * mm - 4)  # a row at least 9.5 mm high to write in; taller for a long name
    rows: list[list] = [_head(cols, st, right=(3, 4, 5, 6, 8))]
    for i, r in enumerate(sheet.rows, start=1):
        who = f"<b>{escape(r.member_name)}</b><br/><font size=7>{escape(r.member_number)}"
        if r.cover_debt:
            who += f" · utang talangan {money(r.cover_debt)}"
        who += "</font>"
        if r.credit_number is None:
            rows.append([para(str(i), st.cell), Paragraph(who, st.cell),
                         para("tidak ada kredit berjalan", st.small), "", "", "", "", "", "", room])
            continue
        posted: list = ["", "", "", ""]
        if sheet.already_posted:
            paid = money(r.paid) if r.paid else "-"
            if r.reversed_since:
                paid += f"<br/><font size=6.5>dibalik {money(r.reversed_since)}</font>"
            posted = [Paragraph(paid, st.cell_right),
                      para(", ".join(name for name, _ in r.covers) or "-", st.cell),
                      para(money(r.covered) if r.covers else "-", st.cell_right), room]
        else:
            posted[-1] = room
        rows.append([para(str(i), st.cell), Paragraph(who, st.cell), para(r.credit_number, st.cell),
                     para(money(r.due_today), st.cell_right),
                     para(money(r.overdue) if r.overdue else "-", st.cell_right),
                     para(money(r.expected), st.cell_right_bold), *posted])
    posted_totals: list = ["", "", "", ""]
    if sheet.already_posted:
        posted_totals = [para(money(sum(r.paid or 0 for r in sheet.rows)), st.cell_right_bold), "",
                         para(money(sum(r.covered for r in sheet.rows)), st.cell_right_bold), ""]
    rows.append(["", para("Jumlah", st.cell_bold), "",
                 para(money(sum(r.due_today for r in sheet.rows)), st.cell_right_bold),
                 para(money(sum(r.overdue for r in sheet.rows)), st.cell_right_bold),
                 para(money(sum(r.expected for r in sheet.rows)), st.cell_right_bold), *posted_totals])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), GREEN),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE_GREY),
        ("BOX", (0, 0), (-1, -1), 0.8, GREEN),
        ("BACKGROUND", (6, 1), (8, -2), colors.white),
        ("LINEBEFORE", (6, 0), (6, -1), 1.0, GREEN),
        ("LINEABOVE", (0, -1), (-1, -1), 0.9, GREEN),
        ("BACKGROUND", (0, -1), (-1, -1), PALE_GREEN),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(table)
    story.append(Spacer(1, 2.5 * mm))
    notes = [
        "Isi kolom <b>Dibayar</b> dengan uang yang dibayar anggota sendiri. Bila anggota tidak "
        "membayar dan anggota lain menalanginya (<b>tanggung renteng</b>), tulis nama yang "
        "menalangi dan jumlahnya; yang ditalangi berutang kepada yang menalangi.",
        "Pembayaran dipakai untuk angsuran tertua lebih dulu (jasa, lalu pokok). Tidak ada denda "
        "keterlambatan. Seluruh lembar dibukukan sekaligus; bila satu baris salah, tidak ada "
        "yang dibukukan.",
    ]
    for text in notes:
        story.append(Paragraph(text, st.small))
    received = (money(sum((r.paid or 0) + r.covered for r in sheet.rows)) if sheet.already_posted
                else "Rp ……………………………")
    totals = Table([[para(f"Uang diterima: {received}", st.body),
                     para("Dihitung oleh: ……………………………", st.body)]],
                   colWidths=[width / 2, width / 2])
    totals.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 5)]))
    story.append(KeepTogether([
        totals, Spacer(1, 2 * mm),
        signature_blocks([Signer("Ketua kelompok", sheet.leader_name),
                          Signer("Pendamping / pengawas", None),
                          Signer("Petugas koperasi", clerk_name)],
                         width=width, place_date=place_and_date(profile, sheet.meeting_date),
                         space=12 * mm)]))

    # ---- attendance list
    story += [PageBreak(), para("DAFTAR HADIR PERTEMUAN KELOMPOK", st.title),
              para(f"{sheet.group_code} — {sheet.group_name} · {when} · "
                   f"Tempat: {sheet.meeting_place or '……………………'}", st.subtitle)]
    a_widths = [9 * mm, 68 * mm, 28 * mm, 16 * mm, 60 * mm, 0]
    a_widths[-1] = width - sum(a_widths)
    a_room = Spacer(1, 8.5 * mm - 6)  # room to sign; a long name makes its row taller
    a_rows: list[list] = [_head(["No", "Nama", "No. anggota", "Hadir", "Tanda tangan",
                                 "Keterangan (izin, sakit, kunjungan rumah)"], st)]
    for i, r in enumerate(sheet.rows, start=1):
        a_rows.append([para(str(i), st.cell), para(r.member_name, st.cell_bold),
                       para(r.member_number, st.cell),
                       para(CHECKED if r.present else UNCHECKED, st.center), a_room,
                       para("tidak hadir" if r.present is False else "", st.small)])
    for _ in range(2):  # a lender, the facilitator or a guest
        a_rows.append(["", "", "", para(UNCHECKED, st.center), a_room, ""])
    att = Table(a_rows, colWidths=a_widths, repeatRows=1)
    att.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), GREEN),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE_GREY),
        ("BOX", (0, 0), (-1, -1), 0.8, GREEN),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story += [att, Spacer(1, 1 * mm), para("Acara pendampingan", st.heading)]
    agenda = ["Pemeriksaan buku saku angsuran setiap anggota",
              "Yang membantu dan menghambat pembayaran serta usaha anggota",
              "Solusi yang disepakati", "Arahan dan motivasi dari pendamping"]
    a2 = Table([[f"{chr(97 + i)}.", para(text, st.body), ""] for i, text in enumerate(agenda)],
               colWidths=[8 * mm, 150 * mm, width - 158 * mm], rowHeights=[7 * mm] * len(agenda))
    a2.setStyle(TableStyle([("FONT", (0, 0), (0, -1), FONT, 9.5),
                            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                            ("LEFTPADDING", (0, 0), (0, -1), 0),
                            ("LINEBELOW", (2, 0), (2, -1), 0.5, RULE_GREY)]))
    story += [a2, Spacer(1, 2 * mm), KeepTogether([
        signature_blocks([Signer("Ketua kelompok", sheet.leader_name),
                          Signer("Pendamping", None), Signer("Petugas koperasi", clerk_name)],
                         width=width, place_date=place_and_date(profile, sheet.meeting_date),
                         space=12 * mm)])]
    return build_pdf(path, story, profile=profile, page=page,
                     title=f"Lembar penagihan {sheet.group_code} {sheet.meeting_date:%d-%m-%Y}",
                     subject=f"{sheet.group_name}, {when}", printed_at=printed_at)


# ---------------------------------------------------------------- arrears workbook

@dataclass(frozen=True)
class ArrearsRow:
    """One credit in the arrears workbook."""

    credit_number: str
    group_code: str
    leader_name: str | None
    member_number: str
    member_name: str
    phone: str | None
    product_code: str
    disbursed_on: dt.date | None
    outstanding: int  # principal still owed: the base of PAR and the classes
    service_outstanding: int  # service (jasa) still owed, beside it
    days_past_due: int
    instalments_in_arrears: int
    oldest_due: dt.date | None
    last_payment_on: dt.date | None
    kolektibilitas: int
    kol_label: str
    provision_bp: int
    provision: int
    provision_base: int = 0  # principal less the lenders' part (the cooperative's own risk)


@dataclass(frozen=True)
class KolBucket:
    kol: int
    label: str
    count: int
    outstanding: int  # principal
    provision_bp: int
    provision: int
    service_outstanding: int = 0


@dataclass(frozen=True)
class ParLine:
    days: int
    at_risk: int
    outstanding: int

    @property
    def ratio(self) -> Decimal:
        """Fraction of one, exact to four decimals (shown as a percentage)."""
        if not self.outstanding:
            return Decimal(0)
        return (Decimal(self.at_risk) / Decimal(self.outstanding)).quantize(Decimal("0.0001"))


@dataclass(frozen=True)
class ArrearsDoc:
    as_of: dt.date
    rule_set_name: str
    cooperative: str
    rows: tuple[ArrearsRow, ...]  # every credit with money owed on as_of
    par: tuple[ParLine, ...]
    buckets: tuple[KolBucket, ...]


_HEAD_FONT = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="12503F")
_HEAD_BORDER = Border(bottom=Side(style="medium", color="E0B22C"))
_KOL_FILLS = {1: None, 2: "FFF4CC", 3: "FFE0B2", 4: "FFCDD2", 5: "EF9A9A"}

#: (header, attribute, kind, width): kind is text | rupiah | int | date | percent_bp
ARREARS_COLUMNS: tuple[tuple[str, str, str, float], ...] = (
    ("No Kredit", "credit_number", "text", 15),
    ("Kelompok", "group_code", "text", 10),
    ("Ketua Kelompok", "leader_name", "text", 20),
    ("No Anggota", "member_number", "text", 11),
    ("Nama", "member_name", "text", 24),
    ("Telepon", "phone", "text", 15),
    ("Produk", "product_code", "text", 10),
    ("Tanggal Cair", "disbursed_on", "date", 12),
    ("Pokok Terutang (dasar PAR)", "outstanding", "rupiah", 14),
    ("Jasa Terutang", "service_outstanding", "rupiah", 12),
    ("Hari Tunggakan", "days_past_due", "int", 10),
    ("Angsuran Tertunggak", "instalments_in_arrears", "int", 11),
    ("Jatuh Tempo Tertua", "oldest_due", "date", 12),
    ("Bayar Terakhir", "last_payment_on", "date", 12),
    ("Kol", "kolektibilitas", "int", 6),
    ("Kolektibilitas", "kol_label", "text", 20),
    ("PPKA", "provision_bp", "percent_bp", 8),
    ("Dasar PPKA (pokok risiko sendiri)", "provision_base", "rupiah", 14),
    ("Cadangan (PPKA)", "provision", "rupiah", 13),
)


def write_arrears_workbook(path: Path | str, doc: ArrearsDoc) -> Path:
    """Write the arrears workbook; returns its path."""
    path = Path(path)
    check_target(path, XLSX)  # refused before the work, not after
    wb = Workbook()
    ws = wb.active
    ws.title = "Tunggakan"
    for i, (header, _, _, width) in enumerate(ARREARS_COLUMNS, start=1):
        cell = ws.cell(row=1, column=i, value=header)
        cell.font, cell.fill, cell.border = _HEAD_FONT, _HEAD_FILL, _HEAD_BORDER
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.row_dimensions[1].height = 30
    for r, row in enumerate(doc.rows, start=2):
        fill = _KOL_FILLS.get(row.kolektibilitas)
        for c, (_, key, kind, _) in enumerate(ARREARS_COLUMNS, start=1):
            value = getattr(row, key)
            cell = ws.cell(row=r, column=c)
            if value is None:
                pass
            elif kind == "rupiah":
                cell.value, cell.number_format = int(value), RUPIAH_FORMAT
            elif kind == "int":
                cell.value, cell.number_format = int(value), "0"
            elif kind == "date":
                cell.value, cell.number_format = value, DATE_FORMAT
            elif kind == "percent_bp":
                cell.value, cell.number_format = value / 10_000, "0%"
            else:
                # text stays text: a name typed as "=..." never becomes a formula in Excel
                cell.value = str(value)
                cell.data_type = "s"
                if cell.value.startswith(FORMULA_PREFIXES):
                    cell.quotePrefix = True
            if fill and key in ("kolektibilitas", "kol_label"):
                cell.fill = PatternFill("solid", fgColor=fill)
    last_row = len(doc.rows) + 1
    total_row = last_row + 1
    ws.cell(row=total_row, column=1, value="Jumlah").font = Font(bold=True)
    for key in ("outstanding", "service_outstanding", "provision_base", "provision"):
        col = next(i for i, c in enumerate(ARREARS_COLUMNS, start=1) if c[1] == key)
        cell = ws.cell(row=total_row, column=col, value=sum(getattr(r, key) for r in doc.rows))
        cell.number_format, cell.font = RUPIAH_FORMAT, Font(bold=True)
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(ARREARS_COLUMNS))}{last_row}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"

    # ---- summary
    sm = wb.create_sheet("Ringkasan")
    sm.column_dimensions["A"].width = 30
    for col in "BCDE":
        sm.column_dimensions[col].width = 16
    sm["A1"] = f"Daftar tunggakan {doc.cooperative}"
    sm["A1"].font = Font(bold=True, size=13, color="12503F")
    sm["A2"], sm["B2"] = "Per tanggal", doc.as_of
    sm["B2"].number_format = DATE_FORMAT
    sm["A3"], sm["B3"] = "Aturan kolektibilitas", doc.rule_set_name
    sm["A4"], sm["B4"] = "Jumlah kredit", len(doc.rows)
    sm["A5"], sm["B5"] = "Pokok terutang (dasar PAR)", sum(r.outstanding for r in doc.rows)
    sm["B5"].number_format = RUPIAH_FORMAT
    sm["A6"], sm["B6"] = "Jasa terutang (tidak termasuk)", sum(r.service_outstanding for r in doc.rows)
    sm["B6"].number_format = RUPIAH_FORMAT

    def header(row: int, texts: Sequence[str]) -> None:
        for i, text in enumerate(texts, start=1):
            cell = sm.cell(row=row, column=i, value=text)
            cell.font, cell.fill, cell.border = _HEAD_FONT, _HEAD_FILL, _HEAD_BORDER

    header(8, ["Portofolio berisiko (dasar: pokok terutang)", "Pokok berisiko", "Total pokok terutang",
               "Rasio"])
    for i, p in enumerate(doc.par, start=9):
        sm.cell(row=i, column=1, value=f"PAR {p.days} (terlambat > {p.days} hari)")
        sm.cell(row=i, column=2, value=p.at_risk).number_format = RUPIAH_FORMAT
        sm.cell(row=i, column=3, value=p.outstanding).number_format = RUPIAH_FORMAT
        sm.cell(row=i, column=4, value=float(p.ratio)).number_format = "0.00%"
    start = 9 + len(doc.par) + 1
    sm.column_dimensions["F"].width = 16
    header(start, ["Kolektibilitas", "Jumlah kredit", "Pokok terutang", "PPKA", "Cadangan",
                   "Jasa terutang"])
    for i, b in enumerate(doc.buckets, start=start + 1):
        sm.cell(row=i, column=1, value=f"{b.kol} {b.label}")
        sm.cell(row=i, column=2, value=b.count).number_format = "0"
        sm.cell(row=i, column=3, value=b.outstanding).number_format = RUPIAH_FORMAT
        sm.cell(row=i, column=4, value=b.provision_bp / 10_000).number_format = "0%"
        sm.cell(row=i, column=5, value=b.provision).number_format = RUPIAH_FORMAT
        sm.cell(row=i, column=6, value=b.service_outstanding).number_format = RUPIAH_FORMAT
    end = start + len(doc.buckets) + 1
    sm.cell(row=end, column=1, value="Jumlah").font = Font(bold=True)
    sm.cell(row=end, column=2, value=sum(b.count for b in doc.buckets)).number_format = "0"
    sm.cell(row=end, column=3, value=sum(b.outstanding for b in doc.buckets)).number_format = RUPIAH_FORMAT
    sm.cell(row=end, column=5, value=sum(b.provision for b in doc.buckets)).number_format = RUPIAH_FORMAT
    sm.cell(row=end, column=6,
            value=sum(b.service_outstanding for b in doc.buckets)).number_format = RUPIAH_FORMAT
    sm.cell(row=end + 2, column=1,
            value="PAR = seluruh pokok terutang kredit yang angsurannya terlambat lebih dari "
                  "X hari ÷ seluruh pokok terutang (bukan tunggakan ÷ sisa pinjaman).")
    sm.cell(row=end + 3, column=1,
            value="Dasar PAR, kolektibilitas dan penyisihan: pokok pinjaman yang masih terutang, "
                  "sama dengan piutang di neraca. Jasa terutang ditampilkan tersendiri dan tidak "
                  "ikut dihitung. PPKA dihitung dari pokok atas risiko koperasi sendiri (bagian "
                  "lender tidak termasuk).")
    wb.move_sheet("Ringkasan", offset=-1)
    wb.active = 0
    save_workbook(wb, path)  # temporary file, renamed when complete
    return path
