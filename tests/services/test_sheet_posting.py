"""Posting a collection sheet: what it costs (statements sent to the database) and that the
cheaper posting writes exactly what the one-payment-at-a-time posting wrote — the receipt and
journal numbers in the same order (a lender's flow-back entry right after its payment's), the
hash chains whole, the audit rows, the ledger balanced. On both engines (issue 16: on the
server every statement is a round trip to another PC, so the sheet reads what it needs in a
few queries and moves each seal once).
"""

from __future__ import annotations

import contextlib
import datetime as dt

from sqlalchemy import event, func, select

from kamura_desktop.db.models.core import AuditEntry, JournalEntry, JournalLine, TamperSeal
from kamura_desktop.db.models.credit import Credit, CreditApplication, GroupMember
from kamura_desktop.db.models.membership import SavingsTransaction
from kamura_desktop.db.models.repayment import CollectionAttendance, CollectionSheet, Repayment
from kamura_desktop.services import integrity, ledger, repayments

from .test_repayments import Lending, statement
from .test_wiring import _lender_funded_running_credit, actors_demo  # noqa: F401 (a fixture)

#: the statements a group of five posts in, per engine (before issue 16: 140 on SQLite and
#: 132 on PostgreSQL, where each is a round trip; SQLite's driver sends an INSERT … RETURNING
#: per row where the server's takes the rows in one)
SHEET_OF_FIVE_STATEMENTS = {"sqlite": 65, "postgresql": 55}


@contextlib.contextmanager
def statements(db):
    """The statements the program sends to the database meanwhile (a list, filled)."""
    sent: list[str] = []

    def count(_conn, _cursor, statement, _params, _context, _many):
        sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_a_group_of_five_posts_in_few_statements(db, actors):
    lend = Lending(db, actors)
    cs = lend.paket_group()
    group_id = cs[0].group_id
    day = statement(db, cs[0].id).instalments[0].due_date
    order = [ln.member_id for ln in
             repayments.open_collection_sheet(db, group_id=group_id, meeting_date=day).lines]
    entries = [repayments.SheetEntry(member_id=mid, paid=4_200) for mid in order]
    with statements(db) as sent:
        receipts = repayments.post_collection_sheet(db, actor=actors["petugas"], group_id=group_id,
                                                    meeting_date=day, entries=entries).value
    assert len(receipts) == 5 and sum(r.amount for r in receipts) == 21_000
    engine = "postgresql" if db.is_server else "sqlite"
    assert len(sent) <= SHEET_OF_FIVE_STATEMENTS[engine], "\n".join(sent)
    # the counters and the seals were each written, not read, once per payment
    assert sum(s.lstrip().upper().startswith("SELECT") and "sequences" in s for s in sent) <= 2
    assert sum("UPDATE tamper_seals" in s for s in sent) <= 2
    # what was posted: five receipts and five entries in running numbers, a balanced ledger,
    # the chains and seals whole
    numbers = [int(r.receipt_no.rsplit("-", 1)[1]) for r in receipts]
    assert numbers == list(range(numbers[0], numbers[0] + 5))
    with db.read() as s:
        entries_posted = s.execute(select(JournalEntry.number, JournalEntry.source_id)
                                   .where(JournalEntry.source_type == "repayment")
                                   .order_by(JournalEntry.id)).all()
        assert [src for _, src in entries_posted[-5:]] == [r.receipt_no for r in receipts]
        journal_numbers = [int(n.rsplit("-", 1)[1]) for n, _ in entries_posted[-5:]]
        assert journal_numbers == list(range(journal_numbers[0], journal_numbers[0] + 5))
        sheet_id = s.scalar(select(CollectionSheet.id).where(CollectionSheet.group_id == group_id))
        assert s.scalar(select(func.count()).select_from(CollectionAttendance)
                        .where(CollectionAttendance.sheet_id == sheet_id)) == 5
        assert s.scalar(select(func.count()).select_from(Repayment)
                        .where(Repayment.collection_sheet_id == sheet_id)) == 5
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(6)))
        assert actions == ["collection.post"] + ["repayment.record"] * 5
        head = s.execute(select(JournalEntry.id, JournalEntry.row_hash)
                         .order_by(JournalEntry.id.desc()).limit(1)).one()
        seal = s.get(TamperSeal, "journal")
        assert (seal.head_id, seal.digest) == tuple(head)
        audit_head = s.execute(select(AuditEntry.id, AuditEntry.row_hash)
                               .order_by(AuditEntry.id.desc()).limit(1)).one()
        seal = s.get(TamperSeal, "audit")
        assert (seal.head_id, seal.digest) == tuple(audit_head)
    assert ledger.trial_balance(db, as_of=day).balanced
    report = integrity.check_database(db.location if db.is_server else db.path)
    assert report.ok, report


