"""Hypothesis over the year's books on the demo cooperative (real members, groups, credits,
repayments and lenders): year close and reopen, the SHU (draft, RAT approval, payment),
budget set and approve, the CALK text, the health assessment save, reminders, a member
leaving (refund), group changes — valid, boundary (period edges, closed years) and hostile
values, ids that do not exist, every role. After each call the books' invariants hold and a
refusal wrote nothing (harness.attack)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from kamura_desktop.demo import DEMO_USERS
from kamura_desktop.domain import budget as budget_rules
from kamura_desktop.domain import health as health_rules
from kamura_desktop.domain.chart import Acc
from kamura_desktop.services import (
    accounting,
    budget,
    cash_flow,
    groups,
    health,
    membership,
    reminders,
    shu,
    year_end,
)

from .harness import (
    FUZZ,
    amounts,
    attack,
    bad_amounts,
    dates,
    mostly_clean,
    role,
    some_id,
    texts,
    years,
)

#: the year ends and starts (period edges) around the demo's books
EDGES = [dt.date(y, m, d) for y in (2023, 2024, 2025) for m, d in ((1, 1), (12, 31))]
edge_dates = st.one_of(st.sampled_from(EDGES), dates)


@pytest.fixture
def books(demo_db):
    from kamura_desktop.services import users
    return demo_db, {u.role: users.authenticate(demo_db, u.username, u.password)
                     for u in DEMO_USERS}


@FUZZ
@given(data=st.data())
def test_year_close_and_reopen(books, tally, data):
    db, actors = books
    year = data.draw(years)
    attack(tally, "year_end.close_year", db, lambda: year_end.close_year(
        db, actor=actors[data.draw(role("ketua"))], year=year))
    if data.draw(st.booleans()):
        attack(tally, "year_end.reopen_year", db, lambda: year_end.reopen_year(
            db, actor=actors[data.draw(role("admin"))], year=data.draw(st.one_of(st.just(year), years)),
            reason=data.draw(mostly_clean)))


@FUZZ
@given(data=st.data())
def test_shu_draft_approve_and_pay(books, tally, data):
    db, actors = books
    year = data.draw(st.one_of(st.just(dt.date.today().year - 1), years))
    if data.draw(st.booleans()):
        attack(tally, "year_end.close_year", db, lambda: year_end.close_year(
            db, actor=actors["ketua"], year=year))
    attack(tally, "shu.create_shu_draft", db, lambda: shu.create_shu_draft(
        db, actor=actors[data.draw(role("bendahara"))], year=year,
        jasa_modal_pct=data.draw(st.one_of(st.none(), st.integers(-5, 120), amounts))))
    attack(tally, "shu.approve_shu", db, lambda: shu.approve_shu(
        db, actor=actors[data.draw(role("ketua"))], year=year, rat_date=data.draw(edge_dates)))
    attack(tally, "shu.pay_shu", db, lambda: shu.pay_shu(
        db, actor=actors[data.draw(role("bendahara"))], year=year, on_date=data.draw(edge_dates),
        method=data.draw(st.one_of(st.sampled_from(["sukarela", "tunai"]), texts))))


@FUZZ
@given(data=st.data())
def test_budget_set_and_approve(books, tally, data):
    db, actors = books
    year = data.draw(years)
    ordinary = [a.code for a in accounting.list_accounts(db) if a.kind in ("income", "expense")]
    codes = st.one_of(st.sampled_from(ordinary), st.sampled_from(ordinary),
                      st.sampled_from([Acc.KAS, "9999", ""]), texts.filter(lambda t: t is not None))
    money = st.one_of(st.integers(0, 50_000_000), amounts, bad_amounts)
    lines = data.draw(st.dictionaries(codes, money, max_size=4))
    targets = data.draw(st.one_of(st.none(), st.dictionaries(
        st.one_of(st.sampled_from(sorted(budget_rules.TARGETS)), texts.filter(bool)),
        st.one_of(st.integers(0, 1_000), amounts, bad_amounts), max_size=3)))
    attack(tally, "budget.save_budget", db, lambda: budget.save_budget(
        db, actor=actors[data.draw(role("bendahara"))], year=year, lines=lines, targets=targets))
    attack(tally, "budget.approve_budget", db, lambda: budget.approve_budget(
        db, actor=actors[data.draw(role("ketua"))], year=year, rat_date=data.draw(edge_dates)))


@FUZZ
@given(data=st.data())
def test_calk_text(books, tally, data):
    db, actors = books
    attack(tally, "cash_flow.save_calk_text", db, lambda: cash_flow.save_calk_text(
        db, actor=actors[data.draw(role("bendahara"))], year=data.draw(years),
        text=data.draw(st.one_of(texts, st.just("Catatan\n" * 3_000)))))


@FUZZ
@given(data=st.data())
def test_health_assessment_save(books, tally, data):
    db, actors = books
    scheme = data.draw(st.one_of(st.sampled_from(sorted(health_rules.SCHEMES)), texts))
    known = sorted({i.code for s in health_rules.SCHEMES.values() for a in s.aspects
                    for ind in a.indicators for i in ind.items})
    answers = data.draw(st.dictionaries(st.one_of(st.sampled_from(known), texts.filter(bool)),
                                        st.one_of(st.booleans(), st.none(), amounts, texts),
                                        max_size=6))
    attack(tally, "health.save_assessment", db, lambda: health.save_assessment(
        db, actor=actors[data.draw(role("ketua"))], as_of=data.draw(edge_dates), scheme=scheme,
        answers=answers))


@FUZZ
@given(data=st.data())
def test_reminders(books, tally, data):
    db, actors = books
    codes = [g.code for g in groups.list_groups(db)]
    attack(tally, "reminders.reminder_list", db, lambda: reminders.reminder_list(
        db, on_date=data.draw(edge_dates), actor=actors[data.draw(role("petugas"))],
        group_code=data.draw(st.one_of(st.none(), st.sampled_from(codes), texts))))
    attack(tally, "reminders.reminder_letters", db, lambda: reminders.reminder_letters(
        db, on_date=data.draw(edge_dates), actor=actors[data.draw(role("bendahara"))],
        credit_numbers=data.draw(st.one_of(st.none(), st.lists(
            texts.filter(lambda t: t is not None), max_size=3)))))


def _member_ids(db) -> list[int]:
    from kamura_desktop.db.models.membership import Member
    with db.read() as s:
        return list(s.scalars(select(Member.id).order_by(Member.id)))


@FUZZ
@given(data=st.data())
def test_member_leaving(books, tally, data):
    """Members with credits, lender commitments or covers are refused; the others are paid
    back pokok, wajib and sukarela in one entry."""
    db, actors = books
    mid = data.draw(some_id(data.draw(st.sampled_from(_member_ids(db)))))
    attack(tally, "membership.member_leave", db, lambda: membership.member_leave(
        db, actor=actors[data.draw(role("bendahara"))], member_id=mid, on_date=data.draw(edge_dates),
        reason=data.draw(mostly_clean)))


@FUZZ
@given(data=st.data())
def test_group_changes(books, tally, data):
    db, actors = books
    group = data.draw(st.sampled_from(groups.list_groups(db, include_dissolved=True)))
    gid = data.draw(some_id(group.id))
    mid = data.draw(some_id(data.draw(st.sampled_from(_member_ids(db)))))
    action = data.draw(st.sampled_from(["add", "remove", "leader", "update", "dissolve"]))
    clerk = actors[data.draw(role("petugas"))]
    on = data.draw(st.one_of(st.none(), edge_dates))
    if action == "add":
        call = lambda: groups.add_group_member(db, actor=clerk, group_id=gid, member_id=mid,  # noqa: E731
                                               on_date=on)
    elif action == "remove":
        call = lambda: groups.remove_group_member(db, actor=clerk, group_id=gid,  # noqa: E731
                                                  member_id=mid, on_date=on)
    elif action == "leader":
        call = lambda: groups.set_leader(db, actor=clerk, group_id=gid, member_id=mid)  # noqa: E731
    elif action == "dissolve":
        call = lambda: groups.dissolve_group(db, actor=clerk, group_id=gid,  # noqa: E731
                                             on_date=on or dt.date.today())
    else:
        form = groups.GroupInput(name=data.draw(mostly_clean), formed_on=data.draw(dates),
                                 kampung=data.draw(mostly_clean), rt=data.draw(mostly_clean),
                                 meeting_day=data.draw(mostly_clean), meeting_place=data.draw(mostly_clean))
        call = lambda: groups.update_group(db, actor=clerk, group_id=gid, data=form)  # noqa: E731
    attack(tally, f"groups.{action}", db, call)
