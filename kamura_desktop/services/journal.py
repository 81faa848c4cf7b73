"""Manual journal entries by the treasurer (expenses, bank deposits, adjustments) with a
note of the paper evidence, and the journal list (issue 8).

A manual entry goes through :func:`ledger.post_entry` (at least two lines, debits = credits,
positive whole rupiah, active accounts, date in the open period) with ``source_type
"manual"``; the attachment note ("nota toko ATK no. 118", "slip setoran BJB") is kept in
``journal_attachments``. A posted entry is never edited: a mistake is reversed
(:func:`reverse_manual_entry`, a mirror entry pointing to it, with the reason) and the right
entry posted anew. Only manual entries are reversed here — an entry made by another book
(a savings deposit, an instalment) is reversed in that book, so its own rows follow.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.books import JournalAttachment
from kamura_desktop.db.models.core import JournalEntry, JournalLine
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.limits import check_amount
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.domain.text import clean_text

from . import audit, ledger
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import require

MANUAL = "manual"

#: what the journal list shows for each source type
SOURCE_LABELS = {
    MANUAL: "Jurnal manual",
    "savings": "Simpanan",
    "member_leave": "Anggota keluar",
    "credit_application": "Pencairan kredit",
    "purchase": "Pembelian paket usaha",
    "repayment": "Angsuran",
    "flowback": "Aliran dana lender",
    "flowback_adjust": "Penyesuaian dana lender",
    "write_off": "Hapus buku kredit",
    "capital": "Modal",
    "grant": "Hibah",
    "provision": "Penyisihan piutang",
    "year_close": "Tutup buku",
    "shu": "Penetapan SHU",
    "shu_payment": "Pembayaran SHU",
}


@dataclass(frozen=True)
class JournalListRow:
    entry_id: int
    number: str
    date: dt.date
    description: str
    total: int
    source_type: str | None
    reversal_of_id: int | None
    reversed_by_id: int | None
    attachment_note: str | None


def _clean_lines(lines: list[ledger.Line]) -> list[ledger.Line]:
    out = []
    for line in lines:
        code = (line.account or "").strip()
        if not code:
            raise UserError("Setiap baris jurnal harus memiliki akun.", field="lines")
        for side, amount in (("debit", line.debit), ("kredit", line.credit)):
            check_amount(amount, field="lines", label=f"Akun {code}: {side}", allow_zero=True)
        memo = clean_text(line.memo, field="lines", label="Memo baris jurnal", kind="title")
        out.append(ledger.Line(code, line.debit, line.credit, memo))
    return out


def post_manual_entry(db: Database, *, actor: Actor, on_date: dt.date, description: str,
                      lines: list[ledger.Line], attachment_note: str = "") -> Outcome[ledger.EntryDTO]:
    """The treasurer posts an expense, a bank deposit or an adjustment."""
    require(actor, "ledger.post_manual")
    description = clean_text(description, field="description", kind="title", required=True,
                             label="Keterangan (alasan) jurnal")
    if on_date > dt.date.today():
        raise UserError("Tanggal jurnal tidak boleh di masa depan.", field="on_date")
    clean = _clean_lines(lines)
    note = clean_text(attachment_note, field="attachment_note", label="Catatan bukti",
                      kind="reason") or ""
    with db.write() as s:
        entry = ledger.post_entry(s, actor, on_date=on_date, description=description.strip(),
                                  lines=clean, source_type=MANUAL)
        if note:
            s.add(JournalAttachment(entry_id=entry.id, note=note))
        total = sum(line.debit for line in clean)
        audit.record(s, actor, action="journal.post", entity="journal", entity_id=entry.number,
                     summary=f"{description.strip()} ({format_rupiah(total)})"
                             + (f"; bukti: {note}" if note else ""))
        entry_id = entry.id
    return Outcome(ledger.get_entry(db, entry_id), Changes(ledger=True))


def reverse_manual_entry(db: Database, *, actor: Actor, entry_id: int, reason: str,
                         on_date: dt.date) -> Outcome[ledger.EntryDTO]:
    """Reverse a manual entry with a reason (mirror entry dated ``on_date``, open period)."""
    require(actor, "ledger.reverse")
    reason = clean_text(reason, field="reason", label="Alasan pembalikan", kind="reason",
                        required=True)
    with db.write() as s:
        original = s.get(JournalEntry, entry_id)
        if original is None:
            raise NotFound(f"Jurnal #{entry_id} tidak ditemukan.")
        if original.source_type != MANUAL:
            what = SOURCE_LABELS.get(original.source_type or "", original.source_type or "lain")
            raise UserError(f"Jurnal {original.number} dibuat oleh buku {what.lower()}; balik "
                            "transaksinya di buku itu.", field="entry")
        if on_date < original.date:
            raise UserError("Tanggal pembalikan tidak boleh sebelum tanggal jurnal asal.",
                            field="on_date")
        rev = ledger.reverse_in_session(s, actor, entry_id=entry_id, reason=reason, on_date=on_date)
        audit.record(s, actor, action="journal.reverse", entity="journal", entity_id=rev.number,
                     summary=f"membalik {original.number}: {reason.strip()}")
        rev_id = rev.id
    return Outcome(ledger.get_entry(db, rev_id), Changes(ledger=True))


def attachment_note(db: Database, entry_id: int) -> str | None:
    with db.read() as s:
        return s.scalar(select(JournalAttachment.note).where(JournalAttachment.entry_id == entry_id))


def list_journal(db: Database, *, date_from: dt.date, date_to: dt.date, search: str | None = None,
                 source_type: str | None = None) -> list[JournalListRow]:
    """Entries of a period, oldest first, with their total, reversal links and note.

    ``search`` matches the number, the description or the attachment note (case-insensitive);
    ``source_type`` filters one kind ("manual", "savings", …)."""
    if date_from > date_to:
        raise UserError("Tanggal awal sesudah tanggal akhir.", field="date_from")
    rev = aliased(JournalEntry)
    totals = (select(JournalLine.entry_id, func.sum(JournalLine.debit).label("total"))
              .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
              .where(JournalEntry.date >= date_from, JournalEntry.date <= date_to)
              .group_by(JournalLine.entry_id).subquery())
    q = (select(JournalEntry.id, JournalEntry.number, JournalEntry.date, JournalEntry.description,
                func.coalesce(totals.c.total, 0), JournalEntry.source_type,
                JournalEntry.reversal_of_id, rev.id, JournalAttachment.note)
         .outerjoin(totals, totals.c.entry_id == JournalEntry.id)
         .outerjoin(rev, rev.reversal_of_id == JournalEntry.id)
         .outerjoin(JournalAttachment, JournalAttachment.entry_id == JournalEntry.id)
         .where(JournalEntry.date >= date_from, JournalEntry.date <= date_to)
         .order_by(JournalEntry.date, JournalEntry.id))
    if source_type:
        q = q.where(JournalEntry.source_type == source_type)
    if search and search.strip():
        like = f"%{search.strip().lower()}%"
        q = q.where(or_(func.lower(JournalEntry.number).like(like),
                        func.lower(JournalEntry.description).like(like),
                        func.lower(func.coalesce(JournalAttachment.note, "")).like(like)))
    with db.read() as s:
        return [JournalListRow(eid, number, date, desc, int(total), st, rof, rby, note)
                for eid, number, date, desc, total, st, rof, rby, note in s.execute(q)]
