"""The member list's lender and borrower filters, filled by the lender pool and credit books."""

from __future__ import annotations

from kamura_desktop.services import credits, lender_pool, membership
from kamura_desktop.services.membership import MemberFilter


def ids(db, flt: MemberFilter) -> set[int]:
    return {r.id for r in membership.list_members(db, flt, limit=None).rows}


def test_lender_filter_lists_exactly_the_registered_lenders(demo_db):
    lenders = {b.member_id for b in lender_pool.list_lenders(demo_db)}
    assert lenders, "the demo registers lenders"
    assert ids(demo_db, MemberFilter(lender=True)) == lenders
    everyone = ids(demo_db, MemberFilter())
    assert ids(demo_db, MemberFilter(lender=False)) == everyone - lenders


def test_borrower_filter_lists_members_with_a_running_credit(demo_db):
    running = {r.member_number for r in credits.list_credits(demo_db, status="active")}
    assert running, "the demo has running credits"
    rows = membership.list_members(demo_db, MemberFilter(borrower=True), limit=None).rows
    assert {r.number for r in rows} == running
    assert not ids(demo_db, MemberFilter(borrower=True)) & ids(demo_db, MemberFilter(borrower=False))
