"""Reversing a payment that is not the credit's latest: the posted books follow the schedule
replayed from the payments that stand, to the rupiah — the receivables (Piutang Pinjaman and
Piutang Dana Bergulir), the service income, the repayment rows every report sums, and the
lenders' flow-back — and a reversal that would leave the revolving fund short on a later
day (its repaid money already lent again) is refused. On real SQLite files."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kamura_desktop.db.models.core import AuditEntry, JournalEntry, JournalLine
from kamura_desktop.db.models.membership import SavingsTransaction
from kamura_desktop.db.models.repayment import Repayment
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import (
    credit_products,
    credits,
    ledger,
    lender_pool,
    provisions,
    repayments,
)
from kamura_desktop.services.credits import ApplicationLine

from ..helpers_books import prepared
from ..stock import open_cash
from .test_lender_pool import add_member
from .test_money_controls import _disburse, _group

GRANT_DAY = dt.date(2024, 3, 1)


def _grant(db, actors, amount: int, on: dt.date = GRANT_DAY) -> None:
    lender_pool.receive_capital(db, actor=actors["bendahara"], fund="revolving", giver="KOTAKU",
                                on_date=on, amount=amount)


def _pay(db, actors, cid: int, amount: int, on: dt.date):
    return repayments.record_repayment(db, actor=actors["petugas"], credit_id=cid, amount=amount,
                                       on_date=on).value


def _reverse(db, actors, repayment_id: int, on: dt.date):
    return repayments.reverse_repayment(db, actor=actors["bendahara"], repayment_id=repayment_id,
                                        reason="Salah catat", on_date=on)


def _balance(db, code: str) -> int:
    """An account's balance on its normal side (income: credits − debits)."""
    return ledger.balance_of(db, code)


def _rows_principal(db, cid: int) -> int:
    return sum(r.principal_part for r in repayments.payments_of(db, cid))


def _rows_service(db, cid: int) -> int:
    return sum(r.service_part for r in repayments.payments_of(db, cid))


def _replayed(db, cid: int) -> tuple[int, int]:
    """(principal, service) repaid by the schedule replayed from the payments that stand."""
    with db.read() as s:
        state = repayments.state_in_session(s, cid)
    return (sum(r.principal_due for r in state.rows) - state.principal_outstanding,
            sum(r.service_due for r in state.rows) - state.service_outstanding)


def _bergulir(db, actors, name: str, amount: int, instalments: int, *, on: dt.date = dt.date(2024, 3, 7),
              source: str = "revolving", lender: tuple[int, int] | None = None):
    """A KSM of five with a Pinjaman Bergulir at 3 % a month, handed over on ``on``; ``lender``
    (member id, rupiah) commits part of the first member's credit."""
    gid, ids = _group(db, actors, name)
    app = credits.prepare_application(
        db, actor=actors["petugas"], group_id=gid, product_id=credit_products.product_by_code(db, "BERGULIR").id,
        on_date=on - dt.timedelta(days=2), instalments=instalments, rate_bp=300,
        lines=[ApplicationLine(m, amount, "Modal usaha") for m in ids]).value
    credits.approve_application(db, actor=actors["bendahara"], application_id=app.id,
                                on_date=on - dt.timedelta(days=1))
    if lender is not None:
        lender_pool.commit_funds(db, actor=actors["bendahara"], lender_member_id=lender[0],
                                 credit_id=app.credits[0].id, amount=lender[1])
        credits.allow_gap_funding(db, actor=actors["ketua"], application_id=app.id)
    credits.fund_remaining(db, actor=actors["bendahara"], application_id=app.id, source=source)
    _disburse(db, actors, app, on=on)
    return [c.id for c in app.credits]


# ------------------------------------------------------------------ the books follow the schedule

# The books two tests each start from, built once per run (tests/helpers_books.py): each test
# still writes its own copy, from exactly the state its first lines used to build.

@prepared
def mawar_paid_up(db, actors):
    """Rp5.000.000 in the box, a grant of 5 × Rp487.300, KSM Mawar's Pinjaman Bergulir of
    Rp487.300 each over 7 months handed over on 7 March, and every instalment of the first
    credit paid on its due date: (credit id, the others, its schedule, the payments)."""
    open_cash(db, on=dt.date(2024, 1, 2), value=5_000_000)
    _grant(db, actors, 5 * 487_300)
    cid, *others = _bergulir(db, actors, "KSM Mawar", 487_300, 7)
    schedule = credits.schedule_of(db, cid)
    paid = [_pay(db, actors, cid, line.amount, line.due_date) for line in schedule]
    return cid, others, schedule, paid


@prepared
def mawar_repaying(db, actors):
    """Rp10.000.000 in the box, a grant of Rp1.500.000 lent whole to KSM Mawar on 7 March
    (5 × Rp300.000 over 10 months), each member paying Rp195.000 on 8 April: (the credit ids,
    the payments)."""
    open_cash(db, on=dt.date(2024, 1, 2), value=10_000_000)
    _grant(db, actors, 1_500_000)
    mawar = _bergulir(db, actors, "KSM Mawar", 300_000, 10)  # the whole grant out on 7 March
    return mawar, [_pay(db, actors, cid, 195_000, dt.date(2024, 4, 8)) for cid in mawar]


