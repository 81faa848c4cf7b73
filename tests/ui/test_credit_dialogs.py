"""qtbot tests of the credit window's smaller screens: group members, leader and
supervisors; the group form's refusals; cancelling; products (chair edits, others read);
the holiday calendar; the printouts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from kamura_desktop.services import credit_products, credits, groups
from kamura_desktop.ui.credit.pickers import MemberPickerDialog

from .helpers import MessageBoxWatcher
from .test_credit_page import LEFT, make_group, make_members, make_page, paket, prepare


def test_members_leader_and_supervisor_are_managed_from_the_group_panel(qtbot, db, actors):
    ids = make_members(db, actors["petugas"], 7)
    group = make_group(db, actors["petugas"], ids[:4])
    page = make_page(qtbot, db, actors["petugas"])
    tab = page.groups_tab
    assert tab.current_group.id == group.id and tab.members.rowCount() == 4

    # a new member, nearest first
    picker = tab.add_member()
    assert isinstance(picker, MemberPickerDialog) and picker.model.rowCount() == 3
    assert picker.select_member(ids[4])
    qtbot.mouseClick(picker.ok_button, LEFT)
    assert not picker.isVisible()
    assert tab.members.rowCount() == 5 and tab.member_title.text() == "Anggota (5 orang)"

    # a member already in another group is refused inside the picker
    other = make_group(db, actors["petugas"], [ids[5]], name="Pindang Mekar")
    picker = tab.add_member()
    qtbot.keyClicks(picker.search, "Nining")
    qtbot.waitUntil(lambda: [r.id for r in picker.model.rows] == [ids[5]], timeout=3000)
    qtbot.mouseClick(picker.ok_button, LEFT)
    assert picker.isVisible() and other.code in picker.error.text()
    picker.reject()

    # leader
    assert tab.select_member(ids[1])
    qtbot.mouseClick(tab.leader_button, LEFT)
    assert groups.get_group(db, group.id).leader_member_id == ids[1]
    assert "★ ketua" in tab.members.index(tab.members.row_of(ids[1]), 1).data()

    # leaving the group
    assert tab.select_member(ids[4])
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.remove_member_button, LEFT)
    watcher.stop()
    assert len(groups.get_group(db, group.id).members) == 4

    # a lender as supervisor
    picker = tab.add_supervisor()
    assert picker.select_member(ids[6])
    qtbot.mouseClick(picker.ok_button, LEFT)
    assert [s.member_id for s in groups.get_group(db, group.id).supervisors] == [ids[6]]
    assert tab.supervisors.rowCount() == 1


def test_the_group_form_shows_refusals_next_to_the_fields(qtbot, db, actors):
    ids = make_members(db, actors["petugas"], 2)
    page = make_page(qtbot, db, actors["petugas"])
    dlg = page.groups_tab.new_group()
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.errors.labels["name"].text() == "Nama kelompok wajib diisi."
    qtbot.keyClicks(dlg.name, "Kasur Indah")
    dlg.rw.setText("8")
    dlg.refresh_candidates()
    dlg.pick(ids[0])
    dlg.pick(ids[1])
    # the leader must be one of the ticked members: untick the chosen leader
    dlg.leader.setCurrentIndex(dlg.leader.findData(ids[1]))
    dlg.pick(ids[1], False)
    assert dlg.leader.currentData() is None
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.result_value is not None
    assert groups.list_groups(db)[0].leader_member_id is None
    assert page.groups_tab.notice.isVisible()  # "belum punya ketua"


def test_a_clerk_cancels_an_application_with_a_reason(qtbot, db, actors):
    ids = make_members(db, actors["petugas"], 5)
    app = prepare(db, actors["petugas"], make_group(db, actors["petugas"], ids), ids)
    page = make_page(qtbot, db, actors["petugas"])
    tab = page.show_tab(page.applications_tab)
    assert tab.current.id == app.id and tab.cancel_button.isEnabled()
    dlg = tab.cancel_application()
    qtbot.mouseClick(dlg.ok_button, LEFT)
    assert dlg.errors.labels["reason"].text() == "Alasan pembatalan wajib diisi."
    qtbot.keyClicks(dlg.reason, "Kelompok menunda usaha")
    qtbot.mouseClick(dlg.ok_button, LEFT)
    assert credits.get_application(db, app.id).status == "cancelled"
    assert not tab.cancel_button.isEnabled()
    assert tab.model.index(0, tab.model.COL_STATUS).data() == "Dibatalkan"


def test_the_chair_edits_a_product_and_others_only_read_it(qtbot, db, actors):
    chair = make_page(qtbot, db, actors["ketua"])
    tab = chair.show_tab(chair.products_tab)
    assert tab.model.rowCount() == 2 and tab.notice.isHidden()
    tab.view.selectRow(tab.model.row_of(paket(db).id))
    dlg = tab.open_product()
    assert dlg.save_button.isVisible() and dlg.package_box.isVisible()
    dlg.group_limit.setText("150.000")
    dlg.amount_max.setText("30000")
    dlg.trades.setText("pindang, kasur")
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.result_value is not None, dlg.error.text()
    saved = paket(db)
    assert (saved.group_limit, saved.amount_max) == (150_000, 30_000)
    assert saved.eligibility.allowed_trades == ("pindang", "kasur")
    assert saved.service_fixed == 200 and saved.package_items == paket(db).package_items

    # a bad value is shown next to its field and nothing is saved
    dlg = tab.open_product()
    dlg.group_limit.setText("10.000")
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert dlg.isVisible()
    assert "Plafon kelompok" in dlg.errors.labels["group_limit"].text()
    assert paket(db).group_limit == 150_000
    dlg.reject()

    treasurer = make_page(qtbot, db, actors["bendahara"])
    tab = treasurer.show_tab(treasurer.products_tab)
    assert tab.notice.isVisible() and tab.new_button.isHidden()
    dlg = tab.open_product()
    assert dlg.read_only and not dlg.save_button.isVisible()
    assert dlg.name.isReadOnly() and not dlg.kind.isEnabled()


def test_holidays_are_added_and_removed(qtbot, db, actors):
    page = make_page(qtbot, db, actors["bendahara"])
    tab = page.show_tab(page.holidays_tab)
    year = dt.date.today().year
    tab.on_date.set_value(dt.date(year, 12, 25))
    qtbot.keyClicks(tab.name, "Hari Raya Natal")
    qtbot.mouseClick(tab.add_button, LEFT)
    assert [h.name for h in credit_products.holidays(db)] == ["Hari Raya Natal"]
    assert tab.model.rowCount() == 1 and tab.model.index(0, 1).data() in (
        "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
    # the same date twice is refused next to the date
    qtbot.keyClicks(tab.name, "Natal lagi")
    qtbot.mouseClick(tab.add_button, LEFT)
    assert "sudah ada" in tab.errors.labels["on_date"].text()
    tab.view.selectRow(0)
    watcher = MessageBoxWatcher(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.remove_button, LEFT)
    watcher.stop()
    assert credit_products.holidays(db) == [] and tab.model.rowCount() == 0

    clerk = make_page(qtbot, db, actors["petugas"])
    tab = clerk.show_tab(clerk.holidays_tab)
    assert tab.notice.isVisible() and tab.remove_button.isHidden()


def test_print_buttons_build_the_credit_documents(qtbot, db, actors):
    """The participation form (``services.credit_docs``) opens in the preview."""
    ids = make_members(db, actors["petugas"], 5)
    app = prepare(db, actors["petugas"], make_group(db, actors["petugas"], ids), ids)
    page = make_page(qtbot, db, actors["petugas"])
    tab = page.show_tab(page.applications_tab)
    assert tab.current.id == app.id
    shown = []
    watcher = MessageBoxWatcher()
    tab.print_form(on_shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown or watcher.seen), timeout=20_000)
    watcher.stop()
    assert shown and shown[0].page_labels, watcher.texts
    shown[0].close()
