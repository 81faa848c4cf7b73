"""What posting costs: the statements each use case sends to the database, kept under the
counts the posting path was brought down to (issue 20: every service test posts money, and
on a server every statement is a round trip), and proof that the cheaper path returns and
writes what the old one did — the entry read back, the application's fundings, the books'
bound equal to the sum of the lines, the hash chains whole. On both engines.

Beside each limit in :data:`MOST`: the count before this change (SQLite / PostgreSQL),
measured on the same scenario with the same counter.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from kamura_desktop.db.models.core import JournalLine
from kamura_desktop.db.portable import total
from kamura_desktop.domain.chart import Acc
from kamura_desktop.services import (
    books_bound,
    credit_products,
    credits,
    integrity,
    ledger,
    lender_pool,
    membership,
    repayments,
    savings,
)

from ..stock import provide_for
from .test_repayments import JOINED, Lending
from .test_sheet_posting import statements

#: the most statements each use case may send, per engine (the counts it sends now)
MOST = {
    "entry": {"sqlite": 11, "postgresql": 13},  # before: 23 / 24 (before round three: 12 / 13)
    "reversal": {"sqlite": 13, "postgresql": 15},  # 27 / 28 (14 / 15)
    "register": {"sqlite": 9, "postgresql": 11},  # 11 / 13
    "deposit": {"sqlite": 14, "postgresql": 16},  # 21 / 22 (16 / 17)
    "prepare": {"sqlite": 37, "postgresql": 35},  # 75 / 77
    "approve": {"sqlite": 32, "postgresql": 34},  # 61 / 63
    "commit": {"sqlite": 18, "postgresql": 20},  # 27 / 29 (already 18 / 20 under the old limit 22 / 24)
    "disburse": {"sqlite": 47, "postgresql": 49},  # 110 / 75 (63 / 53)
    "repayment": {"sqlite": 28, "postgresql": 29},  # 43 / 39 (34 / 30)
}
#: round three (issue 20): the Core insert of an entry and its lines, the counters written
#: with the transaction's one flush (tests/services/test_posting_cost2.py says more)


def engine_of(db) -> str:
    return "postgresql" if db.is_server else "sqlite"


def assert_file_whole(db) -> None:
    report = integrity.check_database(db.location if db.is_server else db.path)
    assert report.ok, report


def committed_total(db, upto: int) -> float:
    with db.read() as s:
        return s.scalar(select(total(JournalLine.debit)).where(JournalLine.id <= upto)) or 0.0


def test_an_entry_and_its_reversal_cost_few_statements_and_return_what_is_read_back(db, actors):
    treasurer = actors["bendahara"]
    money_in = [ledger.Line(Acc.KAS, debit=250_000, memo="donasi"),
                ledger.Line(Acc.MODAL_DONASI, credit=250_000)]
    ledger.post_journal_entry(db, actor=treasurer, on_date=JOINED, description="Saldo awal",
                              lines=money_in)  # the books' first posting in this process
    with statements(db) as sent:
        posted = ledger.post_journal_entry(
            db, actor=treasurer, on_date=JOINED, description="  Biaya ATK  ",
            lines=[ledger.Line(Acc.BEBAN_ATK_CETAK, debit=12_500, memo="kertas"),
                   ledger.Line(Acc.KAS, credit=12_500)]).value
    assert len(sent) <= MOST["entry"][engine_of(db)], "\n".join(sent)
    # the seals and both chains' heads in one statement; the bound in one
    assert sum("FROM tamper_seals" in s for s in sent) == 1
    assert sum("total(" in s or "DOUBLE PRECISION" in s for s in sent) == 1
    # what the posting returns is what a reader finds after the commit
    assert posted == ledger.get_entry(db, posted.id)
    assert posted.description == "Biaya ATK" and posted.total == 12_500
    assert [(ln.account_code, ln.debit, ln.credit, ln.memo) for ln in posted.lines] == [
        (Acc.BEBAN_ATK_CETAK, 12_500, 0, "kertas"), (Acc.KAS, 0, 12_500, None)]
    with statements(db) as sent:
        mirror = ledger.reverse_entry(db, actor=treasurer, entry_id=posted.id, reason="salah akun",
                                      on_date=JOINED).value
    assert len(sent) <= MOST["reversal"][engine_of(db)], "\n".join(sent)
    assert mirror == ledger.get_entry(db, mirror.id)
    assert mirror.reversal_of_id == posted.id
    assert [(ln.account_code, ln.debit, ln.credit) for ln in mirror.lines] == [
        (Acc.BEBAN_ATK_CETAK, 0, 12_500), (Acc.KAS, 12_500, 0)]
    assert ledger.get_entry(db, posted.id).reversed_by_id == mirror.id
    assert ledger.balance_of(db, Acc.KAS) == 250_000
    assert_file_whole(db)


def test_the_books_bound_sums_what_was_committed_in_one_statement_per_transaction(db, actors):
    """The bound's prefix, carried from transaction to transaction in one statement each,
    is always the sum of the lines committed before the transaction that moved it; a
    posting beyond the bound is still refused."""
    clerk = actors["petugas"]
    member = Lending(db, actors).members(1)[0]
    key = str(db.engine.url)
    for k in range(1, 4):
        with statements(db) as sent:
            savings.record_deposit(db, actor=clerk, member_id=member, kind="sukarela",
                                   amount=10_000 * k, on_date=JOINED)
        assert sum("total(" in s or "DOUBLE PRECISION" in s for s in sent) == 1
        upto, _anchor, summed = books_bound._PREFIX[key]
        assert summed == committed_total(db, upto)
        with db.read() as s:  # the prefix ends where this transaction's lines begin
            assert upto == s.scalar(select(func.max(JournalLine.id))) - 2
    # a prefix whose anchor is not in the file (a file restored at the same path) starts over
    books_bound._PREFIX[key] = (upto, (999_999, 1, 1), 5.0)
    savings.record_deposit(db, actor=clerk, member_id=member, kind="sukarela", amount=1_000,
                           on_date=JOINED)
    upto, _anchor, summed = books_bound._PREFIX[key]
    assert summed == committed_total(db, upto) and summed > 5.0
    books_bound._PREFIX[key] = (upto, _anchor, float(books_bound.MAX_BOOKS_TOTAL))
    try:
        savings.record_deposit(db, actor=clerk, member_id=member, kind="sukarela", amount=1_000,
                               on_date=JOINED)
    except Exception as exc:  # noqa: BLE001 - the refusal's code is what is checked
        assert getattr(exc, "code", None) == "books_too_large", exc
    else:
        raise AssertionError("a posting beyond the bound was not refused")
    finally:
        books_bound._PREFIX.pop(key, None)
    assert savings.balances(db, member).sukarela == 61_000
    assert_file_whole(db)


def test_a_member_and_a_deposit_cost_few_statements(db, actors):
    clerk = actors["petugas"]
    Lending(db, actors).members(1)  # the books' first member and postings in this process
    data = membership.MemberInput(name="Euis Komariah", nik="3217104505850777", sex="P",
                                  joined_on=JOINED, kampung="Babakan Pindang", rt="1", rw="8",
                                  trade="Pengolahan ikan pindang")
    with statements(db) as sent:
        saved = membership.register_member(db, actor=clerk, data=data).value
    assert len(sent) <= MOST["register"][engine_of(db)], "\n".join(sent)
    member = saved.member.id
    assert saved.member == membership.get_member(db, member)
    assert saved.member.status == "applicant"
    # the NIK is still refused, in the statement that looks at the new number
    again = membership.MemberInput(name="Euis Lain", nik="3217104505850777", sex="P",
                                   joined_on=JOINED, kampung="Babakan Pindang", rt="1", rw="8")
    try:
        membership.register_member(db, actor=clerk, data=again)
    except Exception as exc:  # noqa: BLE001 - the refusal's code and words are what is checked
        assert getattr(exc, "code", None) == "nik_taken", exc
        assert f"sudah dipakai anggota {saved.member.number} (Euis Komariah)" in str(exc)
    else:
        raise AssertionError("a NIK already in use was not refused")
    savings.record_deposit(db, actor=clerk, member_id=member, kind="pokok", amount=50_000,
                           on_date=JOINED)
    assert membership.get_member(db, member).status == "active"
    with statements(db) as sent:
        receipt = savings.record_deposit(db, actor=clerk, member_id=member, kind="sukarela",
                                         amount=75_000, on_date=JOINED).value
    assert len(sent) <= MOST["deposit"][engine_of(db)], "\n".join(sent)
    assert receipt.balance_after == 75_000 and receipt.amount == 75_000
    assert ledger.entries_for_source(db, "savings", receipt.receipt_no)[0].number == \
        receipt.journal_number
    assert_file_whole(db)


def test_a_group_credit_from_application_to_disbursement_costs_fewer_statements(db, actors):
    """Prepared, approved, part-funded by a lender, disbursed: each step under its count,
    and each returns the application a reader finds after the commit (the fundings of every
    credit, now read together)."""
    lend = Lending(db, actors)
    clerk, treasurer = actors["petugas"], actors["bendahara"]
    borrowers = lend.members(5)
    lender = lend.members(1)[0]
    savings.record_deposit(db, actor=clerk, member_id=lender, kind="sukarela", amount=100_000,
                           on_date=JOINED)
    lender_pool.register_lender(db, actor=clerk, member_id=lender, on_date=JOINED)
    group = lend.group(borrowers)
    product = credit_products.product_by_code(db, "PAKET")
    on = dt.date(2024, 1, 8)
    engine = engine_of(db)
    with statements(db) as sent:
        app = credits.prepare_application(
            db, actor=clerk, group_id=group.id, product_id=product.id, on_date=on,
            lines=[credits.ApplicationLine(mid, 25_000) for mid in borrowers]).value
    assert len(sent) <= MOST["prepare"][engine], "\n".join(sent)
    assert sum(s.startswith("SELECT wajib_rates") for s in sent) == 1
    assert app == credits.get_application(db, app.id)
    assert [c.eligibility for c in app.credits] == [()] * 5
    with statements(db) as sent:
        app = credits.approve_application(db, actor=treasurer, application_id=app.id,
                                          on_date=on).value
    assert len(sent) <= MOST["approve"][engine], "\n".join(sent)
    assert app == credits.get_application(db, app.id) and app.status == "approved"
    with statements(db) as sent:
        balance = lender_pool.commit_funds(db, actor=treasurer, lender_member_id=lender,
                                           credit_id=app.credits[0].id, amount=10_000).value
    assert len(sent) <= MOST["commit"][engine], "\n".join(sent)
    assert balance == lender_pool.lender_balance(db, lender)
    assert (balance.sukarela, balance.committed, balance.available) == (100_000, 10_000, 90_000)
    credits.allow_gap_funding(db, actor=actors["ketua"], application_id=app.id)
    funded = credits.fund_remaining(db, actor=treasurer, application_id=app.id,
                                    source="own").value
    assert [c.funded for c in funded.credits] == [25_000] * 5
    provide_for(db, app.id, on=on)
    with statements(db) as sent:
        app = credits.disburse_application(db, actor=treasurer, application_id=app.id,
                                           on_date=on).value
    assert len(sent) <= MOST["disburse"][engine], "\n".join(sent)
    assert app == credits.get_application(db, app.id) and app.status == "disbursed"
    with db.read() as s:
        for c in app.credits:
            assert c.funded == credits.funding_in_session(s, s.get(credits.Credit, c.id))
    # every credit's schedule written, in the order the old flush wrote it
    schedules = [credits.schedule_of(db, c.id) for c in app.credits]
    assert [len(rows) for rows in schedules] == [len(schedules[0])] * 5
    assert all(sum(r.principal for r in rows) == 25_000 for rows in schedules)
    assert all([r.no for r in rows] == list(range(1, len(rows) + 1)) for rows in schedules)
    entry = ledger.entries_for_source(db, "credit_application", app.number)[0]
    assert entry.total == 5 * 25_000 + 10_000
    assert lender_pool.lender_balance(db, lender).sukarela == 90_000
    # a payment on the lender-funded credit: its part flows back to the lender's sukarela
    first_due = credits.schedule_of(db, app.credits[0].id)[0]
    with statements(db) as sent:
        receipt = repayments.record_repayment(db, actor=clerk, credit_id=app.credits[0].id,
                                              amount=first_due.amount,
                                              on_date=first_due.due_date).value
    assert len(sent) <= MOST["repayment"][engine], "\n".join(sent)
    assert sum(s.startswith("SELECT credit_fundings.id") for s in sent) == 1
    assert (receipt.principal_part, receipt.service_part) == (first_due.principal, first_due.service)
    back = first_due.principal * 10_000 // 25_000
    assert lender_pool.lender_balance(db, lender).returned == back
    assert ledger.trial_balance(db, as_of=on).balanced
    assert membership.get_member(db, borrowers[0]).status == "active"
    assert_file_whole(db)


def test_members_judged_together_are_judged_as_each_alone(db, actors):
    """A group's application judges its members in one pass; each member's reasons are
    those the one-member path gives: the paid-up members none, the one in wajib arrears and
    the calon anggota theirs (pokok and wajib) — and not each other's."""
    lend = Lending(db, actors)
    clerk = actors["petugas"]
    paid_up = lend.members(3)
    behind, short = (membership.register_member(db, actor=clerk, data=membership.MemberInput(
        name=name, nik=nik, sex="P", joined_on=JOINED, kampung="Babakan Pindang", rt="1",
        rw="8", trade="Pengolahan ikan pindang", ktp_on_file=True, kk_on_file=True,
        poor_family=True)).value.member.id
        for name, nik in (("Imas Masitoh", "3217105505850881"), ("Tati Kartini", "3217105605850882")))
    # pokok paid, no wajib: a year in arrears by the application; the other never paid pokok
    savings.record_deposit(db, actor=clerk, member_id=behind, kind="pokok", amount=50_000,
                           on_date=JOINED)
    members = [*paid_up, behind, short]
    group = lend.group(members)
    product = credit_products.product_by_code(db, "PAKET")
    on = dt.date(2024, 1, 8)
    app = credits.prepare_application(
        db, actor=clerk, group_id=group.id, product_id=product.id, on_date=on,
        lines=[credits.ApplicationLine(mid, 25_000) for mid in members]).value
    assert [c.member_id for c in app.credits] == members
    with db.read() as s:  # each alone, as the printed form judges it (its own credit aside)
        alone = [credits.eligibility_in_session(s, c.member_id, product.id, as_of=on,
                                                amount=c.principal,
                                                before_application=app.id).reasons
                 for c in app.credits]
    assert [tuple(c.eligibility) for c in app.credits] == [tuple(r) for r in alone]
    assert [bool(r) for r in alone] == [False, False, False, True, True]
    assert list(alone[3]) == ["Tunggakan simpanan wajib Rp130.000."]
    assert "Simpanan pokok belum lunas (kurang Rp50.000)." in alone[4]
