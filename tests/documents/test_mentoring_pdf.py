"""The group meeting's attendance list read back: blank (members, pocket-book status from the
repayment book, boxes and agenda) and filled (attendance as recorded, the checks, counts,
minutes and follow-ups), DejaVu only, A4 portrait."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from kamura_desktop.demo import DEMO_PROFILE
from kamura_desktop.domain.errors import UserError
from kamura_desktop.resources import resource
from kamura_desktop.services import mentoring, repayments, settings
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.mentoring import (
    ABSENT,
    EXCUSED,
    PRESENT,
    AttendanceInput,
    FollowupInput,
    MeetingInput,
)
from tests.helpers_books import prepared

from ..services.test_repayments import Lending
from .pdf_text import flat_pages, flat_text


def text_of(path) -> str:
    return flat_text(path)


def fonts_of(path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


@prepared
def meeting_setup(db, actors):
    """The demo's profile and logo, a Paket Usaha group of five disbursed on 8 January 2024,
    member 0 paid up to the 4th instalment's day: ``(lend, credits, due dates)``, built once
    per run and engine (a copy per test)."""
    system = Actor.system()
    settings.update_profile(db, actor=system, **DEMO_PROFILE)
    settings.set_logo(db, actor=system, data=resource("logo.png").read_bytes(), filename="logo.png")
    lend = Lending(db, actors)
    cs = lend.paket_group(on=dt.date(2024, 1, 8))
    due = [i.due_date for i in repayments.credit_statement(lend.db, cs[0].id).instalments]
    lend.pay(cs[0].id, 12_600, due[2])  # member 0 up to date on the 4th instalment's day
    return lend, cs, due


def test_blank_attendance_list_lists_members_and_pocket_book_status(meeting_setup, tmp_path):
    lend, cs, due = meeting_setup
    out = mentoring.attendance_list_pdf(lend.db, path=tmp_path / "kosong.pdf", group_id=cs[0].group_id,
                                        on_date=due[3], blank=True, actor=lend.actors["petugas"])
    reader = PdfReader(str(out))
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [round(A4[0]), round(A4[1])]
    text = text_of(out)
    assert "DAFTAR HADIR PERTEMUAN KELOMPOK" in text
    assert "Koperasi Awilarangan Mukti Rahayu" in text  # letterhead
    for c in cs:
        assert c.member_name in text and c.member_number in text
    assert "Lancar" in text  # member 0
    assert text.count("Tertinggal Rp12.600 (3 angsuran)") == 4
    assert "Tanda tangan" in text and "Acara pendampingan" in text
    assert "Tamu / lender / lainnya:" in text  # the write-in row says what it is for
    assert "Uji Petugas" in text  # the clerk signs
    assert fonts_of(out) <= {"DejaVuSans", "DejaVuSans-Bold"}
    if os.environ.get("KAMURA_KEEP_PDF"):
        shutil.copy(out, os.environ["KAMURA_KEEP_PDF"] + "-blank.pdf")


def test_filled_attendance_list_with_minutes(meeting_setup, tmp_path):
    lend, cs, due = meeting_setup
    gid = cs[0].group_id
    draft = mentoring.meeting_draft(lend.db, group_id=gid, on_date=due[3])
    statuses = [PRESENT, PRESENT, EXCUSED, ABSENT, PRESENT]
    att = [AttendanceInput(a.member_id, s, reason="sakit" if s == EXCUSED else None, book_checked=s == PRESENT)
           for a, s in zip(draft.attendance, statuses, strict=True)]
    m = mentoring.record_meeting(lend.db, actor=lend.actors["petugas"], data=MeetingInput(
        gid, due[3], "Ika Sartika", place="Rumah Bu RT 01", supports="Pembeli pindang tetap ramai",
        obstacles="Harga ikan tongkol naik", business_problems="Modal bahan bakar kurang",
        solutions="Membeli ikan bersama di TPI", motivation="Angsuran kecil tapi rutin"), attendance=att).value
    mentoring.add_followup(lend.db, actor=lend.actors["petugas"], data=FollowupInput(
        "Kunjungan rumah anggota yang tertinggal", due[3] + dt.timedelta(days=3), "Ketua kelompok",
        meeting_id=m.id))
    with pytest.raises(UserError, match="belum dicatat"):
        mentoring.attendance_list_pdf(lend.db, path=tmp_path / "x.pdf", group_id=gid, on_date=due[4])
    out = mentoring.attendance_list_pdf(lend.db, path=tmp_path / "terisi.pdf", group_id=gid, on_date=due[3])
    text = text_of(out)
    assert "Ika Sartika" in text and "Rumah Bu RT 01" in text
    assert "Izin (sakit)" in text and "Tidak hadir" in text
    assert "Hadir 3 · izin 1 · tidak hadir 1 dari 5 anggota (kehadiran 60,00 %)" in text
    assert "Buku saku tertinggal: 4 anggota" in text
    assert "Notulen pertemuan" in text and "Harga ikan tongkol naik" in text
    assert "Membeli ikan bersama di TPI" in text
    assert "Kunjungan rumah anggota yang tertinggal" in text and "Ketua kelompok" in text
    assert "1 dari 5 anggota yang sedang mengangsur lancar" in text
    # by meeting id, the blank form of a recorded meeting shows its facilitator
    blank = mentoring.attendance_list_pdf(lend.db, path=tmp_path / "b.pdf", meeting_id=m.id, blank=True)
    assert "Ika Sartika" in text_of(blank) and "Notulen" not in text_of(blank)
    if os.environ.get("KAMURA_KEEP_PDF"):
        shutil.copy(out, os.environ["KAMURA_KEEP_PDF"] + "-filled.pdf")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
                       check=True)
        assert any(p.name.startswith("p") and p.suffix == ".png" for p in tmp_path.iterdir())


def test_demo_filled_list_keeps_the_signatures_with_the_follow_ups(demo_db, tmp_path):
    """The demo's KSM-002 meeting (six members, long minutes, one follow-up) once printed the
    three signatures alone on page 2, under "( Asep Mulyana (Pendamping Koperasi) )" broken
    over two lines; now the follow-ups go with them and the facilitator signs by name."""
    (meeting,) = [m for m in mentoring.list_meetings(demo_db)
                  if m.group_code == "KSM-002" and m.held_on == dt.date(2026, 12, 2)]
    out = mentoring.attendance_list_pdf(demo_db, path=tmp_path / "ksm2.pdf", meeting_id=meeting.id)
    pages = flat_pages(out)
    (signed,) = [text for text in pages if "Petugas koperasi" in text]
    assert "Tindak lanjut" in signed and "Pengurus dan ketua kelompok" in signed
    assert "( Asep Mulyana )" in signed


@pytest.mark.parametrize(("text", "name"), [
    ("Asep Mulyana (Pendamping Koperasi)", "Asep Mulyana"), ("Ika Sartika", "Ika Sartika"),
    ("(PKK)", "(PKK)"), ("", None), (None, None)])
def test_signer_name_drops_a_trailing_role(text, name):
    from kamura_desktop.documents.mentoring import signer_name

    assert signer_name(text) == name
