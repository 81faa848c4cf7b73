"""A write in one book refreshes every screen whose money it moved: a repayment of a
lender-funded credit flows back to the lenders' sukarela, and the member list shows the new
balance (it used to keep the old one: the repayment's change notice did not say 'savings')."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from kamura_desktop.db.models.credit import Credit, CreditFunding
from kamura_desktop.demo import DEMO_USERS
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import membership, savings, users
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.members.models import MemberTableModel
from kamura_desktop.ui.repayments.dialogs import RecordPaymentDialog
from kamura_desktop.ui.shell.main_window import MainWindow
from kamura_desktop.ui.tasks import TaskRunner


def _lender_funded_credit(db) -> tuple[int, int]:
    """(credit id, one lender's member id) of a running credit the lenders funded."""
    with db.read() as s:
        cid, lender = s.execute(
            select(Credit.id, CreditFunding.lender_member_id)
            .join(CreditFunding, CreditFunding.credit_id == Credit.id)
            .where(CreditFunding.source == "lender", Credit.status == "active")
            .order_by(Credit.id, CreditFunding.lender_member_id)).first()
    return cid, lender


def _shown_sukarela(page, member_id: int) -> str:
    """The Sukarela cell of the member's row, as the clerk reads it."""
    model = page.model
    r = next(i for i, row in enumerate(model.rows) if row.id == member_id)
    return model.index(r, MemberTableModel.COL_SUKARELA).data()


def test_the_member_list_shows_the_lenders_sukarela_after_a_repayment(qtbot, demo_db,
                                                                   fast_passwords):
    clerk = next(u for u in DEMO_USERS if u.role == "petugas")
    actor = users.authenticate(demo_db, clerk.username, clerk.password)
    ctx = AppContext(db=demo_db, db_path=demo_db.path, actor=actor, hub=SignalHub(),
                     tasks=TaskRunner())
    window = MainWindow(ctx, backup_on_close=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    credit_id, lender = _lender_funded_credit(demo_db)
    lender_number = membership.get_member(demo_db, lender).number

    # the clerk looks the lender up in the member list: the balance as it is now
    window.go_to("anggota")
    members = window.pages["anggota"]
    qtbot.keyClicks(members.search, lender_number)
    qtbot.waitUntil(lambda: [r.id for r in members.model.rows] == [lender], timeout=5_000)
    before = savings.balances(demo_db, lender).sukarela
    assert _shown_sukarela(members, lender) == format_rupiah(before)

    # then takes an instalment of that credit at the counter
    window.go_to("angsuran")
    tab = window.pages["angsuran"].credit_tab
    qtbot.waitUntil(lambda: tab.index_ready, timeout=10_000)
    tab.open_credit(credit_id)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert isinstance(dlg, RecordPaymentDialog)
    dlg.amount.selectAll()
    qtbot.keyClicks(dlg.amount, "4200")
    qtbot.keyClick(dlg.amount, Qt.Key.Key_Return)
    assert dlg.receipt is not None and dlg.receipt.amount == 4_200
    dlg.close()

    # back on the member list: the flow-back is there, not yesterday's balance
    after = savings.balances(demo_db, lender).sukarela
    assert after > before
    window.go_to("anggota")
    qtbot.waitUntil(lambda: _shown_sukarela(members, lender) == format_rupiah(after), timeout=5_000)
