"""Issue 17: SHU paid in cash is money out of Kas to each member — each gets a bukti kas keluar
in the BKK- series (printed one per page); paid into sukarela nobody gets one, except a member
who has left (paid in cash). The worked year of test_shu.py: shares 49.361, 20.956, 80.561,
18.161, 18.161."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from sqlalchemy import select

from kamura_desktop.db.models.credit import Credit
from kamura_desktop.domain.terbilang import terbilang_rupiah
from kamura_desktop.services import membership, receipt_print, repayments, shu, year_end

from . import test_shu as worked

Y, RAT, EXPECTED = worked.Y, worked.RAT, worked.EXPECTED
year = worked.year  # the fixture: the worked year 2024 of five members


def approve(db, actors) -> None:
    year_end.close_year(db, actor=actors["ketua"], year=2023)
    year_end.close_year(db, actor=actors["ketua"], year=Y)
    shu.create_shu_draft(db, actor=actors["bendahara"], year=Y)
    shu.approve_shu(db, actor=actors["ketua"], year=Y, rat_date=RAT)


def test_shu_paid_in_cash_gives_each_member_a_bukti_kas_keluar(db, actors, year, tmp_path):
    approve(db, actors)
    assert receipt_print.payout_numbers(db, kind="shu", source_id=str(Y)) == []
    shu.pay_shu(db, actor=actors["bendahara"], year=Y, on_date=RAT, method="tunai")
    numbers = receipt_print.payout_numbers(db, kind="shu", source_id=str(Y))
    assert numbers == [f"BKK-2025-{i:06d}" for i in range(1, 6)]
    out = receipt_print.receipts_pdf(db, receipt_nos=numbers, path=tmp_path / "shu.pdf",
                                     actor=actors["bendahara"])
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    assert len(pages) == 5
    dto = shu.get_shu(db, Y)
    for text, number, row, expected in zip(pages, numbers, dto.rows, EXPECTED, strict=True):
        amount = f"Rp{expected[4]:,}".replace(",", ".")
        words = terbilang_rupiah(expected[4])
        for part in ("BUKTI KAS KELUAR", "Pembayaran SHU Tunai", number, row.name, row.number,
                     amount, words[:1].upper() + words[1:], f"SHU tahun {Y} dibayar tunai",
                     "15 Maret 2025"):
            assert part in text, (number, part)
    assert sum(e[4] for e in EXPECTED) == 187_200  # the Kas credit of the payment entry


def test_shu_into_sukarela_gives_a_bukti_kas_keluar_only_to_a_member_who_left(db, actors, year):
    # member 4 (no jasa paid in 2024) repays the credit in 2025 and leaves before the RAT:
    # their SHU is paid in cash
    leaver = year[3]
    with db.read() as s:
        credit_id = s.scalar(select(Credit.id).where(Credit.member_id == leaver))
    st = repayments.credit_statement(db, credit_id, as_of=dt.date(2025, 1, 5))
    repayments.record_repayment(db, actor=actors["petugas"], credit_id=credit_id,
                                amount=st.outstanding, on_date=dt.date(2025, 1, 5))
    left = membership.member_leave(db, actor=actors["bendahara"], member_id=leaver,
                                   on_date=dt.date(2025, 1, 10), reason="Pindah").value
    assert left.receipt_no == "BKK-2025-000001"  # the refund itself
    approve(db, actors)
    shu.pay_shu(db, actor=actors["bendahara"], year=Y, on_date=RAT, method="sukarela")
    [number] = receipt_print.payout_numbers(db, kind="shu", source_id=str(Y))
    assert number == "BKK-2025-000002"
    payouts = receipt_print.member_payouts(db, leaver)
    assert [(n, amount) for n, _d, _w, amount in payouts] == [
        ("BKK-2025-000001", left.refund), ("BKK-2025-000002", EXPECTED[3][4])]
