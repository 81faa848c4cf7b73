"""qtbot tests of the group credit window (Kelompok & Kredit), on a real SQLite file.

Members are made eligible through the services, as the office would: registered, joined
more than three months ago, KTP and KK on file, an ikan pindang business, simpanan pokok
paid (which makes them active) and simpanan wajib paid ahead.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kamura_desktop.services import credit_products, credits, groups, membership, savings
from kamura_desktop.services.credits import ApplicationLine
from kamura_desktop.services.groups import GroupInput
from kamura_desktop.services.membership import MemberInput
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.credit import CreditPage
from kamura_desktop.ui.credit.dialogs import DisburseDialog
from kamura_desktop.ui.credit.models import CandidateModel, CreditTableModel
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.tasks import TaskRunner

from ..stock import stock_packages
from .helpers import MessageBoxWatcher

LEFT = Qt.MouseButton.LeftButton

def joined_on(today: dt.date | None = None) -> dt.date:
    """More than three months ago: taken from the date the caller runs on (``today``, else now), never
    from the date the module was collected on — a run that crosses midnight still agrees with
    the dialogs, which take the date when they open."""
    return (today or dt.date.today()) - dt.timedelta(days=200)


NAMES = ("Euis Komalasari", "Iis Rohaeti", "Dedeh Kurniasih", "Entin Suhartini", "Neneng Hasanah",
         "Nining Ratnasari", "Titin Sumarni")


def make_members(db, actor, count: int = 5, *, rt: str = "3", kampung: str = "Cibitung",
                 first: int = 1, trade: str = "Pengolahan ikan pindang") -> list[int]:
    """``count`` eligible borrowers in RW 8 (women of Kabupaten Bandung Barat)."""
    ids = []
    for serial in range(first, first + count):
        data = MemberInput(
            name=NAMES[(serial - 1) % len(NAMES)] + ("" if serial <= len(NAMES) else f" {serial}"),
            nik=f"321701{15 + 40:02d}0385{serial:04d}", sex="P", joined_on=joined_on(),
            kampung=kampung, rt=rt, rw="8", desa="Mekarmukti", trade=trade,
            ktp_on_file=True, kk_on_file=True, poor_family=True)
        member = membership.register_member(db, actor=actor, data=data).value.member
        savings.record_deposit(db, actor=actor, member_id=member.id, kind="pokok", amount=50_000,
                               on_date=joined_on())
        savings.record_deposit(db, actor=actor, member_id=member.id, kind="wajib", amount=120_000,
                               on_date=joined_on())
        ids.append(member.id)
    return ids


def make_group(db, actor, member_ids: list[int], *, name: str = "Pindang Jaya") -> groups.GroupDTO:
    return groups.create_group(
        db, actor=actor, data=GroupInput(name=name, formed_on=dt.date.today(), rw="8", rt="3",
                                         kampung="Cibitung"),
        member_ids=member_ids, leader_id=member_ids[0]).value


def paket(db) -> credit_products.ProductDTO:
    return credit_products.product_by_code(db, "PAKET")


def prepare(db, actor, group, member_ids) -> credits.ApplicationDTO:
    return credits.prepare_application(
        db, actor=actor, group_id=group.id, product_id=paket(db).id,
        lines=[ApplicationLine(i, 25_000, "modal pindang") for i in member_ids]).value


def make_page(qtbot, db, actor, hub: SignalHub | None = None) -> CreditPage:
    ctx = AppContext(db=db, db_path=db.path, actor=actor, hub=hub or SignalHub(), tasks=TaskRunner())
    page = CreditPage(ctx)
    qtbot.addWidget(page)
    page.resize(1166, 700)
    page.show()
    return page


def click_row(qtbot, view, row: int, col: int) -> None:
    index = view.model().index(row, col)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())


def test_a_group_goes_from_forming_to_running_credits_through_the_page(qtbot, db, actors):
    ids = make_members(db, actors["petugas"], 5)
    hub = SignalHub()  # both offices' pages hear every change
    clerk = make_page(qtbot, db, actors["petugas"], hub)

    # ---- the clerk forms the group with help by proximity
    dlg = clerk.groups_tab.new_group()
    qtbot.keyClicks(dlg.name, "Pindang Jaya")
    qtbot.keyClicks(dlg.kampung, "Cibitung")
    qtbot.keyClicks(dlg.rt, "3")
    qtbot.keyClicks(dlg.rw, "8")
    qtbot.waitUntil(lambda: dlg.candidates.rowCount() == 5, timeout=3000)
    model = dlg.candidates
    assert all(c.closeness == 3 and c.eligible for c in model.rows)
    assert {model.index(r, CandidateModel.COL_ELIGIBLE).data() for r in range(5)} == {"✔ memenuhi syarat"}
    for row in range(5):
        click_row(qtbot, dlg.candidate_view, row, CandidateModel.COL_NAME)
    assert sorted(model.picked) == sorted(ids)
    assert dlg.picked_label.text() == "5 orang"
    dlg.leader.setCurrentIndex(dlg.leader.findData(ids[0]))
    dlg.meeting_day.setCurrentText("Kamis")
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.result_value is not None and not dlg.isVisible()
    group = groups.list_groups(db)[0]
    assert (group.name, len(group.members), group.leader_member_id) == ("Pindang Jaya", 5, ids[0])
    assert clerk.groups_tab.current_group.id == group.id
    assert clerk.groups_tab.title.text() == f"{group.code} · Pindang Jaya"

    # ---- the clerk prepares a Paket Usaha application
    clerk.show_tab(clerk.applications_tab)
    form = clerk.applications_tab.new_application()
    form.product.setCurrentIndex(form.product.findData(paket(db).id))
    form.recheck()
    assert form.total_label.text() == "Rp125.000 dari plafon Rp125.000"
    assert form.lines_error.isHidden()
    assert all(ln.status.text() == "✔ memenuhi syarat" for ln in form.lines)
    assert form.schedule.rowCount() == 6
    assert {form.schedule.index(r, 4).data() for r in range(6)} == {"Rp4.200"}
    for ln in form.lines:
        qtbot.keyClicks(ln.purpose, "modal pindang")
    form.verification["Fotokopi KTP"].setChecked(True)
    qtbot.mouseClick(form.submit_button, LEFT)
    assert form.result_value is not None, form.lines_error.text() + form.error.text()
    app = credits.list_applications(db)[0]
    assert app.status == "submitted" and app.total_principal == 125_000
    assert app.prepared_by_name == actors["petugas"].full_name
    assert clerk.applications_tab.current.id == app.id
    assert "menunggu persetujuan" in clerk.applications_tab.notice.text.text()

    # ---- the treasurer approves it on the approval tab
    treasurer = make_page(qtbot, db, actors["bendahara"], hub)
    assert treasurer.tabs.tabText(treasurer.tabs.indexOf(treasurer.approval_tab)) == "Persetujuan (1)"
    approval = treasurer.show_tab(treasurer.approval_tab)
    assert approval.current.id == app.id
    assert approval.approve_button.isEnabled() and approval.own_notice.isHidden()
    credit_rows = approval.detail.model
    assert {credit_rows.index(r, CreditTableModel.COL_ELIGIBILITY).data()
            for r in range(credit_rows.rowCount())} == {"✔ memenuhi"}
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(approval.approve_button, LEFT)
    watcher.stop()
    assert credits.get_application(db, app.id).status == "approved"
    assert approval.model.rowCount() == 0
    assert treasurer.tabs.tabText(treasurer.tabs.indexOf(treasurer.approval_tab)) == "Persetujuan"

    # ---- funding: the rest from own capital, then the disbursement dialog
    pay = treasurer.show_tab(treasurer.disbursement_tab)
    assert pay.current.id == app.id
    assert pay.funding.text() == "Terdanai Rp0 dari Rp125.000 — kurang Rp125.000."
    assert not pay.disburse_button.isEnabled()
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(pay.fund_own_button, LEFT)
    watcher.stop()
    assert pay.funding.text() == "Terdanai penuh: Rp125.000. Siap dicairkan."
    assert pay.disburse_button.isEnabled()
    qtbot.mouseClick(pay.disburse_button, LEFT)
    dialog = pay.dialog
    assert isinstance(dialog, DisburseDialog) and dialog.isVisible()
    assert dialog.package_items() == list(paket(db).package_items)
    dialog.items.item(0).setText("Ikan pindang 2 kg")
    dialog.add_item("Plastik pembungkus")
    # the goods are not in the store yet: refused, with how much is missing and what to do
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.result_value is None
    assert "Stok paket usaha tidak cukup" in dialog.error.text()
    assert "kurang Rp125.000" in dialog.error.text() and "pembelian" in dialog.error.text()
    assert credits.get_application(db, app.id).status == "approved"
    stock_packages(db, on=dt.date.today(), value=125_000)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.result_value is not None, dialog.error.text()
    done = credits.get_application(db, app.id)
    assert done.status == "disbursed" and done.disbursed_on == dt.date.today()
    assert done.package_items[0] == "Ikan pindang 2 kg" and done.package_items[-1] == "Plastik pembungkus"
    assert pay.current.id == app.id and pay.receipt_button.isEnabled()

    # ---- the credits run: Berjalan in the credit list and in the group's panel
    running = treasurer.show_tab(treasurer.credits_tab)
    assert running.proxy.rowCount() == 5
    assert {running.proxy.index(r, CreditTableModel.COL_STATUS).data() for r in range(5)} == {"Berjalan"}
    assert running.schedule.rowCount() == 6
    clerk.show_tab(clerk.groups_tab)
    panel = clerk.groups_tab.credits
    assert [panel.index(r, panel.COL_STATUS).data() for r in range(panel.rowCount())] == ["Berjalan"] * 5
    assert clerk.groups_tab.credit_total.text() == "5 berjalan, pokok Rp125.000"


def test_the_application_form_shows_the_group_limit_live(qtbot, db, actors):
    ids = make_members(db, actors["petugas"], 5)
    make_group(db, actors["petugas"], ids)
    page = make_page(qtbot, db, actors["petugas"])
    form = page.applications_tab.new_application()
    form.product.setCurrentIndex(form.product.findData(paket(db).id))
    form.recheck()
    assert form.total_label.text() == "Rp125.000 dari plafon Rp125.000"
    assert form.lines_error.isHidden()

    raised = form.line(ids[1]).amount
    raised.selectAll()
    qtbot.keyClicks(raised, "30.000")
    qtbot.waitUntil(lambda: form.total_label.text() == "Rp130.000 dari plafon Rp125.000", timeout=3000)
    assert "#b00020" in form.total_label.styleSheet()  # red
    assert form.lines_error.isVisible()
    assert "Jumlah kelompok Rp130.000 melebihi plafon kelompok Rp125.000." in form.lines_error.text()
    assert "Melebihi maksimal Rp25.000 per anggota." in form.line(ids[1]).status.text()
    assert form.line(ids[0]).status.text() == "✔ memenuhi syarat"

    # the service refuses it too: the message stays under the rows and nothing is saved
    qtbot.mouseClick(form.submit_button, LEFT)
    assert form.isVisible() and form.result_value is None
    assert form.lines_error.isVisible() and "Rp30.000" in form.lines_error.text()
    assert credits.list_applications(db) == []

    # back within the limit, the warning goes away
    raised.selectAll()
    qtbot.keyClicks(raised, "25000")
    qtbot.waitUntil(lambda: form.lines_error.isHidden(), timeout=3000)
    assert "#1b7a3d" in form.total_label.styleSheet()  # green


def test_the_preparer_cannot_decide_their_own_application(qtbot, db, actors):
    ids = make_members(db, actors["petugas"], 5)
    group = make_group(db, actors["petugas"], ids)
    app = prepare(db, actors["ketua"], group, ids)  # the chair prepared it herself

    page = make_page(qtbot, db, actors["ketua"])
    tab = page.show_tab(page.approval_tab)
    assert tab.current.id == app.id
    assert not tab.approve_button.isEnabled() and not tab.reject_button.isEnabled()
    assert tab.own_notice.isVisible()
    assert "Anda siapkan sendiri" in tab.own_notice.text.text()

    # the service refuses anyway, and says why
    watcher = MessageBoxWatcher()
    assert tab.approve(ask=False) is False
    watcher.stop()
    assert any("tidak boleh disetujui oleh orang yang menyiapkannya" in t for t in watcher.texts)
    assert credits.get_application(db, app.id).status == "submitted"

    # the treasurer may decide it
    other = make_page(qtbot, db, actors["bendahara"])
    other_tab = other.show_tab(other.approval_tab)
    assert other_tab.approve_button.isEnabled() and other_tab.own_notice.isHidden()


def test_a_clerk_sees_the_queue_but_cannot_decide(qtbot, db, actors):
    ids = make_members(db, actors["petugas"], 5)
    prepare(db, actors["petugas"], make_group(db, actors["petugas"], ids), ids)
    page = make_page(qtbot, db, actors["petugas"])
    tab = page.show_tab(page.approval_tab)
    assert tab.model.rowCount() == 1
    assert tab.role_notice.isVisible() and "Bendahara atau Ketua" in tab.role_notice.text.text()
    assert tab.decision_box.isHidden()
    pay = page.show_tab(page.disbursement_tab)
    assert pay.disburse_button.isHidden() and pay.fund_own_button.isHidden()


def test_rejecting_needs_a_reason_next_to_the_field(qtbot, db, actors):
    ids = make_members(db, actors["petugas"], 5)
    app = prepare(db, actors["petugas"], make_group(db, actors["petugas"], ids), ids)
    page = make_page(qtbot, db, actors["bendahara"])
    tab = page.show_tab(page.approval_tab)
    qtbot.mouseClick(tab.reject_button, LEFT)
    assert tab.errors.labels["reason"].text() == "Alasan penolakan wajib diisi."
    assert credits.get_application(db, app.id).status == "submitted"
    qtbot.keyClicks(tab.note, "Berkas belum lengkap")
    qtbot.mouseClick(tab.reject_button, LEFT)
    rejected = credits.get_application(db, app.id)
    assert (rejected.status, rejected.decision_reason) == ("rejected", "Berkas belum lengkap")
    assert tab.model.rowCount() == 0
    applications = page.show_tab(page.applications_tab)
    status = applications.model.index(0, applications.model.COL_STATUS).data()
    assert status == "Ditolak"
