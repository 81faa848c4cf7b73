"""Simpanan (kamura_desktop.services.savings) on a fresh SQLite file per test: pokok, wajib
arrears and rates, sukarela deposits and withdrawals, holds, reversals, immutability, and the
ledger agreeing with the savings rows (also as a Hypothesis property)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from kamura_desktop.db.models.core import AuditEntry, JournalEntry
from kamura_desktop.db.models.membership import Member, SavingsTransaction
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import NotFound, PermissionDenied, UserError
from kamura_desktop.services import events, ledger, membership, savings
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.membership import MemberInput
from tests.helpers_books import prepared

from ..helpers_hypothesis import examples

JOINED = dt.date(2024, 1, 10)


def new_member(db, actor=None, *, joined_on=JOINED, name="Asep Saepudin") -> int:
    # one more than the highest member id of these books (a per-process counter would repeat
    # a NIK of books a @prepared fixture built in another process)
    with db.read() as s:
        serial = (s.scalar(select(func.max(Member.id))) or 0) + 1
    nik = f"321701{(serial % 28) + 1:02d}0580{serial % 10000 or 1:04d}"
    data = MemberInput(name=name, nik=nik, sex="L", joined_on=joined_on, rt="1", rw="8",
                       kampung="Cibitung", trade="Pengolahan ikan pindang")
    return membership.register_member(db, actor=actor or Actor.system(), data=data).value.member.id


def deposit(db, actor, member_id, kind, amount, on_date=JOINED, note=None):
    return savings.record_deposit(db, actor=actor, member_id=member_id, kind=kind,
                                  amount=amount, on_date=on_date, note=note).value


def withdraw(db, actor, member_id, amount, on_date=JOINED, note=None):
    return savings.record_withdrawal(db, actor=actor, member_id=member_id, amount=amount,
                                     on_date=on_date, note=note).value


def counts(db) -> tuple[int, int, int]:
    """(savings rows, journal entries, audit rows)."""
    with db.read() as s:  # one statement (the property asks before every operation)
        return tuple(s.execute(_COUNTS).one())


_COUNTS = select(*(select(func.count(column)).scalar_subquery()
                   for column in (SavingsTransaction.id, JournalEntry.id, AuditEntry.id)))


def kinds(b) -> tuple[int, int, int]:
    return (b.pokok, b.wajib, b.sukarela)


def assert_books_consistent(db) -> None:
    """The ledger balances, and each Simpanan account equals the sum of its savings rows."""
    assert ledger.ledger_problems(db) == []
    with db.read() as s:
        sums = savings.sums_by_member(s, None)
        rows = s.execute(select(SavingsTransaction.kind, func.sum(SavingsTransaction.amount))
                         .group_by(SavingsTransaction.kind)).all()
    by_kind = {k: int(v) for k, v in rows}
    for kind, code in savings.ACCOUNTS.items():
        total = sum(v[kind] for v in sums.values())
        assert total == by_kind.get(kind, 0)
        assert ledger.balance_of(db, code) == total, kind
    tb = ledger.trial_balance(db, as_of=dt.date.today())
    assert tb.balanced


@prepared
def member(db, actors) -> int:
    """One member registered by the clerk (built once per run, each test its own copy)."""
    return new_member(db, actors["petugas"])


# ------------------------------------------------------------------ pokok

def test_pokok_is_paid_once_exactly_and_activates(db, actors, member):
    p = actors["petugas"]
    before = counts(db)
    for wrong in (10_000, 49_999, 50_001, 100_000):
        with pytest.raises(UserError) as info:
            deposit(db, p, member, "pokok", wrong)
        assert info.value.field == "amount"
        assert "Rp50.000" in info.value.message
    assert counts(db) == before
    assert membership.get_member(db, member).status == "applicant"
    b = savings.balances(db, member)
    assert b.pokok_required == 50_000 and b.pokok_outstanding == 50_000

    receipt = deposit(db, p, member, "pokok", 50_000, on_date=dt.date(2024, 1, 12))
    assert receipt.amount == 50_000 and receipt.balance_after == 50_000
    m = membership.get_member(db, member)
    assert (m.status, m.activated_on) == ("active", dt.date(2024, 1, 12))
    actions = [a for a in _audit(db) if a[0] in ("member.activate", "savings.deposit")]
    assert sorted(actions) == [("member.activate", "petugas"), ("savings.deposit", "petugas")]
    assert savings.balances(db, member).pokok_outstanding == 0

    with pytest.raises(UserError) as info:
        deposit(db, p, member, "pokok", 50_000)
    assert "sudah lunas" in info.value.message
    assert savings.balances(db, member).pokok == 50_000
    assert_books_consistent(db)


def test_pokok_amount_follows_the_setting(db, actors, member):
    from kamura_desktop.services import settings as settings_service

    with db.write() as s:
        settings_service.set_value(s, "savings.pokok_amount", 25_000)
    with pytest.raises(UserError):
        deposit(db, actors["petugas"], member, "pokok", 50_000)
    deposit(db, actors["petugas"], member, "pokok", 25_000)
    assert savings.balances(db, member).pokok_required == 25_000


def _audit(db) -> list[tuple[str, str]]:
    with db.read() as s:
        return [(a, u) for a, u in s.execute(select(AuditEntry.action, AuditEntry.username)
                                             .order_by(AuditEntry.id))]


# ------------------------------------------------------------------ deposits

def test_deposit_receipt_and_journal_entry(db, actors, member):
    p = actors["petugas"]
    r1 = deposit(db, p, member, "wajib", 10_000, note=" bulan Januari ")
    r2 = deposit(db, p, member, "wajib", 20_000, on_date=dt.date(2024, 3, 1))
    r3 = deposit(db, p, member, "sukarela", 150_000, on_date=dt.date(2025, 1, 2))
    assert (r1.receipt_no, r2.receipt_no, r3.receipt_no) == (
        "KW-2024-000001", "KW-2024-000002", "KW-2025-000001")
    assert (r1.balance_after, r2.balance_after, r3.balance_after) == (10_000, 30_000, 150_000)
    assert r1.title == "Kwitansi Setoran" and r1.note == "bulan Januari"
    assert (r1.member_number, r1.member_name, r1.cashier) == ("KMR-0001", "Asep Saepudin",
                                                              "Uji Petugas")
    [entry] = ledger.entries_for_source(db, "savings", r1.receipt_no)
    assert entry.number == r1.journal_number and entry.date == JOINED
    assert [(x.account_code, x.debit, x.credit) for x in entry.lines] == [
        (Acc.KAS, 10_000, 0), (Acc.SIMPANAN_WAJIB, 0, 10_000)]
    [entry3] = ledger.entries_for_source(db, "savings", r3.receipt_no)
    assert [(x.account_code, x.credit) for x in entry3.lines][1] == (Acc.SIMPANAN_SUKARELA, 150_000)
    assert ledger.balance_of(db, Acc.KAS) == 180_000
    b = savings.balances(db, member)
    assert kinds(b) == (0, 30_000, 150_000) and b.total == 180_000
    # the history, newest first, with the journal numbers
    history = savings.transactions(db, member)
    assert [t.amount for t in history] == [150_000, 20_000, 10_000]
    assert history[0].label == "Setoran sukarela" and history[0].cashier == "Uji Petugas"
    assert [t.amount for t in savings.transactions(db, member, kind="wajib", limit=1)] == [20_000]
    assert ("savings.deposit", "petugas") in _audit(db)
    assert_books_consistent(db)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"amount": 0}, "amount"),
        ({"amount": -5_000}, "amount"),
        ({"amount": 10_000.0}, "amount"),
        ({"amount": True}, "amount"),
        ({"kind": "tabungan"}, "kind"),
        ({"on_date": dt.date.today() + dt.timedelta(days=1)}, "on_date"),
        ({"on_date": dt.date(2024, 1, 9)}, "on_date"),  # before joining
    ],
)
def test_deposit_refusals_save_nothing(db, actors, member, kwargs, field):
    args = {"kind": "wajib", "amount": 10_000, "on_date": JOINED, **kwargs}
    before = counts(db)
    with pytest.raises(UserError) as info:
        savings.record_deposit(db, actor=actors["petugas"], member_id=member, **args)
    assert info.value.field == field
    assert counts(db) == before


def test_deposit_permissions_and_unknown_member(db, actors, member):
    for role in ("ketua", "admin"):
        with pytest.raises(PermissionDenied):
            deposit(db, actors[role], member, "wajib", 10_000)
        with pytest.raises(PermissionDenied):
            withdraw(db, actors[role], member, 10_000)
    deposit(db, actors["bendahara"], member, "wajib", 10_000)
    with pytest.raises(NotFound):
        deposit(db, actors["petugas"], 999, "wajib", 10_000)


# ------------------------------------------------------------------ wajib arrears

def _arrears(db, member_id, on: dt.date) -> int:
    return savings.balances(db, member_id, as_of=on).wajib_arrears


def test_wajib_arrears_across_month_ends_in_a_leap_year(db, actors):
    m = new_member(db, actors["petugas"], joined_on=dt.date(2024, 1, 31))
    assert _arrears(db, m, dt.date(2023, 12, 31)) == 0      # before the join month: nothing due
    assert _arrears(db, m, dt.date(2024, 1, 31)) == 10_000  # the join month counts in full
    assert _arrears(db, m, dt.date(2024, 2, 1)) == 20_000
    assert _arrears(db, m, dt.date(2024, 2, 29)) == 20_000
    assert _arrears(db, m, dt.date(2024, 3, 1)) == 30_000
    deposit(db, actors["petugas"], m, "wajib", 20_000, on_date=dt.date(2024, 1, 31))
    status = savings.balances(db, m, as_of=dt.date(2024, 1, 31)).wajib_status
    assert (status.due, status.paid, status.arrears, status.paid_ahead,
            status.months_paid_ahead) == (10_000, 20_000, 0, 10_000, 1)
    assert _arrears(db, m, dt.date(2024, 2, 29)) == 0
    status = savings.balances(db, m, as_of=dt.date(2024, 3, 1)).wajib_status
    assert (status.arrears, status.months_in_arrears, status.months_due) == (10_000, 1, 3)
    # payments dated later do not count at an earlier date
    deposit(db, actors["petugas"], m, "wajib", 10_000, on_date=dt.date(2024, 3, 2))
    assert _arrears(db, m, dt.date(2024, 3, 1)) == 10_000
    assert _arrears(db, m, dt.date(2024, 3, 31)) == 0


def test_wajib_arrears_february_of_a_common_year(db, actors):
    m = new_member(db, actors["petugas"], joined_on=dt.date(2023, 1, 31))
    assert _arrears(db, m, dt.date(2023, 2, 28)) == 20_000
    assert _arrears(db, m, dt.date(2023, 3, 1)) == 30_000
    assert _arrears(db, m, dt.date(2023, 12, 31)) == 120_000
    assert _arrears(db, m, dt.date(2024, 1, 1)) == 130_000


def test_wajib_rate_change_by_the_chair(db, actors):
    m = new_member(db, actors["petugas"], joined_on=dt.date(2024, 1, 15))
    for role in ("petugas", "bendahara", "admin"):
        with pytest.raises(PermissionDenied):
            savings.set_wajib_rate(db, actor=actors[role], effective_from=dt.date(2024, 3, 15),
                                   amount=15_000)
    out = savings.set_wajib_rate(db, actor=actors["ketua"], effective_from=dt.date(2024, 3, 15),
                                 amount=15_000)
    assert out.changes.savings and out.changes.members
    assert savings.wajib_rates(db) == [(dt.date(2000, 1, 1), 10_000), (dt.date(2024, 3, 15), 15_000)]
    # the new amount applies to the whole month of its date; earlier months keep theirs
    assert _arrears(db, m, dt.date(2024, 2, 29)) == 20_000
    assert _arrears(db, m, dt.date(2024, 3, 1)) == 35_000
    assert _arrears(db, m, dt.date(2024, 4, 30)) == 50_000
    deposit(db, actors["petugas"], m, "wajib", 35_000, on_date=dt.date(2024, 3, 20))
    assert _arrears(db, m, dt.date(2024, 3, 31)) == 0
    assert _arrears(db, m, dt.date(2024, 4, 1)) == 15_000
    # the member list uses the same table
    [row] = membership.list_members(db, as_of=dt.date(2024, 4, 1)).rows
    assert row.wajib_arrears == 15_000
    [row] = membership.list_members(db, membership.MemberFilter(wajib_arrears=True),
                                    as_of=dt.date(2024, 4, 1)).rows
    assert row.id == m
    with pytest.raises(UserError) as info:
        savings.set_wajib_rate(db, actor=actors["ketua"], effective_from=dt.date(2024, 3, 15),
                               amount=20_000)
    assert info.value.field == "effective_from"
    with pytest.raises(UserError) as info:
        savings.set_wajib_rate(db, actor=actors["ketua"], effective_from=dt.date(2025, 1, 1),
                               amount=-1)
    assert info.value.field == "amount"
    assert ("savings.rate", "ketua") in _audit(db)


# ------------------------------------------------------------------ withdrawals and holds

def test_withdrawal_within_the_balance(db, actors, member):
    p = actors["petugas"]
    deposit(db, p, member, "sukarela", 100_000)
    before = counts(db)
    with pytest.raises(UserError) as info:
        withdraw(db, p, member, 100_001, on_date=dt.date(2024, 2, 1))
    assert (info.value.code, info.value.field) == ("over_available", "amount")
    assert "Rp100.000" in info.value.message
    assert counts(db) == before
    r = withdraw(db, p, member, 40_000, on_date=dt.date(2024, 2, 1), note="biaya sekolah")
    assert r.title == "Bukti Kas Keluar" and r.amount == 40_000 and r.balance_after == 60_000
    [entry] = ledger.entries_for_source(db, "savings", r.receipt_no)
    assert [(x.account_code, x.debit, x.credit) for x in entry.lines] == [
        (Acc.SIMPANAN_SUKARELA, 40_000, 0), (Acc.KAS, 0, 40_000)]
    withdraw(db, p, member, 60_000, on_date=dt.date(2024, 2, 2))
    assert savings.balances(db, member).sukarela == 0
    with pytest.raises(UserError) as info:
        withdraw(db, p, member, 1, on_date=dt.date(2024, 2, 3))
    assert info.value.code == "over_available"
    # wajib and pokok are not withdrawn over the counter
    deposit(db, p, member, "wajib", 10_000)
    with pytest.raises(UserError):
        withdraw(db, p, member, 5_000)
    assert_books_consistent(db)


def test_withdrawal_cannot_be_dated_before_the_money_was_there(db, actors, member):
    p = actors["petugas"]
    deposit(db, p, member, "sukarela", 100_000, on_date=dt.date(2024, 3, 1))
    with pytest.raises(UserError) as info:
        withdraw(db, p, member, 50_000, on_date=dt.date(2024, 2, 1))
    assert info.value.field == "on_date"
    assert savings.balances(db, member).sukarela == 100_000


def test_backdated_withdrawal_may_not_push_a_later_balance_below_zero(db, actors, member):
    p = actors["petugas"]
    deposit(db, p, member, "sukarela", 100_000, on_date=dt.date(2024, 1, 10))
    withdraw(db, p, member, 100_000, on_date=dt.date(2024, 2, 10))
    deposit(db, p, member, "sukarela", 100_000, on_date=dt.date(2024, 3, 10))
    before = counts(db)
    # on 20 January there were 100.000, and there are 100.000 today, but the withdrawal of
    # 10 February would have overdrawn the account
    with pytest.raises(UserError) as info:
        withdraw(db, p, member, 100_000, on_date=dt.date(2024, 1, 20))
    assert info.value.field == "on_date"
    assert counts(db) == before
    withdraw(db, p, member, 100_000, on_date=dt.date(2024, 3, 10))
    st_ = savings.statement(db, member, date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31))
    assert min(line.balance for line in st_.lines["sukarela"]) >= 0


def test_held_sukarela_is_not_available(db, actors, member, also_answering):
    p = actors["petugas"]
    deposit(db, p, member, "sukarela", 500_000)

    def lender_pool(session, question):
        ids = question.member_ids
        return {member: 300_000} if ids is None or member in ids else {}

    with also_answering(events.SukarelaHeld, lender_pool):
        b = savings.balances(db, member)
        assert (b.sukarela, b.sukarela_held, b.sukarela_available) == (500_000, 300_000, 200_000)
        before = counts(db)
        with pytest.raises(UserError) as info:
            withdraw(db, p, member, 250_000, on_date=dt.date(2024, 2, 1))
        assert info.value.code == "over_available"
        assert "Rp300.000" in info.value.message and "Rp200.000" in info.value.message
        assert counts(db) == before
        withdraw(db, p, member, 200_000, on_date=dt.date(2024, 2, 1))
        assert savings.balances(db, member).sukarela_available == 0
    # the temporary answer is gone again
    assert savings.balances(db, member).sukarela_available == 300_000


# ------------------------------------------------------------------ reversals

def test_reversal_by_the_treasurer_restores_and_mirrors(db, actors, member):
    p, bendahara = actors["petugas"], actors["bendahara"]
    deposit(db, p, member, "wajib", 10_000)
    wrong = deposit(db, p, member, "wajib", 100_000, on_date=dt.date(2024, 2, 1))
    original = ledger.entries_for_source(db, "savings", wrong.receipt_no)[0]
    with pytest.raises(PermissionDenied):
        savings.reverse_savings_transaction(db, actor=p, tx_id=wrong.tx_id, reason="salah ketik")
    with pytest.raises(PermissionDenied):
        savings.reverse_savings_transaction(db, actor=actors["ketua"], tx_id=wrong.tx_id,
                                            reason="salah ketik")
    with pytest.raises(UserError) as info:
        savings.reverse_savings_transaction(db, actor=bendahara, tx_id=wrong.tx_id, reason=" ")
    assert info.value.field == "reason"
    kas = ledger.balance_of(db, Acc.KAS)

    out = savings.reverse_savings_transaction(db, actor=bendahara, tx_id=wrong.tx_id,
                                              reason="salah ketik, seharusnya 10.000",
                                              on_date=dt.date(2024, 2, 2))
    rev = out.value
    assert out.changes.savings and out.changes.ledger
    assert (rev.tx_type, rev.amount, rev.reversal_of_id, rev.on_date) == (
        "pembalikan", -100_000, wrong.tx_id, dt.date(2024, 2, 2))
    assert rev.receipt_no is None and rev.cashier == "Uji Bendahara"
    assert savings.balances(db, member).wajib == 10_000
    assert ledger.balance_of(db, Acc.KAS) == kas - 100_000
    mirror = ledger.get_entry(db, ledger.entries_for_source(db, "savings", wrong.receipt_no)[1].id)
    assert mirror.reversal_of_id == original.id and mirror.number == rev.journal_number
    assert [(x.account_code, x.debit, x.credit) for x in mirror.lines] == [
        (x.account_code, x.credit, x.debit) for x in original.lines]
    assert ledger.get_entry(db, original.id).reversed_by_id == mirror.id
    history = {t.id: t for t in savings.transactions(db, member)}
    assert history[wrong.tx_id].reversed_by_id == rev.id
    assert ("savings.reverse", "bendahara") in _audit(db)

    before = counts(db)
    with pytest.raises(UserError) as info:
        savings.reverse_savings_transaction(db, actor=bendahara, tx_id=wrong.tx_id, reason="lagi")
    assert "sudah dibalik" in info.value.message
    with pytest.raises(UserError):  # a reversal is not reversed
        savings.reverse_savings_transaction(db, actor=bendahara, tx_id=rev.id, reason="lagi")
    with pytest.raises(NotFound):
        savings.reverse_savings_transaction(db, actor=bendahara, tx_id=999, reason="lagi")
    assert counts(db) == before
    assert_books_consistent(db)


def test_reversing_a_withdrawal_gives_the_money_back(db, actors, member):
    p, bendahara = actors["petugas"], actors["bendahara"]
    deposit(db, p, member, "sukarela", 80_000)
    w = withdraw(db, p, member, 30_000, on_date=dt.date(2024, 2, 1))
    savings.reverse_savings_transaction(db, actor=bendahara, tx_id=w.tx_id, reason="batal")
    assert savings.balances(db, member).sukarela == 80_000
    assert_books_consistent(db)


def test_reversing_a_deposit_already_withdrawn_is_refused(db, actors, member):
    p, bendahara = actors["petugas"], actors["bendahara"]
    d = deposit(db, p, member, "sukarela", 80_000)
    withdraw(db, p, member, 50_000, on_date=dt.date(2024, 2, 1))
    before = counts(db)
    with pytest.raises(UserError) as info:
        savings.reverse_savings_transaction(db, actor=bendahara, tx_id=d.tx_id, reason="salah")
    assert "Rp30.000" in info.value.message
    assert counts(db) == before


def test_reversal_dates_are_checked(db, actors, member):
    p, bendahara = actors["petugas"], actors["bendahara"]
    d = deposit(db, p, member, "wajib", 10_000, on_date=dt.date(2024, 2, 1))
    for bad in (dt.date(2024, 1, 31), dt.date.today() + dt.timedelta(days=1)):
        with pytest.raises(UserError) as info:
            savings.reverse_savings_transaction(db, actor=bendahara, tx_id=d.tx_id,
                                                reason="salah", on_date=bad)
        assert info.value.field == "on_date"
    # a sukarela deposit reversed on a date before a later withdrawal would overdraw it
    s1 = deposit(db, p, member, "sukarela", 100_000, on_date=dt.date(2024, 2, 1))
    withdraw(db, p, member, 100_000, on_date=dt.date(2024, 3, 1))
    deposit(db, p, member, "sukarela", 100_000, on_date=dt.date(2024, 4, 1))
    with pytest.raises(UserError):
        savings.reverse_savings_transaction(db, actor=bendahara, tx_id=s1.tx_id,
                                            reason="salah", on_date=dt.date(2024, 2, 15))
    savings.reverse_savings_transaction(db, actor=bendahara, tx_id=s1.tx_id, reason="salah",
                                        on_date=dt.date(2024, 4, 1))
    assert savings.balances(db, member).sukarela == 0
    assert_books_consistent(db)


def test_no_reversal_after_the_member_has_left(db, actors, member):
    p, bendahara = actors["petugas"], actors["bendahara"]
    pokok = deposit(db, p, member, "pokok", 50_000)
    membership.member_leave(db, actor=bendahara, member_id=member, on_date=dt.date(2024, 2, 1),
                            reason="pindah")
    before = counts(db)
    with pytest.raises(UserError):
        savings.reverse_savings_transaction(db, actor=bendahara, tx_id=pokok.tx_id, reason="salah")
    assert counts(db) == before
    assert savings.balances(db, member).pokok == 0


def test_savings_rows_cannot_be_updated_or_deleted(db, actors, member):
    deposit(db, actors["petugas"], member, "sukarela", 100_000)
    for sql in ("UPDATE savings_transactions SET amount = 1",
                "UPDATE savings_transactions SET note = 'diubah'",
                "DELETE FROM savings_transactions"):
        with pytest.raises(DBAPIError) as info:
            with db.write() as s:
                s.execute(text(sql))
        assert "pembalikan" in str(info.value)
    assert savings.balances(db, member).sukarela == 100_000


# ------------------------------------------------------------------ statement, opening

def test_statement_has_running_balances(db, actors, member):
    p = actors["petugas"]
    deposit(db, p, member, "sukarela", 100_000, on_date=dt.date(2024, 1, 10))
    deposit(db, p, member, "sukarela", 50_000, on_date=dt.date(2024, 2, 10))
    withdraw(db, p, member, 30_000, on_date=dt.date(2024, 3, 10))
    deposit(db, p, member, "wajib", 30_000, on_date=dt.date(2024, 3, 10))
    st_ = savings.statement(db, member, date_from=dt.date(2024, 2, 1), date_to=dt.date(2024, 3, 31))
    assert st_.opening == {"pokok": 0, "wajib": 0, "sukarela": 100_000}
    assert [(x.tx.amount, x.balance) for x in st_.lines["sukarela"]] == [(50_000, 150_000),
                                                                        (-30_000, 120_000)]
    assert st_.closing == {"pokok": 0, "wajib": 30_000, "sukarela": 120_000}
    with pytest.raises(UserError):
        savings.statement(db, member, date_from=dt.date(2024, 4, 1), date_to=dt.date(2024, 3, 1))


def test_opening_balance_posts_against_opening_equity(db, actors, member):
    with db.write() as s:
        from kamura_desktop.db.models.membership import Member

        m = s.get(Member, member)
        savings.post_opening_balance_in_session(s, actors["bendahara"], m, kind="sukarela",
                                                amount=250_000, on_date=JOINED)
        with pytest.raises(UserError):
            savings.post_opening_balance_in_session(s, actors["bendahara"], m, kind="wajib",
                                                    amount=0, on_date=JOINED)
    assert savings.balances(db, member).sukarela == 250_000
    assert ledger.balance_of(db, Acc.SALDO_AWAL) == -250_000  # debit on an equity account
    [tx] = savings.transactions(db, member)
    assert tx.tx_type == "saldo_awal" and tx.receipt_no is None
    assert_books_consistent(db)


# ------------------------------------------------------------------ property: books agree

AMOUNTS = st.sampled_from([1_000, 5_000, 10_000, 25_000, 50_000, 75_000, 120_000, 300_000])
OPS = st.lists(
    st.tuples(
        st.integers(0, 2),                                                   # member
        st.sampled_from(["pokok", "wajib", "sukarela", "withdraw", "reverse"]),
        AMOUNTS,
        st.integers(0, 20),                                                  # days later
        st.integers(0, 1_000),                                               # which tx
    ),
    min_size=1, max_size=14,
)


@settings(max_examples=examples(ci=25, nightly=300), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=OPS)
def test_random_savings_keep_balances_and_ledger_in_step(db, actors, ops):
    """Deposits, withdrawals and reversals in random order (some refused). The examples share
    one file, each with three new members: balances must equal a simple model and the sum
    of the rows, and the Simpanan accounts must equal the totals of all rows."""
    p, bendahara = actors["petugas"], actors["bendahara"]
    start = dt.date(2023, 1, 2)
    members = [new_member(db, p, joined_on=start, name=f"Anggota {i}") for i in range(3)]
    model = [{"pokok": 0, "wajib": 0, "sukarela": 0} for _ in members]
    txs: list[tuple[int, int, str, int, str]] = []   # (tx id, member idx, kind, amount, type)
    reversed_ids: set[int] = set()
    day = start
    for who, op, amount, later, pick in ops:
        day += dt.timedelta(days=later)  # dates never go back, so "then" is "now"
        mid, bal = members[who], model[who]
        before = counts(db)
        try:
            if op == "withdraw":
                r = withdraw(db, p, mid, amount, on_date=day)
                txs.append((r.tx_id, who, "sukarela", -amount, "penarikan"))
            elif op == "reverse":
                if not txs:
                    continue
                tx_id, twho, kind, tamount, ttype = txs[pick % len(txs)]
                rev = savings.reverse_savings_transaction(
                    db, actor=bendahara, tx_id=tx_id, reason="uji", on_date=day).value
                txs.append((rev.id, twho, kind, -tamount, "pembalikan"))
            else:
                r = deposit(db, p, mid, op, amount, on_date=day)
                txs.append((r.tx_id, who, op, amount, "setoran"))
        except UserError:
            # refused: exactly when the model says so, and nothing was written
            event(f"{op} refused")
            assert counts(db) == before
            if op == "withdraw":
                assert amount > bal["sukarela"]
            elif op == "pokok":
                assert amount != 50_000 - bal["pokok"] or bal["pokok"] >= 50_000
            elif op == "reverse":
                assert (ttype == "pembalikan" or tx_id in reversed_ids
                        or (kind == "sukarela" and tamount > model[twho]["sukarela"]))
            else:
                raise
            continue
        # accepted: exactly when the model allows it
        event(f"{op} accepted")
        if op == "withdraw":
            assert amount <= bal["sukarela"]
            bal["sukarela"] -= amount
        elif op == "reverse":
            assert ttype != "pembalikan" and tx_id not in reversed_ids
            reversed_ids.add(tx_id)
            model[twho][kind] -= tamount
        else:
            if op == "pokok":
                assert amount == 50_000 - bal["pokok"]
            bal[op] += amount
        assert all(v >= 0 for b in model for v in b.values())

    for mid, expected in zip(members, model, strict=True):
        assert kinds(savings.balances(db, mid)) == tuple(expected.values())
        rows = savings.transactions(db, mid)
        for kind in savings.KINDS:
            assert sum(t.amount for t in rows if t.kind == kind) == expected[kind]
        status = membership.get_member(db, mid).status
        assert status == ("active" if any(t.kind == "pokok" and t.amount > 0 for t in rows)
                          else "applicant")
    assert_books_consistent(db)
