"""Dialogs of the mentoring tab: a group meeting with its attendance and pocket-book grid,
a home visit, a follow-up, marking a follow-up done, and choosing a blank attendance list.

They collect what the facilitator wrote and call the services; every rule (a dissolved
group, a member not in the group, a date in the future…) is the service's, and its refusal
shows next to the field it concerns — a row of the grid turns red when the service names it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import groups, mentoring
from kamura_desktop.services.groups import GroupDTO
from kamura_desktop.services.mentoring import (
    ABSENT,
    EXCUSED,
    PRESENT,
    FollowupDTO,
    FollowupInput,
    HomeVisitDTO,
    HomeVisitInput,
    MeetingDTO,
    MeetingInput,
)

from ..print_preview import preview_pdf
from ..repayments.widgets import DateEdit, NoticeBar, hint
from ..widgets import FieldErrors
from .models import AttendanceModel, AttendanceTable

GRID_WIDTHS = {AttendanceModel.COL_MEMBER: 260, AttendanceModel.COL_STATUS: 90, AttendanceModel.COL_REASON: 150,
               AttendanceModel.COL_BOOK: 260, AttendanceModel.COL_CHECKED: 70}


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def _text(edit: QPlainTextEdit) -> str | None:
    return edit.toPlainText().strip() or None


def print_attendance_list(ctx, parent: QWidget, *, group_code: str, blank: bool, group_id: int | None = None,
                          on_date: dt.date | None = None, meeting_id: int | None = None, on_shown=None):
    """The attendance list PDF (blank before the meeting, filled after) in the print preview."""
    day = on_date or dt.date.today()
    kind = "kosong" if blank else "terisi"
    return preview_pdf(
        ctx, parent,
        lambda path: mentoring.attendance_list_pdf(ctx.db, path=path, group_id=group_id, on_date=on_date,
                                                   meeting_id=meeting_id, blank=blank, actor=ctx.actor),
        title=QCoreApplication.translate("MentoringPrinting", "Daftar hadir {group}").format(group=group_code),
        filename=f"daftar-hadir-{kind}-{group_code}-{day:%Y%m%d}.pdf", on_shown=on_shown)


def fill_group_combo(combo: QComboBox, rows: list[GroupDTO], *, label, keep: int | None = None) -> None:
    combo.blockSignals(True)
    combo.clear()
    for g in rows:
        combo.addItem(label(g), g.id)
    if keep is not None and combo.findData(keep) >= 0:
        combo.setCurrentIndex(combo.findData(keep))
    combo.blockSignals(False)


class MeetingDialog(QDialog):
    """Record a new group meeting, or correct a recorded one (``meeting``)."""

    def __init__(self, ctx, *, group_id: int | None = None, on_date: dt.date | None = None,
                 meeting: MeetingDTO | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting = meeting  # the recorded meeting being corrected
        self.saved: MeetingDTO | None = None
        self.errors = FieldErrors()
        self.setObjectName("meetingDialog")
        self.resize(1040, 760)

        self.group = QComboBox()
        self.group.setObjectName("meetingGroup")
        self.group.setMinimumContentsLength(28)
        self.groups = [g for g in groups.list_groups(ctx.db) if g.status == "active"]
        if meeting is not None and not any(g.id == meeting.group_id for g in self.groups):
            self.groups.append(groups.get_group(ctx.db, meeting.group_id))
        fill_group_combo(self.group, self.groups, keep=meeting.group_id if meeting else group_id,
                         label=lambda g: self.tr("{code} — {name} (ketua: {leader})").format(
                             code=g.code, name=g.name, leader=g.leader_name))
        self.group.setEnabled(meeting is None)
        self.held_on = DateEdit(meeting.held_on if meeting else on_date, maximum=dt.date.today())
        self.held_on.setObjectName("meetingDate")
        self.place = QLineEdit()
        self.place.setObjectName("meetingPlace")
        self.facilitator = QLineEdit()
        self.facilitator.setObjectName("meetingFacilitator")
        self.facilitator.setPlaceholderText(self.tr("nama pendamping yang memimpin pertemuan"))
        head = QFormLayout()
        self.errors.add_row(head, self.tr("Kelompok"), self.group, "group")
        self.errors.add_row(head, self.tr("Tanggal pertemuan"), self.held_on, "held_on")
        head2 = QFormLayout()
        self.errors.add_row(head2, self.tr("Tempat"), self.place, "place")
        self.errors.add_row(head2, self.tr("Pendamping"), self.facilitator, "facilitator")
        top = QHBoxLayout()
        top.addLayout(head, 1)
        top.addSpacing(16)
        top.addLayout(head2, 1)
        self.notice = NoticeBar()

        self.model = AttendanceModel(self)
        self.model.dataChanged.connect(lambda *_: self.update_summary())
        self.model.modelReset.connect(self.update_summary)
        self.table = AttendanceTable()
        self.table.setObjectName("attendanceTable")
        self.table.setModel(self.model)
        for col, width in GRID_WIDTHS.items():
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(200)
        keys = hint(self.tr("Kolom Kehadiran: H hadir · I izin · A tidak hadir (atau 1 / 2 / 3), Spasi berganti · "
                            "Tab: sel berikutnya · Enter: baris berikutnya · kolom Diperiksa: Spasi · "
                            "Ctrl+S: simpan"))
        self.all_present = QPushButton(self.tr("Semua hadir"))
        self.all_present.setObjectName("allPresent")
        self.all_present.clicked.connect(lambda: self.model.set_all(status=PRESENT))
        self.all_checked = QPushButton(self.tr("Semua buku saku diperiksa"))
        self.all_checked.setObjectName("allChecked")
        self.all_checked.clicked.connect(lambda: self.model.set_all(checked=True))
        self.summary = QLabel()
        self.summary.setObjectName("attendanceSummary")
        self.summary.setStyleSheet("font-weight: bold; color: #12503f;")
        self.summary.setWordWrap(True)
        grid_buttons = QHBoxLayout()
        grid_buttons.addWidget(self.all_present)
        grid_buttons.addWidget(self.all_checked)
        grid_buttons.addSpacing(12)
        grid_buttons.addWidget(self.summary, 1)
        self.grid_error = _error_label()
        self.errors.labels["attendance"] = self.grid_error

        self.supports = QPlainTextEdit()
        self.obstacles = QPlainTextEdit()
        self.business = QPlainTextEdit()
        self.solutions = QPlainTextEdit()
        self.motivation = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        topics = QGridLayout()
        for i, (edit, name, label) in enumerate((
                (self.supports, "meetingSupports", self.tr("Yang membantu pembayaran")),
                (self.obstacles, "meetingObstacles", self.tr("Yang menghambat pembayaran")),
                (self.business, "meetingBusiness", self.tr("Masalah usaha anggota")),
                (self.solutions, "meetingSolutions", self.tr("Solusi yang disepakati")),
                (self.motivation, "meetingMotivation", self.tr("Arahan dan motivasi")),
                (self.notes, "meetingNotes", self.tr("Catatan lain")))):
            edit.setObjectName(name)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(56)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(QLabel(label))
            box.addWidget(edit)
            topics.addLayout(box, i // 3, i % 3)

        self.print_blank = QPushButton(self.tr("Cetak daftar hadir kosong"))
        self.print_blank.setObjectName("printBlankFromDialog")
        self.print_blank.setToolTip(self.tr("Daftar hadir untuk dibawa ke pertemuan: anggota kelompok dan "
                                            "keadaan buku saku mereka menurut buku angsuran"))
        self.print_blank.clicked.connect(lambda: self.print_blank_list())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveMeeting")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(lambda: self.save())
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_blank)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.notice)
        lay.addWidget(self.table, 1)
        lay.addWidget(keys)
        lay.addLayout(grid_buttons)
        lay.addWidget(self.grid_error)
        lay.addLayout(topics)
        lay.addLayout(bottom)

        self._loaded: tuple[int | None, dt.date] | None = None
        if meeting is not None:
            self.show_meeting(meeting)
        else:
            self.load_draft()
        self.group.currentIndexChanged.connect(lambda _i: self.load_draft())
        self.held_on.dateChanged.connect(lambda _d: self.load_draft())

    # ------------------------------------------------------------ loading
    def group_id(self) -> int | None:
        return self.group.currentData()

    def _title(self) -> None:
        if self.meeting is not None:
            self.setWindowTitle(self.tr("Ubah pertemuan {group} — {date}").format(
                group=self.meeting.group_code, date=format_date_id(self.meeting.held_on)))
        else:
            self.setWindowTitle(self.tr("Catat pertemuan kelompok"))

    def show_meeting(self, m: MeetingDTO) -> None:
        self.meeting = m
        self.place.setText(m.place or "")
        self.facilitator.setText(m.facilitator)
        for edit, value in ((self.supports, m.supports), (self.obstacles, m.obstacles),
                            (self.business, m.business_problems), (self.solutions, m.solutions),
                            (self.motivation, m.motivation), (self.notes, m.notes)):
            edit.setPlainText(value or "")
        self.model.set_lines(m.attendance)
        self._loaded = (m.group_id, m.held_on)
        self.notice.show_message(self.tr(
            "Pertemuan ini sudah dicatat; perubahan disimpan dengan jejak audit. Angka buku saku tetap "
            "seperti saat diperiksa."), kind="info")
        self._title()

    def load_draft(self) -> None:
        """The group's members on the date with their pocket books from the repayment book."""
        gid, day = self.group_id(), self.held_on.value()
        if gid is None or (self.meeting is not None and day == self.meeting.held_on) or self._loaded == (gid, day):
            return
        self.errors.clear()
        try:
            draft = mentoring.meeting_draft(self.ctx.db, group_id=gid, on_date=day, actor=self.ctx.actor)
        except UserError as exc:
            self.model.set_lines([])
            self.notice.show_message(exc.message, kind="warn")
            self._loaded = (gid, day)
            return
        self._loaded = (gid, day)
        if draft.id is not None and self.meeting is None:
            self.show_meeting(draft)
            return
        # a new meeting, or a recorded one moved to another date: keep what was typed
        self.model.set_lines(draft.attendance, keep_entries=True)
        if self.meeting is None:
            if not self.place.text().strip():
                self.place.setText(draft.place or "")
            if not self.facilitator.text().strip():
                last = mentoring.list_meetings(self.ctx.db, group_id=gid)
                self.facilitator.setText(last[0].facilitator if last else "")
            self.notice.clear()
        behind = self.model.behind()
        if behind and self.meeting is None:
            self.notice.show_message(self.tr(
                "Menurut buku angsuran, {n} anggota tertinggal angsurannya pada {date}: cocokkan dengan "
                "buku saku mereka di pertemuan.").format(n=behind, date=format_date_id(day)), kind="warn")
        self._title()

    def update_summary(self) -> None:
        n = self.model.rowCount()
        self.summary.setText(self.tr("Hadir {present} · izin {excused} · tidak hadir {absent} dari {n} anggota · "
                                     "buku saku tertinggal: {behind}").format(
            present=self.model.count(PRESENT), excused=self.model.count(EXCUSED), absent=self.model.count(ABSENT),
            n=n, behind=self.model.behind()))

    # ------------------------------------------------------------ saving
    def data(self) -> MeetingInput:
        return MeetingInput(group_id=self.group_id(), held_on=self.held_on.value(),
                            facilitator=self.facilitator.text(), place=self.place.text(),
                            supports=_text(self.supports), obstacles=_text(self.obstacles),
                            business_problems=_text(self.business), solutions=_text(self.solutions),
                            motivation=_text(self.motivation), notes=_text(self.notes))

    def save(self) -> bool:
        self.table.commit_editing()
        self.errors.clear()
        self.model.set_error_row(None)
        if self.group_id() is None:
            self.errors.show("group", self.tr("Pilih kelompok."))
            return False

        def refused(exc: UserError) -> None:
            field = exc.field or ""
            if field.startswith("row:"):  # a row of the attendance grid
                row = int(field.split(":", 1)[1]) - 1
                self.model.set_error_row(row)
                self.table.go_to(self.model.index(row, AttendanceModel.COL_STATUS))
                self.grid_error.setText(exc.message)
                self.grid_error.show()
            else:
                self.ctx.show_refusal(exc, self, errors=self.errors)

        if self.meeting is None:
            outcome = self.ctx.perform(mentoring.record_meeting, source=self, on_error=refused,
                                       data=self.data(), attendance=self.model.attendance())
        else:
            outcome = self.ctx.perform(mentoring.update_meeting, source=self, on_error=refused,
                                       meeting_id=self.meeting.id, data=self.data(),
                                       attendance=self.model.attendance())
        if outcome is None:
            return False
        self.saved = outcome.value
        self.accept()
        return True

    def print_blank_list(self, on_shown=None):
        g = next((g for g in self.groups if g.id == self.group_id()), None)
        if g is None:
            return None
        return print_attendance_list(self.ctx, self, group_code=g.code, blank=True, group_id=g.id,
                                     on_date=self.held_on.value(), on_shown=on_shown)


