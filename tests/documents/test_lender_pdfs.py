"""The lender pool's printouts, read back with pypdf: lender registration and commitment
statement, lender statement, revolving fund development (with its chart) and the group fact
sheet (which must never show a NIK). Real files, real fonts; no mocks."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from kamura_desktop import __version__
from kamura_desktop.domain.errors import NotFound, PermissionDenied
from kamura_desktop.services import lender_docs, membership
from tests.helpers_books import prepared

from ..services.test_lender_pool import lender_scenario
from .books import member_book
from .pdf_text import page_texts

MM = 72 / 25.4


def text_of(path) -> str:
    return "\n".join(page_texts(path))


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_dejavu_only(path) -> None:
    fonts = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts and all("DejaVuSans" in name for name in fonts), sorted(fonts)


def assert_a4_with_footer(path) -> None:
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (210, 297)
    text = text_of(path)
    pages = len(reader.pages)
    assert f"Kamura Desktop {__version__}" in text
    assert f"Halaman {pages} dari {pages}" in text
    assert "Koperasi Awilarangan Mukti Rahayu" in text  # the letterhead


@prepared
def scenario(db, actors):
    """The lender pool's scenario on the member book of conftest.py (built once per run and
    engine, a copy per test)."""
    member_book(db, actors)
    return lender_scenario(db, actors)


def test_lender_registration_form(scenario, tmp_path):
    db = scenario.db
    lender = scenario.lenders[0]
    m = membership.get_member(db, lender)
    path = lender_docs.lender_registration_pdf(db, member_id=lender, path=tmp_path / "daftar.pdf",
                                               actor=scenario.actors["petugas"])
    text = text_of(path)
    assert "FORMULIR PENDAFTARAN LENDER" in text and "Pernyataan Komitmen" in text
    assert m.nik in flat(text)  # the lender's own form carries her NIK, in boxes
    for requirement in ("Anggota aktif koperasi", "Fotokopi KTP dan KK diserahkan", "Simpanan pokok lunas",
                        "Simpanan wajib tidak menunggak"):
        assert requirement in text
    assert "Memenuhi semua persyaratan lender" in text
    assert "Pengolahanikanpindang" in flat(text) and "Rp60.000" in text  # preferences
    assert "70 %" in text and "dihapusbukukan" in text and "ditahan" in text
    assert "terdaftar sejak" in text
    assert_dejavu_only(path)
    assert_a4_with_footer(path)


def test_registration_form_of_a_member_who_lacks_a_requirement(scenario, tmp_path):
    path = lender_docs.lender_registration_pdf(scenario.db, member_id=scenario.candidate,
                                               path=tmp_path / "calon.pdf")
    text = text_of(path)
    assert "pendaftaran baru" in text
    assert "belum ada: KTP dan KK" in text and "Belum" in text
    assert "Belum memenuhi semua persyaratan" in text


def test_lender_statement(scenario, tmp_path):
    db = scenario.db
    a = scenario.lenders[0]
    path = lender_docs.lender_statement_pdf(db, member_id=a, date_from=dt.date(2024, 1, 1),
                                            date_to=dt.date.today(), path=tmp_path / "laporan.pdf",
                                            actor=scenario.actors["ketua"])
    text = text_of(path)
    assert "LAPORAN DANA LENDER" in text and "Ai Nurjanah" in text
    assert scenario.first.number in text and scenario.second.number in text
    assert "Dihapusbukukan" in text and "Dana berisiko menurut kolektibilitas" in text
    assert "Dalam Perhatian Khusus" in text and "Macet" in text
    assert "Saldo awal" in text and "Saldo akhir" in text and "Pengembalian pokok" in text
    assert "Rp22.500" in text  # deployed to date: 10.000 + 12.500
    assert_dejavu_only(path)
    assert_a4_with_footer(path)
    # a lender with a pending commitment sees it, held
    b = scenario.lenders[1]
    path = lender_docs.lender_statement_pdf(db, member_id=b, date_from=dt.date(2024, 1, 1),
                                            date_to=dt.date.today(), path=tmp_path / "b.pdf")
    text = text_of(path)
    assert "Komitmen menunggu pencairan" in text and "Rp15.000" in text
    # as of a day when the credits were running: money at risk in class 1
    path = lender_docs.lender_statement_pdf(db, member_id=a, date_from=dt.date(2024, 3, 1),
                                            date_to=dt.date(2024, 3, 8), path=tmp_path / "awal.pdf")
    assert "Lancar" in text_of(path)


def test_fund_development_with_its_chart(scenario, tmp_path):
    path = lender_docs.fund_development_pdf(scenario.db, path=tmp_path / "dana.pdf", as_of=dt.date(2024, 12, 31))
    text = text_of(path)
    assert "PERKEMBANGAN DANA BERGULIR" in text and "31 Desember 2024" in text
    assert "40.000.000" in text and "24.000.000" in text and "Rp64.000.000" in text
    for year in range(2011, 2015):
        assert str(year) in text
    # the chart is drawn with ReportLab graphics: its title and its axis labels are in the page
    assert "Modal dana bergulir (Rp)" in text and "60 jt" in text
    assert "Hibah dana bergulir" not in text  # grants received through receive_capital …
    assert "PNPMMandiriPerkotaan" in flat(text)  # … are listed by their journal descriptions
    assert_dejavu_only(path)
    assert_a4_with_footer(path)


def test_fund_development_of_an_empty_book(db, tmp_path):
    path = lender_docs.fund_development_pdf(db, path=tmp_path / "kosong.pdf")
    assert "Belum ada transaksi dana bergulir" in text_of(path)


def test_group_fact_sheet_never_shows_a_nik(scenario, tmp_path):
    db = scenario.db
    path = lender_docs.group_fact_sheet_pdf(db, application_id=scenario.app2.id, path=tmp_path / "fakta.pdf",
                                            actor=scenario.actors["petugas"])
    text = text_of(path)
    assert "LEMBAR FAKTA KELOMPOK" in text and "Sauyunan" in text and scenario.app2.number in text
    assert "Rp125.000" in text and "Rp110.000" in text  # asked; still open for lenders
    assert "Pengolahanikanpindang" in flat(text) and "Paketusahapindang,siklus2" in flat(text)
    assert scenario.app.number in text and "Dihapusbukukan" in text  # the group's first round
    for member_id in scenario.borrowers:
        m = membership.get_member(db, member_id)
        assert m.name in text
        assert m.nik not in flat(text)
        if m.kk_number:
            assert m.kk_number not in flat(text)
    assert not re.search(r"\d{16}", flat(text))
    assert_dejavu_only(path)
    assert_a4_with_footer(path)
    assert len(PdfReader(path).pages) == 1


def test_printouts_check_permission_and_existence(scenario, tmp_path):
    with pytest.raises(NotFound):
        lender_docs.group_fact_sheet_pdf(scenario.db, application_id=9999, path=tmp_path / "x.pdf")
    with pytest.raises(NotFound):
        lender_docs.member_id_by_number(scenario.db, "KMR-9999")
    outsider = scenario.actors["admin"].__class__(None, "tamu", "Tamu", "tamu")
    with pytest.raises(PermissionDenied):
        lender_docs.fund_development_pdf(scenario.db, path=tmp_path / "y.pdf", actor=outsider)


def test_group_fact_sheet_amounts_never_wrap(scenario, tmp_path):
    """Issue 18 item 1: the fact sheet with the largest plausible amounts (Rp999.999.999 per
    member) keeps every amount on one line — the total wrapped as "Rp2.500.0 / 00" before."""
    import dataclasses

    from kamura_desktop.documents.lender_docs import build_group_fact_sheet
    from kamura_desktop.services import lender_pool
    from kamura_desktop.services import settings as settings_service

    from .amounts import broken_amounts

    sheet = lender_pool.group_fact_sheet(scenario.db, scenario.app2.id)
    big = 999_999_999
    members = tuple(dataclasses.replace(m, amount=big) for m in sheet.members)
    sheet = dataclasses.replace(sheet, members=members, amount_asked=big * len(members),
                                past_cycles=tuple(dataclasses.replace(p, principal=big * p.members, paid=big)
                                                  for p in sheet.past_cycles))
    path = build_group_fact_sheet(tmp_path / "fakta.pdf", profile=settings_service.get_profile(scenario.db),
                                  sheet=sheet)
    text = text_of(path)
    assert f"Rp{big * len(members):,}".replace(",", ".") in text
    assert broken_amounts(path) == []
