"""Printing any receipt by its number: the kwitansi of an instalment or a savings deposit
(KW- series), the bukti kas keluar of a withdrawal, a leaving member's refund or SHU paid in
cash (BKK- series). Several numbers make one PDF, one receipt per page (a collection sheet's
receipts), on the paper chosen in Pengaturan (``print.receipt_format``) unless ``size`` says
otherwise.

Every receipt is drawn from the rows as they were posted: an instalment's "still owed" is
what the credit owed right after that payment (its rows up to and including it), a savings
receipt's balance the balance right after it. A **reprint** (``reprint=True``, a past payment
printed again from a history list) is marked "CETAK ULANG" with the date and time and the
user, and the audit log gets one row per receipt reprinted (``receipt.reprint``), written in
the same transaction as the PDF: no audit row without the paper, no paper without the row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import JournalEntry, User
from kamura_desktop.db.models.credit import BorrowerGroup, Credit, CreditApplication
from kamura_desktop.db.models.membership import Member, SavingsTransaction
from kamura_desktop.db.models.receipts import PayoutReceipt
from kamura_desktop.db.models.repayment import CollectionSheet, Repayment
from kamura_desktop.documents.receipts import SIZES, build_receipts, savings_doc
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.dto.receipts import ReceiptDoc, Reprint

from . import audit, member_io, repayments
from . import settings as settings_service
from .actor import Actor
from .permissions import require

#: what a payout receipt is for, under its title
PAYOUT_WHAT = {"member_leave": "Pengembalian Simpanan Anggota Keluar", "shu": "Pembayaran SHU Tunai"}


def _user_name(s: Session, user_id: int | None) -> str:
    u = s.get(User, user_id) if user_id else None
    return u.full_name if u else ""


def _journal(s: Session, entry_id: int | None) -> str:
    entry = s.get(JournalEntry, entry_id) if entry_id else None
    return entry.number if entry else ""


def repayment_doc(s: Session, r: Repayment) -> ReceiptDoc:
    """The kwitansi of one instalment payment as it was posted."""
    c = s.get(Credit, r.credit_id)
    borrower = s.get(Member, c.member_id)
    g = s.get(BorrowerGroup, s.get(CreditApplication, c.application_id).group_id)
    payer = s.get(Member, r.payer_member_id) if r.payer_member_id else borrower
    total_due = sum(row.amount_due for row in repayments.schedule_rows(s, c.id))
    paid_by_then = s.scalar(select(func.coalesce(func.sum(Repayment.amount), 0)).where(
        Repayment.credit_id == c.id, Repayment.id <= r.id))
    still_owed = total_due - int(paid_by_then)
    if r.source == "group_cover":
        purpose = (f"Tanggung renteng: angsuran kredit {c.number} atas nama {borrower.name} "
                   f"({borrower.number}), kelompok {g.code}")
    else:
        purpose = f"Angsuran kredit {c.number}, kelompok {g.code}"
    rows = [("Pokok / jasa", f"{format_rupiah(r.principal_part)} / {format_rupiah(r.service_part)}")]
    reversal = s.scalar(select(Repayment).where(Repayment.reversal_of_id == r.id))
    if reversal is not None:
        rows.append(("Status", f"DIBALIK {format_date_id(reversal.on_date)}: {reversal.note or ''}".strip()))
    after = (f"Sisa kewajiban kredit {c.number} setelah pembayaran ini: "
             + (f"{format_rupiah(0)} (LUNAS)" if still_owed == 0 else format_rupiah(still_owed)))
    return ReceiptDoc(
        receipt_no=r.receipt_no or "", cash_out=False, what="Angsuran Kredit", on_date=r.on_date,
        member_name=payer.name, member_number=payer.number, purpose=purpose, amount=r.amount,
        rows=tuple(rows), after=after, cashier=r.received_by or _user_name(s, r.created_by_id),
        journal_number=_journal(s, r.journal_entry_id))


def payout_doc(s: Session, p: PayoutReceipt) -> ReceiptDoc:
    m = s.get(Member, p.member_id)
    return ReceiptDoc(
        receipt_no=p.receipt_no, cash_out=True, what=PAYOUT_WHAT.get(p.kind, "Kas Keluar"),
        on_date=p.on_date, member_name=m.name, member_number=m.number, purpose=p.purpose,
        amount=p.amount, cashier=_user_name(s, p.created_by_id),
        journal_number=_journal(s, p.journal_entry_id))


def _docs(db: Database, numbers: Sequence[str], actor: Actor | None) -> list[ReceiptDoc]:
    """The receipts of ``numbers`` in that order; a number that is none is refused by name."""
    found: list[ReceiptDoc | int] = []  # a savings receipt by its transaction id, for now
    with db.read() as s:
        for number in numbers:
            r = s.scalar(select(Repayment).where(Repayment.receipt_no == number))
            p = None if r else s.scalar(select(PayoutReceipt).where(PayoutReceipt.receipt_no == number))
            tx_id = None if r or p else s.scalar(
                select(SavingsTransaction.id).where(SavingsTransaction.receipt_no == number))
            if r is None and p is None and tx_id is None:
                raise NotFound(f"Kwitansi atau bukti kas keluar {number} tidak ditemukan.")
            if actor is not None:
                require(actor, "repayments.view" if r is not None else "savings.view")
            found.append(repayment_doc(s, r) if r is not None
                         else payout_doc(s, p) if p is not None else tx_id)
    # a savings receipt is read as member_io reads it for its own print (one definition)
    return [savings_doc(member_io.receipt_for(db, d)) if isinstance(d, int) else d for d in found]


def receipts_pdf(db: Database, *, receipt_nos: Sequence[str], path: Path | str,
                 size: str | None = None, actor: Actor | None = None, reprint: bool = False,
                 now: dt.datetime | None = None) -> Path:
    """Print the receipts ``receipt_nos`` (KW- or BKK-), one per page, into ``path``.

    ``reprint``: the papers say CETAK ULANG with ``now`` and the actor's name, and the audit
    log records the reprint of each (the actor is then required)."""
    numbers = [n.strip() for n in receipt_nos if n and n.strip()]
    if not numbers:
        raise UserError("Tidak ada kwitansi yang dipilih untuk dicetak.", field="receipt_nos")
    size = size or settings_service.get_setting(db, "print.receipt_format")
    if size not in SIZES:
        raise UserError("Ukuran kwitansi harus salah satu dari: "
                        + ", ".join(settings_service.RECEIPT_FORMATS.values()) + ".", field="size")
    docs = _docs(db, numbers, actor)
    profile = settings_service.get_profile(db)
    if not reprint:
        return build_receipts(path, docs, profile=profile, size=size)
    if actor is None:
        raise UserError("Cetak ulang kwitansi memerlukan pengguna yang masuk.", field="actor")
    now = now or dt.datetime.now().replace(microsecond=0)
    mark = Reprint(at=now, by=actor.full_name)
    docs = [replace(d, reprint=mark) for d in docs]
    with db.write() as s:  # the audit rows commit only once the paper has been written
        for d in docs:
            audit.record(s, actor, action="receipt.reprint", entity="receipt", entity_id=d.receipt_no,
                         summary=f"Cetak ulang {d.title.lower()} {d.receipt_no}: {d.what} "
                                 f"{d.member_name} ({d.member_number}) {format_rupiah(d.amount)} "
                                 f"tanggal {format_date_id(d.on_date)}", at=now)
        out = build_receipts(path, docs, profile=profile, size=size, printed_at=now)
    return out


def sheet_receipt_numbers(db: Database, *, group_id: int, meeting_date: dt.date) -> list[str]:
    """The kwitansi numbers of a posted collection sheet, in the order they were posted."""
    with db.read() as s:
        sheet_id = s.scalar(select(CollectionSheet.id).where(CollectionSheet.group_id == group_id,
                                                             CollectionSheet.meeting_date == meeting_date))
        if sheet_id is None:
            return []
        return list(s.scalars(select(Repayment.receipt_no).where(
            Repayment.collection_sheet_id == sheet_id, Repayment.receipt_no.is_not(None))
            .order_by(Repayment.id)))


def payout_numbers(db: Database, *, kind: str, source_id: str) -> list[str]:
    """The bukti kas keluar of a leaving member (``kind`` "member_leave", ``source_id`` the
    member number) or of a year's SHU paid in cash ("shu", the year), in number order."""
    with db.read() as s:
        return list(s.scalars(select(PayoutReceipt.receipt_no).where(
            PayoutReceipt.kind == kind, PayoutReceipt.source_id == source_id)
            .order_by(PayoutReceipt.id)))


def member_payouts(db: Database, member_id: int) -> list[tuple[str, dt.date, str, int]]:
    """(number, date, what, amount) of the refunds and cash SHU paid to a member, oldest first."""
    with db.read() as s:
        return [(p.receipt_no, p.on_date, PAYOUT_WHAT.get(p.kind, p.kind), p.amount)
                for p in s.scalars(select(PayoutReceipt).where(PayoutReceipt.member_id == member_id)
                                   .order_by(PayoutReceipt.id))]
