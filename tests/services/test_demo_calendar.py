"""The demo follows the pilot's own calendar ("every report tells the same truth", item 9):
the preparation and socialisation meetings on 5 and 7 March 2024, the groups formed after
them, implementation (the first hand-over) on 28 March 2024, three cycles of six daily
instalments repaid in full, and every later part of the demo after them. Read back through
the services, as a clerk would see it."""

from __future__ import annotations

import datetime as dt

from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.eligibility import months_of_membership
from kamura_desktop.services import (
    accounting,
    credits,
    evaluation,
    groups,
    lender_pool,
    membership,
    mentoring,
    shu,
    year_end,
)

D = dt.date
PREPARATION, SOCIALISATION, FORMED, IMPLEMENTATION = D(2024, 3, 5), D(2024, 3, 7), D(2024, 3, 14), D(2024, 3, 28)
#: the pilot's three cycles, then the fourth that the lenders fund (the last working day of June
#: 2024 is Saturday the 29th: the pindang market works on Saturdays)
HAND_OVERS = [IMPLEMENTATION, D(2024, 4, 30), D(2024, 5, 31), D(2024, 6, 29)]


def _pilot_applications(db) -> list[credits.ApplicationDTO]:
    return sorted((a for a in credits.list_applications(db, status="disbursed")
                   if a.credits[0].product_code == "PAKET" and a.disbursed_on.year == 2024),
                  key=lambda a: (a.disbursed_on, a.id))


def test_the_demo_pilot_follows_its_calendar(demo_db):
    db = demo_db
    peer = [g for g in groups.list_groups(db) if g.kind == "peer"]
    assert len(peer) == 3 and {g.formed_on for g in peer} == {FORMED}
    assert all(s.joined_on == FORMED for g in peer for s in g.supervisors)

    # the preparation and socialisation meetings: the follow-ups they agreed (no group yet)
    prep = sorted((f for f in mentoring.list_followups(db) if f.raised_on < FORMED), key=lambda f: f.raised_on)
    assert [(f.raised_on, f.due_on, f.done_on) for f in prep] == [
        (PREPARATION, SOCIALISATION, SOCIALISATION), (SOCIALISATION, FORMED, FORMED)]
    assert prep[0].text.startswith("Rapat persiapan I-P2P (5 Maret 2024")
    assert prep[1].text.startswith("Sosialisasi I-P2P (7 Maret 2024")
    assert all(f.group_id is None and f.meeting_id is None for f in prep)

    apps = _pilot_applications(db)
    assert sorted({a.disbursed_on for a in apps}) == HAND_OVERS
    assert [len([a for a in apps if a.disbursed_on == day]) for day in HAND_OVERS] == [3, 3, 3, 3]
    last_due = None
    for day in HAND_OVERS:
        cycle = [a for a in apps if a.disbursed_on == day]
        # applied for, approved and handed over at the groups' month-end meeting
        assert all(a.prepared_at.date() == day for a in cycle)
        if last_due is not None:
            assert last_due < day  # the cycle before is repaid first
        dues = set()
        for c in (c for a in cycle for c in a.credits):
            lines = credits.schedule_of(db, c.id)
            assert len(lines) == 6 and lines[0].due_date > day
            assert c.status == "lunas"  # 100 % repaid
            dues |= {ln.due_date for ln in lines}
        last_due = max(dues)

    # members for three months on the first application (the eligibility rule)
    for c in (c for a in apps if a.disbursed_on == IMPLEMENTATION for c in a.credits):
        assert months_of_membership(membership.get_member(db, c.member_id).joined_on, IMPLEMENTATION) >= 3

    # the lenders registered at the socialisation meeting (none before joining)
    for b in lender_pool.list_lenders(db):
        registered = lender_pool.lender_statement(db, b.member_id, date_from=D(2024, 1, 1),
                                                  date_to=D(2024, 12, 31)).registered_on
        joined = membership.get_member(db, b.member_id).joined_on
        assert registered == max(SOCIALISATION, joined)

    # the packages bought the working day before each hand-over
    stock = accounting.general_ledger(db, account_code=Acc.PERSEDIAAN_PAKET_USAHA, date_from=D(2024, 1, 1),
                                      date_to=D(2024, 12, 31))
    assert sorted(r.date for r in stock.rows if r.debit) == [D(2024, 3, 27), D(2024, 4, 29), D(2024, 5, 30),
                                                           D(2024, 6, 28)]
    assert stock.closing == 0 and all(r.balance >= 0 for r in stock.rows)

    # the pilot's mentoring meetings, the evaluation and the year-end come after
    meetings = [m for m in mentoring.list_meetings(db) if m.group_id in {g.id for g in peer}
                and m.held_on.year == 2024]
    assert meetings and min(m.held_on for m in meetings) > IMPLEMENTATION
    rounds = [r for r in evaluation.list_rounds(db) if r.held_on.year == 2024]
    assert len(rounds) == 2 and all(r.held_on >= last_due for r in rounds)
    assert year_end.year_is_closed(db, 2024) and shu.get_shu(db, 2024).status == "draft"
