"""Issue 18 item 6: headings keep with what follows them and nothing moves to a next page
that the page before had room for — on the demo cooperative's own printouts."""

from __future__ import annotations

import datetime as dt

from kamura_desktop.services import lender_docs, mentoring

from .pdf_text import flat_pages
from .test_no_wrap import _worst_case


def _pages(path) -> list[str]:
    return flat_pages(path)


def test_the_filled_attendance_list_keeps_follow_ups_and_signatures_on_page_1(demo_db, tmp_path):
    """KSM-002's meeting of 2 December: page 1 had a third empty while the follow-ups and the
    three signatures went to page 2."""
    meeting = max((m for m in mentoring.list_meetings(demo_db) if m.group_code == "KSM-002"),
                  key=lambda m: m.held_on)
    pages = _pages(mentoring.attendance_list_pdf(demo_db, meeting_id=meeting.id, path=tmp_path / "hadir.pdf"))
    assert len(pages) == 1
    assert "Tindak lanjut" in pages[0] and "Petugas koperasi" in pages[0] and "( Yuyun Yuningsih )" in pages[0]


def test_the_lender_statement_keeps_each_section_heading_with_its_rows(demo_db, tmp_path, monkeypatch):
    """With long names (the worst case of the no-wrap test) the rows grow tall; each section's
    heading stays with its first rows and the treasurer's signature with the last ones."""
    _worst_case(monkeypatch, "long-words")
    path = lender_docs.lender_statement_pdf(demo_db, member_id=1, date_from=dt.date(2024, 1, 1),
                                            date_to=dt.date(2025, 12, 31), path=tmp_path / "lender.pdf")
    pages = _pages(path)
    for heading, first_row in (("B. Kredit yang didanai", "KR-20"), ("Mutasi simpanan sukarela", "Saldo awal")):
        (page,) = [p for p in pages if heading in p]
        assert first_row in page.split(heading, 1)[1], heading
    assert "Bendahara" in pages[-1] and "Saldo akhir" in pages[-1]
