"""The treasurer's screen does not keep yesterday's balance: on the office server a deposit
made on the counter's PC (another Database object, another connection) makes this PC's hub
publish the change and the open member list show the new sukarela balance, without anyone
clicking. On the real test server (tests/pg.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kamura_desktop.services import membership, savings
from kamura_desktop.services.membership import MemberInput
from kamura_desktop.services.setup import open_books
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import OTHER_PC, SignalHub
from kamura_desktop.ui.members import MembersPage
from kamura_desktop.ui.tasks import TaskRunner


@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_a_deposit_on_another_pc_refreshes_the_open_member_list(qtbot, db, actors, tmp_path):
    clerk = actors["petugas"]
    member = membership.register_member(db, actor=clerk, data=MemberInput(
        name="Siti Aminah", nik="3217144101800001", sex="P", joined_on=dt.date(2024, 1, 10),
        rt="1", rw="8", kampung="Babakan", trade="Pindang")).value.member.id
    savings.record_deposit(db, actor=clerk, member_id=member, kind="sukarela", amount=10_000,
                           on_date=dt.date(2026, 3, 2))

    hub = SignalHub()
    ctx = AppContext(db=db, db_path=Path(db.label), actor=actors["bendahara"], hub=hub,
                     tasks=TaskRunner())
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 500)
    page.show()
    qtbot.waitUntil(lambda: [r.sukarela for r in page.model.rows] == [10_000], timeout=10_000)
    heard = []
    hub.changed.connect(lambda changes, source: heard.append((changes, source)))

    counter_pc = open_books(db.location)  # the clerk's PC at the counter
    try:
        savings.record_deposit(counter_pc, actor=clerk, member_id=member, kind="sukarela",
                               amount=15_000, on_date=dt.date(2026, 3, 3))
        # nobody clicks: within a few polls the list shows the new balance
        qtbot.waitUntil(lambda: [r.sukarela for r in page.model.rows] == [25_000],
                        timeout=10_000)
    finally:
        counter_pc.close()
        hub.stop_following()
    changes, source = heard[0]
    assert source == OTHER_PC and changes.savings and changes.ledger
    page.grab().save(str(tmp_path / "server-refresh.png"))