def test_a_sheet_with_a_lender_and_a_cover_numbers_each_flow_back_after_its_payment(
        demo_db, actors_demo):  # noqa: F811 (the fixture)
    """The flow-back of a lender-funded credit is posted right after its own payment (its
    journal number follows the payment's), a cover after the debtor's own payment; every
    sukarela row points to its entry; the file checks whole."""
    cid, lenders = _lender_funded_running_credit(demo_db)
    today = dt.date.today()
    with demo_db.read() as s:
        credit = s.get(Credit, cid)
        debtor = credit.member_id
        group_id = s.get(CreditApplication, credit.application_id).group_id
        posted = set(s.scalars(select(CollectionSheet.meeting_date)
                               .where(CollectionSheet.group_id == group_id)))
        in_group = list(s.scalars(select(GroupMember.member_id).where(
            GroupMember.group_id == group_id, GroupMember.left_on.is_(None))
            .order_by(GroupMember.member_id)))
        last_entry = s.scalar(select(func.max(JournalEntry.id)))
    day = next(today - dt.timedelta(days=k) for k in range(60)
               if today - dt.timedelta(days=k) not in posted)
    sheet = repayments.open_collection_sheet(demo_db, group_id=group_id, meeting_date=day)
    owing = {ln.member_id for ln in sheet.lines if ln.credit_id is not None}
    assert debtor in owing
    coverer = next(m for m in in_group if m != debtor)
    entries = [repayments.SheetEntry(member_id=debtor, paid=2_000,
                                     covers=((coverer, 1_000),))]
    entries += [repayments.SheetEntry(member_id=m, paid=1_000) for m in sorted(owing)
                if m != debtor]
    receipts = repayments.post_collection_sheet(demo_db, actor=actors_demo["petugas"],
                                                group_id=group_id, meeting_date=day,
                                                entries=entries).value
    assert len(receipts) == len(entries) + 1
    with demo_db.read() as s:
        posted_entries = s.execute(select(JournalEntry.id, JournalEntry.number, JournalEntry.source_type,
                                          JournalEntry.source_id)
                                   .where(JournalEntry.id > last_entry).order_by(JournalEntry.id)).all()
        kinds = [(src_type, src) for _, _, src_type, src in posted_entries]
        # the lender-funded credit's two payments (its own, then the cover), each followed by
        # its flow-back; then the others' payments
        first, cover = receipts[0].receipt_no, receipts[1].receipt_no
        assert kinds[:4] == [("repayment", first), ("flowback", first),
                             ("repayment", cover), ("flowback", cover)]
        assert [k for k, _ in kinds[4:]] == ["repayment"] * (len(receipts) - 2)
        assert [src for _, src in kinds[4:]] == [r.receipt_no for r in receipts[2:]]
        per_year = [int(n.rsplit("-", 1)[1]) for _, n, _, _ in posted_entries]
        assert per_year == list(range(per_year[0], per_year[0] + len(per_year)))
        flow_ids = {i for i, _, t, _ in posted_entries if t == "flowback"}
        flowed = list(s.scalars(select(SavingsTransaction.journal_entry_id)
                                .where(SavingsTransaction.journal_entry_id.in_(flow_ids))))
        assert set(flowed) == flow_ids and set(lenders) >= set(s.scalars(
            select(SavingsTransaction.member_id).where(SavingsTransaction.journal_entry_id.in_(flow_ids))))
        unbalanced = s.execute(select(JournalLine.entry_id).where(JournalLine.entry_id > last_entry)
                               .group_by(JournalLine.entry_id)
                               .having(func.sum(JournalLine.debit) != func.sum(JournalLine.credit))).all()
        assert unbalanced == []
    assert ledger.trial_balance(demo_db, as_of=today).balanced
    report = integrity.check_database(demo_db.location if demo_db.is_server else demo_db.path)
    assert report.ok, report
