"""The lender pool (kamura_desktop.services.lender_pool) on real SQLite files: commitments
that hold sukarela, deployment at disbursement, exact flow-back of every payment (also as a
Hypothesis property over random lender parts and payment sequences), reversals, write-off
sharing and the revolving fund's capital."""

from __future__ import annotations

import datetime as dt
import os
from types import SimpleNamespace

import pytest
from argon2 import PasswordHasher
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kamura_desktop.db.models.core import Account, JournalEntry, JournalLine
from kamura_desktop.db.models.membership import Member, SavingsTransaction
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.domain.money import split_largest_remainder
from kamura_desktop.services import (
    credit_products,
    credits,
    groups,
    ledger,
    lender_pool,
    membership,
    repayments,
    savings,
    users,
)
from kamura_desktop.services import settings as settings_service
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.credits import ApplicationLine
from kamura_desktop.services.membership import MemberInput
from kamura_desktop.services.setup import open_books
from tests.helpers_books import prepared
from tests.helpers_files import copy_closed_books

from ..helpers_hypothesis import examples
from ..stock import provide_for

PINDANG = "Pengolahan ikan pindang"
JOINED = dt.date(2023, 10, 2)
APPLIED = dt.date(2024, 3, 5)  # Tuesday
APPROVED = dt.date(2024, 3, 6)
DISBURSED = dt.date(2024, 3, 7)
LENDER_SAVINGS = 1_000_000


def _next_serial(db) -> int:
    """The serial of the next member of these books: one more than the members they hold (a
    per-process counter would repeat a NIK of books a @prepared fixture built elsewhere)."""
    with db.read() as s:
        return s.scalar(select(func.count(Member.id))) + 1


# ---------------------------------------------------------------- a small cooperative

def add_member(db, name: str, *, trade: str | None = PINDANG, sukarela: int = 0, ktp: bool = True,
               pay: bool = True) -> int:
    """An active member: pokok paid, wajib paid five years ahead, some sukarela."""
    serial = _next_serial(db)
    nik = f"321701{serial % 28 + 41:02d}0385{serial:04d}"
    data = MemberInput(name=name, nik=nik, sex="P", joined_on=JOINED, rt="001", rw="008",
                       kampung="Babakan Pindang", desa="Mekarmukti", trade=trade, ktp_on_file=ktp,
                       kk_on_file=ktp)
    system = Actor.system()
    mid = membership.register_member(db, actor=system, data=data).value.member.id
    if pay:
        savings.record_deposit(db, actor=system, member_id=mid, kind="pokok", amount=50_000, on_date=JOINED)
        savings.record_deposit(db, actor=system, member_id=mid, kind="wajib", amount=600_000, on_date=JOINED)
    if sukarela:
        savings.record_deposit(db, actor=system, member_id=mid, kind="sukarela", amount=sukarela,
                               on_date=JOINED)
    return mid


def make_users(db) -> dict[str, Actor]:
    fast = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(users, "_hasher", fast)
        for role in ("admin", "ketua", "bendahara", "petugas"):
            users.create_user(db, actor=Actor.system(), username=role, full_name=f"Uji {role.title()}",
                              role=role, password=f"{role}-sandi1")
        return {role: users.authenticate(db, role, f"{role}-sandi1")
                for role in ("admin", "ketua", "bendahara", "petugas")}


def make_group(db, actors, name: str, size: int = 5) -> tuple[int, list[int]]:
    borrowers = [add_member(db, f"{name} {i}") for i in range(1, size + 1)]
    data = groups.GroupInput(name=name, formed_on=JOINED, kind="peer", rt="001", rw="008")
    gid = groups.create_group(db, actor=actors["petugas"], data=data, member_ids=borrowers,
                              leader_id=borrowers[0]).value.id
    return gid, borrowers


def approved_application(db, actors, group_id: int, borrowers: list[int], *, code: str = "PAKET",
                         amounts: list[int] | None = None, instalments: int | None = None,
                         rate_bp: int | None = None) -> credits.ApplicationDTO:
    product = credit_products.product_by_code(db, code)
    amounts = amounts or [product.amount_min] * len(borrowers)
    lines = [ApplicationLine(m, a, "Modal usaha pindang") for m, a in zip(borrowers, amounts, strict=True)]
    app = credits.prepare_application(db, actor=actors["petugas"], group_id=group_id, product_id=product.id,
                                      lines=lines, instalments=instalments, rate_bp=rate_bp,
                                      on_date=APPLIED).value
    return credits.approve_application(db, actor=actors["bendahara"], application_id=app.id,
                                       on_date=APPROVED).value


def register(db, actors, member_id: int, **kw) -> None:
    lender_pool.register_lender(db, actor=actors["petugas"], member_id=member_id,
                                on_date=JOINED, **kw)


@prepared
def coop(db, actors):
    """Four registered lenders with Rp1.000.000 sukarela each and an approved Paket Usaha
    application of a five-member group (five credits of Rp25.000)."""
    lenders = [add_member(db, f"Lender {k}", trade="Pedagang", sukarela=LENDER_SAVINGS) for k in "ABCD"]
    for lid in lenders:
        register(db, actors, lid)
    gid, borrowers = make_group(db, actors, "Sauyunan")
    app = approved_application(db, actors, gid, borrowers)
    return SimpleNamespace(db=db, actors=actors, lenders=lenders, app=app, group_id=gid,
                           credit=app.credits[0], borrowers=borrowers)


def commit(c, lender: int, credit_id: int, amount: int):
    return lender_pool.commit_funds(c.db, actor=c.actors["bendahara"], lender_member_id=lender,
                                    credit_id=credit_id, amount=amount)


def disburse(c, on: dt.date = DISBURSED) -> credits.ApplicationDTO:
    credits.allow_gap_funding(c.db, actor=c.actors["ketua"], application_id=c.app.id)
    credits.fund_remaining(c.db, actor=c.actors["bendahara"], application_id=c.app.id, source="own")
    provide_for(c.db, c.app.id, on=on)
    return credits.disburse_application(c.db, actor=c.actors["bendahara"], application_id=c.app.id,
                                        on_date=on).value


