"""The wiring of the books (services/wiring.py, services/events.py): every cross-book write
names everything it touched in its change notice, the handlers run in the writer's
transaction, and the wiring lists every event and question."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect

import pytest
from sqlalchemy import func, select

from kamura_desktop.db.models.credit import Credit, CreditApplication, CreditFunding
from kamura_desktop.db.models.membership import SavingsTransaction
from kamura_desktop.db.models.repayment import CollectionSheet
from kamura_desktop.demo import DEMO_USERS
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import (
    credit_products,
    credits,
    events,
    groups,
    lender_pool,
    membership,
    repayments,
    savings,
    shu,
    users,
    wiring,
)
from kamura_desktop.services import settings as settings_service
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.credits import ApplicationLine
from kamura_desktop.services.membership import MemberFilter

from ..stock import provide_for
from .test_lender_pool import JOINED, add_member


@pytest.fixture
def actors_demo(demo_db, fast_passwords) -> dict[str, Actor]:
    """The demo cooperative's users, logged in (the demo's cheap test hashes kept: the
    production hasher would rehash each password at this login)."""
    return {u.role: users.authenticate(demo_db, u.username, u.password) for u in DEMO_USERS}


def touched(changes: Changes) -> set[str]:
    return {f.name for f in dataclasses.fields(changes) if getattr(changes, f.name)}


# ------------------------------------------------------------------ the wiring itself

def test_every_event_and_question_is_wired_to_functions_that_take_it():
    kinds = [c for _, c in inspect.getmembers(events, inspect.isclass)
             if dataclasses.is_dataclass(c) and c.__module__ == events.__name__]
    assert len(kinds) >= 12
    assert set(wiring.HANDLERS) | set(wiring.ANSWERERS) == set(kinds)
    assert not set(wiring.HANDLERS) & set(wiring.ANSWERERS)
    for table in (wiring.HANDLERS, wiring.ANSWERERS):
        for kind, fns in table.items():
            for fn in fns:
                params = list(inspect.signature(fn).parameters)
                assert len(params) == 2, (kind, fn)  # fn(session, event_or_question)


def test_the_books_must_be_connected_before_an_event_is_delivered(db, monkeypatch):
    monkeypatch.setattr(events, "_handlers", None)
    with db.read() as s, pytest.raises(RuntimeError, match="open_books"):
        events.publish(s, events.SettingsSaving({}))


def test_connecting_twice_changes_nothing():
    wiring.connect_books()
    wiring.connect_books()
    assert events._handlers[events.RepaymentPosted] == (lender_pool.flow_back,)
    assert events._answerers[events.LeaveBlockers] == (repayments.leave_blockers,
                                                       lender_pool.leave_blockers)


# ------------------------------------------------------------------ repayments → lender pool

def _lender_funded_running_credit(db) -> tuple[int, list[int]]:
    with db.read() as s:
        cid = s.scalar(select(Credit.id).join(CreditFunding, CreditFunding.credit_id == Credit.id)
                       .where(CreditFunding.source == "lender", Credit.status == "active")
                       .order_by(Credit.id))
        lenders = sorted(set(s.scalars(select(CreditFunding.lender_member_id).where(
            CreditFunding.credit_id == cid, CreditFunding.source == "lender"))))
    return cid, lenders


def _sukarela_in_member_list(db, member_id: int) -> int:
    page = membership.list_members(db, MemberFilter())
    return next(r.sukarela for r in page.rows if r.id == member_id)


def test_a_repayment_that_flows_back_names_the_savings_and_lenders(demo_db, actors_demo):
    cid, lenders = _lender_funded_running_credit(demo_db)
    assert cid and lenders
    before = {m: _sukarela_in_member_list(demo_db, m) for m in lenders}
    out = repayments.record_repayment(demo_db, actor=actors_demo["petugas"], credit_id=cid,
                                      amount=4_200, on_date=dt.date.today())
    assert touched(out.changes) == {"repayments", "credits", "ledger", "savings", "lenders"}
    after = {m: _sukarela_in_member_list(demo_db, m) for m in lenders}
    assert all(after[m] > before[m] for m in lenders)  # the member list's money moved too

    # the reversal takes the flow-back back, and says so
    rev = repayments.reverse_repayment(demo_db, actor=actors_demo["bendahara"],
                                       repayment_id=out.value.repayment_id, reason="salah catat")
    assert touched(rev.changes) == {"repayments", "credits", "ledger", "savings", "lenders"}
    assert {m: _sukarela_in_member_list(demo_db, m) for m in lenders} == before


def test_a_repayment_without_lenders_does_not_claim_savings(demo_db, actors_demo):
    with demo_db.read() as s:
        funded = select(CreditFunding.credit_id).where(CreditFunding.source == "lender")
        cid = s.scalar(select(Credit.id).where(Credit.status == "active", Credit.id.not_in(funded))
                       .order_by(Credit.id))
    out = repayments.record_repayment(demo_db, actor=actors_demo["petugas"], credit_id=cid,
                                      amount=1_000, on_date=dt.date.today())
    assert touched(out.changes) == {"repayments", "credits", "ledger"}


def test_a_collection_sheet_with_a_lender_funded_credit_names_the_savings(demo_db, actors_demo):
    cid, lenders = _lender_funded_running_credit(demo_db)
    with demo_db.read() as s:
        credit = s.get(Credit, cid)
        member_id, disbursed_on = credit.member_id, credit.disbursed_on
        group_id = s.get(CreditApplication, credit.application_id).group_id
        posted = set(s.scalars(select(CollectionSheet.meeting_date)
                               .where(CollectionSheet.group_id == group_id)))
        rows_before = s.scalar(select(func.count(SavingsTransaction.id)))
    day = next(dt.date.today() - dt.timedelta(days=k) for k in range(60)
               if dt.date.today() - dt.timedelta(days=k) not in posted)
    assert day >= disbursed_on
    out = repayments.post_collection_sheet(
        demo_db, actor=actors_demo["petugas"], group_id=group_id, meeting_date=day,
        entries=[repayments.SheetEntry(member_id=member_id, paid=4_200)])
    assert {"savings", "lenders", "repayments", "credits", "ledger", "members"} <= touched(out.changes)
    with demo_db.read() as s:
        assert s.scalar(select(func.count(SavingsTransaction.id))) > rows_before


# ------------------------------------------------------------------ a small cooperative

def _approved(db, actors, *, size: int = 5) -> credits.ApplicationDTO:
    borrowers = [add_member(db, f"Peminjam {i}") for i in range(size)]
    gid = groups.create_group(db, actor=actors["petugas"], member_ids=borrowers, leader_id=borrowers[0],
                              data=groups.GroupInput(name="Sauyunan", formed_on=JOINED, kind="peer",
                                                     rt="001", rw="008")).value.id
    product = credit_products.product_by_code(db, "PAKET")
    app = credits.prepare_application(
        db, actor=actors["petugas"], group_id=gid, product_id=product.id, on_date=dt.date(2024, 3, 5),
        lines=[ApplicationLine(m, product.amount_min, "Modal usaha") for m in borrowers]).value
    return credits.approve_application(db, actor=actors["bendahara"], application_id=app.id,
                                       on_date=dt.date(2024, 3, 6)).value


def _disburse(db, actors, app) -> Changes:
    credits.allow_gap_funding(db, actor=actors["ketua"], application_id=app.id)
    credits.fund_remaining(db, actor=actors["bendahara"], application_id=app.id, source="own")
    provide_for(db, app.id, on=dt.date(2024, 3, 7))
    return credits.disburse_application(db, actor=actors["bendahara"], application_id=app.id,
                                        on_date=dt.date(2024, 3, 7)).changes


def test_a_disbursement_funded_by_a_lender_names_the_savings_and_lenders(db, actors):
    lender = add_member(db, "Lender A", sukarela=500_000)
    lender_pool.register_lender(db, actor=actors["petugas"], member_id=lender, on_date=JOINED)
    app = _approved(db, actors)
    lender_pool.commit_funds(db, actor=actors["bendahara"], lender_member_id=lender,
                             credit_id=app.credits[0].id, amount=10_000)
    changes = _disburse(db, actors, app)
    assert touched(changes) == {"credits", "ledger", "savings", "lenders"}
    assert savings.balances(db, lender).sukarela == 490_000


def test_a_disbursement_of_own_funds_does_not_claim_savings(db, actors):
    changes = _disburse(db, actors, _approved(db, actors))
    assert touched(changes) == {"credits", "ledger"}


# ------------------------------------------------------------------ savings → membership

def test_paying_the_pokok_activates_the_member_in_the_same_write(db, actors):
    mid = add_member(db, "Calon Anggota", pay=False)
    assert membership.get_member(db, mid).status == "applicant"
    out = savings.record_deposit(db, actor=actors["petugas"], member_id=mid, kind="pokok",
                                 amount=50_000, on_date=dt.date(2024, 1, 2))
    assert {"members", "savings", "ledger"} <= touched(out.changes)
    m = membership.get_member(db, mid)
    assert (m.status, m.activated_on) == ("active", dt.date(2024, 1, 2))


# ------------------------------------------------------------------ settings → SHU

def test_a_book_refuses_its_settings_inside_the_write(db, actors):
    before = settings_service.all_settings(db)
    assert before["backup.keep"] != 7 and before["shu.pct.cadangan"] == 40
    with pytest.raises(UserError) as info:
        settings_service.update_settings(db, actor=actors["ketua"], values={
            **{f"shu.pct.{k}": v for k, v in shu.DEFAULT_PCTS.items()},
            "shu.pct.cadangan": 50, "backup.keep": 7})
    assert info.value.code == "shu_pct_total"
    # nothing half-saved: the valid value of the same call was not kept either
    assert settings_service.all_settings(db) == before
    settings_service.update_settings(db, actor=actors["ketua"], values={"backup.keep": 7})
    assert settings_service.all_settings(db)["backup.keep"] == 7
