"""The Pendampingan tab as a facilitator and a clerk use it: a meeting recorded through the
dialog with the keyboard (attendance saved, the pocket-book shortfall shown from the
repayment book), an empty facilitator refused next to the field, a correction, a home
visit, a follow-up overdue in red and marked done, the attendance lists in the print
preview, the read-only view of a role that may not record, and the tab on the credit page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from kamura_desktop.services import groups, mentoring, repayments
from kamura_desktop.services.mentoring import ABSENT, EXCUSED, PRESENT, FollowupInput
from kamura_desktop.ui.context import AppContext
from kamura_desktop.ui.credit import CreditPage
from kamura_desktop.ui.hub import SignalHub
from kamura_desktop.ui.mentoring import MentoringTab
from kamura_desktop.ui.mentoring.dialogs import (
    DoneDialog,
    FollowupDialog,
    HomeVisitDialog,
    MeetingDialog,
)
from kamura_desktop.ui.mentoring.models import AttendanceModel, FollowupTableModel
from kamura_desktop.ui.print_preview import PrintPreviewDialog
from kamura_desktop.ui.repayments.models import SORT_ROLE
from kamura_desktop.ui.repayments.widgets import RED
from kamura_desktop.ui.tasks import TaskRunner
from tests.helpers_books import prepared

from ..services.test_repayments import Lending

A = AttendanceModel


def make_ctx(db, actor, hub: SignalHub | None = None) -> AppContext:
    return AppContext(db=db, db_path=db.path, actor=actor, hub=hub or SignalHub(), tasks=TaskRunner())


def make_tab(qtbot, db, actor) -> MentoringTab:
    tab = MentoringTab(make_ctx(db, actor))
    qtbot.addWidget(tab)
    tab.resize(1200, 650)
    tab.show()
    tab.refresh()
    return tab


@prepared
def pilot(db, actors):
    """A paket group of five disbursed on 8 January 2024; member 0 pays three instalments
    by the 4th due date, the others nothing: four pocket books behind by Rp12.600."""
    lend = Lending(db, actors)
    cs = lend.paket_group(on=dt.date(2024, 1, 8))
    due = [i.due_date for i in repayments.credit_statement(db, cs[0].id).instalments]
    lend.pay(cs[0].id, 12_600, due[2])
    return cs, due


def type_in(qtbot, table, row: int, col: int, text: str) -> None:
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, col))
    qtbot.keyClicks(table, text[0])  # the first key opens the editor
    editors = [e for e in table.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    qtbot.keyClicks(editors[0], text[1:])
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _row_of(model: AttendanceModel, member_id: int) -> int:
    return next(i for i, a in enumerate(model.lines) if a.member_id == member_id)


def test_record_a_meeting_through_the_dialog(qtbot, db, actors, pilot):
    cs, due = pilot
    gid = cs[0].group_id
    published = []
    tab = make_tab(qtbot, db, actors["petugas"])
    tab.ctx.hub.changed.connect(lambda changes, _source: published.append(changes))
    tab.group.setCurrentIndex(tab.group.findData(gid))
    dlg = tab.new_meeting(modal=False)
    assert isinstance(dlg, MeetingDialog) and dlg.isVisible()
    dlg.held_on.set_value(due[3])
    m = dlg.model
    assert m.rowCount() == 5
    assert dlg.place.text() == "rumah ketua"  # the group's usual place

    # the pocket-book column comes from the repayment book: member 0 up to date, the rest behind
    r0, r1 = _row_of(m, cs[0].member_id), _row_of(m, cs[1].member_id)
    assert m.index(r0, A.COL_BOOK).data().startswith("Lancar")
    assert m.index(r1, A.COL_BOOK).data() == "Tertinggal Rp12.600 (3 angsuran)"
    assert m.index(r1, A.COL_BOOK).data(SORT_ROLE) == 12_600
    assert m.index(r1, A.COL_BOOK).data(Qt.ItemDataRole.ForegroundRole).color() == QColor(RED)
    assert "4 anggota tertinggal" in dlg.notice.text.text()
    assert "buku saku tertinggal: 4" in dlg.summary.text()

    # the keyboard: A marks member 1 absent and moves down, I marks the next excused, Space in
    # the "diperiksa" column ticks the pocket book checked
    qtbot.keyClicks(dlg.facilitator, "Asep Mulyana")
    table = dlg.table
    table.setFocus()
    table.setCurrentIndex(m.index(r1, A.COL_STATUS))
    qtbot.keyClick(table, Qt.Key.Key_A)
    nxt = table.currentIndex().row()
    assert nxt == min(r1 + 1, 4)
    qtbot.keyClick(table, Qt.Key.Key_I)
    # Tab walks the cells to fill in: attendance → reason → checked → note → next row's attendance
    table.setCurrentIndex(m.index(r0, A.COL_STATUS))
    visited = []
    for _ in range(4):
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        visited.append((table.currentIndex().row(), table.currentIndex().column()))
    assert visited == [(r0, A.COL_REASON), (r0, A.COL_CHECKED), (r0, A.COL_NOTE), (r0 + 1, A.COL_STATUS)]
    table.setCurrentIndex(m.index(r0, A.COL_CHECKED))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    type_in(qtbot, table, nxt, A.COL_REASON, "sakit")
    assert table.currentIndex().column() == A.COL_REASON  # Enter: the same cell, next row
    assert m.entries[r1].status == ABSENT and m.entries[nxt].status == EXCUSED
    assert m.entries[nxt].reason == "sakit" and m.entries[r0].book_checked
    assert "Hadir 3 · izin 1 · tidak hadir 1" in dlg.summary.text()
    qtbot.keyClicks(dlg.obstacles, "Harga ikan naik")

    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5_000)
    assert published and published[-1].mentoring

    saved = mentoring.get_meeting(db, dlg.saved.id)
    status = {a.member_id: (a.status, a.reason, a.book_checked) for a in saved.attendance}
    assert status[cs[1].member_id] == (ABSENT, None, False)
    assert status[cs[0].member_id] == (PRESENT, None, True)
    assert (saved.present, saved.count(EXCUSED), saved.facilitator, saved.obstacles) == \
        (3, 1, "Asep Mulyana", "Harga ikan naik")
    assert next(a for a in saved.attendance if a.member_id == cs[1].member_id).check.arrears == 12_600
    # the list shows it, selected
    assert tab.meetings.rowCount() == 1 and tab.current_meeting().id == saved.id
    assert "3 dari 5" in tab.meetings.index(0, tab.meetings.COL_PRESENT).data()
    assert tab.meetings.index(0, tab.meetings.COL_BEHIND).data() == "4 anggota, Rp50.400"

    # opening it again corrects it; choosing the same date in a new dialog opens it too
    again = tab.edit_meeting(modal=False)
    assert again.meeting.id == saved.id and again.windowTitle().startswith("Ubah pertemuan")
    again.model.set_status(_row_of(again.model, cs[1].member_id), PRESENT)
    assert again.save()
    assert mentoring.get_meeting(db, saved.id).present == 4
    fresh = MeetingDialog(tab.ctx, group_id=gid, on_date=due[3])
    qtbot.addWidget(fresh)
    assert fresh.meeting is not None and fresh.meeting.id == saved.id


def test_an_empty_facilitator_is_refused_next_to_the_field(qtbot, db, actors, pilot):
    cs, due = pilot
    tab = make_tab(qtbot, db, actors["petugas"])
    dlg = MeetingDialog(tab.ctx, group_id=cs[0].group_id, on_date=due[1])
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.save()
    label = dlg.errors.labels["facilitator"]
    assert label.isVisible() and "pendamping" in label.text()
    assert mentoring.list_meetings(db) == []


def test_home_visit_and_followups(qtbot, db, actors, pilot):
    cs, due = pilot
    gid = cs[0].group_id
    clerk = actors["petugas"]
    tab = make_tab(qtbot, db, clerk)
    tab.group.setCurrentIndex(tab.group.findData(gid))

    visit = tab.new_visit(modal=False)
    assert isinstance(visit, HomeVisitDialog)
    leader = groups.get_group(db, gid)
    assert visit.visitor.text() == leader.leader_name  # the group leader visits
    visit.member.setCurrentIndex(visit.member.findData(cs[2].member_id))
    visit.visited_on.set_value(due[4])
    qtbot.keyClicks(visit.purpose, "Menanyakan angsuran")
    assert visit.save()
    rows = mentoring.list_home_visits(db, group_id=gid)
    assert [(v.member_id, v.visitor_member_id, v.purpose) for v in rows] == \
        [(cs[2].member_id, leader.leader_member_id, "Menanyakan angsuran")]
    assert tab.visits.rowCount() == 1

    # a follow-up past its due date shows red and counts as late
    mentoring.add_followup(db, actor=clerk, data=FollowupInput(
        "Kunjungi anggota yang tertinggal", due[5], "Ketua", raised_on=due[3], group_id=gid))
    tab.refresh()
    assert tab.followups.rowCount() == 1
    status = tab.followups.index(0, FollowupTableModel.COL_STATUS)
    assert status.data().startswith("Terlambat")
    assert status.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(RED)
    assert "terlambat" in tab.sections.tabText(2)
    tab.followup_view.selectRow(0)
    assert tab.done_button.isEnabled() and not tab.reopen_button.isEnabled()
    done = tab.mark_done(modal=False)
    assert isinstance(done, DoneDialog)
    qtbot.keyClicks(done.note, "sudah dikunjungi")
    assert done.save()
    f = mentoring.list_followups(db)[0]
    assert f.done_on == dt.date.today() and f.done_note == "sudah dikunjungi"
    assert tab.followups.index(0, FollowupTableModel.COL_STATUS).data().startswith("Selesai")

    add = tab.new_followup(modal=False)
    assert isinstance(add, FollowupDialog)
    qtbot.keyClicks(add.text, "Data calon investor")
    assert add.responsible.text() == leader.leader_name
    assert add.save()
    assert len(mentoring.open_followups(db)) == 1


def test_attendance_lists_open_in_the_print_preview(qtbot, db, actors, pilot):
    cs, due = pilot
    tab = make_tab(qtbot, db, actors["petugas"])
    g = groups.get_group(db, cs[0].group_id)
    shown = []
    tab.print_blank(choice=(g, due[3]), on_shown=shown.append)
    dlg = MeetingDialog(tab.ctx, group_id=g.id, on_date=due[3])
    qtbot.addWidget(dlg)
    dlg.facilitator.setText("Asep")
    assert dlg.save()
    tab.refresh()
    tab.meeting_view.selectRow(0)
    tab.print_filled(on_shown=shown.append)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=30_000)
    for preview in shown:
        assert isinstance(preview, PrintPreviewDialog) and preview.images
        preview.close()


def test_a_role_that_may_not_record_only_views(qtbot, db, actors, pilot):
    tab = make_tab(qtbot, db, actors["admin"])
    assert not tab.new_meeting_button.isVisibleTo(tab)
    assert tab.notice.isVisibleTo(tab)


def test_the_credit_page_has_the_pendampingan_tab(qtbot, db, actors):
    page = CreditPage(make_ctx(db, actors["petugas"]))
    qtbot.addWidget(page)
    index = page.tabs.indexOf(page.mentoring_tab)
    assert index >= 0 and page.tabs.tabText(index) == "Pendampingan"
    page.show_tab(page.mentoring_tab)
    assert not page.mentoring_tab.dirty
    assert page.mentoring_tab.group.itemText(0) == "Semua kelompok"