def pay(c, credit_id: int, amount: int, on: dt.date):
    return repayments.record_repayment(c.db, actor=c.actors["petugas"], credit_id=credit_id, amount=amount,
                                       on_date=on).value


def principal_repaid(db, credit_id: int) -> int:
    with db.read() as s:
        state = repayments.state_in_session(s, credit_id)
        return sum(r.principal_due for r in state.rows) - state.principal_outstanding


def balance(db, code: str) -> int:
    return ledger.balance_of(db, code)


def sukarela_rows_sum(db, member_id: int) -> int:
    with db.read() as s:
        return sukarela_rows_sum_in_session(s, member_id)


def sukarela_rows_sum_in_session(s, member_id: int) -> int:
    return int(s.scalar(select(func.coalesce(func.sum(SavingsTransaction.amount), 0)).where(
        SavingsTransaction.member_id == member_id, SavingsTransaction.kind == "sukarela")))


def all_sukarela(db) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.coalesce(func.sum(SavingsTransaction.amount), 0)).where(
            SavingsTransaction.kind == "sukarela")))


def assert_books_agree(db) -> None:
    """The ledger is balanced and the sukarela account is exactly the sum of the rows."""
    assert ledger.ledger_problems(db) == []
    tb = ledger.trial_balance(db, as_of=dt.date.today())
    assert tb.total_debit == tb.total_credit
    assert balance(db, Acc.SIMPANAN_SUKARELA) == all_sukarela(db)


# ---------------------------------------------------------------- registration and commitments

def test_registration_needs_the_requirements(db, actors):
    lacking = add_member(db, "Belum Lengkap", ktp=False, pay=False)
    with pytest.raises(UserError) as err:
        register(db, actors, lacking)
    assert err.value.code == "lender_requirements"
    assert "KTP/KK" in err.value.message and "simpanan pokok" in err.value.message
    assert lender_pool.lender_balance(db, lacking).requirements
    with pytest.raises(PermissionDenied):
        lender_pool.register_lender(db, actor=actors["admin"], member_id=lacking)


def test_commitments_are_refused_over_available_gap_and_max_per_group(coop):
    a, b, cc, _ = coop.lenders
    credit = coop.credit
    # more than the lender's available sukarela (a poorer lender)
    poor = add_member(coop.db, "Lender Kecil", trade="Pedagang", sukarela=10_000)
    register(coop.db, coop.actors, poor)
    with pytest.raises(UserError) as err:
        commit(coop, poor, credit.id, 15_000)
    assert err.value.code == "over_available"
    # more than the credit still lacks
    commit(coop, a, credit.id, 20_000)
    with pytest.raises(UserError) as err:
        commit(coop, b, credit.id, 5_001)
    assert err.value.code == "over_gap" and "Rp5.000" in err.value.message
    # the lender's maximum per group counts every credit of the group's application
    register(coop.db, coop.actors, cc, max_per_group=30_000)
    commit(coop, cc, coop.app.credits[1].id, 25_000)
    with pytest.raises(UserError, match="batas"):
        commit(coop, cc, coop.app.credits[2].id, 5_001)
    commit(coop, cc, coop.app.credits[2].id, 5_000)
    # no commitment to one's own credit, nor from someone who is not a lender, nor as a clerk
    with pytest.raises(UserError, match="belum terdaftar"):
        commit(coop, coop.borrowers[3], coop.app.credits[3].id, 1_000)
    with pytest.raises(PermissionDenied):
        lender_pool.commit_funds(coop.db, actor=coop.actors["ketua"], lender_member_id=a,
                                 credit_id=coop.app.credits[3].id, amount=1_000)
    for bad in (0, -5, 2.5):
        with pytest.raises(UserError):
            commit(coop, a, coop.app.credits[3].id, bad)


def test_commitment_only_to_an_approved_credit(db, actors):
    lender = add_member(db, "Lender", trade="Pedagang", sukarela=LENDER_SAVINGS)
    register(db, actors, lender)
    gid, borrowers = make_group(db, actors, "Silih Asih")
    product = credit_products.product_by_code(db, "PAKET")
    app = credits.prepare_application(
        db, actor=actors["petugas"], group_id=gid, product_id=product.id, on_date=APPLIED,
        lines=[ApplicationLine(m, 25_000) for m in borrowers]).value
    with pytest.raises(UserError, match="disetujui"):
        lender_pool.commit_funds(db, actor=actors["bendahara"], lender_member_id=lender,
                                 credit_id=app.credits[0].id, amount=10_000)


def test_a_commitment_holds_the_money_until_it_is_withdrawn(coop):
    a = coop.lenders[0]
    commit(coop, a, coop.credit.id, 25_000)
    bal = lender_pool.lender_balance(coop.db, a)
    assert (bal.sukarela, bal.committed, bal.available) == (LENDER_SAVINGS, 25_000, LENDER_SAVINGS - 25_000)
    assert savings.balances(coop.db, a).sukarela_held == 25_000
    with pytest.raises(UserError) as err:
        savings.record_withdrawal(coop.db, actor=coop.actors["petugas"], member_id=a, amount=LENDER_SAVINGS,
                                  on_date=dt.date.today())
    assert err.value.code == "over_available" and "dikomitmenkan" in err.value.message
    savings.record_withdrawal(coop.db, actor=coop.actors["petugas"], member_id=a,
                              amount=LENDER_SAVINGS - 25_000, on_date=dt.date.today())
    # a second lender cannot commit over the same gap; after withdrawing, the money is free
    with pytest.raises(UserError):
        commit(coop, coop.lenders[1], coop.credit.id, 1)
    funding = next(iter(_fundings(coop.db, coop.credit.id)))
    lender_pool.withdraw_commitment(coop.db, actor=coop.actors["bendahara"], funding_id=funding)
    bal = lender_pool.lender_balance(coop.db, a)
    assert (bal.committed, bal.available) == (0, 25_000)
    savings.record_withdrawal(coop.db, actor=coop.actors["petugas"], member_id=a, amount=25_000,
                              on_date=dt.date.today())
    with pytest.raises(UserError, match="sudah ditarik"):
        lender_pool.withdraw_commitment(coop.db, actor=coop.actors["bendahara"], funding_id=funding)
    commit(coop, coop.lenders[1], coop.credit.id, 25_000)  # the gap is open again
    assert_books_agree(coop.db)


