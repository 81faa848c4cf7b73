"""Issue 18: printouts a member and the Dinas accept — nobody signs one document twice in two
roles, the cash book in date order, multi-page tables that keep their totals with rows."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from reportlab.lib.units import mm

from kamura_desktop.demo import DEMO_PROFILE
from kamura_desktop.documents.pdf import A4_PORTRAIT, Signer, build_pdf, signature_blocks
from kamura_desktop.documents.pocket_book import PocketBook, PocketBookLine, build_pocket_books
from kamura_desktop.services import settings

PROFILE = settings.CooperativeProfile(**DEMO_PROFILE, logo_png=None)


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_one_person_signs_in_one_role_only(tmp_path):
    """The chair who is also the lender signs as the lender; the approval block beside keeps
    its role with a blank name (and within one row of blocks, the same)."""
    path = build_pdf(tmp_path / "sig.pdf", [
        signature_blocks([Signer("Lender", "H. Ujang Suryana", caption="Yang menyatakan,"),
                          Signer("Bendahara", "Iis Rostiawati")], width=170 * mm),
        signature_blocks([Signer("Ketua Koperasi", "H. Ujang  Suryana", caption="Menyetujui,")],
                         width=170 * mm, taken=("H. Ujang Suryana", "Iis Rostiawati")),
        signature_blocks([Signer("Peminjam", "Cucu"), Signer("Ketua kelompok", "cucu")], width=170 * mm),
    ], profile=PROFILE, page=A4_PORTRAIT, title="t", subject="t")
    text = text_of(path)
    assert text.count("( H. Ujang Suryana )") == 1
    assert "Ketua Koperasi ( ………………………………… )" in text
    assert text.count("( Cucu )") == 1 and "Ketua kelompok ( Cucu ) ( ………………………………… )" in text


def test_the_leaders_own_pocket_book_is_countersigned_by_the_supervisor(tmp_path):
    d0 = dt.date(2024, 3, 4)
    lines = tuple(PocketBookLine(i + 1, d0 + dt.timedelta(days=i), 4_200) for i in range(6))

    def book(member: str) -> PocketBook:
        return PocketBook("KR-2024-0999", "KMR-0001", member, "Cibitung RT 002/RW 008", "KLP-009",
                          "Sauyunan", "Cucu Sumiati", "Senin", "balai RW", "Paket Usaha", True, 24_000,
                          1_200, 6, "daily", 4_200, d0, 1, 0, lines, d0)

    path = build_pocket_books(tmp_path / "buku.pdf", profile=PROFILE,
                              books=[book("Cucu Sumiati"), book("Siti Aminah")])
    own, other = (" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)
    assert own.count("( Cucu Sumiati )") == 1  # as the borrower only
    assert "Peminjam Pengawas kelompok" in own and "( Cucu Sumiati ) ( ……" in own
    assert "Peminjam Ketua kelompok" in other  # Siti's book: her leader countersigns
    assert "( Siti Aminah ) ( Cucu Sumiati )" in other
