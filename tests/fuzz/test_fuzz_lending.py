"""Hypothesis over the lending services the first fuzz file leaves out (issue 21): approval
and disbursement of credits (cash from the revolving fund, in kind, own capital), collection
sheets posted whole with hostile amounts and rows, settling covers (tanggung renteng),
write-offs, provisions, credit products and holidays — each with valid, boundary and
hostile values, ids that do not exist and every role (wrong ones are refused). After each
call the books' invariants hold and a refusal wrote nothing (harness.attack)."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import credit_products, credits, provisions, repayments
from kamura_desktop.services.lender_pool import write_off

from ..stock import provide_for
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
)

DISBURSED = dt.date(2024, 3, 4)


@pytest.fixture
def disbursed(lend):
    return lend.credits("BERGULIR", [300_000] * 5, on=DISBURSED, instalments=3, rate_bp=200)


@FUZZ
@given(data=st.data(), product=st.sampled_from(["BERGULIR", "PAKET"]))
def test_approve_fund_and_disburse(db, actors, lend, tally, data, product):
    size = 5
    ids = lend.members(size)
    group = lend.group(ids, kind="ksm" if product == "BERGULIR" else "peer")
    p = credit_products.product_by_code(db, product)
    amount = 300_000 if product == "BERGULIR" else 25_000
    app = credits.prepare_application(
        db, actor=actors["petugas"], group_id=group.id, product_id=p.id,
        lines=[credits.ApplicationLine(m, amount) for m in ids],
        on_date=dt.date(2024, 3, 4)).value
    app_id = data.draw(some_id(app.id))
    approved = attack(tally, "credits.approve_application", db, lambda: credits.approve_application(
        db, actor=actors[data.draw(role("bendahara"))], application_id=app_id, note=data.draw(mostly_clean),
        on_date=data.draw(st.one_of(st.none(), dates))))
    if data.draw(st.booleans()) and isinstance(approved, Exception):
        attack(tally, "credits.reject_application", db, lambda: credits.reject_application(
            db, actor=actors[data.draw(role("ketua"))], application_id=app_id,
            reason=data.draw(mostly_clean)))
        return
    attack(tally, "credits.fund_remaining", db, lambda: credits.fund_remaining(
        db, actor=actors[data.draw(role("bendahara"))], application_id=app_id,
        source=data.draw(st.sampled_from(["own", "revolving", "lender", "", "x\x00"]))))
    current = credits.get_application(db, app.id)
    if current.credits:
        attack(tally, "credits.add_funding", db, lambda: credits.add_funding(
            db, actor=actors["bendahara"], credit_id=data.draw(some_id(current.credits[0].id)),
            source=data.draw(st.sampled_from(["own", "revolving", "lender"])),
            amount=data.draw(st.one_of(amounts, bad_amounts))))
    with contextlib.suppress(UserError):  # nothing more to bring in: the fund holds enough
        provide_for(db, app.id, on=dt.date(2024, 3, 4))
    items = data.draw(st.one_of(st.none(), st.lists(texts.filter(lambda t: t is not None),
                                                    max_size=4)))
    attack(tally, "credits.disburse_application", db, lambda: credits.disburse_application(
        db, actor=actors[data.draw(role("bendahara"))], application_id=app_id,
        on_date=data.draw(dates), package_items=items))


def _sheet_entries(data, member_ids: list[int]) -> list[repayments.SheetEntry]:
    rows = []
    who = st.one_of(st.sampled_from(member_ids), st.sampled_from(member_ids),
                    st.sampled_from([0, -1, 10**9]))
    paid = st.one_of(st.sampled_from([0, 100_000, 104_000, 110_000]), amounts, bad_amounts)
    for _ in range(data.draw(st.integers(0, len(member_ids) + 1))):
        covers = tuple(data.draw(st.lists(st.tuples(who, paid), max_size=2)))
        rows.append(repayments.SheetEntry(member_id=data.draw(who), paid=data.draw(paid),
                                          present=data.draw(st.booleans()), covers=covers))
    return rows


@FUZZ
@given(data=st.data())
def test_collection_sheet_and_covers(db, actors, disbursed, tally, data):
    """A whole sheet with hostile amounts and rows (duplicates, strangers, covers by
    oneself), then a covered member settling with their coverer."""
    member_ids = [c.member_id for c in disbursed]
    group_id = data.draw(some_id(disbursed[0].group_id))
    on = data.draw(st.one_of(st.sampled_from([dt.date(2024, 3, 11), dt.date(2024, 3, 18),
                                              dt.date(2024, 4, 4)]), dates))
    attack(tally, "repayments.post_collection_sheet", db, lambda: repayments.post_collection_sheet(
        db, actor=actors[data.draw(role("petugas"))], group_id=group_id, meeting_date=on,
        entries=_sheet_entries(data, member_ids), note=data.draw(mostly_clean)))
    debts = repayments.cover_debts(db, group_id=disbursed[0].group_id)
    debtor, coverer = ((debts[0].debtor_member_id, debts[0].coverer_member_id) if debts
                       else (member_ids[0], member_ids[1]))
    attack(tally, "repayments.settle_cover", db, lambda: repayments.settle_cover(
        db, actor=actors[data.draw(role("petugas"))], debtor_member_id=data.draw(some_id(debtor)),
        coverer_member_id=data.draw(some_id(coverer)),
        amount=data.draw(st.one_of(amounts, bad_amounts)), on_date=data.draw(dates),
        note=data.draw(mostly_clean)))


@FUZZ
@given(data=st.data())
def test_write_off(db, actors, disbursed, tally, data):
    which = data.draw(st.integers(0, len(disbursed) - 1))
    attack(tally, "lender_pool.write_off_credit", db, lambda: write_off.write_off_credit(
        db, actor=actors[data.draw(role("ketua"))], credit_id=data.draw(some_id(disbursed[which].id)),
        on_date=data.draw(dates), reason=data.draw(mostly_clean)))


@FUZZ
@given(data=st.data())
def test_provision(db, actors, disbursed, tally, data):
    attack(tally, "provisions.post_provision", db, lambda: provisions.post_provision(
        db, actor=actors[data.draw(role("bendahara"))], as_of=data.draw(dates)))


_INTS = st.one_of(st.integers(-5, 400), amounts, st.none())


@FUZZ
@given(data=st.data(), base=st.sampled_from(["BERGULIR", "PAKET"]))
def test_credit_product(db, actors, tally, data, base):
    """A product saved with hostile terms (a new one, or a change to a built-in one)."""
    product = credit_products.product_by_code(db, base)
    changes = {}
    for field in data.draw(st.lists(st.sampled_from(
            ["code", "name", "amount_min", "amount_max", "first_loan_max", "group_limit",
             "group_size_min", "group_size_max", "instalments_min", "instalments_max",
             "frequency", "service_mode", "rate_bp_min", "rate_bp_max", "service_fixed",
             "rounding_increment", "rounding_mode", "max_cycles", "late_fee", "fund_source",
             "package_items"]), max_size=5, unique=True)):
        if field in ("code", "name"):
            changes[field] = data.draw(mostly_clean)
        elif field in ("frequency", "service_mode", "rounding_mode", "fund_source"):
            changes[field] = data.draw(st.one_of(st.sampled_from(
                ["weekly", "monthly", "flat", "fixed", "up", "nearest", "own", "revolving",
                 "lender"]), texts))
        elif field == "package_items":
            changes[field] = tuple(data.draw(st.lists(texts.filter(lambda t: t is not None),
                                                      max_size=3)))
        else:
            changes[field] = data.draw(_INTS)
    if data.draw(st.booleans()):
        changes.setdefault("code", data.draw(st.sampled_from(["UJI1", "UJI2"])))
        changes["id"] = None
    edited = dataclasses.replace(product, **changes)
    attack(tally, "credit_products.save_product", db, lambda: credit_products.save_product(
        db, actor=actors[data.draw(role("ketua"))], product=edited))
    attack(tally, "credit_products.add_holiday", db, lambda: credit_products.add_holiday(
        db, actor=actors[data.draw(role("ketua"))], on_date=data.draw(dates), name=data.draw(mostly_clean)))