def _fundings(db, credit_id: int) -> list[int]:
    from kamura_desktop.db.models.credit import CreditFunding

    with db.read() as s:
        return list(s.scalars(select(CreditFunding.id).where(
            CreditFunding.credit_id == credit_id, CreditFunding.source == "lender",
            CreditFunding.released_at.is_(None)).order_by(CreditFunding.id)))


def test_cancelling_the_application_releases_the_holds(coop):
    a = coop.lenders[0]
    commit(coop, a, coop.credit.id, 25_000)
    credits.cancel_application(coop.db, actor=coop.actors["petugas"], application_id=coop.app.id,
                               reason="Kelompok mundur")
    assert lender_pool.lender_balance(coop.db, a).committed == 0


# ---------------------------------------------------------------- disbursement

def test_disbursement_debits_exactly_the_commitments(coop):
    a, b, c3, d = coop.lenders
    commit(coop, a, coop.app.credits[0].id, 10_000)
    commit(coop, b, coop.app.credits[0].id, 10_000)
    commit(coop, c3, coop.app.credits[0].id, 5_000)
    commit(coop, a, coop.app.credits[1].id, 7_500)  # one lender, two credits
    before = balance(coop.db, Acc.SIMPANAN_SUKARELA)
    app = disburse(coop)
    assert app.status == "disbursed"
    expected = {a: 17_500, b: 10_000, c3: 5_000, d: 0}
    with coop.db.read() as s:
        rows = s.execute(select(SavingsTransaction.member_id, SavingsTransaction.amount,
                                SavingsTransaction.credit_id)
                         .where(SavingsTransaction.tx_type == "penyaluran")).all()
        entry = s.get(JournalEntry, s.scalar(select(JournalEntry.id).where(
            JournalEntry.source_type == "credit_application")))
        lines = {(ln.account.code, "D" if ln.debit else "K"): 0 for ln in entry.lines}
        for ln in entry.lines:
            lines[(ln.account.code, "D" if ln.debit else "K")] += ln.debit or ln.credit
    assert sorted((m, -amt) for m, amt, _ in rows) == sorted(
        [(a, 10_000), (b, 10_000), (c3, 5_000), (a, 7_500)])
    assert lines[(Acc.SIMPANAN_SUKARELA, "D")] == 32_500
    assert lines[(Acc.DANA_LENDER_TERSALUR, "K")] == 32_500
    assert balance(coop.db, Acc.SIMPANAN_SUKARELA) == before - 32_500
    assert balance(coop.db, Acc.DANA_LENDER_TERSALUR) == 32_500
    for lid, amount in expected.items():
        bal = lender_pool.lender_balance(coop.db, lid)
        assert bal.sukarela == LENDER_SAVINGS - amount == sukarela_rows_sum(coop.db, lid)
        assert (bal.committed, bal.deployed) == (0, amount)
    assert_books_agree(coop.db)
    # once disbursed, a commitment cannot be withdrawn any more
    with pytest.raises(UserError, match="tidak dapat ditarik"):
        lender_pool.withdraw_commitment(coop.db, actor=coop.actors["bendahara"],
                                        funding_id=_fundings(coop.db, coop.credit.id)[0])


def test_a_back_dated_disbursement_may_not_overdraw_an_earlier_day(db, actors):
    lender = add_member(db, "Lender Baru", trade="Pedagang", sukarela=5_000)
    register(db, actors, lender)
    gid, borrowers = make_group(db, actors, "Mekar")
    app = approved_application(db, actors, gid, borrowers)
    # the lender's money came in only after the disbursement date
    savings.record_deposit(db, actor=actors["petugas"], member_id=lender, kind="sukarela", amount=50_000,
                           on_date=dt.date(2024, 4, 1))
    lender_pool.commit_funds(db, actor=actors["bendahara"], lender_member_id=lender,
                             credit_id=app.credits[0].id, amount=20_000)
    credits.fund_remaining(db, actor=actors["ketua"], application_id=app.id, source="own")
    provide_for(db, app.id, on=DISBURSED)
    with pytest.raises(UserError) as err:
        credits.disburse_application(db, actor=actors["bendahara"], application_id=app.id, on_date=DISBURSED)
    assert err.value.code == "lender_short"
    assert credits.get_application(db, app.id).status == "approved"  # nothing half-done
    credits.disburse_application(db, actor=actors["bendahara"], application_id=app.id,
                                 on_date=dt.date(2024, 4, 2))


# ---------------------------------------------------------------- flow-back

def test_flowback_with_awkward_amounts_sums_exactly(coop):
    """10.000 / 10.000 / 5.000 on a Rp25.000 Paket Usaha repaid 6 × Rp4.200."""
    parts = dict(zip(coop.lenders[:3], (10_000, 10_000, 5_000), strict=True))
    for lid, amount in parts.items():
        commit(coop, lid, coop.credit.id, amount)
    disburse(coop)
    schedule = credits.schedule_of(coop.db, coop.credit.id)
    assert [ln.amount for ln in schedule] == [4_200] * 6
    for k, line in enumerate(schedule, start=1):
        receipt = pay(coop, coop.credit.id, 4_200, line.due_date)
        repaid = principal_repaid(coop.db, coop.credit.id)
        back = {lid: lender_pool.lender_balance(coop.db, lid).returned for lid in parts}
        assert sum(back.values()) <= repaid
        for lid, part in parts.items():
            assert back[lid] == repaid * part // 25_000  # never more than their share so far
        assert balance(coop.db, Acc.DANA_LENDER_TERSALUR) == 25_000 - sum(back.values())
        assert receipt.lunas == (k == 6)
    for lid, part in parts.items():
        bal = lender_pool.lender_balance(coop.db, lid)
        assert bal.returned == part and bal.deployed == 0
        # service: Rp200 over the credit; 70 % of the lender's proportional part, rounded down
        assert bal.earned == 200 * part * 70 // (25_000 * 100)
        assert bal.sukarela == LENDER_SAVINGS + bal.earned == sukarela_rows_sum(coop.db, lid)
    assert balance(coop.db, Acc.DANA_LENDER_TERSALUR) == 0
    assert balance(coop.db, Acc.BEBAN_JASA_LENDER) == 56 + 56 + 28
    assert_books_agree(coop.db)