def test_a_revolving_fund_credit_stays_on_its_schedule_after_an_older_payment_is_reversed(
        db, actors, mawar_paid_up):
    """Rp487.300 over 7 months: instalments of Rp84.300 (pokok Rp69.669/69.670, jasa
    Rp14.631/14.630) and a last one of Rp83.833 (pokok Rp69.284, jasa Rp14.549). The first
    payment is reversed after the others were posted: the others now fill instalments 1–6,
    not 2–7, and the books move with them."""
    cid, others, schedule, paid = mawar_paid_up
    assert repayments.credit_statement(db, cid).status == "lunas"
    reversal_day = schedule[-1].due_date + dt.timedelta(days=3)
    _reverse(db, actors, paid[0].repayment_id, reversal_day)

    # what stands fills the schedule from the start: the last Rp84.300 of it is owed — all of
    # instalment 7 (pokok 69.284, jasa 14.549) and Rp467 of instalment 6's pokok
    owed_principal = 487_300 - _replayed(db, cid)[0]
    assert owed_principal == 69_284 + 467
    # the rows (what the standings, the provision and the SHU sum) and the ledger say the same
    assert 487_300 - _rows_principal(db, cid) == owed_principal
    assert _rows_service(db, cid) == _replayed(db, cid)[1]
    assert _balance(db, Acc.PIUTANG_DANA_BERGULIR) == owed_principal + 4 * 487_300
    assert _balance(db, Acc.PENDAPATAN_JASA_DANA_BERGULIR) == _replayed(db, cid)[1]
    standing = next(st for st in repayments.loan_standings(db, as_of=reversal_day) if st.credit_id == cid)
    assert (standing.principal_outstanding, standing.service_outstanding) == (69_751, 14_549)
    with db.read() as s:
        assert provisions._principal_repaid(s, reversal_day)[cid] == 487_300 - owed_principal

    # the member pays what is owed: the credit is repaid, the receivable empty, the income whole
    _pay(db, actors, cid, 84_300, reversal_day)
    assert repayments.credit_statement(db, cid).status == "lunas"
    assert _rows_principal(db, cid) == 487_300
    assert _balance(db, Acc.PIUTANG_DANA_BERGULIR) == 4 * 487_300
    total_service = sum(line.service for line in schedule)
    assert _balance(db, Acc.PENDAPATAN_JASA_DANA_BERGULIR) == total_service == 102_333


def test_the_reversal_posts_the_mirror_and_a_reallocation_entry(db, actors, mawar_paid_up):
    """Posted rows are never edited: the reversal mirrors the payment's own entry and a second,
    balanced entry moves the difference between principal and service."""
    cid, _, schedule, paid = mawar_paid_up
    with db.read() as s:
        before = s.scalar(select(func.count(JournalEntry.id)))
    _reverse(db, actors, paid[2].repayment_id, schedule[-1].due_date)
    with db.read() as s:
        new = list(s.scalars(select(JournalEntry).order_by(JournalEntry.id)))[before:]
        assert len(new) == 2
        mirror, realloc = new
        assert mirror.reversal_of_id is not None
        lines = {ln.account.code: (ln.debit, ln.credit) for ln in realloc.lines}
        realloc_source, realloc_text, mirror_id = realloc.source_type, realloc.description, mirror.id
    # the payment was instalment 3 (pokok 69.670, jasa 14.630); without it the schedule owes
    # its last Rp84.300 again: instalment 7 (pokok 69.284, jasa 14.549) and Rp467 of
    # instalment 6's pokok — pokok 69.751, jasa 14.549: Rp81 more pokok, Rp81 less jasa
    assert lines == {Acc.PIUTANG_DANA_BERGULIR: (81, 0), Acc.PENDAPATAN_JASA_DANA_BERGULIR: (0, 81)}
    assert realloc_source == "repayment" and "Penyesuaian alokasi" in realloc_text
    rev = next(r for r in repayments.payments_of(db, cid) if r.reversal_of_id == paid[2].repayment_id)
    assert rev.journal_entry_id == mirror_id
    assert (rev.amount, rev.principal_part, rev.service_part) == (-84_300, -69_751, -14_549)
    assert 487_300 - _rows_principal(db, cid) == 487_300 - _replayed(db, cid)[0] == 69_751


