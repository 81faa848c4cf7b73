"""Hypothesis over the year's books of a small cooperative built through the services (members,
groups, credits, repayments, a cover owed): year close and reopen, the SHU (draft, RAT approval, payment),
budget set and approve, the CALK text, the health assessment save, reminders, a member
leaving (refund), group changes — valid, boundary (period edges, closed years) and hostile
values, ids that do not exist, every role. After each call the books' invariants hold and a
refusal wrote nothing (harness.attack)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

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
    repayments,
    shu,
    users,
    year_end,
)
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.setup import open_books

from ..conftest import FAST_HASHER, TEST_USERS
from ..services.test_repayments import Lending
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
EDGES = [dt.date(y, m, d) for y in (2023, 2024, 2025) for m, d in ((1, 1), (12, 31))] + [
    dt.date(2026, 1, 1)]
edge_dates = st.one_of(st.sampled_from(EDGES), dates)
#: after the year 2025 ended: when its RAT is held and its SHU paid
after_2025 = st.one_of(st.dates(dt.date(2026, 1, 1), dt.date.today()), edge_dates)


@pytest.fixture(scope="module")
def books_template(tmp_path_factory) -> Path:
    """A small cooperative built once for this file through the services (the demo takes
    half a minute): two groups' credits disbursed in 2024, instalments paid in 2024 and 2025
    (service income for a year to close and an SHU), one cover owed, two members without
    credit who may leave; 2023 and 2024 closed. Each test gets its own copy of the closed file."""
    path = tmp_path_factory.mktemp("fuzz-books") / "kamura.sqlite"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(users, "_hasher", FAST_HASHER)
        db = open_books(path)
        try:
            for role_, (name, password) in TEST_USERS.items():
                users.create_user(db, actor=Actor.system(), username=name, role=role_,
                                  full_name=f"Uji {role_}", password=password)
            actors = {r: users.authenticate(db, n, p) for r, (n, p) in TEST_USERS.items()}
            lend = Lending(db, actors)
            cash = lend.credits("BERGULIR", [300_000] * 5, on=dt.date(2024, 3, 4),
                                instalments=6, rate_bp=200)
            lend.paket_group(on=dt.date(2024, 1, 8))
            for c in cash:
                lend.pay(c.id, 104_000, dt.date(2024, 4, 4))
                lend.pay(c.id, 104_000, dt.date(2025, 2, 4))
            repayments.post_collection_sheet(
                db, actor=actors["petugas"], group_id=cash[0].group_id,
                meeting_date=dt.date(2025, 3, 4), entries=[repayments.SheetEntry(
                    cash[0].member_id, 0, covers=((cash[1].member_id, 50_000),))])
            lend.members(2)
            for year in (2023, 2024):
                year_end.close_year(db, actor=actors["ketua"], year=year)
        finally:
            db.close()
    return path


@pytest.fixture
def books(books_template, tmp_path):
    path = tmp_path / "kamura.sqlite"
    shutil.copyfile(books_template, path)
    db = open_books(path)
    try:
        # the users' cheap hashes checked with the cheap hasher: with the program's own, each
        # login rehashed the password at full cost (4 × 0,3 s of CPU per test, issue 20)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(users, "_hasher", FAST_HASHER)
            actors = {r: users.authenticate(db, n, p) for r, (n, p) in TEST_USERS.items()}
        yield db, actors
    finally:
        db.close()


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
    year = data.draw(st.one_of(st.just(2025), st.just(2025), years))
    if data.draw(st.booleans()):
        attack(tally, "year_end.close_year", db, lambda: year_end.close_year(
            db, actor=actors["ketua"], year=year))
    attack(tally, "shu.create_shu_draft", db, lambda: shu.create_shu_draft(
        db, actor=actors[data.draw(role("bendahara"))], year=year,
        jasa_modal_pct=data.draw(st.one_of(st.none(), st.integers(-5, 120), amounts))))
    attack(tally, "shu.approve_shu", db, lambda: shu.approve_shu(
        db, actor=actors[data.draw(role("ketua"))], year=year, rat_date=data.draw(after_2025)))
    attack(tally, "shu.pay_shu", db, lambda: shu.pay_shu(
        db, actor=actors[data.draw(role("bendahara"))], year=year, on_date=data.draw(after_2025),
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
