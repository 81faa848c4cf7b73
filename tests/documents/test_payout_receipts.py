"""Issue 17: money paid out to a member prints a bukti kas keluar in the BKK- series (a
leaving member's refund here; SHU in cash in tests/services/test_shu_payouts.py; a withdrawal
in test_receipt_formats.py); a reprint says CETAK ULANG with its date and is in the audit log;
the footer of a 58 mm roll stays inside the paper."""

from __future__ import annotations

import datetime as dt

import pypdfium2 as pdfium
import pytest

from kamura_desktop.domain.errors import NotFound, PermissionDenied, UserError
from kamura_desktop.services import audit, membership, receipt_print
from kamura_desktop.services.actor import Actor

from .test_member_pdfs import page_size_mm, text_of

MM = 72 / 25.4


def flat(text: str) -> str:
    return " ".join(text.split())


def test_a_leaving_members_refund_gets_a_bukti_kas_keluar(book, tmp_path):
    today = dt.date.today()
    left = membership.member_leave(book.db, actor=book.actors["bendahara"], member_id=book.member.id,
                                   on_date=today, reason="Pindah ke Cimahi").value
    # pokok 50.000 + wajib 30.000 + sukarela (125.000 − 75.000) = 130.000, nothing owed
    assert left.refund == 130_000
    assert left.receipt_no == f"BKK-{today.year}-000001"  # the BKK series, not KW-
    assert receipt_print.payout_numbers(book.db, kind="member_leave",
                                        source_id=book.member.number) == [left.receipt_no]
    out = receipt_print.receipts_pdf(book.db, receipt_nos=[left.receipt_no], path=tmp_path / "b.pdf",
                                     actor=book.actors["petugas"])
    text = flat(text_of(out))
    for part in ("BUKTI KAS KELUAR", "Pengembalian Simpanan Anggota Keluar", left.receipt_no,
                 "Dibayarkan kepada", "Siti Aminah", "KMR-0001", "Rp130.000",
                 "Seratus tiga puluh ribu rupiah", "pokok Rp50.000", "wajib Rp30.000",
                 "sukarela Rp50.000", "Penerima", "Uji Bendahara"):
        assert part in text, part
    assert "CETAK ULANG" not in text
    rows = audit.list_audit(book.db, actor=book.actors["admin"], limit=5)
    assert any(r.action == "member.leave" and left.receipt_no in r.summary for r in rows)


def test_a_reprinted_deposit_says_so_with_the_date_and_is_audited(book, tmp_path):
    at = dt.datetime(2026, 12, 7, 14, 5)
    clerk = book.actors["petugas"]
    out = receipt_print.receipts_pdf(book.db, receipt_nos=[book.deposit.receipt_no],
                                     path=tmp_path / "ulang.pdf", actor=clerk, reprint=True, now=at)
    text = flat(text_of(out))
    assert "CETAK ULANG · 7 Desember 2026 14.05 · Uji Petugas" in text
    for part in ("KWITANSI", book.deposit.receipt_no, "Siti Aminah", "Rp125.000",
                 "Saldo simpanan sukarela setelah transaksi ini: Rp125.000"):
        assert part in text, part
    [row] = [r for r in audit.list_audit(book.db, actor=book.actors["admin"], limit=5)
             if r.action == "receipt.reprint"]
    assert (row.entity, row.entity_id, row.username, row.at) == (
        "receipt", book.deposit.receipt_no, clerk.username, at)
    assert "Siti Aminah" in row.summary and "Rp125.000" in row.summary
    # a withdrawal's bukti kas keluar reprints the same way
    out = receipt_print.receipts_pdf(book.db, receipt_nos=[book.withdrawal.receipt_no],
                                     path=tmp_path / "bkk.pdf", actor=clerk, reprint=True, now=at)
    assert "BUKTI KAS KELUAR" in text_of(out) and "CETAK ULANG" in text_of(out)


def test_a_reprint_needs_a_user_and_an_unknown_number_is_refused(book, tmp_path):
    with pytest.raises(UserError, match="memerlukan pengguna"):
        receipt_print.receipts_pdf(book.db, receipt_nos=[book.deposit.receipt_no],
                                   path=tmp_path / "x.pdf", reprint=True)
    with pytest.raises(NotFound, match="KW-2024-999999 tidak ditemukan"):
        receipt_print.receipts_pdf(book.db, receipt_nos=["KW-2024-999999"], path=tmp_path / "x.pdf",
                                   actor=book.actors["petugas"], reprint=True)
    with pytest.raises(UserError, match="Tidak ada kwitansi"):
        receipt_print.receipts_pdf(book.db, receipt_nos=[], path=tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    assert not [r for r in audit.list_audit(book.db, actor=book.actors["admin"], limit=20)
                if r.action == "receipt.reprint"]  # nothing printed, nothing recorded
    nobody = Actor(user_id=None, username="tamu", full_name="Tamu", role="tamu")
    with pytest.raises(PermissionDenied):
        receipt_print.receipts_pdf(book.db, receipt_nos=[book.deposit.receipt_no],
                                   path=tmp_path / "x.pdf", actor=nobody)


@pytest.mark.parametrize("paper,width", [("thermal_58", 58), ("thermal_80", 80)])
def test_the_rolls_text_stays_inside_the_paper(book, tmp_path, paper, width):
    """The known defect: on 58 mm the footer ("Kamura Desktop … · Dicetak …") ran past the
    paper's right edge. Every character's right x is now inside the margin, also the reprint
    mark's and a long name's; one receipt is one page of the roll."""
    out = receipt_print.receipts_pdf(book.db, receipt_nos=[book.deposit.receipt_no],
                                     path=tmp_path / "r.pdf", size=paper,
                                     actor=book.actors["petugas"], reprint=True,
                                     now=dt.datetime(2026, 12, 31, 23, 59))
    assert page_size_mm(out)[0] == width
    pdf = pdfium.PdfDocument(str(out))
    try:
        assert len(pdf) == 1
        page = pdf[0]
        w, _h = page.get_size()
        tp = page.get_textpage()
        boxes = [tp.get_charbox(i) for i in range(tp.count_chars())]
        text = tp.get_text_range()
    finally:
        pdf.close()
    assert "Halaman 1 dari 1" in text and "Dicetak 31 Desember 2026" in text
    right = max(b[2] for b in boxes)
    left = min(b[0] for b in boxes)
    bottom = min(b[1] for b in boxes)
    assert right <= w - 2.5 * MM, f"text reaches {right / MM:.1f} mm of {w / MM:.0f} mm"
    assert left >= 2.5 * MM and bottom >= 3 * MM
