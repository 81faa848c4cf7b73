"""The Pendampingan tab of the Kelompok & Kredit page: group meetings (with attendance and
the pocket-book check), home visits by the group leaders, and follow-ups (overdue in red).

One group filter and a period apply to the three lists. Every write goes through a dialog
that calls the services and publishes their ``Changes``; the page marks this tab stale when
mentoring, groups or repayments change.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import groups, mentoring
from kamura_desktop.services.permissions import allowed

from ..messages import confirm, show_error
from ..repayments.widgets import DateEdit, NoticeBar, fit_columns, hint, table_view
from ..widgets import keep_columns_whole, why_disabled
from .dialogs import (
    BlankListDialog,
    DoneDialog,
    FollowupDialog,
    HomeVisitDialog,
    MeetingDialog,
    print_attendance_list,
)
from .models import FollowupTableModel, MeetingTableModel, VisitTableModel


class MentoringTab(QWidget):
    CARES = ("mentoring", "groups", "repayments", "members")

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dirty = True
        self.can_record = allowed(ctx.actor, "mentoring.record")
        self.dialog: QWidget | None = None  # the last dialog opened (tests drive it)

        # ---- filters shared by the three lists
        self.group = QComboBox()
        self.group.setObjectName("mentoringGroup")
        self.group.setMinimumContentsLength(26)
        self.date_from = DateEdit(dt.date(dt.date.today().year - 3, 1, 1))
        self.date_from.setObjectName("mentoringFrom")
        self.date_to = DateEdit(dt.date.today())
        self.date_to.setObjectName("mentoringTo")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kelompok")))
        top.addWidget(self.group, 1)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Dari")))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(self.tr("sampai")))
        top.addWidget(self.date_to)
        top.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("mentoringSummary")
        self.summary.setStyleSheet("font-weight: bold; color: #12503f;")
        self.summary.setWordWrap(True)
        self.notice = NoticeBar()
        if not self.can_record:
            self.notice.show_message(self.tr("Anda masuk sebagai {role}: catatan pendampingan hanya dapat "
                                             "dilihat.").format(role=ctx.actor.role_label), kind="info")

        # ---- meetings
        self.meetings = MeetingTableModel(self)
        self.meeting_view = table_view(self.meetings, stretch=MeetingTableModel.COL_PLACE)
        self.meeting_view.setObjectName("meetingList")
        fit_columns(self.meeting_view, {MeetingTableModel.COL_DATE: 130, MeetingTableModel.COL_GROUP: 200,
                                        MeetingTableModel.COL_FACILITATOR: 190,
                                        MeetingTableModel.COL_PRESENT: 220,
                                        MeetingTableModel.COL_BEHIND: 190})
        # the facilitator's name with their role is read whole ("Asep Mulyana (Pendamping
        # Koperasi)"); the place takes what is left
        keep_columns_whole(self.meeting_view, (MeetingTableModel.COL_DATE, MeetingTableModel.COL_GROUP,
                                               MeetingTableModel.COL_FACILITATOR,
                                               MeetingTableModel.COL_PRESENT, MeetingTableModel.COL_BEHIND))
        self.meeting_view.doubleClicked.connect(lambda _i: self.edit_meeting())
        self.meeting_view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.new_meeting_button = QPushButton(self.tr("Catat pertemuan…"))
        self.new_meeting_button.setObjectName("newMeeting")
        self.new_meeting_button.clicked.connect(lambda: self.new_meeting())
        self.edit_meeting_button = QPushButton(self.tr("Buka / ubah…"))
        why_disabled(self.edit_meeting_button, self.tr("Pilih dulu satu pertemuan di daftar."))
        self.edit_meeting_button.setObjectName("editMeeting")
        self.edit_meeting_button.clicked.connect(lambda: self.edit_meeting())
        self.delete_meeting_button = QPushButton(self.tr("Hapus"))
        why_disabled(self.delete_meeting_button, self.tr("Pilih dulu satu pertemuan di daftar."))
        self.delete_meeting_button.setObjectName("deleteMeeting")
        self.delete_meeting_button.clicked.connect(lambda: self.delete_meeting())
        self.print_button = QPushButton(self.tr("Cetak daftar hadir"))
        self.print_button.setObjectName("printAttendance")
        menu = QMenu(self.print_button)
        self.print_filled_action = menu.addAction(self.tr("Daftar hadir && notulen pertemuan terpilih"))
        self.print_filled_action.triggered.connect(lambda: self.print_filled())
        self.print_blank_action = menu.addAction(self.tr("Daftar hadir kosong untuk pertemuan…"))
        self.print_blank_action.triggered.connect(lambda: self.print_blank())
        self.print_button.setMenu(menu)
        mbar = QHBoxLayout()
        for w in (self.new_meeting_button, self.edit_meeting_button, self.delete_meeting_button):
            mbar.addWidget(w)
        mbar.addStretch(1)
        mbar.addWidget(self.print_button)
        meetings_page = QWidget()
        ml = QVBoxLayout(meetings_page)
        ml.addLayout(mbar)
        ml.addWidget(self.meeting_view, 1)

        # ---- home visits
        self.visits = VisitTableModel(self)
        self.visit_view = table_view(self.visits, stretch=VisitTableModel.COL_RESULT)
        self.visit_view.setObjectName("visitList")
        fit_columns(self.visit_view, {VisitTableModel.COL_DATE: 130, VisitTableModel.COL_MEMBER: 210,
                                      VisitTableModel.COL_GROUP: 80, VisitTableModel.COL_VISITOR: 160,
                                      VisitTableModel.COL_PURPOSE: 260})
        self.visit_view.doubleClicked.connect(lambda _i: self.edit_visit())
        self.visit_view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.new_visit_button = QPushButton(self.tr("Catat kunjungan…"))
        self.new_visit_button.setObjectName("newVisit")
        self.new_visit_button.clicked.connect(lambda: self.new_visit())
        self.edit_visit_button = QPushButton(self.tr("Ubah…"))
        why_disabled(self.edit_visit_button, self.tr("Pilih dulu satu kunjungan di daftar."))
        self.edit_visit_button.setObjectName("editVisit")
        self.edit_visit_button.clicked.connect(lambda: self.edit_visit())
        self.delete_visit_button = QPushButton(self.tr("Hapus"))
        why_disabled(self.delete_visit_button, self.tr("Pilih dulu satu kunjungan di daftar."))
        self.delete_visit_button.setObjectName("deleteVisit")
        self.delete_visit_button.clicked.connect(lambda: self.delete_visit())
        vbar = QHBoxLayout()
        for w in (self.new_visit_button, self.edit_visit_button, self.delete_visit_button):
            vbar.addWidget(w)
        vbar.addStretch(1)
        visits_page = QWidget()
        vl = QVBoxLayout(visits_page)
        vl.addLayout(vbar)
        vl.addWidget(self.visit_view, 1)
        vl.addWidget(hint(self.tr("Tindak lanjut pertemuan: ketua kelompok mengunjungi rumah anggota, terutama "
                                  "yang tidak hadir atau tertinggal angsurannya.")))

        # ---- follow-ups
        self.followups = FollowupTableModel(self)
        self.followup_view = table_view(self.followups, stretch=FollowupTableModel.COL_TEXT)
        self.followup_view.setObjectName("followupList")
        fit_columns(self.followup_view, {FollowupTableModel.COL_DUE: 155, FollowupTableModel.COL_GROUP: 200,
                                         FollowupTableModel.COL_RESPONSIBLE: 170, FollowupTableModel.COL_RAISED: 130,
                                         FollowupTableModel.COL_STATUS: 170})
        self.followup_view.doubleClicked.connect(lambda _i: self.edit_followup())
        self.followup_view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.open_only = QCheckBox(self.tr("Hanya yang belum selesai"))
        self.open_only.setObjectName("followupOpenOnly")
        self.open_only.toggled.connect(lambda _v: self.load_followups())
        self.new_followup_button = QPushButton(self.tr("Tambah…"))
        self.new_followup_button.setObjectName("newFollowup")
        self.new_followup_button.clicked.connect(lambda: self.new_followup())
        self.done_button = QPushButton(self.tr("Tandai selesai…"))
        why_disabled(self.done_button, self.tr("Pilih dulu tindak lanjut yang belum selesai."))
        self.done_button.setObjectName("followupDone")
        self.done_button.clicked.connect(lambda: self.mark_done())
        self.reopen_button = QPushButton(self.tr("Buka lagi"))
        why_disabled(self.reopen_button, self.tr("Pilih dulu tindak lanjut yang sudah selesai."))
        self.reopen_button.setObjectName("followupReopen")
        self.reopen_button.clicked.connect(lambda: self.reopen())
        self.edit_followup_button = QPushButton(self.tr("Ubah…"))
        why_disabled(self.edit_followup_button, self.tr("Pilih dulu satu tindak lanjut di daftar."))
        self.edit_followup_button.setObjectName("editFollowup")
        self.edit_followup_button.clicked.connect(lambda: self.edit_followup())
        self.delete_followup_button = QPushButton(self.tr("Hapus"))
        why_disabled(self.delete_followup_button, self.tr("Pilih dulu satu tindak lanjut di daftar."))
        self.delete_followup_button.setObjectName("deleteFollowup")
        self.delete_followup_button.clicked.connect(lambda: self.delete_followup())
        fbar = QHBoxLayout()
        for w in (self.new_followup_button, self.done_button, self.reopen_button, self.edit_followup_button,
                  self.delete_followup_button):
            fbar.addWidget(w)
        fbar.addStretch(1)
        fbar.addWidget(self.open_only)
        self.followup_count = hint()
        followups_page = QWidget()
        fl = QVBoxLayout(followups_page)
        fl.addLayout(fbar)
        fl.addWidget(self.followup_view, 1)
        fl.addWidget(self.followup_count)

        for w in (self.new_meeting_button, self.delete_meeting_button, self.new_visit_button,
                  self.edit_visit_button, self.delete_visit_button, self.new_followup_button, self.done_button,
                  self.reopen_button, self.edit_followup_button, self.delete_followup_button):
            w.setVisible(self.can_record)
        if not self.can_record:
            self.edit_meeting_button.setText(self.tr("Buka…"))

        self.sections = QTabWidget()
        self.sections.setObjectName("mentoringSections")
        self.sections.addTab(meetings_page, self.tr("Pertemuan kelompok"))
        self.sections.addTab(visits_page, self.tr("Kunjungan rumah"))
        self.sections.addTab(followups_page, self.tr("Tindak lanjut"))

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(top)
        lay.addWidget(self.notice)
        lay.addWidget(self.summary)
        lay.addWidget(self.sections, 1)

        self.group.currentIndexChanged.connect(lambda _i: self.reload())
        self.date_from.dateChanged.connect(lambda _d: self.reload())
        self.date_to.dateChanged.connect(lambda _d: self.reload())
        self.update_buttons()

    # ------------------------------------------------------------ loading
    def group_id(self) -> int | None:
        return self.group.currentData()

    def refresh(self) -> None:
        self.dirty = False
        keep = self.group_id()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("Semua kelompok"), None)
        for g in groups.list_groups(self.ctx.db, include_dissolved=True):
            suffix = self.tr(" (bubar)") if g.status == "dissolved" else ""
            self.group.addItem(f"{g.code} — {g.name}{suffix}", g.id)
        if keep is not None and self.group.findData(keep) >= 0:
            self.group.setCurrentIndex(self.group.findData(keep))
        self.group.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        gid, d0, d1 = self.group_id(), self.date_from.value(), self.date_to.value()
        self.meetings.set_rows(mentoring.list_meetings(self.ctx.db, group_id=gid, date_from=d0, date_to=d1,
                                                       actor=self.ctx.actor))
        self.visits.set_rows(mentoring.list_home_visits(self.ctx.db, group_id=gid, date_from=d0, date_to=d1,
                                                        actor=self.ctx.actor))
        self.load_followups()
        try:
            s = mentoring.mentoring_summary(self.ctx.db, date_from=d0, date_to=d1)
            self.summary.setText(self.tr(
                "{from_} – {to}: {meetings} pertemuan dari {groups} kelompok, kehadiran {rate}; "
                "{visits} kunjungan rumah; tindak lanjut {done} selesai, {open} masih terbuka.").format(
                from_=format_date_id(d0), to=format_date_id(d1), meetings=s.meetings, groups=s.groups_met,
                rate=s.attendance_text, visits=s.home_visits, done=s.followups_done, open=s.followups_open))
        except UserError as exc:
            self.summary.setText(exc.message)
        self.update_buttons()

    def load_followups(self) -> None:
        rows = mentoring.list_followups(self.ctx.db, group_id=self.group_id(), open_only=self.open_only.isChecked(),
                                        actor=self.ctx.actor)
        today = dt.date.today()
        self.followups.set_rows(rows, today=today)
        late = sum(1 for f in rows if f.overdue_on(today))
        open_ = sum(1 for f in rows if not f.done)
        self.followup_count.setText(self.tr("{n} tindak lanjut: {open} belum selesai, {late} terlambat.").format(
            n=len(rows), open=open_, late=late))
        self.sections.setTabText(2, self.tr("Tindak lanjut ({late} terlambat)").format(late=late)
                                 if late else self.tr("Tindak lanjut"))
        self.update_buttons()

    # ------------------------------------------------------------ selection
    def _current(self, view, model):
        rows = view.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def current_meeting(self):
        return self._current(self.meeting_view, self.meetings)

    def current_visit(self):
        return self._current(self.visit_view, self.visits)

    def current_followup(self):
        return self._current(self.followup_view, self.followups)

    def update_buttons(self) -> None:
        m, v, f = self.current_meeting(), self.current_visit(), self.current_followup()
        self.edit_meeting_button.setEnabled(m is not None)
        self.delete_meeting_button.setEnabled(m is not None)
        self.print_filled_action.setEnabled(m is not None)
        self.edit_visit_button.setEnabled(v is not None)
        self.delete_visit_button.setEnabled(v is not None)
        self.done_button.setEnabled(f is not None and not f.done)
        self.reopen_button.setEnabled(f is not None and f.done)
        self.edit_followup_button.setEnabled(f is not None)
        self.delete_followup_button.setEnabled(f is not None)

    def select_meeting(self, meeting_id: int) -> None:
        row = self.meetings.row_of_id(meeting_id)
        if row >= 0:
            self.meeting_view.selectRow(row)

    # ------------------------------------------------------------ meetings
    def _open(self, dialog, *, modal: bool):
        self.dialog = dialog
        if modal:
            return dialog.exec()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def new_meeting(self, *, modal: bool = True):
        dlg = MeetingDialog(self.ctx, group_id=self.group_id(), parent=self)
        if not modal:
            dlg.accepted.connect(lambda: self._after_meeting(dlg))
            return self._open(dlg, modal=False)
        if self._open(dlg, modal=True):
            self._after_meeting(dlg)
        return dlg

    def _after_meeting(self, dlg: MeetingDialog) -> None:
        self.refresh()
        if dlg.saved is not None:
            self.select_meeting(dlg.saved.id)

    def edit_meeting(self, *, modal: bool = True):
        row = self.current_meeting()
        if row is None:
            return None
        try:
            meeting = mentoring.get_meeting(self.ctx.db, row.id, actor=self.ctx.actor)
        except UserError as exc:
            show_error(self, exc)
            return None
        dlg = MeetingDialog(self.ctx, meeting=meeting, parent=self)
        if not self.can_record:
            dlg.model.read_only = True
            dlg.buttons.button(dlg.buttons.StandardButton.Save).setEnabled(False)
        if not modal:
            dlg.accepted.connect(lambda: self._after_meeting(dlg))
            return self._open(dlg, modal=False)
        if self._open(dlg, modal=True):
            self._after_meeting(dlg)
        return dlg

    def delete_meeting(self, *, ask: bool = True) -> bool:
        row = self.current_meeting()
        if row is None:
            return False
        if ask and not confirm(self, self.tr("Hapus pertemuan"), self.tr(
                "Hapus catatan pertemuan {group} tanggal {date} beserta daftar hadirnya? Tindak lanjutnya "
                "tetap tersimpan.").format(group=row.group_code, date=format_date_id(row.held_on))):
            return False
        return self._write(mentoring.delete_meeting, meeting_id=row.id)

    def print_filled(self, on_shown=None):
        row = self.current_meeting()
        if row is None:
            return None
        return print_attendance_list(self.ctx, self, group_code=row.group_code, blank=False, meeting_id=row.id,
                                     on_date=row.held_on, on_shown=on_shown)

    def print_blank(self, *, choice=None, on_shown=None):
        """Ask which group and date (``choice`` skips asking), then preview the blank list."""
        if choice is None:
            dlg = BlankListDialog(self.ctx, group_id=self.group_id(), parent=self)
            self.dialog = dlg
            if not dlg.exec() or dlg.choice() is None:
                return None
            choice = dlg.choice()
        group, day = choice
        return print_attendance_list(self.ctx, self, group_code=group.code, blank=True, group_id=group.id,
                                     on_date=day, on_shown=on_shown)

    # ------------------------------------------------------------ home visits
    def new_visit(self, *, modal: bool = True):
        dlg = HomeVisitDialog(self.ctx, group_id=self.group_id(), parent=self)
        return self._run_simple(dlg, modal)

    def edit_visit(self, *, modal: bool = True):
        v = self.current_visit()
        if v is None or not self.can_record:
            return None
        return self._run_simple(HomeVisitDialog(self.ctx, visit=v, parent=self), modal)

    def _run_simple(self, dlg, modal: bool):
        if not modal:
            dlg.accepted.connect(self.refresh)
            return self._open(dlg, modal=False)
        if self._open(dlg, modal=True):
            self.refresh()
        return dlg

    def delete_visit(self, *, ask: bool = True) -> bool:
        v = self.current_visit()
        if v is None:
            return False
        if ask and not confirm(self, self.tr("Hapus kunjungan"), self.tr(
                "Hapus catatan kunjungan ke {name} tanggal {date}?").format(
                name=v.member_name, date=format_date_id(v.visited_on))):
            return False
        return self._write(mentoring.delete_home_visit, visit_id=v.id)

    # ------------------------------------------------------------ follow-ups
    def new_followup(self, *, modal: bool = True):
        return self._run_simple(FollowupDialog(self.ctx, group_id=self.group_id(), parent=self), modal)

    def edit_followup(self, *, modal: bool = True):
        f = self.current_followup()
        if f is None or not self.can_record:
            return None
        return self._run_simple(FollowupDialog(self.ctx, followup=f, parent=self), modal)

    def mark_done(self, *, modal: bool = True):
        f = self.current_followup()
        if f is None or f.done:
            return None
        return self._run_simple(DoneDialog(self.ctx, f, parent=self), modal)

    def reopen(self) -> bool:
        f = self.current_followup()
        if f is None or not f.done:
            return False
        return self._write(mentoring.reopen_followup, followup_id=f.id)

    def delete_followup(self, *, ask: bool = True) -> bool:
        f = self.current_followup()
        if f is None:
            return False
        if ask and not confirm(self, self.tr("Hapus tindak lanjut"),
                               self.tr("Hapus tindak lanjut \u201c{text}\u201d?").format(text=f.text)):
            return False
        return self._write(mentoring.delete_followup, followup_id=f.id)

    def _write(self, write, **kwargs) -> bool:
        """A one-click write from the tab, then the lists again."""
        if self.ctx.perform(write, source=self, **kwargs) is None:
            return False
        self.refresh()
        return True
