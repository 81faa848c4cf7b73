"""The repayment window (Angsuran) as a clerk and a treasurer use it: a credit found by
typing or scanning its number, a payment recorded through the dialog (and an over-payment
refused next to the amount), a reversal, a collection sheet posted with one member covered
by another (tanggung renteng) and settled, a sheet with a bad row that posts nothing, and
the arrears screen with PAR and the chart."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QMessageBox

from kamura_desktop.services import (
    credit_products,
    credits,
    groups,
    membership,
    repayments,
    savings,
)
from kamura_desktop.services.membership import MemberInput
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.print_preview import PrintPreviewDialog
from kamura_desktop.ui.repayments import RepaymentsPage
from kamura_desktop.ui.repayments.dialogs import (
    RecordPaymentDialog,
    ReversePaymentDialog,
    due_up_to,
)
from kamura_desktop.ui.repayments.models import SORT_ROLE, ScheduleModel
from kamura_desktop.ui.repayments.sheet_model import SheetModel
from kamura_desktop.ui.repayments.widgets import ERROR_BG, OVERDUE_BG
from kamura_desktop.ui.shell.main_window import MainWindow
from kamura_desktop.ui.tasks import TaskRunner
from tests.helpers_books import prepared

from ..stock import provide_for
from .helpers import MessageBoxWatcher


def joined_on(today: dt.date | None = None) -> dt.date:
    """More than three months ago (borrowers may apply): taken from the date the caller runs on (``today``, else now), never
    from the date the module was collected on — a run that crosses midnight still agrees with
    the dialogs, which take the date when they open."""
    return (today or dt.date.today()) - dt.timedelta(days=200)


def disbursed_on(today: dt.date | None = None) -> dt.date:
    """Four days ago (as :func:`joined_on`)."""
    return (today or dt.date.today()) - dt.timedelta(days=4)

NAMES = ("Siti Aminah", "Euis Rohaeti", "Iis Marlina", "Nenah Sukaesih", "Yati Suryati")
S = SheetModel


def make_ctx(db, actor) -> AppContext:
    return AppContext(db=db, db_path=db.path, actor=actor, hub=SignalHub(), tasks=TaskRunner())


def eligible_member(db, clerk, name: str, serial: int) -> int:
    """Active, pokok paid, wajib current, KTP/KK on file, trades in pindang, joined long ago."""
    joined = joined_on()
    m = membership.register_member(db, actor=clerk, data=MemberInput(
        name=name, nik=f"321714{41 + serial:02d}0285{serial:04d}", sex="P", joined_on=joined,
        rt="1", rw="8", kampung="Babakan", trade="Ikan pindang", phone=f"08120000{serial:04d}",
        ktp_on_file=True, kk_on_file=True)).value.member
    savings.record_deposit(db, actor=clerk, member_id=m.id, kind="pokok", amount=50_000, on_date=joined)
    arrears = savings.balances(db, m.id).wajib_arrears
    if arrears:
        savings.record_deposit(db, actor=clerk, member_id=m.id, kind="wajib", amount=arrears,
                               on_date=joined)
    return m.id


@prepared
def group(db, actors):
    """A group of five with an active Paket Usaha credit each, disbursed four days ago:
    prepared by the clerk, approved by the treasurer, funded from own capital."""
    clerk, treasurer = actors["petugas"], actors["bendahara"]
    joined, disbursed = joined_on(), disbursed_on()  # the dates when the books are built
    ids = [eligible_member(db, clerk, name, i) for i, name in enumerate(NAMES, start=1)]
    g = groups.create_group(db, actor=clerk, data=groups.GroupInput(
        name="Pindang Babakan", formed_on=joined, rt="1", rw="8", kampung="Babakan"),
        member_ids=ids, leader_id=ids[0]).value
    product = credit_products.product_by_code(db, "PAKET")
    app = credits.prepare_application(
        db, actor=clerk, group_id=g.id, product_id=product.id,
        lines=[credits.ApplicationLine(mid, 25_000) for mid in ids], on_date=disbursed).value
    credits.approve_application(db, actor=treasurer, application_id=app.id, on_date=disbursed)
    credits.fund_remaining(db, actor=treasurer, application_id=app.id, source="own")
    provide_for(db, app.id, on=disbursed)
    app = credits.disburse_application(db, actor=treasurer, application_id=app.id, on_date=disbursed).value
    return g, {c.member_id: c for c in app.credits}


def make_page(qtbot, db, actor, *, wait: bool = True) -> RepaymentsPage:
    page = RepaymentsPage(make_ctx(db, actor))
    qtbot.addWidget(page)
    page.resize(900, 670)
    page.show()
    qtbot.waitExposed(page)
    if wait:  # the list of credits is read on a worker thread
        qtbot.waitUntil(lambda: page.credit_tab.index_ready, timeout=10_000)
    return page


def wait_tasks(qtbot, page: RepaymentsPage) -> None:
    qtbot.waitUntil(lambda: not page.arrears_tab.loading and page.arrears_tab.fig_rr.value.text() != "…",
                    timeout=10_000)


def first_credit(group_fixture):
    _g, by_member = group_fixture
    return sorted(by_member.values(), key=lambda c: c.id)[0]


# ------------------------------------------------------------------ finding a credit

def test_typing_the_credit_number_and_enter_opens_it(qtbot, db, actors, group):
    credit = first_credit(group)
    page = make_page(qtbot, db, actors["petugas"], wait=False)
    tab = page.credit_tab
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, credit.number.lower())  # a scanner may send lower case
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    # an Enter before the list of credits has been read is answered when it arrives
    qtbot.waitUntil(lambda: tab.statement is not None, timeout=10_000)
    assert tab.statement.number == credit.number
    assert tab.detail.isVisible()
    assert tab.title.text().count(credit.member_name) == 1
    # the schedule: six daily instalments of Rp4.200, the overdue ones highlighted
    model = tab.schedule_model
    assert model.rowCount() == 6
    amounts = [model.index(r, ScheduleModel.COL_AMOUNT).data(SORT_ROLE) for r in range(6)]
    assert sum(amounts) == 25_200
    overdue = [r for r in range(6) if model.state(model.rows[r]) == "overdue"]
    assert overdue, "instalments fell due before today"
    brush = model.index(overdue[0], ScheduleModel.COL_DUE).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == OVERDUE_BG
    assert tab.facts["dpd"].text() != tab.labels.days(0)
    assert "Kol. 2" in tab.kol_badge.text()
    # the search text stays selected: the next scan replaces it
    assert tab.search.selectedText() == tab.search.text()


def test_a_scanned_text_holding_the_number_or_a_unique_name_opens_the_credit(qtbot, db, actors, group):
    credit = first_credit(group)
    page = make_page(qtbot, db, actors["petugas"])
    tab = page.credit_tab
    assert tab.results_model.rowCount() == 5  # every disbursed credit, before typing
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, f"KAMURA|{credit.number}|buku saku")
    qtbot.keyClick(tab.search, Qt.Key.Key_Enter)
    assert tab.statement.credit_id == credit.id
    tab.search.clear()
    qtbot.keyClicks(tab.search, "euis")
    assert tab.results_model.rowCount() == 1
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.statement.member_name == "Euis Rohaeti"
    tab.search.clear()
    qtbot.keyClicks(tab.search, "tidak ada orangnya")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.statement.member_name == "Euis Rohaeti"  # unchanged
    assert tab.notice.isVisible() and "Tidak ada kredit" in tab.notice.text.text()


# ------------------------------------------------------------------ recording and reversing

def test_record_a_payment_through_the_dialog_and_the_schedule_updates(qtbot, db, actors, group, today):
    credit = first_credit(group)
    page = make_page(qtbot, db, actors["petugas"])
    tab = page.credit_tab
    tab.open_credit(credit.id)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert isinstance(dlg, RecordPaymentDialog)
    overdue, due_today = due_up_to(tab.statement, today)
    assert dlg.amount.value() == overdue + due_today > 0  # what has fallen due, filled in
    # an over-payment: the service refuses, the message shows next to the amount
    dlg.amount.selectAll()
    qtbot.keyClicks(dlg.amount, "99.000")
    qtbot.keyClick(dlg.amount, Qt.Key.Key_Return)
    assert dlg.receipt is None
    assert dlg.errors.labels["amount"].isVisible()
    assert "melebihi" in dlg.errors.labels["amount"].text()
    assert repayments.payments_of(db, credit.id) == []
    # the right amount: Enter posts, the receipt number shows
    dlg.amount.selectAll()
    qtbot.keyClicks(dlg.amount, "4200")
    qtbot.keyClick(dlg.amount, Qt.Key.Key_Return)
    assert dlg.receipt is not None
    assert dlg.result.isVisible() and dlg.receipt.receipt_no in dlg.result_text.text()
    # the page heard the change notice: first instalment paid, history has the payment
    model = tab.schedule_model
    assert model.index(0, ScheduleModel.COL_PAID).data(SORT_ROLE) == 4_200
    assert model.index(0, ScheduleModel.COL_REMAINING).data(SORT_ROLE) == 0
    assert model.state(model.rows[0]) == "paid"
    assert tab.payments_model.rowCount() == 1
    assert tab.payments_model.rows[0].receipt_no == dlg.receipt.receipt_no
    # "Dibayar oleh" names the borrower who paid (not just "Anggota")
    pm = tab.payments_model
    assert pm.index(0, pm.COL_SOURCE).data() == credit.member_name
    assert tab.facts["paid"].text() == "Rp4.200"
    qtbot.keyClick(dlg.post_button, Qt.Key.Key_Return)  # Enter again closes
    assert not dlg.isVisible()


def test_only_the_treasurer_may_reverse_and_the_schedule_returns(qtbot, db, actors, group, today):
    credit = first_credit(group)
    receipt = repayments.record_repayment(db, actor=actors["petugas"], credit_id=credit.id,
                                          amount=4_200, on_date=today).value
    clerk_page = make_page(qtbot, db, actors["petugas"])
    clerk_page.credit_tab.open_credit(credit.id)
    clerk_page.credit_tab.payments.selectRow(0)
    assert not clerk_page.credit_tab.reverse_button.isEnabled()
    assert "bendahara" in clerk_page.credit_tab.reverse_button.toolTip()

    page = make_page(qtbot, db, actors["bendahara"])
    tab = page.credit_tab
    tab.open_credit(credit.id)
    assert not tab.reverse_button.isEnabled()  # nothing chosen yet
    tab.payments.selectRow(0)
    assert tab.reverse_button.isEnabled()
    qtbot.mouseClick(tab.reverse_button, Qt.MouseButton.LeftButton)
    dlg = tab.dialog
    assert isinstance(dlg, ReversePaymentDialog)
    qtbot.keyClick(dlg.reason, Qt.Key.Key_Return)  # no reason: refused next to the field
    assert dlg.errors.labels["reason"].isVisible()
    qtbot.keyClicks(dlg.reason, "salah kredit")
    qtbot.keyClick(dlg.reason, Qt.Key.Key_Return)
    assert dlg.done_ok
    lines = tab.payments_model.rows
    assert [p.source for p in lines] == ["member", "reversal"]
    assert lines[0].reversed_on == today and lines[1].reversal_of == receipt.receipt_no
    assert tab.schedule_model.index(0, ScheduleModel.COL_PAID).data(SORT_ROLE) == 0
    tab.payments.selectRow(0)
    assert not tab.reverse_button.isEnabled()  # already reversed


# ------------------------------------------------------------------ the collection sheet

def open_sheet(qtbot, db, actor, group_fixture) -> tuple[RepaymentsPage, SheetModel]:
    g, _ = group_fixture
    page = make_page(qtbot, db, actor)
    page.tabs.setCurrentWidget(page.sheet_tab)
    page.sheet_tab.select(g.id, dt.date.today())
    model = page.sheet_tab.model
    assert model.sheet is not None and len(model.lines) == 5
    return page, model


def type_in(qtbot, table, row: int, col: int, text: str, end=Qt.Key.Key_Return) -> None:
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, col))
    qtbot.keyClicks(table, text[0])  # the first key opens the editor and replaces the cell
    editors = [e for e in table.findChildren(QLineEdit, "amountEditor") if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    qtbot.keyClicks(editor, text[1:])  # the rest goes where the keyboard focus now is
    assert editor.text() == text
    qtbot.keyClick(editor, end)
    # Qt commits an Enter'ed cell on the next turn of the event loop
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_post_a_collection_sheet_with_one_member_covered_by_another(qtbot, db, actors, group, today):
    g, by_member = group
    page, model = open_sheet(qtbot, db, actors["petugas"], group)
    tab, table = page.sheet_tab, page.sheet_tab.table
    lines = model.lines
    covered, coverer = 1, 0  # the second member is short; the first covers all of it
    # keyboard only: a number typed in Dibayar, Enter goes down to the next row
    type_in(qtbot, table, 0, S.COL_PAID, str(lines[0].suggested))
    assert table.currentIndex().row() == 1 and table.currentIndex().column() == S.COL_PAID
    for row in (2, 3, 4):
        type_in(qtbot, table, row, S.COL_PAID, str(lines[row].suggested))
    assert [e.paid for e in model.entries] == [ln.suggested if i != covered else 0
                                               for i, ln in enumerate(lines)]
    # Space clears the covered member's presence wherever the cursor is on the row
    table.setCurrentIndex(model.index(covered, S.COL_MEMBER))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert model.entries[covered].present is False
    assert model.index(covered, S.COL_PRESENT).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    # Tab from Dibayar moves across: Hadir, then Penanggung
    table.setCurrentIndex(model.index(covered, S.COL_PAID))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.currentIndex().column() == S.COL_PRESENT
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.currentIndex().column() == S.COL_COVERER
    qtbot.keyClick(table, Qt.Key.Key_F2)  # open the list of members
    combos = [c for c in table.findChildren(QComboBox, "covererEditor") if c.isVisible()]
    assert len(combos) == 1
    combo = combos[0]
    combo.setCurrentIndex(combo.findData(lines[coverer].member_id))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    # the amount covered starts as the whole shortfall
    assert model.entries[covered].coverer_id == lines[coverer].member_id
    assert model.entries[covered].cover_amount == lines[covered].suggested
    assert model.shortfall(covered) == 0
    total_row = len(lines)
    assert model.index(total_row, S.COL_COVER_AMOUNT).data(SORT_ROLE) == lines[covered].suggested
    assert model.index(total_row, S.COL_PRESENT).data() == "4/5"

    with qtbot.waitActive(page):  # shortcuts work in the active window
        page.activateWindow()
    table.setFocus()
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.Yes)  # "Bukukan?" — yes
    try:
        qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    finally:
        watcher.stop()
    assert watcher.seen and "Bukukan" in watcher.seen[0][0]
    assert tab.notice.kind == "ok" and "dibukukan" in tab.notice.text.text()
    assert model.read_only and not tab.post_button.isEnabled()
    # the credits' paid amounts changed, the cover is a debt of the covered member
    for line in lines:
        st = repayments.credit_statement(db, line.credit_id)
        assert st.paid == line.suggested, line.member_name
    debts = repayments.cover_debts(db, group_id=g.id)
    assert [(d.debtor_member_id, d.coverer_member_id, d.outstanding) for d in debts] == [
        (lines[covered].member_id, lines[coverer].member_id, lines[covered].suggested)]
    panel = tab.settlement
    assert panel.model.rowCount() == 1 and panel.body.isVisible()
    assert repayments.open_collection_sheet(db, group_id=g.id, meeting_date=today).already_posted
    # the covered member pays the coverer back
    panel.table.selectRow(0)
    assert panel.amount.value() == lines[covered].suggested
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert repayments.cover_debts(db, group_id=g.id)[0].outstanding == 0
    assert panel.model.rows[0].outstanding == 0


def test_a_sheet_with_an_over_payment_posts_nothing_and_marks_the_row(qtbot, db, actors, group, today):
    g, by_member = group
    page, model = open_sheet(qtbot, db, actors["petugas"], group)
    tab, table = page.sheet_tab, page.sheet_tab.table
    with qtbot.waitActive(page):  # shortcuts work in the active window
        page.activateWindow()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Dibayar = saran
    assert [e.paid for e in model.entries] == [ln.suggested for ln in model.lines]
    type_in(qtbot, table, 2, S.COL_PAID, "99.000")  # more than the whole credit
    assert not tab.post(confirm=False)
    assert model.error_row == 2
    brush = model.index(2, S.COL_MEMBER).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == ERROR_BG
    assert table.currentIndex().row() == 2
    assert tab.notice.kind == "error"
    assert "Baris 3" in tab.notice.text.text() and "Tidak ada yang dibukukan" in tab.notice.text.text()
    # nothing was posted, the sheet is still open for correction
    for c in by_member.values():
        assert repayments.payments_of(db, c.id) == []
    assert not repayments.open_collection_sheet(db, group_id=g.id, meeting_date=today).already_posted
    assert not model.read_only and tab.post_button.isEnabled()
    # fixing the cell clears the mark; now it posts
    type_in(qtbot, table, 2, S.COL_PAID, str(model.lines[2].suggested))
    assert model.error_row is None
    assert tab.post(confirm=False)
    assert all(repayments.payments_of(db, c.id) for c in by_member.values())


def test_changing_the_date_asks_before_throwing_typed_entries_away(qtbot, db, actors, group, today):
    page, model = open_sheet(qtbot, db, actors["petugas"], group)
    tab = page.sheet_tab
    type_in(qtbot, tab.table, 0, S.COL_PAID, "4200")
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.No)  # keep what was typed
    try:
        tab.meeting_date.set_value(today - dt.timedelta(days=1))
    finally:
        watcher.stop()
    assert watcher.seen and "belum dibukukan" in watcher.seen[0][1]
    assert tab.meeting_date.value() == today and model.entries[0].paid == 4_200
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.Yes)  # throw it away
    try:
        tab.meeting_date.set_value(today - dt.timedelta(days=1))
    finally:
        watcher.stop()
    assert model.sheet.meeting_date == today - dt.timedelta(days=1) and model.entries[0].paid == 0


def test_a_typed_word_is_refused_in_the_cell_and_a_cover_needs_a_coverer(qtbot, db, actors, group):
    page, model = open_sheet(qtbot, db, actors["petugas"], group)
    tab, table = page.sheet_tab, page.sheet_tab.table
    type_in(qtbot, table, 0, S.COL_PAID, "empat ribu")
    assert model.entries[0].paid == 0
    assert tab.notice.kind == "error" and "Baris 1" in tab.notice.text.text()
    type_in(qtbot, table, 3, S.COL_COVER_AMOUNT, "4200")
    assert not tab.post(confirm=False)
    assert model.error_row == 3 and "pilih penanggung" in tab.notice.text.text()


def test_sheet_buttons_follow_the_role(qtbot, db, actors, group):
    page, _model = open_sheet(qtbot, db, actors["ketua"], group)
    assert not page.sheet_tab.post_button.isEnabled()  # the chair does not record money
    page.credit_tab.open_credit(first_credit(group).id)
    assert not page.credit_tab.record_button.isEnabled()


# ------------------------------------------------------------------ arrears

def test_arrears_screen_lists_standings_with_par_and_the_chart(qtbot, db, actors, group, tmp_path, today):
    page = make_page(qtbot, db, actors["ketua"])
    page.tabs.setCurrentWidget(page.arrears_tab)
    tab = page.arrears_tab
    wait_tasks(qtbot, page)
    assert tab.model.rowCount() == 5
    assert sum(s.outstanding for s in tab.model.rows) == 5 * 25_200  # principal + service
    # the screen's base is the principal (the receivable); the service is a column of its own
    outstanding = sum(s.principal_outstanding for s in tab.model.rows)
    assert outstanding == 5 * 25_000
    S = tab.model
    assert [tab.model.data(tab.model.index(0, c)) for c in (S.COL_OUTSTANDING, S.COL_SERVICE)] == [
        "Rp25.000", "Rp200"]
    assert tab.fig_outstanding.value.text() == "Rp125.000"
    assert "jasa terutang Rp1.000" in tab.fig_outstanding.note.text()
    assert "pokok terutang" in tab.basis.text() and "Rp1.000" in tab.basis.text()
    assert all(s.days_past_due > 0 and s.kolektibilitas == 2 for s in tab.model.rows)
    assert tab.fig_par[1].value.text() == "100,00 %"  # every loan is late: all at risk
    assert tab.fig_par[30].value.text() == "0,00 %"
    assert sum(b.amount for b in tab.chart.bars) == outstanding
    assert [b.amount for b in tab.chart.bars][1] == outstanding  # all in kol 2
    assert tab.fig_rr.value.text() == "0,00 %"  # nothing collected of what fell due
    # filters only choose rows
    tab.min_kol.setCurrentIndex(tab.min_kol.findData(3))
    assert tab.model.rowCount() == 0
    tab.min_kol.setCurrentIndex(0)
    tab.group.setCurrentIndex(tab.group.findData(group[0].id))
    assert tab.model.rowCount() == 5
    # a payment elsewhere refreshes the screen through the hub
    credit = first_credit(group)
    outcome = repayments.record_repayment(db, actor=actors["petugas"], credit_id=credit.id,
                                          amount=25_200, on_date=today)
    page.credit_tab.ctx.hub.publish(outcome.changes)
    wait_tasks(qtbot, page)
    assert tab.model.rowCount() == 4
    # double click opens the credit on the first tab
    tab.open_credit.emit(tab.model.rows[0].credit_id)
    assert page.tabs.currentWidget() is page.credit_tab
    assert page.credit_tab.statement.credit_id == tab.model.rows[0].credit_id


def test_arrears_export_writes_the_workbook(qtbot, db, actors, group, tmp_path):
    page = make_page(qtbot, db, actors["ketua"])
    page.tabs.setCurrentWidget(page.arrears_tab)
    wait_tasks(qtbot, page)
    assert page.arrears_tab.export_button.isEnabled()
    written = []
    page.arrears_tab.export_excel(tmp_path / "tunggakan", on_done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=20_000)
    assert written[0].suffix == ".xlsx" and written[0].exists()
    wb = load_workbook(written[0])
    assert wb.sheetnames


def test_pocket_book_and_collection_sheet_open_in_the_print_preview(qtbot, db, actors, group, today):
    g, _ = group
    page = make_page(qtbot, db, actors["petugas"])
    page.credit_tab.open_credit(first_credit(group).id)
    assert page.credit_tab.pocket_button.isEnabled()
    shown = []
    page.credit_tab.print_pocket_book(on_shown=shown.append)
    page.credit_tab.print_pocket_book(layout="a5_2up", whole_group=True, on_shown=shown.append)
    page.sheet_tab.select(g.id, today)
    assert page.sheet_tab.print_button.isEnabled()
    page.sheet_tab.print_sheet(on_shown=shown.append)
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=30_000)
    for dlg in shown:
        assert isinstance(dlg, PrintPreviewDialog) and dlg.images
        dlg.close()


def test_the_main_window_shows_the_repayment_page(qtbot, db, actors, group):
    window = MainWindow(make_ctx(db, actors["petugas"]), backup_on_close=False)
    qtbot.addWidget(window)
    assert isinstance(window.pages["angsuran"], RepaymentsPage)
