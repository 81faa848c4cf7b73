"""qtbot tests of the lender pool window (Lender), on a real SQLite file.

Everything is set up through the services, as the office would: five eligible borrowers
(active, simpanan pokok paid, wajib paid ahead, KTP and KK on file, an ikan pindang
business, joined more than three months ago) in a group with a Paket Usaha application
prepared by the clerk and approved by the treasurer; two lenders with simpanan sukarela,
registered in the lender pool.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from kamura_desktop.services import (
    credit_products,
    credits,
    groups,
    lender_pool,
    membership,
    savings,
)
from kamura_desktop.services.credits import ApplicationLine
from kamura_desktop.services.groups import GroupInput
from kamura_desktop.services.membership import MemberInput
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.lenders import LendersPage
from kamura_desktop.ui.lenders.models import SORT_ROLE, LenderTableModel, MarketModel
from kamura_desktop.ui.tasks import TaskRunner

from ..stock import provide_for

LEFT = Qt.MouseButton.LeftButton

def joined_on(today: dt.date | None = None) -> dt.date:
    """More than three months ago: taken from the date the caller runs on (``today``, else now), never
    from the date the module was collected on — a run that crosses midnight still agrees with
    the dialogs, which take the date when they open."""
    return (today or dt.date.today()) - dt.timedelta(days=200)


BORROWERS = ("Euis Komalasari", "Iis Rohaeti", "Dedeh Kurniasih", "Entin Suhartini", "Neneng Hasanah")
L = LenderTableModel


def add_member(db, actor, name: str, serial: int, *, trade: str = "Pengolahan ikan pindang",
               sukarela: int = 0, documents: bool = True, wajib: bool = True) -> int:
    """An active member of RW 8 (a woman of Kabupaten Bandung Barat, born March 1985)."""
    data = MemberInput(name=name, nik=f"3217015503850{serial:03d}", sex="P", joined_on=joined_on(),
                       kampung="Cibitung", rt="3", rw="8", desa="Mekarmukti", trade=trade,
                       ktp_on_file=documents, kk_on_file=documents)
    member = membership.register_member(db, actor=actor, data=data).value.member
    savings.record_deposit(db, actor=actor, member_id=member.id, kind="pokok", amount=50_000,
                           on_date=joined_on())
    if wajib:  # a year paid ahead
        savings.record_deposit(db, actor=actor, member_id=member.id, kind="wajib", amount=120_000,
                               on_date=joined_on())
    if sukarela:
        savings.record_deposit(db, actor=actor, member_id=member.id, kind="sukarela",
                               amount=sukarela, on_date=dt.date.today())
    return member.id


def build_pool(db, actors, *, ai_max: int | None = None) -> SimpleNamespace:
    clerk, treasurer = actors["petugas"], actors["bendahara"]
    borrowers = [add_member(db, clerk, name, i) for i, name in enumerate(BORROWERS, start=1)]
    ai = add_member(db, clerk, "Ai Nurjanah", 11, trade="Warung", sukarela=300_000)
    jajang = add_member(db, clerk, "Jajang Nurjaman", 12, trade="Kasur", sukarela=20_000)
    lender_pool.register_lender(db, actor=clerk, member_id=ai, preferred_trades=["pindang"],
                                max_per_group=ai_max)
    lender_pool.register_lender(db, actor=clerk, member_id=jajang)
    group = groups.create_group(
        db, actor=clerk, data=GroupInput(name="Pindang Jaya", formed_on=dt.date.today(), kampung="Cibitung",
                                         rt="3", rw="8"),
        member_ids=borrowers, leader_id=borrowers[0]).value
    paket = credit_products.product_by_code(db, "PAKET")
    app = credits.prepare_application(
        db, actor=clerk, group_id=group.id, product_id=paket.id,
        lines=[ApplicationLine(i, 25_000, "Paket usaha pindang") for i in borrowers]).value
    app = credits.approve_application(db, actor=treasurer, application_id=app.id).value
    return SimpleNamespace(borrowers=borrowers, ai=ai, jajang=jajang, group=group, app=app,
                           credits=[c.id for c in app.credits])


@pytest.fixture
def pool(db, actors):
    return build_pool(db, actors)


def make_page(qtbot, db, actor, hub: SignalHub | None = None) -> LendersPage:
    ctx = AppContext(db=db, db_path=db.path, actor=actor, hub=hub or SignalHub(), tasks=TaskRunner())
    page = LendersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1166, 700)
    page.show()
    return page


def commit_through_dialog(qtbot, market, credit_id: int, lender_id: int, amount: str):
    dlg = market.open_commit(credit_id)
    assert dlg is not None and dlg.isVisible()
    dlg.lender.setCurrentIndex(dlg.lender.findData(lender_id))
    dlg.amount.clear()
    qtbot.keyClicks(dlg.amount, amount)
    qtbot.mouseClick(dlg.commit_button, LEFT)
    return dlg


def cell(model, row: int, col: int, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, col).data(role)


# ------------------------------------------------------------------ the required path

def test_two_lenders_fund_a_credit_in_the_marketplace_and_see_it_deployed(qtbot, db, actors, pool, today):
    hub = SignalHub()
    treasurer = actors["bendahara"]
    page = make_page(qtbot, db, treasurer, hub)
    market = page.show_tab(page.market_tab)
    model = market.model
    assert model.rowCount() == 5
    assert market.summary.text() == "5 kredit · 1 kelompok · kekurangan Rp125.000"
    first, second = pool.credits[0], pool.credits[1]
    row = model.row_of(first)
    assert cell(model, row, MarketModel.COL_BORROWER) == BORROWERS[0]
    assert cell(model, row, MarketModel.COL_PROGRESS) == "0 %"

    # ---- Ai commits Rp15.000 through the dialog; the lender's balance is shown first
    dlg = market.open_commit(first)
    dlg.lender.setCurrentIndex(dlg.lender.findData(pool.ai))
    assert "Rp300.000" in dlg.lender_info.text()
    assert dlg.fill_gap_button.text() == "Isi kekurangan (Rp25.000)"
    qtbot.keyClicks(dlg.amount, "15.000")
    qtbot.mouseClick(dlg.commit_button, LEFT)
    assert dlg.result_value is not None and not dlg.isVisible()
    row = model.row_of(first)
    assert cell(model, row, MarketModel.COL_FUNDED, SORT_ROLE) == 15_000
    assert cell(model, row, MarketModel.COL_GAP) == "Rp10.000"
    assert cell(model, row, MarketModel.COL_PROGRESS) == "60 %"
    assert "Ai Nurjanah" in market.notice.text.text()

    # ---- Jajang commits the rest of that credit
    dlg = commit_through_dialog(qtbot, market, first, pool.jajang, "10000")
    assert dlg.result_value is not None
    row = model.row_of(first)
    assert cell(model, row, MarketModel.COL_PROGRESS) == "100 %"
    assert not market.commit_button.isEnabled()  # nothing left to fund on this credit

    # ---- over the available balance: the refusal shows next to the amount, nothing committed
    dlg = commit_through_dialog(qtbot, market, second, pool.jajang, "15.000")
    assert dlg.isVisible() and dlg.result_value is None
    error = dlg.errors.labels["amount"]
    assert error.isVisible()
    assert error.text() == ("Komitmen Rp15.000 melebihi saldo sukarela yang tersedia Rp10.000.")
    assert lender_pool.lender_balance(db, pool.jajang).committed == 10_000
    assert cell(model, model.row_of(second), MarketModel.COL_FUNDED, SORT_ROLE) == 0
    dlg.reject()

    # ---- the rest from own funds, then disbursement (the credit book's services)
    credits.allow_gap_funding(db, actor=actors["ketua"], application_id=pool.app.id)
    hub.publish(credits.fund_remaining(db, actor=treasurer, application_id=pool.app.id,
                                       source="own").changes)
    provide_for(db, pool.app.id, on=today)
    hub.publish(credits.disburse_application(db, actor=treasurer, application_id=pool.app.id,
                                             on_date=today).changes)
    assert model.rowCount() == 0 and market.empty.isVisible()

    # ---- the Lender tab: deployed amounts, sukarela reduced, nothing held any more
    tab = page.show_tab(page.lenders_tab)
    lenders = tab.model
    ai, jajang = lenders.row_of(pool.ai), lenders.row_of(pool.jajang)
    assert [cell(lenders, ai, c) for c in (L.COL_NAME, L.COL_SUKARELA, L.COL_COMMITTED, L.COL_DEPLOYED,
                                           L.COL_AVAILABLE)] == [
        "Ai Nurjanah", "Rp285.000", "Rp0", "Rp15.000", "Rp285.000"]
    assert [cell(lenders, jajang, c) for c in (L.COL_SUKARELA, L.COL_DEPLOYED, L.COL_AVAILABLE)] == [
        "Rp10.000", "Rp10.000", "Rp10.000"]
    assert "tersalur Rp25.000" in tab.totals.text()