def test_the_service_share_setting_is_respected(coop):
    settings_service.update_settings(coop.db, actor=coop.actors["admin"],
                                     values={"lender.service_share_pct": 50})
    a = coop.lenders[0]
    commit(coop, a, coop.credit.id, 25_000)
    disburse(coop)
    pay(coop, coop.credit.id, 25_200, DISBURSED)  # all at once
    bal = lender_pool.lender_balance(coop.db, a)
    assert (bal.returned, bal.earned) == (25_000, 100)
    assert balance(coop.db, Acc.BEBAN_JASA_LENDER) == 100
    assert_books_agree(coop.db)


def test_service_share_zero_gives_principal_only(coop):
    settings_service.update_settings(coop.db, actor=coop.actors["admin"],
                                     values={"lender.service_share_pct": 0})
    a = coop.lenders[0]
    commit(coop, a, coop.credit.id, 12_345)
    disburse(coop)
    pay(coop, coop.credit.id, 25_200, DISBURSED)
    bal = lender_pool.lender_balance(coop.db, a)
    assert (bal.returned, bal.earned) == (12_345, 0)
    assert balance(coop.db, Acc.BEBAN_JASA_LENDER) == 0


def test_reversal_reverses_the_flowback_exactly(coop):
    parts = dict(zip(coop.lenders[:3], (10_000, 10_000, 5_000), strict=True))
    for lid, amount in parts.items():
        commit(coop, lid, coop.credit.id, amount)
    disburse(coop)
    on = DISBURSED + dt.timedelta(days=1)
    pay(coop, coop.credit.id, 4_200, on)
    before = {lid: lender_pool.lender_balance(coop.db, lid) for lid in parts}
    second = pay(coop, coop.credit.id, 8_400, on)
    assert all(lender_pool.lender_balance(coop.db, lid).returned > before[lid].returned for lid in parts)
    repayments.reverse_repayment(coop.db, actor=coop.actors["bendahara"], repayment_id=second.repayment_id,
                                 reason="Salah catat", on_date=on)
    assert {lid: lender_pool.lender_balance(coop.db, lid) for lid in parts} == before
    with coop.db.read() as s:
        mirrored = s.scalars(select(SavingsTransaction).where(SavingsTransaction.tx_type == "pembalikan")).all()
        assert mirrored and all(t.reversal_of_id is not None for t in mirrored)
        assert s.scalar(select(JournalEntry.id).where(JournalEntry.source_type == "flowback_adjust")) is None
    assert_books_agree(coop.db)


def test_reversing_an_older_payment_keeps_every_lender_exact(coop):
    """After an earlier payment is reversed, every lender still holds exactly their share of
    the principal repaid, and gets exactly their part once the credit is repaid."""
    parts = dict(zip(coop.lenders[:3], (10_001, 9_999, 5_000), strict=True))
    for lid, amount in parts.items():
        commit(coop, lid, coop.credit.id, amount)
    disburse(coop)
    on = DISBURSED + dt.timedelta(days=1)
    first = pay(coop, coop.credit.id, 1_037, on)
    pay(coop, coop.credit.id, 3_163, on)
    pay(coop, coop.credit.id, 2_999, on)
    repayments.reverse_repayment(coop.db, actor=coop.actors["bendahara"], repayment_id=first.repayment_id,
                                 reason="Uang palsu", on_date=on)
    repaid = principal_repaid(coop.db, coop.credit.id)
    for lid, part in parts.items():
        assert lender_pool.lender_balance(coop.db, lid).returned == repaid * part // 25_000
    with coop.db.read() as s:
        outstanding = repayments.state_in_session(s, coop.credit.id).outstanding
    pay(coop, coop.credit.id, outstanding, on)
    for lid, part in parts.items():
        assert lender_pool.lender_balance(coop.db, lid).returned == part
    assert balance(coop.db, Acc.DANA_LENDER_TERSALUR) == 0
    assert_books_agree(coop.db)


def test_a_lender_with_money_out_cannot_leave(coop):
    a = coop.lenders[0]
    commit(coop, a, coop.credit.id, 25_000)
    quote = membership.leave_quote(coop.db, a)
    assert any("dikomitmenkan" in b for b in quote.blockers)
    disburse(coop)
    pay(coop, coop.credit.id, 4_200, DISBURSED)
    quote = membership.leave_quote(coop.db, a)
    assert not quote.can_leave and any("masih tersalur" in b for b in quote.blockers)
    with coop.db.read() as s:
        outstanding = repayments.state_in_session(s, coop.credit.id).outstanding
    pay(coop, coop.credit.id, outstanding, DISBURSED)
    assert membership.leave_quote(coop.db, a).can_leave


# ---------------------------------------------------------------- write-off

