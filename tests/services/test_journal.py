"""Manual journal entries by the treasurer and the journal list (services/journal.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kamura_desktop.db.models.books import JournalAttachment
from kamura_desktop.db.models.core import AuditEntry, JournalEntry
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import journal, ledger, savings
from kamura_desktop.services.ledger import Line
from tests.services.test_repayments import Lending

from ..stock import open_cash

D = dt.date(2024, 3, 28)
ATK = [Line(Acc.BEBAN_ATK_CETAK, debit=150_000), Line(Acc.KAS, credit=150_000)]


def n_entries(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(JournalEntry))


@pytest.fixture
def cash(db):
    """Rp5.000.000 in Kas from the paper books (December 2023): the box holds what is paid."""
    open_cash(db, on=dt.date(2023, 12, 31), value=5_000_000)


def test_expense_with_attachment_note(db, actors, cash):
    out = journal.post_manual_entry(db, actor=actors["bendahara"], on_date=D,
                                    description="Beli kertas dan tinta", lines=ATK,
                                    attachment_note="  Nota Toko Sinar no. 118 ")
    entry = out.value
    assert out.changes.ledger
    assert (entry.number, entry.source_type, entry.total) == ("JU-2024-000001", "manual", 150_000)
    assert journal.attachment_note(db, entry.id) == "Nota Toko Sinar no. 118"
    assert ledger.balance_of(db, Acc.BEBAN_ATK_CETAK) == 150_000
    assert ledger.balance_of(db, Acc.KAS) == 5_000_000 - 150_000
    with db.read() as s:
        audit = s.scalar(select(AuditEntry).where(AuditEntry.action == "journal.post"))
        assert "Nota Toko Sinar" in audit.summary and audit.username == "bendahara"


def test_bank_deposit_without_note(db, actors, cash):
    entry = journal.post_manual_entry(db, actor=actors["bendahara"], on_date=D, description="Setor ke BJB",
                                      lines=[Line(Acc.BANK, debit=2_000_000),
                                             Line(Acc.KAS, credit=2_000_000)]).value
    assert journal.attachment_note(db, entry.id) is None


def test_refusals_write_nothing(db, actors):
    treasurer = actors["bendahara"]
    with pytest.raises(UserError, match="tidak seimbang") as err:
        journal.post_manual_entry(db, actor=treasurer, on_date=D, description="Salah",
                                  lines=[Line(Acc.BEBAN_ATK_CETAK, debit=150_000),
                                         Line(Acc.KAS, credit=140_000)], attachment_note="nota")
    assert "selisih Rp10.000" in err.value.message
    with pytest.raises(UserError, match="Keterangan"):
        journal.post_manual_entry(db, actor=treasurer, on_date=D, description=" ", lines=ATK)
    with pytest.raises(UserError, match="masa depan"):
        journal.post_manual_entry(db, actor=treasurer, on_date=dt.date.today() + dt.timedelta(days=1),
                                  description="Besok", lines=ATK)
    with pytest.raises(UserError, match="9999"):
        journal.post_manual_entry(db, actor=treasurer, on_date=D, description="Akun salah",
                                  lines=[Line("9999", debit=1), Line(Acc.KAS, credit=1)])
    for role in ("petugas", "ketua", "admin"):
        with pytest.raises(PermissionDenied):
            journal.post_manual_entry(db, actor=actors[role], on_date=D, description="ATK", lines=ATK)
    assert n_entries(db) == 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(JournalAttachment)) == 0


def test_reversal_instead_of_edit(db, actors, cash):
    treasurer = actors["bendahara"]
    entry = journal.post_manual_entry(db, actor=treasurer, on_date=D, description="ATK", lines=ATK,
                                      attachment_note="nota 118").value
    with pytest.raises(UserError, match="Alasan"):
        journal.reverse_manual_entry(db, actor=treasurer, entry_id=entry.id, reason="", on_date=D)
    with pytest.raises(PermissionDenied):
        journal.reverse_manual_entry(db, actor=actors["petugas"], entry_id=entry.id, reason="x", on_date=D)
    with pytest.raises(UserError, match="sebelum"):
        journal.reverse_manual_entry(db, actor=treasurer, entry_id=entry.id, reason="salah",
                                     on_date=D - dt.timedelta(days=1))
    rev = journal.reverse_manual_entry(db, actor=treasurer, entry_id=entry.id,
                                       reason="jumlah salah", on_date=dt.date(2024, 3, 29)).value
    assert rev.reversal_of_id == entry.id and "jumlah salah" in rev.description
    assert ledger.balance_of(db, Acc.BEBAN_ATK_CETAK) == 0
    with pytest.raises(UserError, match="sudah dibalik"):
        journal.reverse_manual_entry(db, actor=treasurer, entry_id=entry.id, reason="lagi", on_date=D)

    rows = journal.list_journal(db, date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31))
    assert [(r.number, r.total, r.reversal_of_id, r.reversed_by_id, r.attachment_note) for r in rows] == [
        ("JU-2024-000001", 150_000, None, rev.id, "nota 118"),
        ("JU-2024-000002", 150_000, entry.id, None, None)]
    with db.engine.begin() as conn, pytest.raises(Exception, match="tidak boleh"):
        conn.exec_driver_sql("UPDATE journal_attachments SET note = 'lain'")


def test_entries_of_other_books_are_reversed_in_their_book(db, actors):
    lend = Lending(db, actors)
    mid = lend.members(1)[0]
    receipt = savings.record_deposit(db, actor=actors["petugas"], member_id=mid, kind="sukarela",
                                     amount=10_000, on_date=D).value
    with db.read() as s:
        entry_id = s.scalar(select(JournalEntry.id).where(JournalEntry.source_id == receipt.receipt_no))
    with pytest.raises(UserError, match="simpanan"):
        journal.reverse_manual_entry(db, actor=actors["bendahara"], entry_id=entry_id, reason="x", on_date=D)


def test_list_journal_filters(db, actors):
    treasurer = actors["bendahara"]
    lend = Lending(db, actors)
    lend.members(1)  # savings entries on 9 Jan 2023
    journal.post_manual_entry(db, actor=treasurer, on_date=D, description="ATK", lines=ATK,
                              attachment_note="Nota Toko Sinar")
    journal.post_manual_entry(db, actor=treasurer, on_date=dt.date(2024, 4, 2), description="Honor April",
                              lines=[Line(Acc.BEBAN_HONOR, debit=300_000), Line(Acc.KAS, credit=300_000)])
    everything = journal.list_journal(db, date_from=dt.date(2023, 1, 1), date_to=dt.date(2024, 12, 31))
    assert len(everything) == 4 and everything[0].source_type == "savings"
    manual = journal.list_journal(db, date_from=dt.date(2023, 1, 1), date_to=dt.date(2024, 12, 31),
                                  source_type="manual")
    assert [r.description for r in manual] == ["ATK", "Honor April"]
    assert [r.description for r in journal.list_journal(
        db, date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31), search="sinar")] == ["ATK"]
    assert [r.total for r in journal.list_journal(
        db, date_from=dt.date(2024, 4, 1), date_to=dt.date(2024, 4, 30))] == [300_000]
    with pytest.raises(UserError):
        journal.list_journal(db, date_from=dt.date(2024, 5, 1), date_to=dt.date(2024, 4, 1))
