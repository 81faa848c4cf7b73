"""The lender pool window's dialogs and tabs: registering a lender (requirements shown
first), the commitment dialog's refusals, the lender detail (commitments, deployed funds,
returns and earnings), capital received and the fund's development, potential investors,
buttons by role, and the table models and chart on their own."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import (
    credit_products,
    credits,
    groups,
    lender_pool,
    membership,
    repayments,
)
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.credits import ApplicationLine
from kamura_desktop.services.groups import GroupInput
from kamura_desktop.services.lender_pool import FundYear
from kamura_desktop.ui.lenders import LendersPage
from kamura_desktop.ui.lenders.chart import ChartYear, FundChart, nice_step, short_rupiah
from kamura_desktop.ui.lenders.models import (
    ID_ROLE,
    PROGRESS_ROLE,
    SORT_ROLE,
    FundYearModel,
    LenderHistoryModel,
    MarketModel,
    MarketRow,
    ProspectModel,
)
from kamura_desktop.ui.print_preview import PrintPreviewDialog
from kamura_desktop.ui.shell.main_window import default_pages

from ..stock import provide_for
from .helpers import MessageBoxWatcher
from .test_lenders_page import (
    LEFT,
    add_member,
    build_pool,
    cell,
    commit_through_dialog,
    make_page,
)


@pytest.fixture
def pool(db, actors):
    return build_pool(db, actors)


def deploy(db, actors, pool, *, hub=None):
    """Ai funds Rp15.000 of the first credit, the cooperative the rest; disbursed today."""
    treasurer = actors["bendahara"]
    outcomes = [
        lender_pool.commit_funds(db, actor=treasurer, lender_member_id=pool.ai, credit_id=pool.credits[0],
                                 amount=15_000),
        credits.allow_gap_funding(db, actor=actors["ketua"], application_id=pool.app.id),
        credits.fund_remaining(db, actor=treasurer, application_id=pool.app.id, source="own"),
    ]
    provide_for(db, pool.app.id, on=dt.date.today())  # the goods in stock first
    outcomes.append(credits.disburse_application(db, actor=treasurer, application_id=pool.app.id,
                                                 on_date=dt.date.today()))
    if hub is not None:
        for o in outcomes:
            hub.publish(o.changes)


# ------------------------------------------------------------------ registering a lender

def test_register_dialog_shows_why_a_member_cannot_lend_yet(qtbot, db, actors):
    clerk = actors["petugas"]
    page = make_page(qtbot, db, clerk)
    tab = page.lenders_tab
    assert tab.model.rowCount() == 0 and tab.empty.isVisible()
    no_papers = add_member(db, clerk, "Onah Juhanah", 21, documents=False, wajib=False)
    dlg = tab.register_lender()
    dlg.picker.set_member(membership.get_member(db, no_papers))
    text = dlg.check_text.text()
    assert text.startswith("✘ Belum memenuhi syarat lender:")
    assert "fotokopi KTP/KK belum ada" in text and "tunggakan simpanan wajib" in text
    assert not dlg.save_button.isEnabled()
    dlg.reject()


def test_clerk_registers_a_lender_with_preferences(qtbot, db, actors, today):
    clerk = actors["petugas"]
    page = make_page(qtbot, db, clerk)
    tab = page.lenders_tab
    lilis = add_member(db, clerk, "Lilis Suryani", 22, trade="Warung", sukarela=500_000)
    number = membership.get_member(db, lilis).number
    dlg = tab.register_lender()
    qtbot.keyClicks(dlg.picker.edit, number)
    qtbot.keyClick(dlg.picker.edit, Qt.Key.Key_Return)
    assert dlg.picker.member is not None and dlg.picker.member.id == lilis
    assert dlg.check_text.text().startswith("✔ Memenuhi syarat lender. Simpanan sukarela Rp500.000.")
    dlg.trade_boxes["pindang"].setChecked(True)
    qtbot.keyClicks(dlg.other_trades, "kasur, wajik")
    qtbot.keyClicks(dlg.max_per_group, "lima puluh ribu")
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.isVisible()
    assert "bukan jumlah rupiah yang sah" in dlg.errors.labels["max_per_group"].text()
    dlg.max_per_group.clear()
    qtbot.keyClicks(dlg.max_per_group, "50.000")
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.result_value is not None and not dlg.isVisible()
    assert dlg.trades() == ["pindang", "kasur", "wajik"]
    assert tab.model.rowCount() == 1
    assert tab.table.selected_id() == lilis
    assert cell(tab.model, 0, tab.model.COL_AVAILABLE) == "Rp500.000"
    assert "terdaftar sebagai lender" in tab.notice.text.text()
    statement = lender_pool.lender_statement(db, lilis, date_from=today, date_to=today)
    assert statement.max_per_group == 50_000 and statement.preferred_trades == ("pindang", "kasur", "wajik")

    # registering again shows the preferences to change
    again = tab.register_lender(membership.get_member(db, lilis))
    assert again.save_button.text() == "Simpan preferensi"
    assert [t for t, box in again.trade_boxes.items() if box.isChecked()] == ["pindang", "kasur", "wajik"]
    assert again.other_trades.text() == "" and again.max_per_group.text() == "50.000"
    again.reject()


# ------------------------------------------------------------------ the commitment dialog

def test_commit_dialog_shows_the_services_refusals_next_to_the_amount(qtbot, db, actors):
    limited = build_pool(db, actors, ai_max=20_000)
    page = make_page(qtbot, db, actors["petugas"])
    market = page.show_tab(page.market_tab)
    first, second = limited.credits[0], limited.credits[1]

    dlg = commit_through_dialog(qtbot, market, first, limited.ai, "30.000")  # over the credit's gap
    assert dlg.errors.labels["amount"].text().endswith("tinggal Rp25.000.")
    dlg.amount.clear()
    qtbot.keyClicks(dlg.amount, "dua puluh")  # not a rupiah amount
    qtbot.mouseClick(dlg.commit_button, LEFT)
    assert "bukan jumlah rupiah yang sah" in dlg.errors.labels["amount"].text()
    qtbot.mouseClick(dlg.fill_gap_button, LEFT)
    assert dlg.amount.text() == "25.000"
    dlg.amount.clear()
    qtbot.keyClicks(dlg.amount, "15000")
    qtbot.mouseClick(dlg.commit_button, LEFT)
    assert dlg.result_value is not None

    dlg = commit_through_dialog(qtbot, market, second, limited.ai, "10.000")  # over the limit per group
    assert dlg.errors.labels["amount"].text() == "Melebihi batas Ai Nurjanah per kelompok Rp20.000."
    assert lender_pool.lender_balance(db, limited.ai).committed == 15_000
    dlg.reject()


def test_only_those_who_may_commit_get_the_button(qtbot, db, actors, pool):
    admin = make_page(qtbot, db, actors["admin"])
    assert not admin.market_tab.commit_button.isEnabled()
    assert admin.market_tab.open_commit(pool.credits[0]) is None
    assert not admin.lenders_tab.register_button.isEnabled()
    assert not admin.funds_tab.receive_button.isEnabled()
    assert not admin.prospects_tab.add_button.isEnabled()
    chair = make_page(qtbot, db, actors["ketua"])
    assert not chair.market_tab.commit_button.isEnabled()
    assert chair.lenders_tab.register_button.isEnabled()
    assert chair.prospects_tab.add_button.isEnabled()


# ------------------------------------------------------------------ the lender detail

def test_lender_detail_shows_deployed_funds_returns_and_earnings(qtbot, db, actors, pool, today):
    page = make_page(qtbot, db, actors["bendahara"])
    deploy(db, actors, pool, hub=page.ctx.hub)
    credit = pool.credits[0]
    paid = repayments.record_repayment(db, actor=actors["petugas"], credit_id=credit, amount=8_400,
                                       on_date=today)
    page.ctx.hub.publish(paid.changes)
    tab = page.lenders_tab
    dlg = tab.open_lender(pool.ai)
    b = lender_pool.lender_balance(db, pool.ai)
    assert b.returned > 0 and b.earned > 0
    assert dlg.title.text() == "Ai Nurjanah"
    assert "usaha pilihan: pindang" in dlg.subtitle.text()
    assert dlg.cards["deployed"].value.text() == format_rupiah(15_000 - b.returned)
    assert dlg.cards["earned"].value.text() == format_rupiah(b.earned)
    history = dlg.history_model
    kinds = [cell(history, r, LenderHistoryModel.COL_TYPE) for r in range(history.rowCount())]
    assert kinds == ["Bagi hasil jasa", "Pengembalian pokok", "Dana disalurkan"]
    amounts = [cell(history, r, LenderHistoryModel.COL_AMOUNT, SORT_ROLE) for r in range(history.rowCount())]
    assert amounts == [b.earned, b.returned, -15_000]
    assert cell(history, 2, LenderHistoryModel.COL_AMOUNT) == "-Rp15.000"
    assert dlg.history_empty.isHidden()
    dlg.accept()


def test_a_commitment_is_withdrawn_from_the_lender_detail(qtbot, db, actors, pool):
    page = make_page(qtbot, db, actors["bendahara"])
    market = page.show_tab(page.market_tab)
    commit_through_dialog(qtbot, market, pool.credits[1], pool.ai, "20.000")
    dlg = page.lenders_tab.open_lender(pool.ai)
    assert dlg.commitment_model.rowCount() == 1
    assert cell(dlg.commitment_model, 0, dlg.commitment_model.COL_STATE) == "Menunggu pencairan"
    assert dlg.withdraw_button.isEnabled()
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.Yes)
    try:
        assert dlg.withdraw_selected()
    finally:
        watcher.stop()
    assert lender_pool.lender_balance(db, pool.ai).committed == 0
    assert dlg.cards["committed"].value.text() == "Rp0"
    assert cell(dlg.commitment_model, 0, dlg.commitment_model.COL_STATE).startswith("Ditarik")
    assert not dlg.withdraw_button.isEnabled()
    assert cell(market.model, market.model.row_of(pool.credits[1]), MarketModel.COL_FUNDED) == "Rp0"


# ------------------------------------------------------------------ fund sources

def test_treasurer_receives_a_grant_and_the_fund_development_shows_it(qtbot, db, actors, today):
    clerk_page = make_page(qtbot, db, actors["petugas"])
    assert not clerk_page.funds_tab.receive_button.isEnabled()
    page = make_page(qtbot, db, actors["bendahara"])
    funds = page.show_tab(page.funds_tab)
    assert funds.model.rowCount() == 0
    assert funds.cards["capital"].value.text() == "Rp0"
    dlg = funds.receive_capital()
    qtbot.keyClicks(dlg.amount, "40.000.000")
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.isVisible() and dlg.errors.labels["giver"].text() == "Pemberi modal wajib diisi."
    qtbot.keyClicks(dlg.giver, "PNPM Mandiri Perkotaan")
    dlg.on_date.setDate(dt.date(2011, 12, 15))
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert not dlg.isVisible()
    assert "Rp40.000.000 dari PNPM Mandiri Perkotaan" in funds.notice.text.text()
    years = [cell(funds.model, r, FundYearModel.COL_YEAR, SORT_ROLE) for r in range(funds.model.rowCount())]
    assert years == [2011]  # the fund's years run to the last one with a movement
    assert cell(funds.model, 0, FundYearModel.COL_GRANTS) == "Rp40.000.000"
    assert cell(funds.model, 0, FundYearModel.COL_CAPITAL) == "Rp40.000.000"
    assert funds.cards["capital"].value.text() == "Rp40.000.000"
    assert funds.cards["capital"].note.text() == "akhir 2011"
    assert funds.grant_model.rowCount() == 1
    assert [y.capital for y in funds.chart.years] == [40_000_000] * len(years)
    # stakeholder capital is the cooperative's, not the revolving fund's
    stakeholder = lender_pool.receive_capital(db, actor=actors["bendahara"], fund="stakeholder",
                                              giver="Pemerintah Desa Mekarmukti", on_date=today,
                                              amount=5_000_000)
    page.ctx.hub.publish(stakeholder.changes)
    assert funds.cards["capital"].value.text() == "Rp40.000.000"


# ------------------------------------------------------------------ potential investors

def test_prospects_are_added_and_followed_up(qtbot, db, actors, today):
    page = make_page(qtbot, db, actors["ketua"])
    tab = page.show_tab(page.prospects_tab)
    assert tab.empty.isVisible()
    dlg = tab.add_prospect()
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.errors.labels["name"].text() == "Nama calon investor wajib diisi."
    qtbot.keyClicks(dlg.name, "H. Dadang Suherman")
    qtbot.keyClicks(dlg.organisation, "Pemerintah Desa Mekarmukti")
    qtbot.keyClicks(dlg.contact, "0812-2000-1111")
    qtbot.keyClicks(dlg.interest, "Dana desa untuk modal kelompok pindang")
    dlg.follow_up.set_value(today - dt.timedelta(days=2))
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.result_value is not None
    assert tab.model.rowCount() == 1 and tab.count.text() == "1 calon investor · 1 perlu dihubungi"
    P = ProspectModel
    assert cell(tab.model, 0, P.COL_STATUS) == "Baru"
    assert tab.model.index(0, P.COL_FOLLOW_UP).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"

    edit = tab.edit_selected()
    assert edit.name.text() == "H. Dadang Suherman"
    edit.status.setCurrentIndex(edit.status.findData("bergabung"))
    qtbot.mouseClick(edit.save_button, LEFT)
    saved = lender_pool.list_prospects(db)
    assert [(p.name, p.status) for p in saved] == [("H. Dadang Suherman", "bergabung")]
    assert cell(tab.model, 0, P.COL_STATUS) == "Bergabung"
    assert tab.count.text() == "1 calon investor"  # someone who joined needs no call


# ------------------------------------------------------------------ the shell

def test_the_main_window_shows_the_lender_page():
    pages = {key: factory for key, _label, factory in default_pages()}
    assert pages["lender"].page_class() is LendersPage  # imported when first shown


def test_page_reloads_a_hidden_tab_when_it_is_shown_again(qtbot, db, actors, pool):
    page = make_page(qtbot, db, actors["bendahara"])
    page.show_tab(page.prospects_tab)
    lender_pool.commit_funds(db, actor=actors["bendahara"], lender_member_id=pool.jajang,
                             credit_id=pool.credits[0], amount=5_000)
    page.ctx.hub.publish(Changes(lenders=True))
    assert page.lenders_tab._stale
    tab = page.show_tab(page.lenders_tab)
    assert cell(tab.model, tab.model.row_of(pool.jajang), tab.model.COL_COMMITTED) == "Rp5.000"


# ------------------------------------------------------------------ models and chart alone

def test_market_model_roles():
    model = MarketModel()
    model.set_rows([MarketRow(credit_id=7, number="KR-2025-00007", group_code="KLP-001", principal=25_000,
                              funded=15_000, group_name="Sauyunan", borrower="Cucu Sumiati")])
    assert cell(model, 0, MarketModel.COL_GROUP) == "KLP-001 · Sauyunan"
    assert cell(model, 0, MarketModel.COL_GAP) == "Rp10.000"
    assert cell(model, 0, MarketModel.COL_GAP, SORT_ROLE) == 10_000
    assert cell(model, 0, MarketModel.COL_PROGRESS) == "60 %"
    assert cell(model, 0, MarketModel.COL_PROGRESS, PROGRESS_ROLE) == (15_000, 25_000)
    assert cell(model, 0, MarketModel.COL_NUMBER, ID_ROLE) == 7


def test_fund_year_model_and_chart(qtbot):
    model = FundYearModel()
    model.set_rows([FundYear(2011, 40_000_000, 0, 0, 0, 0, 40_000_000, 0),
                    FundYear(2012, 0, 2_200_000, 1_020_000, 204_000, 0, 40_204_000, 1_180_000, 5)])
    assert cell(model, 1, FundYearModel.COL_LOANS) == "5" and cell(model, 0, FundYearModel.COL_LOANS) == "-"
    assert cell(model, 1, FundYearModel.COL_OUTSTANDING) == "Rp1.180.000"
    chart = FundChart()
    qtbot.addWidget(chart)
    chart.resize(520, 240)
    chart.set_years([ChartYear(2011, 40_000_000, 0), ChartYear(2012, 40_204_000, 1_180_000)])
    assert not chart.grab().isNull()
    assert "2012" in chart.toolTip() and "Rp1.180.000" in chart.toolTip()
    chart.set_years([], empty_text="Belum ada")
    assert not chart.grab().isNull()
    assert nice_step(40_204_000) == 20_000_000 and nice_step(1_180_000) == 500_000
    assert [short_rupiah(v) for v in (0, 500_000, 2_500_000, 40_000_000)] == ["0", "500 rb", "2,5 jt", "40 jt"]


# ------------------------------------------------------------------ printing

def test_the_lender_printouts_open_in_the_print_preview(qtbot, db, actors, pool, today):
    page = make_page(qtbot, db, actors["bendahara"])
    deploy(db, actors, pool, hub=page.ctx.hub)
    shown: list[PrintPreviewDialog] = []
    detail = page.lenders_tab.open_lender(pool.ai)
    tasks = [detail.print_registration(on_shown=shown.append),
             detail.print_statement((today.replace(month=1, day=1), today), on_shown=shown.append),
             page.funds_tab.print_development(on_shown=shown.append)]
    second = build_second_application(db, actors)
    page.ctx.hub.publish(Changes(credits=True))
    market = page.show_tab(page.market_tab)
    assert market.table.select_id(second.credits[0].id)
    tasks.append(market.print_fact_sheet(on_shown=shown.append))
    watcher = MessageBoxWatcher()  # an error would show in a message box: fail, do not hang
    try:
        for task in tasks:
            qtbot.waitUntil(lambda t=task: t.is_finished, timeout=20_000)
            assert task.error is None, task.error
    finally:
        watcher.stop()
    assert watcher.seen == []
    assert len(shown) == 4 and all(len(p.images) >= 1 for p in shown)
    titles = sorted(p.windowTitle().removeprefix("Pratinjau cetak — ").split(" KMR-")[0] for p in shown)
    assert titles == ["Laporan dana lender", f"Lembar fakta kelompok {second.number}",
                      "Pendaftaran lender", "Perkembangan dana bergulir"]
    for p in shown:
        p.close()


def build_second_application(db, actors):
    """Another approved Paket Usaha group waiting for funds."""
    clerk = actors["petugas"]
    ids = [add_member(db, clerk, f"Anggota Sukamanah {i}", 30 + i) for i in range(5)]
    group = groups.create_group(
        db, actor=clerk, data=GroupInput(name="Sukamanah", formed_on=dt.date.today(), rt="5", rw="8"),
        member_ids=ids, leader_id=ids[0]).value
    app = credits.prepare_application(
        db, actor=clerk, group_id=group.id, product_id=credit_products.product_by_code(db, "PAKET").id,
        lines=[ApplicationLine(i, 25_000, "Paket usaha pindang") for i in ids]).value
    return credits.approve_application(db, actor=actors["bendahara"], application_id=app.id).value
