"""The Kelompok tab: the list of borrower groups and, for the chosen group, its members,
leader, supervisors (lenders) and credits, with the actions a clerk takes on a group."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import credits, groups, membership
from kamura_desktop.services.groups import GroupDTO
from kamura_desktop.services.membership import MemberFilter
from kamura_desktop.services.permissions import allowed

from ..messages import confirm
from ..widgets import keep_columns_whole, why_disabled
from .group_dialog import GroupDialog
from .labels import CreditLabels
from .models import (
    GREEN,
    GREY,
    MONEY,
    RED,
    SORT_ROLE,
    TEXT,
    DtoTableModel,
    GroupTableModel,
    PeopleModel,
)
from .pickers import MemberPickerDialog, PickRow
from .printing import print_joint_liability
from .widgets import NoticeBar, fit_columns, hint, section_title, table_view


class GroupCreditsModel(DtoTableModel):
    """A group's credits (``credits.list_credits(group_code=…)`` rows, with what is still owed
    once the repayment book knows it)."""

    (COL_NUMBER, COL_MEMBER, COL_PRODUCT, COL_PRINCIPAL, COL_OUTSTANDING, COL_DISBURSED,
     COL_STATUS) = range(7)

    def columns(self):
        return [(self.tr("No. kredit"), TEXT), (self.tr("Anggota"), TEXT), (self.tr("Produk"), TEXT),
                (self.tr("Pokok"), MONEY), (self.tr("Sisa"), MONEY), (self.tr("Dicairkan"), TEXT),
                (self.tr("Status"), TEXT)]

    def row_id(self, r):
        return r.number

    def raw(self, r, col: int):
        return (r.number, r.member, r.product, r.principal, r.outstanding, r.disbursed_on, r.status)[col]

    def display(self, r, col: int) -> str:
        if col == self.COL_DISBURSED:
            return format_date_id(r.disbursed_on)
        if col == self.COL_STATUS:
            text = self.labels.credit_status(r.status)
            if r.status == "active" and r.days_past_due:
                text += " " + self.tr("(telat {n} hari)").format(n=r.days_past_due)
            return text
        return super().display(r, col)

    def foreground(self, r, col: int):
        if col == self.COL_STATUS:
            if r.status == "active" and r.days_past_due:
                return RED
            return {"active": GREEN, "rejected": RED}.get(r.status)
        return GREY if r.status in ("cancelled", "rejected") else None

    def tooltip(self, r, col: int):
        return self.tr("{number} · {product}").format(number=r.number, product=r.product)


class GroupFilter(QSortFilterProxyModel):
    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        text = self.filterRegularExpression().pattern().lower()
        if not text:
            return True
        g: GroupDTO = self.sourceModel().row_at(source_row)
        hay = " ".join([g.code, g.name, g.kampung or "", f"rt {g.rt or ''}", f"rw {g.rw or ''}",
                        g.leader_name] + [m.name for m in g.members]).lower()
        return all(word in hay for word in text.split())


class GroupsTab(QWidget):
    CARES = ("groups", "members", "credits")

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dirty = True
        self.labels = CreditLabels(self)
        self.dialog: QWidget | None = None
        self.current_group: GroupDTO | None = None
        can_edit = allowed(ctx.actor, "groups.edit")

        # the panes first, each inside its parent, then filled in the order the keyboard's Tab
        # visits them: a filled pane moved into another is restyled whole with the program's
        # style sheet (issue 20); a widget moved into a pane already in this tab joins the
        # tab's focus chain when moved
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        left = QWidget(splitter)
        below = QWidget(splitter)
        self.detail = QWidget(below)
        self.detail.setObjectName("groupDetail")
        columns = QSplitter(Qt.Orientation.Horizontal, self.detail)
        people = QWidget(columns)
        money = QWidget(columns)

        # ---- list side
        self.search = QLineEdit()
        self.search.setObjectName("groupSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Cari kode, nama kelompok, anggota, RT/RW…"))
        self.show_dissolved = QCheckBox(self.tr("Tampilkan yang bubar"))
        self.show_dissolved.toggled.connect(lambda _on: self.refresh())
        self.new_button = QPushButton(self.tr("Kelompok baru…"))
        self.new_button.setObjectName("newGroup")
        self.new_button.clicked.connect(lambda: self.new_group())
        self.edit_button = QPushButton(self.tr("Ubah…"))
        why_disabled(self.edit_button, self.tr("Pilih dulu kelompok yang masih aktif."))
        self.edit_button.setObjectName("editGroup")
        self.edit_button.clicked.connect(lambda: self.edit_group())
        for b in (self.new_button, self.edit_button):
            b.setVisible(can_edit)

        self.model = GroupTableModel(self)
        self.proxy = GroupFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = table_view(self.proxy, stretch=GroupTableModel.COL_NAME)
        self.view.setObjectName("groupList")
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(GroupTableModel.COL_CODE, Qt.SortOrder.AscendingOrder)
        fit_columns(self.view, {GroupTableModel.COL_CODE: 80, GroupTableModel.COL_KIND: 150,
                                GroupTableModel.COL_RT_RW: 70, GroupTableModel.COL_LEADER: 180,
                                GroupTableModel.COL_MEMBERS: 70, GroupTableModel.COL_STATUS: 70})
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.view.doubleClicked.connect(lambda _i: self.edit_group() if can_edit else None)
        self.count_label = hint()

        self.role_notice = NoticeBar()
        if not can_edit:
            self.role_notice.show_message(self.tr(
                "Anda masuk sebagai {role}: kelompok hanya dapat dilihat.").format(
                role=ctx.actor.role_label), kind="info")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_dissolved)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.role_notice)
        ll.addLayout(top)
        ll.addWidget(self.view, 1)
        ll.addWidget(self.count_label)

        # ---- detail side
        self.title = QLabel()
        self.title.setObjectName("groupTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold; color: #12503f;")
        self.info = {key: QLabel() for key in ("kind", "formed", "place", "meeting", "agreement")}
        info_grid = QGridLayout()
        info_grid.setHorizontalSpacing(10)
        info_grid.setVerticalSpacing(2)
        for i, (key, label) in enumerate((
                ("kind", self.tr("Jenis")), ("place", self.tr("Tempat tinggal")),
                ("formed", self.tr("Dibentuk")), ("meeting", self.tr("Pertemuan")),
                ("agreement", self.tr("Tanggung renteng")))):
            caption = QLabel(label)
            caption.setObjectName("pageHint")
            self.info[key].setWordWrap(True)
            info_grid.addWidget(caption, i // 2, (i % 2) * 2)
            info_grid.addWidget(self.info[key], i // 2, (i % 2) * 2 + 1)
        info_grid.setColumnStretch(1, 1)
        info_grid.setColumnStretch(3, 1)
        self.notice = NoticeBar()

        self.members = PeopleModel(self)
        self.member_view = table_view(self.members, stretch=PeopleModel.COL_TRADE)
        self.member_view.setObjectName("groupMembers")
        self.member_view.setColumnHidden(PeopleModel.COL_PHONE, True)
        self.member_view.setColumnHidden(PeopleModel.COL_SINCE, True)
        fit_columns(self.member_view, {PeopleModel.COL_NUMBER: 84, PeopleModel.COL_NAME: 190,
                                       PeopleModel.COL_SEX: 34, PeopleModel.COL_RT_RW: 64})
        self.member_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.add_member_button = QPushButton(self.tr("Tambah anggota…"))
        why_disabled(self.add_member_button, self.tr("Pilih dulu kelompok yang masih aktif."))
        self.add_member_button.setObjectName("addMember")
        self.add_member_button.clicked.connect(lambda: self.add_member())
        self.remove_member_button = QPushButton(self.tr("Keluarkan anggota"))
        why_disabled(self.remove_member_button, self.tr("Pilih dulu anggota kelompok di daftar."))
        self.remove_member_button.setObjectName("removeMember")
        self.remove_member_button.clicked.connect(lambda: self.remove_member())
        self.leader_button = QPushButton(self.tr("Jadikan ketua"))
        why_disabled(self.leader_button, self.tr("Pilih dulu anggota kelompok yang belum menjadi ketua."))
        self.leader_button.setObjectName("makeLeader")
        self.leader_button.clicked.connect(lambda: self.make_leader())

        self.supervisors = PeopleModel(self, supervisors=True)
        self.supervisor_view = table_view(self.supervisors, stretch=PeopleModel.COL_TRADE)
        self.supervisor_view.setObjectName("groupSupervisors")
        self.supervisor_view.setColumnHidden(PeopleModel.COL_SEX, True)
        self.supervisor_view.setColumnHidden(PeopleModel.COL_RT_RW, True)
        fit_columns(self.supervisor_view, {PeopleModel.COL_NUMBER: 86, PeopleModel.COL_NAME: 200,
                                           PeopleModel.COL_SINCE: 120})
        self.supervisor_view.setMaximumHeight(60)  # a group has one supervisor or two
        self.supervisor_button = QPushButton(self.tr("Tambah pengawas…"))
        why_disabled(self.supervisor_button, self.tr("Pilih dulu kelompok yang masih aktif."))
        self.supervisor_button.setObjectName("addSupervisor")
        self.supervisor_button.clicked.connect(lambda: self.add_supervisor())

        self.credits = GroupCreditsModel(self)
        self.credit_view = table_view(self.credits, stretch=GroupCreditsModel.COL_MEMBER)
        self.credit_view.setObjectName("groupCredits")
        # the credit's number and date tell two cycles of the same member apart; the product
        # is the same for the whole group
        self.credit_view.setColumnHidden(GroupCreditsModel.COL_PRODUCT, True)
        # the package's principal is the same for the group's members (the total below says
        # it): its column gives its room to the names, read whole in the program's font
        self.credit_view.setColumnHidden(GroupCreditsModel.COL_PRINCIPAL, True)
        fit_columns(self.credit_view, {GroupCreditsModel.COL_NUMBER: 112,
                                       GroupCreditsModel.COL_PRINCIPAL: 80,
                                       GroupCreditsModel.COL_OUTSTANDING: 72,
                                       GroupCreditsModel.COL_DISBURSED: 112,
                                       GroupCreditsModel.COL_STATUS: 90})
        keep_columns_whole(self.credit_view, (GroupCreditsModel.COL_NUMBER, GroupCreditsModel.COL_DISBURSED,
                                              GroupCreditsModel.COL_PRINCIPAL,
                                              GroupCreditsModel.COL_OUTSTANDING, GroupCreditsModel.COL_STATUS))
        self.credit_total = QLabel()
        self.credit_total.setObjectName("pageHint")
        self.print_button = QPushButton(self.tr("Cetak perjanjian tanggung renteng"))
        why_disabled(self.print_button, self.tr("Kelompok ini belum beranggota."))
        self.print_button.setObjectName("printJointLiability")
        self.print_button.clicked.connect(lambda: self.print_agreement())

        for b in (self.add_member_button, self.remove_member_button, self.leader_button,
                  self.supervisor_button):
            b.setVisible(can_edit)

        self.member_title = section_title(self.tr("Anggota"))
        member_bar = QHBoxLayout()  # beside the title: the table keeps the room for five rows
        member_bar.addWidget(self.member_title)
        member_bar.addStretch(1)
        member_bar.addWidget(self.add_member_button)
        member_bar.addWidget(self.remove_member_button)
        member_bar.addWidget(self.leader_button)
        sup_bar = QHBoxLayout()
        sup_bar.addWidget(section_title(self.tr("Pengawas (lender pendamping)")))
        self.supervisor_hint = QLabel(self.tr("belum ada"))
        self.supervisor_hint.setObjectName("pageHint")
        sup_bar.addWidget(self.supervisor_hint)
        sup_bar.addStretch(1)
        sup_bar.addWidget(self.supervisor_button)
        credit_bar = QHBoxLayout()
        credit_bar.addWidget(section_title(self.tr("Kredit kelompok")))
        credit_bar.addStretch(1)
        credit_bar.addWidget(self.credit_total)
        title_bar = QHBoxLayout()
        title_bar.addWidget(self.title, 1)
        title_bar.addWidget(self.print_button)

        dl = QVBoxLayout(self.detail)
        dl.setContentsMargins(0, 6, 0, 0)
        dl.addLayout(title_bar)
        dl.addLayout(info_grid)
        dl.addWidget(self.notice)
        dl.addWidget(columns, 1)
        pl = QVBoxLayout(people)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addLayout(member_bar)
        pl.addWidget(self.member_view, 3)
        pl.addLayout(sup_bar)
        pl.addWidget(self.supervisor_view, 1)
        ml = QVBoxLayout(money)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addLayout(credit_bar)
        ml.addWidget(self.credit_view, 1)
        columns.addWidget(people)
        columns.addWidget(money)
        columns.setStretchFactor(0, 4)
        columns.setStretchFactor(1, 5)
        columns.setSizes([480, 660])
        self.empty = hint(self.tr("Pilih kelompok di daftar untuk melihat anggota dan kreditnya."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bl = QVBoxLayout(below)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.detail, 1)
        bl.addWidget(self.empty, 1)

        splitter.addWidget(left)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        # the list shows five groups before it scrolls (it showed two at 1366×768)
        self.view.setMinimumHeight(self.view.horizontalHeader().sizeHint().height() + 5 * 26 + 4)
        self.member_view.setMinimumHeight(self.member_view.horizontalHeader().sizeHint().height()
                                          + 5 * 26 + 4)  # and a group's five members
        splitter.setSizes([240, 460])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(splitter)
        self.show_group(None)

    # ------------------------------------------------------------ loading
    def refresh(self) -> None:
        self.dirty = False
        keep = self.current_group.id if self.current_group else None
        rows = groups.list_groups(self.ctx.db, include_dissolved=self.show_dissolved.isChecked())
        self.model.set_rows(rows)
        active = sum(1 for g in rows if g.status == "active")
        self.count_label.setText(self.tr("{n} kelompok aktif, {m} anggota berkelompok.").format(
            n=active, m=sum(len(g.members) for g in rows if g.status == "active")))
        if keep is not None and not self.select_group(keep):
            self.show_group(None)
        elif keep is None and self.proxy.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)

    def select_group(self, group_id: int) -> bool:
        row = self.model.row_of(group_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        self.show_selected()
        return True

    def selected_group(self) -> GroupDTO | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def show_selected(self) -> None:
        self.show_group(self.selected_group())

    def show_group(self, g: GroupDTO | None) -> None:
        self.current_group = g
        self.detail.setVisible(g is not None)
        self.empty.setVisible(g is None)
        self.empty.setText(
            self.tr("Pilih kelompok di daftar untuk melihat anggota dan kreditnya.")
            if self.model.rowCount() else self.tr(
                "Belum ada kelompok. Klik \"Kelompok baru…\" untuk membentuk kelompok dari "
                "anggota yang tinggal berdekatan."))
        self.edit_button.setEnabled(g is not None and g.status == "active")
        if g is None:
            self.members.set_rows([])
            self.supervisors.set_rows([])
            self.credits.set_rows([])
            self._update_buttons()
            return
        self.title.setText(f"{g.code} · {g.name}")
        self.info["kind"].setText(self.labels.group_kind(g.kind)
                                  + ("" if g.status == "active" else " — " + self.labels.group_status(g.status)))
        self.info["formed"].setText(format_date_id(g.formed_on))
        place = ", ".join(x for x in (g.kampung, self.tr("RT {rt}/RW {rw}").format(
            rt=g.rt or "-", rw=g.rw or "-")) if x)
        self.info["place"].setText(place)
        meeting = " · ".join(x for x in (g.meeting_day, g.meeting_place) if x)
        self.info["meeting"].setText(meeting or self.tr("belum ditentukan"))
        self.info["agreement"].setText(
            self.tr("ditandatangani {date}").format(date=format_date_id(g.agreement_signed_on))
            if g.agreement_signed_on else self.tr("belum ditandatangani"))
        self.info["agreement"].setStyleSheet("" if g.agreement_signed_on else f"color: {RED.name()};")
        self.member_title.setText(self.tr("Anggota ({n} orang)").format(n=len(g.members)))
        self.members.set_rows(g.members)
        self.supervisors.set_rows(g.supervisors)
        rows = credits.list_credits(self.ctx.db, group_code=g.code)
        self.credits.set_rows(rows)
        running = [r for r in rows if r.status == "active"]
        if running:
            self.credit_total.setText(self.tr("{n} berjalan, pokok {amount}").format(
                n=len(running), amount=format_rupiah(sum(r.principal for r in running))))
        elif rows:
            self.credit_total.setText(self.tr("belum ada yang berjalan"))
        else:
            self.credit_total.setText(self.tr("belum pernah mengajukan"))
        self.supervisor_hint.setVisible(not g.supervisors)
        if g.status == "active" and g.leader_member_id is None and g.members:
            self.notice.show_message(self.tr(
                "Kelompok ini belum punya ketua. Pilih anggota di daftar lalu klik \"Jadikan ketua\"."),
                kind="warn")
        else:
            self.notice.clear()
        self._update_buttons()

    def selected_member(self):
        rows = self.member_view.selectionModel().selectedRows()
        return self.members.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        g = self.current_group
        active = g is not None and g.status == "active"
        member = self.selected_member()
        self.add_member_button.setEnabled(active)
        self.supervisor_button.setEnabled(active)
        self.remove_member_button.setEnabled(active and member is not None)
        self.leader_button.setEnabled(active and member is not None and not member.is_leader)
        self.print_button.setEnabled(g is not None and bool(g.members))

    # ------------------------------------------------------------ actions
    def _open(self, dialog: QWidget) -> QWidget:
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_group(self) -> GroupDialog:
        dlg = GroupDialog(self.ctx, parent=self)
        dlg.saved.connect(lambda g: self._after_save(g.id))
        return self._open(dlg)

    def edit_group(self) -> GroupDialog | None:
        g = self.current_group
        if g is None:
            return None
        dlg = GroupDialog(self.ctx, g, parent=self)
        dlg.saved.connect(lambda saved: self._after_save(saved.id))
        return self._open(dlg)

    def _after_save(self, group_id: int) -> None:
        self.refresh()
        self.select_group(group_id)

    def add_member(self) -> MemberPickerDialog | None:
        g = self.current_group
        if g is None:
            return None
        db = self.ctx.db

        def load(query: str) -> list[PickRow]:
            if query or not g.rw:
                page = membership.list_members(db, MemberFilter(query=query, status="active"), limit=100)
                inside = {m.member_id for m in g.members}
                return [PickRow(r.id, r.number, r.name, r.rt_rw, r.kampung or "", r.trade or "",
                                self.tr("sudah di kelompok ini") if r.id in inside else "",
                                r.id not in inside)
                        for r in page.rows]
            rows = groups.proximity_candidates(db, rw=g.rw, rt=g.rt, kampung=g.kampung)
            return [PickRow(c.member_id, c.number, c.name, f"{c.rt or '-'}/{c.rw or '-'}",
                            c.kampung or "", c.trade or "", self.labels.closeness(c.closeness))
                    for c in rows]

        dlg = MemberPickerDialog(
            self.ctx, title=self.tr("Tambah anggota ke {code}").format(code=g.code),
            intro=self.tr("Anggota RW {rw} yang belum masuk kelompok, yang terdekat di atas. "
                          "Ketik untuk mencari di semua anggota aktif.").format(rw=g.rw or "-"),
            note_header=self.tr("Kedekatan"), loader=load, ok_text=self.tr("Tambahkan"),
            action=partial(groups.add_group_member, group_id=g.id),
            parent=self)
        return self._open(dlg)

    def add_supervisor(self) -> MemberPickerDialog | None:
        g = self.current_group
        if g is None:
            return None
        db = self.ctx.db
        inside = {m.member_id for m in g.members} | {s.member_id for s in g.supervisors}

        def load(query: str) -> list[PickRow]:
            page = membership.list_members(db, MemberFilter(query=query, status="active"),
                                           limit=100, sort="name")
            out = []
            for r in page.rows:
                if r.id in inside:
                    continue
                if r.wajib_arrears:
                    note = self.tr("tunggakan wajib {amount}").format(amount=format_rupiah(r.wajib_arrears))
                else:
                    note = self.tr("sukarela {amount}").format(amount=format_rupiah(r.sukarela))
                out.append(PickRow(r.id, r.number, r.name, r.rt_rw, r.kampung or "", r.trade or "",
                                   note, not r.wajib_arrears))
            return out

        dlg = MemberPickerDialog(
            self.ctx, title=self.tr("Tambah pengawas {code}").format(code=g.code),
            intro=self.tr("Pengawas adalah lender (anggota aktif, KTP/KK ada, simpanan pokok dan "
                          "wajib lunas) yang mendampingi dan mendukung kelompok."),
            note_header=self.tr("Simpanan"), loader=load, ok_text=self.tr("Jadikan pengawas"),
            action=partial(groups.add_supervisor, group_id=g.id),
            parent=self)
        return self._open(dlg)

    def remove_member(self, *, ask: bool = True) -> bool:
        g, m = self.current_group, self.selected_member()
        if g is None or m is None:
            return False
        if ask and not confirm(self, self.tr("Keluarkan anggota"), self.tr(
                "Keluarkan {name} dari kelompok {code} {group} hari ini?").format(
                name=m.name, code=g.code, group=g.name)):
            return False
        return self.ctx.perform(groups.remove_group_member, source=self, group_id=g.id,
                                member_id=m.member_id) is not None

    def make_leader(self) -> bool:
        g, m = self.current_group, self.selected_member()
        if g is None or m is None:
            return False
        return self.ctx.perform(groups.set_leader, source=self, group_id=g.id,
                                member_id=m.member_id) is not None

    def select_member(self, member_id: int) -> bool:
        row = self.members.row_of(member_id)
        if row >= 0:
            self.member_view.selectRow(row)
        return row >= 0

    def print_agreement(self, on_shown=None):
        g = self.current_group
        if g is None:
            return None
        return print_joint_liability(self.ctx, self, group_id=g.id, code=g.code, on_shown=on_shown)

