"""Hypothesis over every service's inputs (issue 21, "done when"): valid, boundary and
hostile text, amounts and dates go into the real services on a real database file. Every
call either succeeds or is refused with a ``UserError``; no traceback, nothing half-written,
and the books' invariants hold after each (harness.attack)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamura_desktop.domain.chart import Acc
from kamura_desktop.services import (
    credit_products,
    credits,
    groups,
    journal,
    ledger,
    membership,
    mentoring,
    repayments,
    savings,
    settings,
    users,
)
from kamura_desktop.services import evaluation as ev
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.lender_pool import commitments, fund, market

from .harness import FUZZ, amounts, attack, bad_amounts, dates, digits, niks, phones, texts

JOINED = dt.date(2024, 1, 15)


@pytest.fixture
def member(db, actors):
    m = membership.register_member(db, actor=actors["petugas"], data=membership.MemberInput(
        name="Siti Aminah", nik="3217014503850001", sex="P", joined_on=JOINED,
        ktp_on_file=True, kk_on_file=True)).value.member
    savings.record_deposit(db, actor=actors["petugas"], member_id=m.id, kind="pokok",
                           amount=50_000, on_date=JOINED)
    for kind, amount in (("wajib", 600_000), ("sukarela", 1_000_000)):
        savings.record_deposit(db, actor=actors["petugas"], member_id=m.id, kind=kind,
                               amount=amount, on_date=JOINED)
    return m


@FUZZ
@given(data=st.data(), name=texts, nik=niks, sex=st.sampled_from(["P", "L", "X", ""]),
       joined=dates, kampung=texts, rt=digits, phone=phones, notes=texts, trade=texts)
def test_register_member(db, actors, tally, data, name, nik, sex, joined, kampung, rt, phone,
                         notes, trade):
    form = membership.MemberInput(name=name, nik=nik, sex=sex, joined_on=joined,
                                  kampung=kampung, rt=rt, phone=phone, notes=notes, trade=trade,
                                  birth_place=data.draw(texts), desa=data.draw(texts))
    attack(tally, "membership.register_member", db,
           lambda: membership.register_member(db, actor=actors["petugas"], data=form))


@FUZZ
@given(query=texts, status=st.sampled_from([None, "active", "left", "x\x00"]))
def test_member_search(db, actors, member, tally, query, status):
    page = attack(tally, "membership.list_members", db, lambda: membership.list_members(
        db, flt=membership.MemberFilter(query=query or "", status=status)))
    if not isinstance(page, Exception) and query and "\x00" in query:
        assert all("Siti" in r.name for r in page.rows)


@FUZZ
@given(kind=st.sampled_from(["sukarela", "wajib", "pokok", "x"]),
       amount=st.one_of(amounts, bad_amounts), on=dates, note=texts)
def test_deposit(db, actors, member, tally, kind, amount, on, note):
    attack(tally, "savings.record_deposit", db, lambda: savings.record_deposit(
        db, actor=actors["petugas"], member_id=member.id, kind=kind, amount=amount,
        on_date=on, note=note))


@FUZZ
@given(amount=st.one_of(amounts, bad_amounts), on=dates, note=texts, reason=texts)
def test_withdrawal_and_reversal(db, actors, member, tally, amount, on, note, reason):
    out = attack(tally, "savings.record_withdrawal", db, lambda: savings.record_withdrawal(
        db, actor=actors["bendahara"], member_id=member.id, amount=amount, on_date=on,
        note=note))
    if not isinstance(out, Exception):
        attack(tally, "savings.reverse_savings_transaction", db,
               lambda: savings.reverse_savings_transaction(
                   db, actor=actors["bendahara"], tx_id=out.value.tx_id, reason=reason,
                   on_date=dt.date.today()))


@FUZZ
@given(amount=st.one_of(amounts, bad_amounts), debit=st.sampled_from([Acc.KAS, Acc.BEBAN_LAIN]),
       credit=st.sampled_from([Acc.MODAL_DONASI, Acc.KAS, "9999", ""]), description=texts,
       memo=texts, note=texts, on=dates, extra=st.one_of(st.just(0), amounts))
def test_manual_journal(db, actors, tally, amount, debit, credit, description, memo, note, on,
                        extra):
    lines = [ledger.Line(debit, amount, 0, memo), ledger.Line(credit, 0, amount)]
    if extra:
        lines.append(ledger.Line(Acc.KAS, extra, 0))
    attack(tally, "journal.post_manual_entry", db, lambda: journal.post_manual_entry(
        db, actor=actors["bendahara"], on_date=on, description=description, lines=lines,
        attachment_note=note))


@FUZZ
@given(name=texts, formed=dates, kampung=texts, rt=digits, day=texts, place=texts)
def test_create_group(db, actors, member, tally, name, formed, kampung, rt, day, place):
    data = groups.GroupInput(name=name, formed_on=formed, kampung=kampung, rt=rt,
                             meeting_day=day, meeting_place=place)
    attack(tally, "groups.create_group", db, lambda: groups.create_group(
        db, actor=actors["petugas"], data=data, member_ids=[member.id], leader_id=member.id))


@pytest.fixture
def disbursed(lend):
    return lend.credits("BERGULIR", [300_000] * 5, on=dt.date(2024, 3, 4), instalments=3,
                        rate_bp=200)


@FUZZ
@given(amount=st.one_of(amounts, bad_amounts), on=dates, note=texts, which=st.integers(0, 4))
def test_repayment(db, actors, disbursed, tally, amount, on, note, which):
    attack(tally, "repayments.record_repayment", db, lambda: repayments.record_repayment(
        db, actor=actors["petugas"], credit_id=disbursed[which].id, amount=amount, on_date=on,
        note=note))


@FUZZ
@given(amounts_=st.lists(st.one_of(st.just(300_000), st.integers(100_000, 500_000), amounts,
                                  bad_amounts), min_size=4, max_size=6),
       on=dates, instalments=st.one_of(st.none(), st.integers(-3, 400)),
       rate=st.one_of(st.none(), st.integers(-10, 10**6)))
def test_prepare_application(db, actors, lend, tally, amounts_, on, instalments, rate):
    ids = lend.members(len(amounts_))
    group = lend.group(ids, kind="ksm")
    product = credit_products.product_by_code(db, "BERGULIR")
    lines = [credits.ApplicationLine(mid, a) for mid, a in zip(ids, amounts_, strict=True)]
    attack(tally, "credits.prepare_application", db, lambda: credits.prepare_application(
        db, actor=actors["petugas"], group_id=group.id, product_id=product.id, lines=lines,
        instalments=instalments, rate_bp=rate, on_date=on))


@FUZZ
@given(amount=st.one_of(amounts, bad_amounts), giver=texts, on=dates, note=texts,
       which=st.sampled_from(["revolving", "donation", "x"]))
def test_capital(db, actors, tally, amount, giver, on, note, which):
    attack(tally, "lender_pool.receive_capital", db, lambda: fund.receive_capital(
        db, actor=actors["bendahara"], fund=which, giver=giver, on_date=on, amount=amount,
        note=note))


@FUZZ
@given(cap=st.one_of(st.none(), amounts), trades=st.lists(texts.filter(bool), max_size=3),
       amount=st.one_of(amounts, bad_amounts))
def test_lender_commitment(db, actors, member, tally, cap, trades, amount):
    attack(tally, "lender_pool.register_lender", db, lambda: commitments.register_lender(
        db, actor=actors["bendahara"], member_id=member.id, preferred_trades=trades,
        max_per_group=cap))
    waiting = market.credits_waiting_for_funds(db)
    if waiting:
        attack(tally, "lender_pool.commit_funds", db, lambda: commitments.commit_funds(
            db, actor=actors["bendahara"], lender_member_id=member.id, credit_id=waiting[0][0],
            amount=amount))


@FUZZ
@given(title=texts, on=dates, notes=texts, name=texts, value=st.one_of(
    st.integers(-5, 10), st.sampled_from([2**63, 10**20]), st.none()))
def test_evaluation_round(db, actors, tally, title, on, notes, name, value):
    chair = actors["ketua"]
    ksm = ev.instrument_by_code(db, "ksm")
    made = attack(tally, "evaluation.create_round", db, lambda: ev.create_round(
        db, actor=chair, instrument_id=ksm.id, title=title, held_on=on, notes=notes or ""))
    if isinstance(made, Exception):
        return
    who = attack(tally, "evaluation.add_respondent", db, lambda: ev.add_respondent(
        db, actor=chair, round_id=made.value.id, name=name))
    if not isinstance(who, Exception):
        attack(tally, "evaluation.set_answer", db, lambda: ev.set_answer(
            db, actor=chair, respondent_id=who.value.id, item_index=0, value=value))


@FUZZ
@given(title=texts, first=texts, second=texts, name=texts,
       a=st.one_of(st.none(), amounts), b=st.one_of(st.none(), amounts))
def test_income_survey(db, actors, tally, title, first, second, name, a, b):
    chair = actors["ketua"]
    made = attack(tally, "evaluation.create_income_survey", db, lambda: ev.create_income_survey(
        db, actor=chair, title=title, held_on=dt.date(2024, 5, 1), first_label=first,
        second_label=second))
    if not isinstance(made, Exception):
        attack(tally, "evaluation.save_income_row", db, lambda: ev.save_income_row(
            db, actor=chair, survey_id=made.value.id, row_id=None, name=name, member_id=None,
            first=a, second=b))


@FUZZ
@given(data=st.data())
def test_settings_profile_and_users(db, actors, tally, data):
    profile = {k: data.draw(texts) for k in ("name", "address", "village", "phone")}
    attack(tally, "settings.update_profile", db, lambda: settings.update_profile(
        db, actor=Actor.system(), **profile))
    key = data.draw(st.sampled_from(["savings.pokok_amount", "members.number_digits",
                                     "members.number_prefix", "backup.keep",
                                     "lender.service_share_pct", "shu.include_sukarela"]))
    value = data.draw(st.one_of(amounts, texts, st.booleans()))
    attack(tally, "settings.update_settings", db, lambda: settings.update_settings(
        db, actor=actors["admin"], values={key: value}))
    attack(tally, "users.create_user", db, lambda: users.create_user(
        db, actor=actors["admin"],
        username=data.draw(st.one_of(st.sampled_from(["dewi", "asep_2"]), texts)) or "",
        role="petugas", full_name=data.draw(texts) or "",
        password=data.draw(st.one_of(st.just("dewi-rahasia-1"), texts)) or ""))


@FUZZ
@given(data=st.data())
def test_mentoring_follow_up(db, actors, lend, tally, data):
    ids = lend.members(2)
    group = lend.group(ids)
    fu = mentoring.FollowupInput(text=data.draw(texts), due_on=data.draw(dates),
                                 responsible=data.draw(texts), raised_on=data.draw(dates),
                                 group_id=group.id, member_id=ids[0])
    attack(tally, "mentoring.add_followup", db, lambda: mentoring.add_followup(
        db, actor=actors["petugas"], data=fu))
