"""The membership book's printouts, read back with pypdf: kwitansi, passbook, registration
form. Real files, real fonts; no mocks."""

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from kamura_desktop import __version__
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import member_io, savings

from .pdf_text import page_texts

NIK = "3217014503850001"  # the member of the ``book`` fixture (conftest.py)
MM = 72 / 25.4


def text_of(path) -> str:
    return "\n".join(page_texts(path))


def flat(text: str) -> str:
    """Text without any whitespace (digits in boxes come out one per line)."""
    return re.sub(r"\s+", "", text)


def fonts_of(path) -> dict[str, dict]:
    """BaseFont name -> font dictionary, over every page."""
    fonts = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts[str(font["/BaseFont"])] = font
    return fonts


def assert_dejavu_embedded(path) -> None:
    fonts = fonts_of(path)
    assert fonts, "no fonts at all"
    # only DejaVu: no standard font (Helvetica) is referenced anywhere, not even by the canvas
    assert all("DejaVuSans" in name for name in fonts), sorted(fonts)
    assert any(name.endswith("+DejaVuSans") for name in fonts)
    assert any(name.endswith("+DejaVuSans-Bold") for name in fonts)
    for name, font in fonts.items():
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
            else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"


def assert_footer(text: str, pages: int) -> None:
    assert f"Kamura Desktop {__version__}" in text
    for n in range(1, pages + 1):
        assert f"Halaman {n} dari {pages}" in text


def page_size_mm(path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width) / MM), round(float(box.height) / MM)


# ---------------------------------------------------------------- kwitansi

def test_deposit_receipt_a6(book, tmp_path):
    out = member_io.receipt_pdf(book.db, tx_id=book.deposit.tx_id, path=tmp_path / "kw.pdf",
                                actor=book.actors["petugas"])
    assert out == tmp_path / "kw.pdf" and out.read_bytes().startswith(b"%PDF")
    assert page_size_mm(out) == (105, 148)
    assert len(PdfReader(out).pages) == 1
    text = text_of(out)
    assert "KWITANSI" in text and "Setoran Simpanan Sukarela" in text
    assert book.deposit.receipt_no in text
    assert "Siti Aminah" in text and "KMR-0001" in text
    assert "Rp125.000" in text
    assert "Seratus dua puluh lima ribu rupiah" in text
    assert "Rp125.000" in text.split("setelah transaksi ini:")[1]  # balance after the deposit
    assert "Uji Petugas" in text  # the cashier who recorded it
    assert "Koperasi Awilarangan Mukti Rahayu" in text
    assert "Mekarmukti, 1 Februari 2024" in text
    assert_footer(text, 1)
    assert_dejavu_embedded(out)


def test_withdrawal_is_a_bukti_penarikan_on_half_a4(book, tmp_path):
    out = member_io.receipt_pdf(book.db, tx_id=book.withdrawal.tx_id, path=tmp_path / "w.pdf",
                                size="half_a4")
    assert page_size_mm(out) == (210, 148)
    text = text_of(out)
    assert "BUKTI KAS KELUAR" in text and "Penarikan Simpanan Sukarela" in text
    assert "Dibayarkan kepada" in text and "Penerima" in text
    assert "Rp75.000" in text and "Tujuh puluh lima ribu rupiah" in text
    assert "Rp50.000" in text  # sukarela left after the withdrawal
    assert book.withdrawal.receipt_no in text
    assert_dejavu_embedded(out)


def test_reprint_shows_the_balance_of_its_own_time(book, tmp_path):
    """A later deposit does not change what an earlier kwitansi says."""
    savings.record_deposit(book.db, actor=book.actors["petugas"], member_id=book.member.id,
                           kind="sukarela", amount=1_000_000, on_date=dt.date(2024, 4, 1))
    receipt = member_io.receipt_for(book.db, book.deposit.tx_id)
    assert receipt == book.deposit  # same as printed at the counter


def test_receipt_lookup_and_refusals(book, tmp_path):
    assert member_io.find_receipt(book.db, book.deposit.receipt_no.lower()) == book.deposit.tx_id
    with pytest.raises(UserError, match="tidak ditemukan"):
        member_io.find_receipt(book.db, "KW-1999-000001")
    with pytest.raises(UserError, match="Ukuran"):
        member_io.receipt_pdf(book.db, tx_id=book.deposit.tx_id, path=tmp_path / "x.pdf",
                              size="letter")
    assert not (tmp_path / "x.pdf").exists()


def test_opening_balance_has_no_receipt(book, tmp_path):
    from kamura_desktop.db.models.membership import SavingsTransaction

    with book.db.write() as s:
        from kamura_desktop.db.models.membership import Member

        m = s.get(Member, book.member.id)
        tx = savings.post_opening_balance_in_session(s, book.actors["bendahara"], m,
                                                     kind="sukarela", amount=5_000,
                                                     on_date=dt.date(2024, 1, 31))
        tx_id = tx.id
        assert isinstance(tx, SavingsTransaction)
    with pytest.raises(UserError, match="tidak memiliki kwitansi"):
        member_io.receipt_pdf(book.db, tx_id=tx_id, path=tmp_path / "x.pdf")


