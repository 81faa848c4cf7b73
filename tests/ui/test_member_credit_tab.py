"""The member detail shows the member's credits, group and tanggung-renteng debts."""

from __future__ import annotations

from kamura_desktop.services import credits, groups, repayments, users
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.members.detail import MemberDetailDialog
from kamura_desktop.ui.tasks import TaskRunner


def test_credit_and_group_tabs_show_the_books_of_the_demo(qtbot, demo_db, fast_passwords):
    debts = [d for d in repayments.cover_debts(demo_db) if d.outstanding > 0]
    assert debts, "the demo has a tanggung-renteng cover not yet fully settled"
    debtor = debts[0].debtor_member_id
    actor = users.authenticate(demo_db, "petugas", "petugas123")
    ctx = AppContext(db=demo_db, db_path=demo_db.path, actor=actor, hub=SignalHub(), tasks=TaskRunner())
    dlg = MemberDetailDialog(ctx, debtor)
    qtbot.addWidget(dlg)
    own = credits.list_credits(demo_db, member_id=debtor)
    assert own and dlg.credit_table.rowCount() == len(own)
    shown = {dlg.credit_table.item(r, 0).text() for r in range(dlg.credit_table.rowCount())}
    assert shown == {c.number for c in own}
    assert "Berutang" in dlg.cover_label.text() and debts[0].coverer_name in dlg.cover_label.text()
    group = groups.group_of_member(demo_db, debtor)
    assert group is not None and group.code in dlg.group_label.text()
