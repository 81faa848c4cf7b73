"""Kwitansi: the receipt for money received (a savings deposit, an instalment; KW- series), or
the "Bukti Kas Keluar" for money paid out to a member (a withdrawal, a leaving member's refund,
SHU paid in cash; numbered in its own BKK- series). One receipt per page: a collection sheet's
receipts come as one PDF (:func:`build_receipts`). A reprint is marked "CETAK ULANG" with the
date and time it was reprinted and by whom.

A6 (105 × 148 mm, a quarter of an A4 sheet), half an A4 sheet (A5 landscape), or a thermal
roll 58 mm or 80 mm wide (the small counter printers; a page of the roll's width, cut after
the receipt), as the office's printer and paper allow (Pengaturan → Ukuran kwitansi). The amount is printed in figures and in words
(:func:`kamura_desktop.domain.terbilang.terbilang_rupiah`), with the balance of that savings
kind after the transaction and the signatures of the member and the cashier.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table

from kamura_desktop.domain.dates import format_datetime_id
from kamura_desktop.domain.terbilang import terbilang_rupiah
from kamura_desktop.domain.text import clip
from kamura_desktop.dto.receipts import ReceiptDoc, Reprint
from kamura_desktop.dto.savings import KIND_LABELS, Receipt
from kamura_desktop.dto.settings import CooperativeProfile

from .pdf import (
    A6_PORTRAIT,
    GREEN,
    HALF_A4,
    PALE_GREEN,
    RULE_GREY,
    PageFormat,
    Paragraph,
    Signer,
    TableStyle,
    build_pdf,
    escape,
    money,
    para,
    place_and_date,
    signature_blocks,
    styles,
    tanggal,
)

#: thermal rolls: the printable width is the roll less about 2 × 2–4 mm the head cannot reach;
#: the length is what a receipt needs (the printer cuts after the page)
THERMAL_58 = PageFormat("Rol 58 mm", (58 * mm, 190 * mm), margin=3 * mm, top=3 * mm,
                        bottom=4 * mm, compact=True)
THERMAL_80 = PageFormat("Rol 80 mm", (80 * mm, 160 * mm), margin=4 * mm, top=3 * mm,
                        bottom=4 * mm, compact=True)
SIZES = {"a6": A6_PORTRAIT, "half_a4": HALF_A4, "thermal_58": THERMAL_58,
         "thermal_80": THERMAL_80}
#: a kwitansi is one small page: the note and the names under the signatures are cut to fit
NOTE_CHARS = 120
SIGNER_CHARS = 50


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


REPRINT_RED = colors.HexColor("#b00020")


def savings_doc(receipt: Receipt, *, reprint: Reprint | None = None) -> ReceiptDoc:
    """The printed form of a savings deposit's kwitansi or a withdrawal's bukti kas keluar."""
    withdrawal = receipt.tx_type == "penarikan"
    kind = KIND_LABELS.get(receipt.kind, receipt.kind)
    what = f"{'Penarikan' if withdrawal else 'Setoran'} {kind}"
    return ReceiptDoc(
        receipt_no=receipt.receipt_no, cash_out=withdrawal, what=what, on_date=receipt.on_date,
        member_name=receipt.member_name, member_number=receipt.member_number,
        purpose=what + (f" ({clip(receipt.note, NOTE_CHARS)})" if receipt.note else ""),
        amount=receipt.amount,
        after=f"Saldo {kind.lower()} setelah transaksi ini: {money(receipt.balance_after)}",
        cashier=receipt.cashier, journal_number=receipt.journal_number, reprint=reprint)


def _reprint_mark(reprint: Reprint, st, width: float) -> Table:
    """A red box under the title: the paper is a copy, printed again on that date by that user."""
    style = ParagraphStyle("r_reprint", parent=st.label, alignment=TA_CENTER,
                           textColor=REPRINT_RED)
    text = (f"<b>CETAK ULANG</b> · {escape(format_datetime_id(reprint.at))}"
            f" · {escape(clip(reprint.by, SIGNER_CHARS))}")
    box = Table([[Paragraph(text, style)]], colWidths=[width])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.0, REPRINT_RED),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return box


def _story(doc: ReceiptDoc, page: PageFormat, profile: CooperativeProfile, *, wide: bool) -> list:
    st = styles(page.compact)
    width = page.content_width
    title_style = ParagraphStyle("r_title", parent=st.title, fontSize=13 if wide else 12,
                                 leading=15 if wide else 14, spaceAfter=0)
    sub_style = ParagraphStyle("r_sub", parent=st.subtitle, spaceAfter=0)
    meta_right = ParagraphStyle("r_meta_r", parent=st.label, alignment=TA_RIGHT)
    label = ParagraphStyle("r_label", parent=st.label, textColor=colors.HexColor("#55605c"))
    value = st.value

    story: list = [para(doc.title, title_style), para(doc.what, sub_style)]
    if doc.reprint is not None:
        story += [Spacer(1, 1.5 * mm), _reprint_mark(doc.reprint, st, width)]
    story.append(Spacer(1, 2.5 * mm))

    number = Paragraph(f"No. <b>{escape(doc.receipt_no)}</b>", st.label)
    day = Paragraph(f"Tanggal <b>{escape(tanggal(doc.on_date))}</b>",
                    meta_right if page.width >= 100 * mm else st.label)
    # a roll has no room for both on one line: the date goes under the number
    cells = [[number, day]] if page.width >= 100 * mm else [[number], [day]]
    meta = Table(cells, colWidths=[width / 2, width / 2] if len(cells[0]) == 2 else [width])
    meta.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE_GREY),
    ]))
    story += [meta, Spacer(1, 2 * mm)]

    who = "Dibayarkan kepada" if doc.cash_out else "Telah terima dari"
    label_w = (32 if wide else 18 if page.width < 60 * mm else 27) * mm
    rows = [
        [para(who, label), para(doc.member_name, value)],
        [para("No. anggota", label), para(doc.member_number, value)],
        [para("Untuk", label), para(doc.purpose, value)],
        *([para(k, label), para(v, value)] for k, v in doc.rows),
    ]
    info = Table(rows, colWidths=[label_w, width - label_w])
    info.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ]))
    story += [info, Spacer(1, 2.5 * mm)]

    amount_style = ParagraphStyle("r_amount", parent=st.big_amount, fontSize=15 if wide else 14,
                                  leading=18 if wide else 17)
    words_style = ParagraphStyle("r_words", parent=st.body, fontSize=9.5 if wide else 7.6,
                                 leading=12.5 if wide else 9.6)
    words = Paragraph(f"Terbilang: <b>{escape(_sentence(terbilang_rupiah(doc.amount)))}</b>",
                      words_style)
    if wide:
        amount_w = 58 * mm
        box = Table([[para(money(doc.amount), amount_style), words]],
                    colWidths=[amount_w, width - amount_w])
        box.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1.0, GREEN),
            ("BACKGROUND", (0, 0), (0, 0), PALE_GREEN),
            ("LINEAFTER", (0, 0), (0, 0), 0.6, GREEN),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ]))
    else:
        box = Table([[para(money(doc.amount), ParagraphStyle(
                        "r_amount_c", parent=amount_style, alignment=TA_CENTER))],
                     [words]], colWidths=[width])
        box.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1.0, GREEN),
            ("BACKGROUND", (0, 0), (0, 0), PALE_GREEN),
            ("LINEBELOW", (0, 0), (0, 0), 0.5, GREEN),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]))
    story += [box, Spacer(1, 2 * mm)]

    if doc.after:
        text, _, figure = doc.after.rpartition(": ")
        story.append(Paragraph(f"{escape(text)}: <b>{escape(figure)}</b>" if text
                               else escape(doc.after), st.label))
    story.append(Spacer(1, (3 if wide else 2.5) * mm))

    member_role = "Penerima" if doc.cash_out else "Penyetor"
    story.append(signature_blocks(
        [Signer(member_role, clip(doc.member_name, SIGNER_CHARS)),
         Signer("Petugas / Kasir", clip(doc.cashier, SIGNER_CHARS))],
        width=width, place_date=place_and_date(profile, doc.on_date), space=(13 if wide else 12) * mm, compact=page.compact))
    story.append(Spacer(1, 1.5 * mm))
    story.append(para(f"Jurnal {doc.journal_number} · Harap disimpan sebagai bukti.",
                      ParagraphStyle("r_note", parent=st.small, alignment=TA_CENTER)))
    return story


def _page(size: str) -> PageFormat:
    if size not in SIZES:
        raise ValueError(f"size must be one of {sorted(SIZES)}, got {size!r}")
    return SIZES[size]


def build_receipts(path: Path | str, docs: list[ReceiptDoc], *, profile: CooperativeProfile,
                   size: str = "a6", printed_at: dt.datetime | None = None,
                   title: str | None = None) -> Path:
    """Write ``docs`` one per page (``size`` a key of SIZES) and return the path."""
    if not docs:
        raise ValueError("no receipts to print")
    page = _page(size)
    story: list = []
    for i, doc in enumerate(docs):
        if i:
            story.append(PageBreak())
        story += _story(doc, page, profile, wide=size == "half_a4")
    first = docs[0]
    if title is None:
        title = f"{first.title.title()} {first.receipt_no}" + (
            f" s.d. {docs[-1].receipt_no}" if len(docs) > 1 else "")
    return build_pdf(path, story, profile=profile, page=page, title=title,
                     subject=f"{first.what} {first.member_number}", printed_at=printed_at,
                     one_page=True)


def build_receipt(path: Path | str, *, receipt: Receipt | ReceiptDoc,
                  profile: CooperativeProfile, size: str = "a6",
                  printed_at: dt.datetime | None = None) -> Path:
    """Write one kwitansi or bukti kas keluar (``size`` a key of SIZES) and return its path."""
    doc = receipt if isinstance(receipt, ReceiptDoc) else savings_doc(receipt)
    return build_receipts(path, [doc], profile=profile, size=size, printed_at=printed_at)