# ---------------------------------------------------------------- passbook

def test_passbook(book, tmp_path):
    out = member_io.passbook_pdf(book.db, member_id=book.member.id,
                                 date_from=dt.date(2024, 2, 1), date_to=dt.date(2024, 6, 30),
                                 path=tmp_path / "buku.pdf", actor=book.actors["bendahara"])
    reader = PdfReader(out)
    text = text_of(out)
    assert "BUKU SIMPANAN ANGGOTA" in text
    assert "Periode 1 Februari 2024 s.d. 30 Juni 2024" in text
    assert "Siti Aminah" in text and "KMR-0001" in text and NIK in text
    for kind in ("Simpanan Pokok", "Simpanan Wajib", "Simpanan Sukarela"):
        assert kind in text
    # wajib: January's deposit is before the period -> opening Rp10.000, then 2 lines
    assert "Saldo awal" in text and "Saldo akhir" in text
    assert book.deposit.receipt_no in text and book.withdrawal.receipt_no in text
    assert "Rp125.000" in text and "Rp75.000" in text
    assert "Rp30.000" in text  # wajib closing balance
    # Jan..Jun 2024 = 6 months x Rp10.000 due, Rp30.000 paid
    assert "Tunggakan simpanan wajib per 30 Juni 2024: Rp30.000 (3 bulan)" in flat_spaces(text)
    assert "Uji Bendahara" in text  # the treasurer signs
    assert_footer(text, len(reader.pages))
    assert_dejavu_embedded(out)


def flat_spaces(text: str) -> str:
    return " ".join(text.split())


def test_passbook_of_a_long_history_runs_over_pages(book, tmp_path):
    clerk = book.actors["petugas"]
    for day in range(1, 29):
        for month in (4, 5):
            savings.record_deposit(book.db, actor=clerk, member_id=book.member.id,
                                   kind="sukarela", amount=1_000 * day,
                                   on_date=dt.date(2024, month, day))
    out = member_io.passbook_pdf(book.db, member_id=book.member.id,
                                 date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31),
                                 path=tmp_path / "panjang.pdf")
    pages = len(PdfReader(out).pages)
    assert pages >= 2
    text = text_of(out)
    assert_footer(text, pages)
    assert text.count("Tanggal") >= pages  # the table header repeats on each page


def test_passbook_refuses_a_reversed_period(book, tmp_path):
    with pytest.raises(UserError):
        member_io.passbook_pdf(book.db, member_id=book.member.id, date_from=dt.date(2024, 6, 1),
                               date_to=dt.date(2024, 1, 1), path=tmp_path / "x.pdf")


# ---------------------------------------------------------------- registration form

def test_filled_registration_form(book, tmp_path):
    out = member_io.registration_form_pdf(book.db, member_id=book.member.id,
                                          path=tmp_path / "form.pdf")
    assert len(PdfReader(out).pages) == 1
    text = text_of(out)
    assert "FORMULIR PENDAFTARAN ANGGOTA" in text
    assert "Nomor anggota: KMR-0001" in text
    assert "Siti Aminah" in text
    assert NIK in flat(text) and "3217010101100007" in flat(text)  # digits in their boxes
    assert "☒ Perempuan" in text and "☐ Laki-laki" in text
    assert "☒ Fotokopi KTP" in flat_spaces(text)
    assert "Rp50.000" in text and "Rp10.000" in text  # pokok and wajib in the statement
    assert "Calon Anggota" in text and "Petugas" in text and "Ketua" in text
    assert "Uji Petugas" in text  # who registered the member
    assert "Uji Ketua" in text  # the only chair
    assert "Mekarmukti, 15 Januari 2024" in text
    assert_footer(text, 1)
    assert_dejavu_embedded(out)


def test_blank_registration_form(book, tmp_path):
    out = member_io.registration_form_pdf(book.db, member_id=None, path=tmp_path / "kosong.pdf")
    assert len(PdfReader(out).pages) == 1
    text = text_of(out)
    assert "FORMULIR PENDAFTARAN ANGGOTA" in text
    assert "(diisi petugas)" in text
    assert "Siti" not in text and "KMR-0001" not in text
    assert "☐ Fotokopi KTP" in flat_spaces(text)
    assert "Mekarmukti, " in text
    assert_dejavu_embedded(out)


def test_printing_needs_permission_only_when_an_actor_is_given(book, tmp_path):
    from kamura_desktop.services.actor import Actor

    stranger = Actor(user_id=None, username="x", full_name="Tamu", role="tamu")
    with pytest.raises(PermissionDenied):
        member_io.registration_form_pdf(book.db, member_id=None, path=tmp_path / "x.pdf",
                                        actor=stranger)