def test_write_off_shares_the_loss_exactly(coop):
    parts = dict(zip(coop.lenders[:3], (10_000, 7_000, 3_001), strict=True))  # own funds: 4.999
    for lid, amount in parts.items():
        commit(coop, lid, coop.credit.id, amount)
    disburse(coop)
    pay(coop, coop.credit.id, 4_200, DISBURSED + dt.timedelta(days=1))
    pay(coop, coop.credit.id, 1_111, DISBURSED + dt.timedelta(days=2))
    repaid = principal_repaid(coop.db, coop.credit.id)
    outstanding = 25_000 - repaid
    with pytest.raises(PermissionDenied):
        lender_pool.write_off_credit(coop.db, actor=coop.actors["bendahara"], credit_id=coop.credit.id,
                                     on_date=dt.date.today(), reason="Macet")
    with pytest.raises(UserError, match="Alasan"):
        lender_pool.write_off_credit(coop.db, actor=coop.actors["ketua"], credit_id=coop.credit.id,
                                     on_date=dt.date.today(), reason=" ")
    shares = lender_pool.write_off_credit(coop.db, actor=coop.actors["ketua"], credit_id=coop.credit.id,
                                          on_date=dt.date.today(), reason="Usaha bangkrut, pindah").value
    assert sum(sh.amount for sh in shares) == outstanding
    # the funders' proportions, largest remainder: exact shares of what was repaid, the rest lost
    weights = [*parts.values(), 4_999]
    recovered = split_largest_remainder(repaid, weights)
    lost = {sh.lender_member_id: sh.amount for sh in shares if sh.source == "lender"}
    own = [sh.amount for sh in shares if sh.source == "own"]
    assert own == [4_999 - recovered[-1]]
    for (lid, part), back in zip(parts.items(), recovered, strict=False):
        bal = lender_pool.lender_balance(coop.db, lid)
        assert lost[lid] == part - back == bal.lost
        assert bal.returned + bal.lost == part and bal.deployed == 0
        assert bal.sukarela == sukarela_rows_sum(coop.db, lid)
    assert credits.list_credits(coop.db, status="written_off")[0].number == coop.credit.number
    assert balance(coop.db, Acc.DANA_LENDER_TERSALUR) == 0
    assert balance(coop.db, Acc.BEBAN_PENYISIHAN_PIUTANG) == own[0]
    with pytest.raises(UserError):
        pay(coop, coop.credit.id, 100, dt.date.today())
    with pytest.raises(UserError, match="tidak berjalan"):
        lender_pool.write_off_credit(coop.db, actor=coop.actors["ketua"], credit_id=coop.credit.id,
                                     on_date=dt.date.today(), reason="lagi")
    assert_books_agree(coop.db)


# ---------------------------------------------------------------- the revolving fund

def test_revolving_fund_capital_is_grants_plus_income_minus_losses(db, actors):
    bendahara = actors["bendahara"]
    lender_pool.receive_capital(db, actor=bendahara, fund="revolving", giver="PNPM Mandiri Perkotaan",
                                on_date=dt.date(2011, 12, 15), amount=40_000_000)
    lender_pool.receive_capital(db, actor=bendahara, fund="revolving", giver="KOTAKU",
                                on_date=dt.date(2014, 10, 20), amount=24_000_000)
    lender_pool.receive_capital(db, actor=bendahara, fund="stakeholder", giver="Pemerintah Desa",
                                on_date=dt.date(2014, 11, 1), amount=5_000_000)  # not the revolving fund
    with pytest.raises(PermissionDenied):
        lender_pool.receive_capital(db, actor=actors["petugas"], fund="revolving", giver="X",
                                    on_date=dt.date(2014, 1, 1), amount=1)
    gid, borrowers = make_group(db, actors, "KSM Sukamanah")
    app = approved_application(db, actors, gid, borrowers, code="BERGULIR",
                               amounts=[500_000, 400_000, 300_000, 300_000, 250_000],
                               instalments=5, rate_bp=200)
    credits.fund_remaining(db, actor=bendahara, application_id=app.id, source="revolving")
    provide_for(db, app.id, on=DISBURSED)
    app = credits.disburse_application(db, actor=bendahara, application_id=app.id, on_date=DISBURSED).value
    repaid_credit, bad_credit = app.credits[0], app.credits[1]
    pay_all = SimpleNamespace(db=db, actors=actors)
    total = sum(ln.amount for ln in credits.schedule_of(db, repaid_credit.id))
    pay(pay_all, repaid_credit.id, total, dt.date(2024, 8, 1))
    first = credits.schedule_of(db, bad_credit.id)[0].amount
    pay(pay_all, bad_credit.id, first, dt.date(2024, 4, 8))
    lender_pool.write_off_credit(db, actor=actors["ketua"], credit_id=bad_credit.id, on_date=dt.date(2025, 1, 6),
                                 reason="Macet lebih dari 180 hari")
    income = 500_000 * 200 * 5 // 10_000 + 400_000 * 200 // 10_000  # all of one, one month of the other
    loss = 400_000 - 80_000
    dev = {y.year: y for y in lender_pool.revolving_fund_development(db)}
    assert list(dev) == list(range(2011, 2026))
    assert dev[2011].grants == 40_000_000 and dev[2014].grants == 24_000_000
    assert dev[2024].lent == 1_750_000 and dev[2024].loans == 5
    assert dev[2024].income == income and dev[2024].repaid == 500_000 + 80_000
    assert dev[2025].losses == loss and dev[2025].repaid == 0
    assert dev[2024].outstanding_end == 1_750_000 - 580_000
    assert dev[2025].outstanding_end == 1_750_000 - 580_000 - loss
    assert dev[2013].capital_end == 40_000_000
    capital = 64_000_000 + income - loss
    assert lender_pool.revolving_fund_capital(db) == dev[2025].capital_end == capital
    assert balance(db, Acc.MODAL_DANA_BERGULIR) == 64_000_000
    assert balance(db, Acc.PIUTANG_DANA_BERGULIR) == dev[2025].outstanding_end
    grants = lender_pool.revolving_fund_grants(db)
    assert [g.amount for g in grants] == [40_000_000, 24_000_000]
    assert_books_agree(db)


