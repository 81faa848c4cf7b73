"""Receipt papers: A6, half A4 and the thermal rolls 58 mm and 80 mm, chosen in the settings;
a withdrawal is a bukti kas keluar numbered in its own BKK- series (not the KW- series)."""

from __future__ import annotations

import datetime as dt

import pytest

from kamura_desktop.documents.receipts import SIZES
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import member_io, savings, settings
from kamura_desktop.services.actor import Actor

from .test_member_pdfs import page_size_mm, text_of


def test_every_paper_of_the_setting_has_a_page_format():
    assert set(SIZES) == set(settings.RECEIPT_FORMATS)


@pytest.mark.parametrize("paper,width", [("thermal_58", 58), ("thermal_80", 80)])
def test_a_thermal_roll_receipt_is_a_page_of_the_rolls_width(book, tmp_path, paper, width):
    settings.save_settings(book.db, actor=Actor.system(), profile={},
                           values={"print.receipt_format": paper})
    out = member_io.receipt_pdf(book.db, tx_id=book.deposit.tx_id, path=tmp_path / "kw.pdf",
                                actor=book.actors["petugas"])  # the paper of the setting
    w, h = page_size_mm(out)
    assert w == width and 120 <= h <= 200
    text = text_of(out)
    for part in ("KWITANSI", book.deposit.receipt_no, "Siti Aminah", "KMR-0001", "Rp125.000",
                 "Seratus dua puluh lima ribu rupiah", "Uji Petugas"):
        assert part in text.replace("\n", " ") or part in text, part
    assert book.deposit.receipt_no.startswith("KW-")


def test_a_withdrawal_gets_a_bukti_kas_keluar_in_its_own_series(book, tmp_path):
    assert book.withdrawal.receipt_no == "BKK-2024-000001"  # not the next KW- number
    later = savings.record_deposit(book.db, actor=book.actors["petugas"],
                                   member_id=book.member.id, kind="sukarela", amount=10_000,
                                   on_date=dt.date(2024, 3, 2)).value
    assert later.receipt_no == "KW-2024-000006"  # pokok, 3 wajib, sukarela, this one
    out = member_io.receipt_pdf(book.db, tx_id=book.withdrawal.tx_id, path=tmp_path / "b.pdf",
                                size="thermal_80")
    text = text_of(out)
    assert "BUKTI KAS KELUAR" in text and "BKK-2024-000001" in text
    assert page_size_mm(out)[0] == 80


def test_an_unknown_paper_is_refused_in_indonesian(book, tmp_path):
    with pytest.raises(UserError, match="Ukuran kwitansi harus salah satu dari") as exc:
        settings.save_settings(book.db, actor=Actor.system(), profile={},
                               values={"print.receipt_format": "a3"})
    assert exc.value.field == "print.receipt_format"
    with pytest.raises(UserError, match="Rol thermal 58 mm"):
        member_io.receipt_pdf(book.db, tx_id=book.deposit.tx_id, path=tmp_path / "x.pdf",
                              size="a3")
    assert not (tmp_path / "x.pdf").exists()