def test_the_lenders_flow_back_follows_the_replayed_schedule(db, actors):
    """A lender funded Rp200.000 of a Rp487.300 credit. Reversing an older payment and paying
    again to the end gives the lender back exactly their Rp200.000 and exactly 70 % of their
    part of the service, and Dana Lender Tersalur is empty."""
    open_cash(db, on=dt.date(2024, 1, 2), value=5_000_000)
    _grant(db, actors, 5 * 487_300)
    lender = add_member(db, "Bu Lender", trade="Pedagang", sukarela=1_000_000)
    lender_pool.register_lender(db, actor=actors["petugas"], member_id=lender, on_date=dt.date(2024, 3, 1))
    cid, *_ = _bergulir(db, actors, "KSM Mawar", 487_300, 7, lender=(lender, 200_000))
    schedule = credits.schedule_of(db, cid)
    paid = [_pay(db, actors, cid, line.amount, line.due_date) for line in schedule[:6]]
    day = schedule[5].due_date
    _reverse(db, actors, paid[0].repayment_id, day)
    _reverse(db, actors, paid[3].repayment_id, day)

    def lender_got(tx_type: str) -> int:
        with db.read() as s:
            rows = s.execute(select(SavingsTransaction.amount, SavingsTransaction.tx_type,
                                    SavingsTransaction.reversal_of_id)
                             .where(SavingsTransaction.member_id == lender,
                                    SavingsTransaction.credit_id == cid)).all()
            types = dict(s.execute(select(SavingsTransaction.id, SavingsTransaction.tx_type)
                                   .where(SavingsTransaction.member_id == lender)).all())
        return sum(a for a, t, orig in rows if (types[orig] if orig else t) == tx_type)

    principal, service = _replayed(db, cid)
    assert lender_got("pengembalian_dana") == principal * 200_000 // 487_300
    assert lender_got("bagi_hasil") == service * 200_000 * 70 // (487_300 * 100)
    # paid to the end
    owed = repayments.credit_statement(db, cid).outstanding
    _pay(db, actors, cid, owed, day)
    assert lender_got("pengembalian_dana") == 200_000
    assert lender_got("bagi_hasil") == 102_333 * 200_000 * 70 // (487_300 * 100)
    assert _balance(db, Acc.DANA_LENDER_TERSALUR) == 0
    assert _balance(db, Acc.BEBAN_JASA_LENDER) == lender_got("bagi_hasil")
    assert _rows_principal(db, cid) == 487_300


def test_a_reversal_is_not_dated_before_the_payment(db, actors):
    open_cash(db, on=dt.date(2024, 1, 2), value=5_000_000)
    _grant(db, actors, 5 * 300_000)
    cid, *_ = _bergulir(db, actors, "KSM Mawar", 300_000, 10)
    first = _pay(db, actors, cid, 39_000, dt.date(2024, 4, 8))
    with pytest.raises(UserError) as err:
        _reverse(db, actors, first.repayment_id, dt.date(2024, 4, 5))
    assert err.value.field == "on_date"
    assert "sebelum tanggal bayar angsuran" in err.value.message and "8 April 2024" in err.value.message


# ------------------------------------------------------------------ the revolving fund's later days

def _counts(db) -> tuple[int, ...]:
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(t))
                     for t in (JournalEntry, JournalLine, Repayment, SavingsTransaction, AuditEntry))


def test_a_reversal_may_not_leave_the_revolving_fund_short_on_a_later_day(db, actors,
                                                                          mawar_repaying):
    """KSM Mawar repaid Rp975.000 to the fund (pokok Rp750.000, jasa Rp225.000) and the fund
    lent Rp900.000 of it to KSM Melati on 20 April. Reversing one of Mawar's payments of
    Rp195.000 (dated 10 April, before Melati's loan, or today) would give the fund's money
    back to a debt it has already lent again: refused, nothing written."""
    mawar, pays = mawar_repaying  # the whole grant out on 7 March; 5 instalments each
    _bergulir(db, actors, "KSM Melati", 180_000, 3, on=dt.date(2024, 4, 20))  # Rp900.000: Rp75.000 left
    before = _counts(db)
    for on in (dt.date(2024, 4, 10), dt.date(2024, 4, 25)):
        with pytest.raises(UserError) as err:
            _reverse(db, actors, pays[0].repayment_id, on)
        assert err.value.code == "revolving_short"
        assert _counts(db) == before
    assert err.value.message == (
        f"Dana bergulir tidak cukup: uang angsuran {pays[0].receipt_no} (Rp195.000) sudah dipinjamkan "
        "lagi; pembalikannya membuat dana bergulir kurang Rp120.000 pada 25 April 2024. Catat dulu "
        "modal dana bergulir yang masuk. Tidak ada yang dibukukan.")
    assert err.value.field == "on_date"
    # refused on 10 April too, although the fund held the money then: on 20 April it lent it
    # another grant brings the money in: the reversal is accepted
    _grant(db, actors, 120_000, on=dt.date(2024, 4, 25))
    _reverse(db, actors, pays[0].repayment_id, dt.date(2024, 4, 25))
    assert repayments.credit_statement(db, mawar[0]).paid == 0


def test_a_reversal_the_fund_can_bear_is_accepted(db, actors, mawar_repaying):
    mawar, pays = mawar_repaying
    _reverse(db, actors, pays[1].repayment_id, dt.date(2024, 4, 9))
    assert _balance(db, Acc.PIUTANG_DANA_BERGULIR) == 1_500_000 - 4 * 150_000
