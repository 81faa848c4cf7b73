"""The RAT of a financial year (issue 18): number, date and place, the foreword, the year's
important events and the Pengawas' report, kept in the app, checked, audited, and printed in
the RAT book (cover, dated signatures, chapters, the meeting's papers)."""

from __future__ import annotations

import datetime as dt

import pytest

from kamura_desktop.documents import annual_report as doc
from kamura_desktop.documents.excel import drain
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import annual_report, rat_book
from kamura_desktop.services.rat_book import RatBookInput
from tests.documents.pdf_text import flat_pages
from tests.services.test_annual_report import year  # noqa: F401 - the worked year's books (a fixture)

RAT = RatBookInput(number="RAT ke-7", held_on=dt.date(2025, 2, 15), place="Balai Desa Mekarmukti",
                   foreword="Puji syukur kami panjatkan.\n\nLaporan ini disusun bersama.",
                   events="Kunjungan Dinas Koperasi pada 12 Juni 2024.",
                   pengawas_report="Pengawas telah memeriksa kas dan buku setiap triwulan; tidak ada selisih.")


def test_the_chair_records_the_rat_and_bad_input_is_refused_in_indonesian(db, actors):
    assert rat_book.get_rat_book(db, year=2024) is None
    saved = rat_book.save_rat_book(db, actor=actors["ketua"], year=2024, data=RAT).value
    assert saved.number == "RAT ke-7" and saved.held_on == dt.date(2025, 2, 15)
    assert rat_book.get_rat_book(db, year=2024) == saved
    again = rat_book.save_rat_book(db, actor=actors["ketua"], year=2024,
                                   data=RatBookInput(number="RAT ke-7", held_on=dt.date(2025, 3, 1))).value
    assert again.held_on == dt.date(2025, 3, 1) and again.pengawas_report == ""  # the record is replaced
    with pytest.raises(UserError) as e:
        rat_book.save_rat_book(db, actor=actors["ketua"], year=2024,
                               data=RatBookInput(held_on=dt.date(2024, 12, 20)))
    assert e.value.field == "held_on" and "di luar tahun 2025" in e.value.message
    with pytest.raises(UserError) as e:
        rat_book.save_rat_book(db, actor=actors["ketua"], year=2024,
                               data=RatBookInput(pengawas_report="x" * 20_001))
    assert e.value.field == "pengawas_report" and "Laporan Pengawas terlalu panjang" in e.value.message
    with pytest.raises(PermissionDenied):
        rat_book.save_rat_book(db, actor=actors["petugas"], year=2024, data=RAT)
    assert rat_book.get_rat_book(db, year=2024).held_on == dt.date(2025, 3, 1)  # nothing half-saved


def _pages(path) -> list[str]:
    return flat_pages(path)


def test_the_rat_book_prints_the_meeting_dated_signatures_and_its_papers(db, actors, year, tmp_path):  # noqa: F811
    """(On the worked year of tests/services/test_annual_report.py: built once per run, a copy
    per test.)"""
    rat_book.save_rat_book(db, actor=actors["ketua"], year=2024, data=RAT)
    report = annual_report.annual_report_data(db, year=2024)
    pages = _pages(drain(doc.build_annual_report_pdf(tmp_path / "rat.pdf", report=report)))
    text = "\n".join(pages)
    cover = pages[0]
    assert "Rapat Anggota Tahunan (RAT) ke-7" in cover
    assert "Sabtu, 15 Februari 2025 · Balai Desa Mekarmukti" in cover
    assert "Kata pengantar Puji syukur kami panjatkan." in text
    assert "B. Peristiwa penting tahun 2024 Kunjungan Dinas Koperasi" in text
    assert "LAPORAN PENGAWAS Pengawas telah memeriksa kas" in text
    # every signature of the book is dated from the RAT, none left "…… 20……"
    assert "…… 20……" not in text
    assert text.count("Mekarmukti, 15 Februari 2025") >= 3  # Pengawas, Pengurus, the meeting
    # the meeting's papers: agenda, rules, the attendance list of members with signatures, forms
    meeting = text[text.index("BAB XII BAHAN RAPAT ANGGOTA TAHUNAN"):]
    for heading in ("A. Acara rapat", "Rapat Anggota Tahunan ke-7 tahun buku 2024: Sabtu, 15 Februari 2025", "B. Tata tertib rapat", "C. Daftar hadir anggota",
                    "No No. anggota Nama Tanda tangan", "D. Berita acara Rapat Anggota Tahunan tahun buku 2024",
                    "E. Keputusan Rapat Anggota Tahunan tahun buku 2024",
                    "Mengesahkan rencana kerja dan anggaran (RK/RAPB) tahun 2025."):
        assert heading in meeting, heading
    for x in report.shu.rows:
        assert f"{x.number} {x.name}" in meeting


def test_without_a_recorded_rat_the_book_says_what_is_missing(db, year, tmp_path):  # noqa: F811
    report = annual_report.annual_report_data(db, year=2024)
    text = "\n".join(_pages(drain(doc.build_annual_report_pdf(tmp_path / "rat.pdf", report=report))))
    assert "Laporan Pengawas tahun buku 2024 belum ditulis di aplikasi." in text
    assert "Kata pengantar" not in text