def test_a_grant_booked_as_a_journal_entry_counts_once(db, actors):
    """A grant brought in from the paper books as a plain journal entry (as the demo's
    credit book does) is counted, and its reversal drops it again."""
    entry = ledger.post_journal_entry(
        db, actor=actors["bendahara"], on_date=dt.date(2011, 12, 15), description="Hibah dana bergulir 2011",
        source_type="grant", source_id="HIBAH-2011",
        lines=[ledger.Line(Acc.KAS, debit=40_000_000), ledger.Line(Acc.MODAL_DANA_BERGULIR, credit=40_000_000)])
    assert lender_pool.revolving_fund_capital(db) == 40_000_000
    ledger.reverse_entry(db, actor=actors["bendahara"], entry_id=entry.value.id, reason="Salah tahun",
                         on_date=dt.date(2012, 1, 2))
    dev = lender_pool.revolving_fund_development(db)
    assert [(y.year, y.grants) for y in dev] == [(2011, 40_000_000), (2012, -40_000_000)]
    assert lender_pool.revolving_fund_capital(db) == 0


# ---------------------------------------------------------------- the property

@pytest.fixture(scope="module")
def base_file(tmp_path_factory):
    """A cooperative file to copy for each example: four lenders, an approved Paket Usaha
    application and an approved Pinjaman Bergulir application with awkward amounts."""
    path = tmp_path_factory.mktemp("lender-base") / "base.sqlite"
    db = open_books(path)
    try:
        actors = make_users(db)
        lenders = [add_member(db, f"Lender {k}", trade="Pedagang", sukarela=LENDER_SAVINGS) for k in "ABCD"]
        for lid in lenders:
            register(db, actors, lid)
        gid, borrowers = make_group(db, actors, "Sauyunan")
        paket = approved_application(db, actors, gid, borrowers)
        gid2, borrowers2 = make_group(db, actors, "KSM Cikoneng")
        bergulir = approved_application(db, actors, gid2, borrowers2, code="BERGULIR",
                                        amounts=[487_300, 123_457, 100_001, 499_999, 250_003],
                                        instalments=7, rate_bp=275)
    finally:
        db.close()
    apps = [(paket.id, [c.id for c in paket.credits]), (bergulir.id, [c.id for c in bergulir.credits])]
    return SimpleNamespace(path=path, actors=actors, lenders=lenders, apps=apps)


@st.composite
def scenarios(draw):
    app_index = draw(st.integers(0, 1))
    credit_index = draw(st.integers(0, 4))
    n = draw(st.integers(1, 4))
    weights = draw(st.lists(st.integers(0, 1_000), min_size=n, max_size=n))
    own = draw(st.integers(0, 1_000))
    ops = draw(st.lists(st.one_of(
        st.tuples(st.just("pay"), st.integers(1, 60)),  # a few rupiah
        st.tuples(st.just("pay"), st.integers(1_000, 400_000)),  # per-mille of what is owed
        st.tuples(st.just("reverse"), st.integers(0, 10)),
    ), min_size=1, max_size=7))
    finish = draw(st.booleans())
    return app_index, credit_index, weights, own, ops, finish