class HomeVisitDialog(QDialog):
    """A home visit by the group leader (or the facilitator) to a member."""

    def __init__(self, ctx, *, group_id: int | None = None, visit: HomeVisitDTO | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.visit = visit
        self.saved: HomeVisitDTO | None = None
        self.errors = FieldErrors()
        self.setObjectName("homeVisitDialog")
        self.setWindowTitle(self.tr("Ubah kunjungan rumah") if visit else self.tr("Catat kunjungan rumah"))
        self.setMinimumWidth(560)
        self.groups = groups.list_groups(ctx.db, include_dissolved=True)
        self.group = QComboBox()
        self.group.setObjectName("visitGroup")
        keep = visit.group_id if visit else group_id
        fill_group_combo(self.group, self.groups, keep=keep,
                         label=lambda g: f"{g.code} — {g.name}")
        self.member = QComboBox()
        self.member.setObjectName("visitMember")
        self.visited_on = DateEdit(visit.visited_on if visit else None, maximum=dt.date.today())
        self.visited_on.setObjectName("visitDate")
        self.visitor = QLineEdit()
        self.visitor.setObjectName("visitVisitor")
        self.purpose = QPlainTextEdit()
        self.purpose.setObjectName("visitPurpose")
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(60)
        self.result = QPlainTextEdit()
        self.result.setObjectName("visitResult")
        self.result.setTabChangesFocus(True)
        self.result.setFixedHeight(60)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Kelompok"), self.group, "group")
        self.errors.add_row(form, self.tr("Anggota yang dikunjungi"), self.member, "member")
        self.errors.add_row(form, self.tr("Tanggal kunjungan"), self.visited_on, "visited_on")
        self.errors.add_row(form, self.tr("Yang berkunjung"), self.visitor, "visitor")
        self.errors.add_row(form, self.tr("Tujuan"), self.purpose, "purpose")
        self.errors.add_row(form, self.tr("Hasil"), self.result, "result")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveVisit")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

        self.group.currentIndexChanged.connect(lambda _i: self.load_members())
        self.load_members()
        if visit is not None:
            i = self.member.findData(visit.member_id)
            if i < 0:
                self.member.addItem(f"{visit.member_name} ({visit.member_number})", visit.member_id)
                i = self.member.count() - 1
            self.member.setCurrentIndex(i)
            self.visitor.setText(visit.visitor)
            self.purpose.setPlainText(visit.purpose)
            self.result.setPlainText(visit.result or "")
            self._visitor_member_id = visit.visitor_member_id

    def current_group(self) -> GroupDTO | None:
        return next((g for g in self.groups if g.id == self.group.currentData()), None)

    def load_members(self) -> None:
        g = self.current_group()
        self.member.clear()
        self._visitor_member_id = None
        if g is None:
            return
        for m in g.members:
            if not m.is_leader:
                self.member.addItem(f"{m.name} ({m.number})", m.member_id)
        for m in g.members:
            if m.is_leader:
                self.member.addItem(self.tr("{name} ({number}) · ketua").format(name=m.name, number=m.number),
                                    m.member_id)
        if self.visit is None:
            self.visitor.setText(g.leader_name if g.leader_member_id else "")
            self._visitor_member_id = g.leader_member_id

    def save(self) -> bool:
        self.errors.clear()
        member_id = self.member.currentData()
        if member_id is None:
            self.errors.show("member", self.tr("Pilih anggota yang dikunjungi."))
            return False
        g = self.current_group()
        visitor = self.visitor.text().strip()
        visitor_member = self._visitor_member_id if g and visitor == g.leader_name else None
        data = HomeVisitInput(member_id=member_id, visited_on=self.visited_on.value(), visitor=visitor,
                              purpose=self.purpose.toPlainText(), result=self.result.toPlainText(),
                              visitor_member_id=visitor_member)
        if self.visit is None:
            outcome = self.ctx.perform(mentoring.add_home_visit, source=self, errors=self.errors,
                                       data=data)
        else:
            outcome = self.ctx.perform(mentoring.update_home_visit, source=self, errors=self.errors,
                                       visit_id=self.visit.id, data=data)
        if outcome is None:
            return False
        self.saved = outcome.value
        self.accept()
        return True


class FollowupDialog(QDialog):
    """A follow-up: what, who, by when; optionally about a group and a member."""

    def __init__(self, ctx, *, group_id: int | None = None, followup: FollowupDTO | None = None,
                 meeting_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.followup = followup
        self.meeting_id = followup.meeting_id if followup else meeting_id
        self.saved: FollowupDTO | None = None
        self.errors = FieldErrors()
        self.setObjectName("followupDialog")
        self.setWindowTitle(self.tr("Ubah tindak lanjut") if followup else self.tr("Tambah tindak lanjut"))
        self.setMinimumWidth(540)
        self.groups = groups.list_groups(ctx.db, include_dissolved=True)
        self.group = QComboBox()
        self.group.setObjectName("followupGroup")
        self.group.addItem(self.tr("— tidak terkait kelompok —"), None)
        for g in self.groups:
            self.group.addItem(f"{g.code} — {g.name}", g.id)
        keep = followup.group_id if followup else group_id
        if keep is not None and self.group.findData(keep) >= 0:
            self.group.setCurrentIndex(self.group.findData(keep))
        self.member = QComboBox()
        self.member.setObjectName("followupMember")
        self.text = QPlainTextEdit()
        self.text.setObjectName("followupText")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(64)
        self.responsible = QLineEdit()
        self.responsible.setObjectName("followupResponsible")
        self.raised_on = DateEdit(followup.raised_on if followup else None, maximum=dt.date.today())
        self.raised_on.setObjectName("followupRaised")
        self.due_on = DateEdit(followup.due_on if followup else dt.date.today() + dt.timedelta(days=7))
        self.due_on.setObjectName("followupDue")
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Tindak lanjut"), self.text, "text")
        self.errors.add_row(form, self.tr("Kelompok"), self.group, "group")
        self.errors.add_row(form, self.tr("Anggota (bila ada)"), self.member, "member")
        self.errors.add_row(form, self.tr("Penanggung jawab"), self.responsible, "responsible")
        self.errors.add_row(form, self.tr("Tanggal dicatat"), self.raised_on, "raised_on")
        self.errors.add_row(form, self.tr("Batas waktu"), self.due_on, "due_on")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveFollowup")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.group.currentIndexChanged.connect(lambda _i: self.load_members())
        self.load_members()
        if followup is not None:
            self.text.setPlainText(followup.text)
            self.responsible.setText(followup.responsible)
            if followup.member_id is not None:
                i = self.member.findData(followup.member_id)
                if i < 0:
                    self.member.addItem(followup.member_name or str(followup.member_id), followup.member_id)
                    i = self.member.count() - 1
                self.member.setCurrentIndex(i)

    def load_members(self) -> None:
        self.member.clear()
        self.member.addItem(self.tr("— seluruh kelompok —"), None)
        g = next((g for g in self.groups if g.id == self.group.currentData()), None)
        if g is None:
            return
        for m in g.members:
            self.member.addItem(f"{m.name} ({m.number})", m.member_id)
        if self.followup is None and not self.responsible.text().strip() and g.leader_member_id:
            self.responsible.setText(g.leader_name)

    def save(self) -> bool:
        self.errors.clear()
        data = FollowupInput(text=self.text.toPlainText(), due_on=self.due_on.value(),
                             responsible=self.responsible.text(), raised_on=self.raised_on.value(),
                             group_id=self.group.currentData(), member_id=self.member.currentData(),
                             meeting_id=self.meeting_id,
                             home_visit_id=self.followup.home_visit_id if self.followup else None)
        if self.followup is None:
            outcome = self.ctx.perform(mentoring.add_followup, source=self, errors=self.errors,
                                       data=data)
        else:
            outcome = self.ctx.perform(mentoring.update_followup, source=self, errors=self.errors,
                                       followup_id=self.followup.id, data=data)
        if outcome is None:
            return False
        self.saved = outcome.value
        self.accept()
        return True


class DoneDialog(QDialog):
    """Mark a follow-up done: the date and what was done."""

    def __init__(self, ctx, followup: FollowupDTO, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.followup = followup
        self.saved: FollowupDTO | None = None
        self.errors = FieldErrors()
        self.setObjectName("followupDoneDialog")
        self.setWindowTitle(self.tr("Tindak lanjut selesai"))
        self.setMinimumWidth(480)
        what = QLabel(followup.text)
        what.setWordWrap(True)
        what.setStyleSheet("font-weight: bold;")
        self.done_on = DateEdit(maximum=dt.date.today())
        self.done_on.setObjectName("doneDate")
        self.note = QLineEdit()
        self.note.setObjectName("doneNote")
        self.note.setPlaceholderText(self.tr("apa yang sudah dilakukan (boleh kosong)"))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Tanggal selesai"), self.done_on, "done_on")
        self.errors.add_row(form, self.tr("Keterangan"), self.note, "note")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tandai selesai"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("confirmDone")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(what)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def save(self) -> bool:
        self.errors.clear()
        outcome = self.ctx.perform(mentoring.mark_followup_done, source=self, errors=self.errors,
                                   followup_id=self.followup.id, done_on=self.done_on.value(),
                                   note=self.note.text())
        if outcome is None:
            return False
        self.saved = outcome.value
        self.accept()
        return True


class BlankListDialog(QDialog):
    """Which group and date a blank attendance list is for."""

    def __init__(self, ctx, *, group_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("blankListDialog")
        self.setWindowTitle(self.tr("Cetak daftar hadir kosong"))
        self.groups = [g for g in groups.list_groups(ctx.db) if g.status == "active"]
        self.group = QComboBox()
        self.group.setObjectName("blankGroup")
        fill_group_combo(self.group, self.groups, keep=group_id,
                         label=lambda g: self.tr("{code} — {name} ({day}, {place})").format(
                             code=g.code, name=g.name, day=g.meeting_day or "-", place=g.meeting_place or "-"))
        self.on_date = DateEdit()
        self.on_date.setObjectName("blankDate")
        form = QFormLayout()
        form.addRow(self.tr("Kelompok"), self.group)
        form.addRow(self.tr("Tanggal pertemuan"), self.on_date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cetak"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(hint(self.tr("Pertemuan yang akan datang boleh dipilih: daftar kosong menunjukkan keadaan "
                                   "buku saku menurut buku angsuran pada tanggal itu.")))
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.group.setFocus(Qt.FocusReason.OtherFocusReason)

    def choice(self) -> tuple[GroupDTO, dt.date] | None:
        g = next((g for g in self.groups if g.id == self.group.currentData()), None)
        return (g, self.on_date.value()) if g else None
