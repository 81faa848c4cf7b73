"""The group meeting's attendance list (*Daftar Hadir Pertemuan Kelompok*) and minutes
(*Notulen*), A4 portrait, in the collection sheet's style (:mod:`.collection_sheet`).

* **Blank** (before the meeting): every member with a box per attendance state, an empty
  signature column, and the pocket-book column showing what the repayment book says as of
  the meeting date with a box to tick once the pocket book is checked; then the mentoring
  agenda with lines to write on.
* **Filled** (after the meeting is recorded): the attendance as recorded, the pocket-book
  figures as checked, the counts, and the minutes — what helps and hinders repayment,
  business problems, the agreed solutions, motivation — with the meeting's follow-ups.

Fed the meeting DTOs of :mod:`kamura_desktop.dto.mentoring` (``services.mentoring`` builds
them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from kamura_desktop.dto.mentoring import FollowupDTO, MeetingDTO
from kamura_desktop.dto.settings import CooperativeProfile

from .pdf import (
    A4_PORTRAIT,
    CHECKED,
    FONT,
    GREEN,
    PALE_GREEN,
    RULE_GREY,
    UNCHECKED,
    FitTogether,
    Paragraph,
    Signer,
    TableStyle,
    build_pdf,
    data_table,
    escape,
    info_table,
    para,
    place_and_date,
    signature_blocks,
    styles,
    tanggal,
)

DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DOTS = "……………………………"


def _when(day: dt.date) -> str:
    return f"{DAYS_ID[day.weekday()]}, {tanggal(day)}"


def _head(texts: Sequence[str], st) -> list:
    return [para(t, st.cell_head) for t in texts]


def attendance_counts(meeting: MeetingDTO) -> tuple[int, int, int]:
    """(present, excused, absent)."""
    states = [a.status for a in meeting.attendance]
    return states.count("present"), states.count("excused"), states.count("absent")


def build_attendance_list(path: Path | str, *, profile: CooperativeProfile, meeting: MeetingDTO, blank: bool,
                          followups: Sequence[FollowupDTO] = (), clerk_name: str | None = None,
                          printed_at: dt.datetime | None = None) -> Path:
    """Write the attendance list (and, filled, the minutes) of one group meeting."""
    st = styles(False)
    page = A4_PORTRAIT
    width = page.content_width
    when = _when(meeting.held_on)
    story: list = [para("DAFTAR HADIR PERTEMUAN KELOMPOK", st.title),
                   para(f"Pendampingan kelompok {meeting.group_code} — {meeting.group_name} · {when}",
                        st.subtitle)]
    half = width / 2
    story.append(info_table(
        [("Kelompok", f"{meeting.group_code} — {meeting.group_name}"),
         ("Ketua kelompok", meeting.leader_name or "-"),
         ("Tanggal", when), ("Tempat", meeting.place or DOTS),
         ("Pendamping", meeting.facilitator or DOTS),
         ("Jumlah anggota", str(len(meeting.attendance)))],
        [27 * mm, 3 * mm, half - 30 * mm], columns=2))
    story.append(Spacer(1, 3 * mm))

    cols = ["No", "Nama anggota", "No. anggota", "Kehadiran", "Buku saku angsuran", "Tanda tangan"]
    widths = [8 * mm, 43 * mm, 22 * mm, 22 * mm, 49 * mm, 0]
    widths[-1] = width - sum(widths)
    rows: list[list] = [_head(cols, st)]
    for i, a in enumerate(meeting.attendance, start=1):
        name = f"<b>{escape(a.member_name)}</b>" + (" <font size=7>(ketua)</font>" if a.is_leader else "")
        if blank:
            presence = para(f"{UNCHECKED} H  {UNCHECKED} I  {UNCHECKED} A", st.cell)
            book = Paragraph(f"<font size=7>{escape(a.check.status_text)}</font><br/>"
                             f"{UNCHECKED} <font size=7>sudah diperiksa</font>", st.cell)
        else:
            label = a.status_label
            if a.reason:
                label += f" ({a.reason})"
            presence = para(label, st.cell_bold if a.status == "present" else st.cell)
            mark = (f"{CHECKED} diperiksa" if a.book_checked else f"{UNCHECKED} tidak diperiksa")
            status = escape(a.check.status_text)
            if a.check.has_credit and not a.check.up_to_date:
                status = f"<font color='#b3261e'>{status}</font>"  # late: red
            note = f"<br/><font size=7>{escape(a.check_note)}</font>" if a.check_note else ""
            book = Paragraph(f"<font size=7>{status}<br/>{mark}</font>{note}", st.cell)
        rows.append([para(str(i), st.cell), Paragraph(name, st.cell), para(a.member_number, st.cell),
                     presence, book, ""])
    extra = 1 if blank else 0  # a lender, the facilitator or a guest writes in
    for _ in range(extra):  # said what it is for, or it reads as a row left half done
        rows.append(["", Paragraph("<font size=7 color='#6b7470'>Tamu / lender / lainnya:</font>",
                                   st.cell), "", para(f"{UNCHECKED} H", st.cell), "", ""])
    # rows grow with their text (a long arrears line wraps) but leave room to sign
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), GREEN),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE_GREY),
        ("BOX", (0, 0), (-1, -1), 0.8, GREEN),
        ("LINEBEFORE", (5, 0), (5, -1), 1.0, GREEN),
        ("TOPPADDING", (0, 0), (-1, 0), 2),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
        ("TOPPADDING", (0, 1), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(table)
    story.append(Spacer(1, 1.5 * mm))
    if blank:
        story.append(Paragraph(
            "Kehadiran: <b>H</b> hadir · <b>I</b> izin (tulis alasannya) · <b>A</b> tidak hadir. "
            "Kolom buku saku menunjukkan keadaan menurut buku angsuran koperasi pada tanggal "
            "pertemuan (tunggakan = angsuran yang jatuh tempo sebelum hari ini dan belum dibayar); "
            "centang bila buku saku anggota sudah dicocokkan.", st.small))
    else:
        present, excused, absent = attendance_counts(meeting)
        n = len(meeting.attendance)
        pct = f"{100 * present / n:.2f}".replace(".", ",") + " %" if n else "–"
        behind = [a for a in meeting.attendance if a.check.has_credit and not a.check.up_to_date]
        story.append(Paragraph(
            f"Hadir <b>{present}</b> · izin <b>{excused}</b> · tidak hadir <b>{absent}</b> dari {n} anggota "
            f"(kehadiran {pct}). Buku saku tertinggal: <b>{len(behind)}</b> anggota. Angka buku saku "
            "dicatat seperti saat diperiksa pada pertemuan.", st.small))

    story.append(Spacer(1, 2 * mm))
    if blank:
        story += [para("Acara pendampingan", st.heading)]
        agenda = ["Pemeriksaan buku saku angsuran setiap anggota",
                  "Yang membantu dan yang menghambat pembayaran angsuran",
                  "Masalah usaha anggota", "Solusi yang disepakati", "Arahan dan motivasi dari pendamping",
                  "Tindak lanjut (apa, siapa, kapan)"]
        lines = []
        for i, text in enumerate(agenda):
            lines.append([f"{chr(97 + i)}.", para(text, st.body)])
            lines.append(["", ""])
        a2 = Table(lines, colWidths=[7 * mm, width - 7 * mm],
                   rowHeights=[6 * mm if r % 2 == 0 else 5.5 * mm for r in range(len(lines))])
        a2.setStyle(TableStyle([("FONT", (0, 0), (0, -1), FONT, 9.5),
                                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                ("LEFTPADDING", (0, 0), (0, -1), 0),
                                *[("LINEBELOW", (1, r), (1, r), 0.5, RULE_GREY)
                                  for r in range(1, len(lines), 2)]]))
        story.append(a2)
    else:
        story += minutes_flowables(meeting, followups, width=width)
    # the signatures keep with the last heading and its table (agenda, minutes or follow-ups):
    # never alone on a page of their own
    tail = story[-2:]
    del story[-2:]
    # (a little smaller where they almost fit, rather than on page 2 with page 1 a third empty)
    story.append(FitTogether([*tail, Spacer(1, 3 * mm),
        signature_blocks([Signer("Ketua kelompok", meeting.leader_name),
                          Signer("Pendamping", signer_name(meeting.facilitator)),
                          Signer("Petugas koperasi", clerk_name)],
                         width=width, place_date=place_and_date(profile, meeting.held_on), space=12 * mm)]))
    kind = "kosong" if blank else "terisi"
    return build_pdf(path, story, profile=profile, page=page,
                     title=f"Daftar hadir {meeting.group_code} {meeting.held_on:%d-%m-%Y}",
                     subject=f"{meeting.group_name}, {when} ({kind})", printed_at=printed_at)


def signer_name(text: str | None) -> str | None:
    """The name to sign under: "Asep Mulyana (Pendamping Koperasi)" → "Asep Mulyana" (the
    role is printed above the line already; a role in brackets inside the signature's
    brackets wraps badly)."""
    name = re.sub(r"\s*\([^()]*\)\s*$", "", text or "").strip()
    return name or (text or "").strip() or None


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def minutes_flowables(meeting: MeetingDTO, followups: Sequence[FollowupDTO], *, width: float) -> list:
    """The minutes (notulen) of a recorded meeting: the topics and the follow-ups."""
    st = styles(False)
    out: list = [para("Notulen pertemuan", st.heading)]
    behind = [a for a in meeting.attendance if a.check.has_credit and not a.check.up_to_date]
    with_credit = [a for a in meeting.attendance if a.check.has_credit]
    if with_credit:
        check = (f"{len(with_credit) - len(behind)} dari {len(with_credit)} anggota yang sedang mengangsur "
                 "lancar.")
        if behind:
            check += " Tertinggal: " + "; ".join(f"{a.member_name} — {_lower_first(a.check.status_text)}"
                                                 for a in behind) + "."
    else:
        check = "Tidak ada anggota yang sedang mengangsur."
    topics = [("Pemeriksaan buku saku", check),
              ("Yang membantu pembayaran", meeting.supports),
              ("Yang menghambat pembayaran", meeting.obstacles),
              ("Masalah usaha", meeting.business_problems),
              ("Solusi yang disepakati", meeting.solutions),
              ("Arahan dan motivasi", meeting.motivation),
              ("Catatan lain", meeting.notes)]
    rows = [[para(f"{chr(97 + i)}. {label}", st.cell_bold), para(text or "-", st.cell)]
            for i, (label, text) in enumerate(topics)]
    t = Table(rows, colWidths=[50 * mm, width - 50 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE_GREY),
                           ("BACKGROUND", (0, 0), (0, -1), PALE_GREEN),
                           ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    out.append(t)
    if followups:
        out.append(para("Tindak lanjut", st.heading))
        frows = [_head(["No", "Tindak lanjut", "Penanggung jawab", "Batas waktu", "Selesai"], st)]
        for i, f in enumerate(followups, start=1):
            frows.append([para(str(i), st.cell), para(f.text, st.cell), para(f.responsible, st.cell),
                          para(tanggal(f.due_on), st.cell),
                          para(tanggal(f.done_on) if f.done_on else "belum", st.cell)])
        ft = data_table(frows, [8 * mm, width - 106 * mm, 38 * mm, 30 * mm, 30 * mm])
        ft.setStyle(TableStyle([("TEXTCOLOR", (0, 1), (-1, -1), colors.black)]))
        out.append(ft)
    return out