@pytest.mark.slow
@settings(max_examples=int(os.environ.get("KAMURA_PROPERTY_EXAMPLES", 0)) or examples(ci=12, nightly=200),
          deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(scenario=scenarios())
def test_flowback_property(base_file, tmp_path_factory, scenario):
    app_index, credit_index, weights, own, ops, finish = scenario
    path = copy_closed_books(base_file.path, tmp_path_factory.mktemp("example") / "k.sqlite")
    db = open_books(path)
    try:
        actors = base_file.actors
        app_id, credit_ids = base_file.apps[app_index]
        credit_id = credit_ids[credit_index]
        c = SimpleNamespace(db=db, actors=actors, app=SimpleNamespace(id=app_id))
        with db.read() as s:
            from kamura_desktop.db.models.credit import Credit
            whole = s.get(Credit, credit_id).principal
        if sum(weights) + own == 0:
            own = 1
        split = split_largest_remainder(whole, [*weights, own])
        parts = {lid: amount for lid, amount in zip(base_file.lenders, split, strict=False) if amount}
        for lid, amount in parts.items():
            commit(c, lid, credit_id, amount)
        disburse(c)
        on = DISBURSED
        made: list[int] = []  # payments not reversed, in order
        reversed_any = False

        def check() -> None:
            # what a round asks, read in one transaction: the credit's state, each lender's
            # balance (its money figures: lender_balance without the requirements, which no
            # payment moves) and the sum of each lender's sukarela rows
            with db.read() as s:
                state = repayments.state_in_session(s, credit_id)
                back = {lid: lender_pool.lender_balance_in_session(s, lid, requirements=())
                        for lid in parts}
                rows = {lid: sukarela_rows_sum_in_session(s, lid) for lid in parts}
            repaid = sum(r.principal_due for r in state.rows) - state.principal_outstanding
            # each lender holds exactly their cumulative share: never more than repaid so far
            for lid, part in parts.items():
                assert back[lid].returned == repaid * part // whole
                assert back[lid].sukarela == LENDER_SAVINGS - part + back[lid].returned + back[lid].earned
                assert back[lid].sukarela == rows[lid]
            # no rupiah lost or created: lenders' principal back + the cooperative's part = repaid
            returned = sum(b.returned for b in back.values())
            cooperative = repaid - returned
            assert 0 <= cooperative <= repaid
            assert balance(db, Acc.DANA_LENDER_TERSALUR) == sum(parts.values()) - returned
            if not reversed_any:
                pct = 70
                service = sum(r.service_due for r in state.rows) - state.service_outstanding
                for lid, part in parts.items():
                    assert back[lid].earned == service * part * pct // (whole * 100)

        for kind, value in ops:
            with db.read() as s:
                owed = repayments.state_in_session(s, credit_id).outstanding
            if kind == "pay":
                if owed == 0:
                    continue
                amount = value if value <= 60 else max(1, owed * value // 1_000_000)
                made.append(pay(c, credit_id, min(amount, owed), on).repayment_id)
            elif made:
                victim = made.pop(value % len(made))
                repayments.reverse_repayment(db, actor=actors["bendahara"], repayment_id=victim,
                                             reason="Salah catat", on_date=on)
                reversed_any = True
            on += dt.timedelta(days=1)
            check()
        if finish:
            with db.read() as s:
                owed = repayments.state_in_session(s, credit_id).outstanding
            if owed:
                pay(c, credit_id, owed, on)
            check()
            for lid, part in parts.items():
                bal = lender_pool.lender_balance(db, lid)
                assert bal.returned == part and bal.deployed == 0
        assert ledger.ledger_problems(db) == []
        assert balance(db, Acc.SIMPANAN_SUKARELA) == all_sukarela(db)
        with db.read() as s:  # the revolving receivable is untouched: own funds and lenders only
            code = s.scalar(select(func.count(JournalLine.id)).join(Account).where(
                Account.code == Acc.PIUTANG_DANA_BERGULIR))
        assert code == 0
    finally:
        db.close()


# ---------------------------------------------------------------- a cooperative with a history
# (shared with tests/documents/test_lender_pdfs.py and tests/services/test_cli_lenders.py)

WRITTEN_OFF_ON = dt.date(2024, 6, 3)
SECOND_APPLIED = dt.date(2024, 7, 1)


def lender_scenario(db, actors) -> SimpleNamespace:
    """Three lenders (A with a limit per group and a preferred trade), a member who is not yet
    a lender and lacks her KTP copy; a group whose first Paket Usaha round is funded by the
    lenders — one credit repaid in full, one written off after two instalments, the others
    repaid — and whose second round is approved and waiting, part committed by lender B; the
    revolving fund's grants."""
    bendahara = actors["bendahara"]
    a = add_member(db, "Ai Nurjanah", trade="Pedagang pindang", sukarela=LENDER_SAVINGS)
    b = add_member(db, "Wawan Setiawan", trade="Kasur", sukarela=LENDER_SAVINGS)
    c3 = add_member(db, "Lilis Suryani", trade="Wajik", sukarela=LENDER_SAVINGS)
    candidate = add_member(db, "Heni Handayani", trade="Konveksi", ktp=False, sukarela=200_000)
    register(db, actors, a, preferred_trades=[PINDANG], max_per_group=60_000)
    register(db, actors, b)
    register(db, actors, c3)
    gid, borrowers = make_group(db, actors, "Sauyunan")
    app = approved_application(db, actors, gid, borrowers)
    c = SimpleNamespace(db=db, actors=actors, app=app)
    first, second = app.credits[0], app.credits[1]
    for lender, amount in ((a, 10_000), (b, 10_000), (c3, 5_000)):
        commit(c, lender, first.id, amount)
    commit(c, a, second.id, 12_500)
    disburse(c)
    for credit in app.credits:
        for k, line in enumerate(credits.schedule_of(db, credit.id)):
            if credit.id == second.id and k >= 2:
                break
            pay(c, credit.id, line.amount, line.due_date)
    lender_pool.write_off_credit(db, actor=actors["ketua"], credit_id=second.id, on_date=WRITTEN_OFF_ON,
                                 reason="Peminjam pindah ke luar kota")
    product = credit_products.product_by_code(db, "PAKET")
    app2 = credits.prepare_application(
        db, actor=actors["petugas"], group_id=gid, product_id=product.id, on_date=SECOND_APPLIED,
        lines=[ApplicationLine(m, 25_000, "Paket usaha pindang, siklus 2") for m in borrowers[:1] + borrowers[2:]]
        + [ApplicationLine(borrowers[1], 25_000, "Paket usaha pindang, siklus 2")]).value
    app2 = credits.approve_application(db, actor=bendahara, application_id=app2.id,
                                       on_date=SECOND_APPLIED).value
    commit(SimpleNamespace(db=db, actors=actors), b, app2.credits[0].id, 15_000)
    lender_pool.receive_capital(db, actor=bendahara, fund="revolving", giver="PNPM Mandiri Perkotaan",
                                on_date=dt.date(2011, 12, 15), amount=40_000_000)
    lender_pool.receive_capital(db, actor=bendahara, fund="revolving", giver="KOTAKU",
                                on_date=dt.date(2014, 10, 20), amount=24_000_000)
    return SimpleNamespace(db=db, actors=actors, lenders=(a, b, c3), candidate=candidate, group_id=gid,
                           borrowers=borrowers, app=app, app2=app2, first=first, second=second)


@prepared
def lender_books(db, actors) -> SimpleNamespace:
    """:func:`lender_scenario`'s books, built once per run (each test writes its own copy:
    tests/helpers_books.py); also the books of tests/services/test_cli_lenders.py."""
    return lender_scenario(db, actors)


def test_the_lender_statement_adds_up(db, lender_books):
    sc = lender_books
    a, b, _ = sc.lenders
    st_a = lender_pool.lender_statement(db, a, date_from=dt.date(2024, 1, 1), date_to=dt.date.today())
    assert st_a.opening == LENDER_SAVINGS
    assert (st_a.opening + st_a.deposits - st_a.withdrawals - st_a.deployed + st_a.returned + st_a.earned
            == st_a.closing == lender_pool.lender_balance(db, a).sukarela)
    assert st_a.deployed == 22_500 and st_a.deployed_to_date == 22_500
    lines = {ln.credit_number: ln for ln in st_a.credits}
    repaid = lines[sc.first.number]
    assert (repaid.returned, repaid.lost, repaid.outstanding, repaid.kolektibilitas) == (10_000, 0, 0, None)
    written = lines[sc.second.number]
    assert written.status == "Dihapusbukukan" and written.returned + written.lost == 12_500
    assert st_a.lost == written.lost == lender_pool.lender_balance(db, a).lost
    assert st_a.at_risk == 0 and [r.amount for r in st_a.risk] == [0] * 5
    assert st_a.movements[-1].balance == st_a.closing
    # B's commitment to the second round is pending, and held
    st_b = lender_pool.lender_statement(db, b, date_from=dt.date(2024, 1, 1), date_to=dt.date.today())
    assert [(p.credit_number, p.amount) for p in st_b.pending] == [(sc.app2.credits[0].number, 15_000)]
    # as of the week after disbursement the first credit was running and in class 1
    early = lender_pool.lender_statement(db, a, date_from=DISBURSED, date_to=DISBURSED)
    assert {ln.kolektibilitas for ln in early.credits} == {1}
    assert early.at_risk == 22_500 and early.risk[0].amount == 22_500
    with pytest.raises(UserError):
        lender_pool.lender_statement(db, a, date_from=dt.date(2024, 2, 1), date_to=dt.date(2024, 1, 1))


def test_the_group_fact_sheet_holds_no_nik(db, lender_books):
    sc = lender_books
    sheet = lender_pool.group_fact_sheet(db, sc.app2.id)
    assert sheet.amount_asked == 125_000 and sheet.committed_lenders == 15_000 and sheet.lenders == 1
    assert sheet.gap == 110_000
    assert [p.application_number for p in sheet.past_cycles] == [sc.app.number]
    past = sheet.past_cycles[0]
    assert past.status == "Dihapusbukukan" and past.members == 5 and past.principal == 125_000
    assert past.on_time == 4 * 6 + 2
    assert {m.cycles_before for m in sheet.members} == {1}
    assert sheet.instalment_amount == 4_200 and sheet.instalments == 6
    assert all(not hasattr(m, "nik") for m in sheet.members)
    assert "nik" not in repr(sheet).lower()
    with db.read() as s:
        from kamura_desktop.db.models.membership import Member
        niks = [s.get(Member, m).nik for m in sc.borrowers]
    assert not any(nik in repr(sheet) for nik in niks)


def test_own_funds_fill_a_lender_credit_only_if_the_chair_allows(coop):
    a = coop.lenders[0]
    commit(coop, a, coop.credit.id, 10_000)
    before = credits.get_application(coop.db, coop.app.id)
    with pytest.raises(UserError) as info:
        credits.fund_remaining(coop.db, actor=coop.actors["bendahara"], application_id=coop.app.id,
                               source="own")
    assert info.value.code == "chair_must_allow" and "Ketua" in info.value.message
    with pytest.raises(UserError) as info:
        credits.add_funding(coop.db, actor=coop.actors["bendahara"], credit_id=coop.credit.id,
                            source="revolving", amount=5_000)
    assert info.value.code == "chair_must_allow"
    assert credits.get_application(coop.db, coop.app.id) == before  # nothing funded
    with pytest.raises(PermissionDenied):
        credits.allow_gap_funding(coop.db, actor=coop.actors["bendahara"], application_id=coop.app.id)
    credits.allow_gap_funding(coop.db, actor=coop.actors["ketua"], application_id=coop.app.id)
    app = credits.fund_remaining(coop.db, actor=coop.actors["bendahara"], application_id=coop.app.id,
                                 source="own").value
    assert all(c.funded == c.principal for c in app.credits)


def test_the_general_ledger_names_the_lender_on_every_lender_pool_line(db, lender_books):
    """Issue 18 item 8: the lines of lender funds — committed savings taken at disbursement,
    principal and profit share flowing back, the written-off loss — name the member whose
    savings moved (the general ledger prints the memo beside the entry's description)."""
    from kamura_desktop.services import accounting, membership

    sc = lender_books
    names = {membership.get_member(db, x).name: membership.get_member(db, x).number for x in sc.lenders}
    pool = accounting.general_ledger(db, account_code=Acc.DANA_LENDER_TERSALUR, date_from=dt.date(2024, 1, 1),
                                     date_to=dt.date.today())
    assert len(pool.rows) > 10
    for row in pool.rows:
        assert any(f"{number} {name}" in row.description for name, number in names.items()), row.description
    savings_book = accounting.general_ledger(db, account_code=Acc.SIMPANAN_SUKARELA, date_from=dt.date(2024, 1, 1),
                                             date_to=dt.date.today())
    flowback = [r for r in savings_book.rows if r.source_type in ("repayment", "write_off", "credit_application")
                and "lender" in r.description]
    assert flowback and all(any(n in r.description for n in names) for r in flowback)
    assert {n for n in names if any(n in r.description for r in flowback)} == set(names)


def test_the_passbook_gathers_a_lenders_flow_back_per_month(db, lender_books, tmp_path):
    """Issue 18 item 7: the lender's passbook shows her savings flowing back from the credits
    she funded in one line per month (unbroken by other transactions), with the credits named
    and the detail left to the lender statement; every running balance is still the real one."""
    import re

    from pypdf import PdfReader

    from kamura_desktop.documents.passbook import summarised
    from kamura_desktop.services import member_io

    sc = lender_books
    a = sc.lenders[0]
    start, end = dt.date(2024, 1, 1), dt.date.today()
    st_ = savings.statement(db, a, date_from=start, date_to=end)
    lines = st_.lines["sukarela"]
    flows = [ln for ln in lines if ln.tx.tx_type in ("pengembalian_dana", "bagi_hasil")]
    assert len(flows) > 10
    printed = summarised(lines)
    assert len(printed) < len(lines) - 5
    # balances: each printed row's balance is the one after its last line, in order
    opening = st_.opening["sukarela"]
    balance = opening
    for row in printed:
        group = row if isinstance(row, tuple) else (row,)
        balance += sum(x.tx.amount for x in group)
        assert balance == group[-1].balance
    assert balance == st_.closing["sukarela"]
    path = member_io.passbook_pdf(db, member_id=a, date_from=start, date_to=end, path=tmp_path / "buku.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)
    assert "Dana lender kembali" in text and "rinciannya di laporan dana lender" in text
    assert sc.first.number in text
    assert len(re.findall(r"Pengembalian dana", text)) <= 2  # at most a lone line left as it is
