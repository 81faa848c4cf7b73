"""The group form: a new peer-borrower group (or KSM), formed with help by proximity, or
changes to a group's data.

Forming by proximity: the clerk gives the RW (and RT, kampung) where the group lives;
``groups.proximity_candidates`` lists the members of that RW who are in no active group,
nearest first, each with their eligibility for the chosen product (✔ or the reasons).
The clerk ticks the members, picks the leader among them, and saves. The service decides
everything (size, one group per member, the leader among the members); an error naming a
field is shown under it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import credit_products, groups
from kamura_desktop.services.groups import GroupDTO, GroupInput

from ..widgets import FieldErrors
from .labels import CreditLabels
from .models import CandidateModel
from .widgets import RED, DateEdit, OptionalDate, error_label, fit_columns, hint, table_view

SEARCH_DELAY_MS = 250


class GroupDialog(QDialog):
    saved = Signal(object)  # GroupDTO

    def __init__(self, ctx, group: GroupDTO | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.result_value: GroupDTO | None = None
        self.labels = CreditLabels(self)
        self.errors = FieldErrors()
        self.setObjectName("groupDialog")
        self.setWindowTitle(self.tr("Kelompok baru") if group is None
                            else self.tr("Ubah kelompok {code}").format(code=group.code))

        # ---- the group's data
        self.name = QLineEdit()
        self.name.setObjectName("groupName")
        self.name.setPlaceholderText(self.tr("misalnya Pindang Jaya 1"))
        self.kind = QComboBox()
        self.kind.setObjectName("groupKind")
        self.kind.addItem(self.labels.group_kind("peer"), "peer")
        self.kind.addItem(self.labels.group_kind("ksm"), "ksm")
        self.formed_on = DateEdit()
        self.formed_on.setObjectName("formedOn")
        self.kampung = QLineEdit()
        self.kampung.setObjectName("kampung")
        self.rt = QLineEdit()
        self.rt.setObjectName("rt")
        self.rw = QLineEdit()
        self.rw.setObjectName("rw")
        for edit in (self.rt, self.rw):
            edit.setMaximumWidth(60)
        place = QWidget()
        pl = QHBoxLayout(place)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(QLabel(self.tr("RT")))
        pl.addWidget(self.rt)
        pl.addWidget(QLabel(self.tr("RW")))
        pl.addWidget(self.rw)
        pl.addStretch(1)
        self.meeting_day = QComboBox()
        self.meeting_day.setObjectName("meetingDay")
        self.meeting_day.setEditable(True)
        self.meeting_day.addItem("")
        self.meeting_day.addItems(self.labels.weekdays())
        self.meeting_place = QLineEdit()
        self.meeting_place.setObjectName("meetingPlace")
        self.meeting_place.setPlaceholderText(self.tr("misalnya rumah ketua kelompok"))
        self.agreement = OptionalDate(self.tr("sudah, tanggal"))
        self.agreement.setObjectName("agreement")

        data_box = QGroupBox(self.tr("Data kelompok"))
        data_box.setMaximumWidth(450 if group is None else 16777215)
        form = QFormLayout(data_box)
        self.errors.add_row(form, self.tr("Nama kelompok"), self.name, "name")
        self.errors.add_row(form, self.tr("Jenis"), self.kind, "kind")
        self.errors.add_row(form, self.tr("Tanggal dibentuk"), self.formed_on, "formed_on")
        self.errors.add_row(form, self.tr("Kampung"), self.kampung, "kampung")
        self.errors.add_row(form, self.tr("Tempat tinggal"), place, "rt")
        self.errors.labels["rw"] = self.errors.labels["rt"]
        self.errors.add_row(form, self.tr("Hari pertemuan"), self.meeting_day, "meeting_day")
        self.errors.add_row(form, self.tr("Tempat pertemuan"), self.meeting_place, "meeting_place")
        self.errors.add_row(form, self.tr("Perjanjian ditandatangani"), self.agreement,
                            "agreement_signed_on")

        self.error = error_label()

        self.save_button = QPushButton(self.tr("Bentuk kelompok") if group is None
                                       else self.tr("Simpan perubahan"))
        self.save_button.setObjectName("saveGroup")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        columns = QHBoxLayout()
        columns.addWidget(data_box, 0)
        self.candidates: CandidateModel | None = None
        if group is None:
            columns.addWidget(self._build_proximity(), 1)
            self.resize(1180, 640)
        else:
            self.resize(520, 440)
        lay = QVBoxLayout(self)
        lay.addLayout(columns, 1)
        lay.addLayout(buttons)

        if group is not None:
            self._fill(group)
        else:
            for edit in (self.rw, self.rt, self.kampung):
                edit.textEdited.connect(lambda _t: self.search_timer.start())
            self.refresh_candidates()

    # ------------------------------------------------------------ proximity
    def _build_proximity(self) -> QGroupBox:
        box = QGroupBox(self.tr("Bantu bentuk kelompok menurut kedekatan tempat tinggal"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh_candidates)

        self.product = QComboBox()
        self.product.setObjectName("eligibilityProduct")
        self.product.addItem(self.tr("— tanpa memeriksa syarat —"), None)
        for p in credit_products.list_products(self.ctx.db):
            self.product.addItem(p.name, p.id)
        if self.product.count() > 1:
            self.product.setCurrentIndex(1)
        self.product.currentIndexChanged.connect(lambda _i: self.refresh_candidates())
        product_row = QHBoxLayout()
        product_row.addWidget(QLabel(self.tr("Periksa syarat untuk produk")))
        product_row.addWidget(self.product, 1)

        self.candidates = CandidateModel(self)
        self.candidates.dataChanged.connect(lambda *_: self._picked_changed())
        self.candidates.modelReset.connect(self._picked_changed)
        self.candidate_view = table_view(self.candidates, stretch=CandidateModel.COL_ELIGIBLE)
        self.candidate_view.setObjectName("candidates")
        self.candidate_view.setWordWrap(True)
        self.candidate_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.candidate_view.clicked.connect(self._toggle_row)
        self.candidate_view.setColumnHidden(CandidateModel.COL_TRADE, True)
        fit_columns(self.candidate_view, {
            CandidateModel.COL_PICK: 28, CandidateModel.COL_NAME: 205, CandidateModel.COL_RT_RW: 66,
            CandidateModel.COL_KAMPUNG: 86, CandidateModel.COL_CLOSENESS: 136})
        self.candidate_hint = hint()
        self.candidate_hint.setObjectName("candidateHint")

        self.picked_label = QLabel()
        self.picked_label.setObjectName("pickedCount")
        self.leader = QComboBox()
        self.leader.setObjectName("leader")
        self.leader.setMinimumWidth(220)
        leader_form = QFormLayout()
        self.errors.add_row(leader_form, self.tr("Anggota dipilih"), self.picked_label, "members")
        self.errors.add_row(leader_form, self.tr("Ketua kelompok"), self.leader, "leader")

        lay = QVBoxLayout(box)
        lay.addWidget(hint(self.tr(
            "Isi RW (dan RT, kampung) di kiri. Daftar ini berisi anggota RW itu yang belum "
            "masuk kelompok aktif, yang paling dekat di atas. Centang anggota kelompok, lalu "
            "pilih ketuanya.")))
        lay.addLayout(product_row)
        lay.addWidget(self.candidate_view, 1)
        lay.addWidget(self.candidate_hint)
        lay.addLayout(leader_form)
        return box

    def refresh_candidates(self) -> None:
        if self.candidates is None:
            return
        rw = self.rw.text().strip()
        if not rw:
            self.candidates.set_rows([])
            self.candidate_hint.setText(self.tr("Isi RW tempat tinggal kelompok untuk melihat calon anggota."))
            return
        try:
            rows = groups.proximity_candidates(
                self.ctx.db, rw=rw, rt=self.rt.text().strip() or None,
                kampung=self.kampung.text().strip() or None, product_id=self.product.currentData())
        except UserError as exc:
            self.candidates.set_rows([])
            self.candidate_hint.setText(exc.message)
            return
        self.candidates.set_rows(rows)
        if not rows:
            self.candidate_hint.setText(self.tr("Tidak ada anggota RW {rw} yang belum berkelompok.").format(rw=rw))
        else:
            ok = sum(1 for c in rows if c.eligible)
            self.candidate_hint.setText(self.tr(
                "{n} calon anggota, {ok} memenuhi syarat produk. Klik baris untuk mencentang.")
                .format(n=len(rows), ok=ok))

    def _toggle_row(self, index) -> None:
        if index.column() == CandidateModel.COL_PICK:
            return  # the check box itself toggles
        c = self.candidates.row_at(index.row())
        if c is not None:
            self.candidates.set_picked(c.member_id, c.member_id not in self.candidates.picked)

    def pick(self, member_id: int, on: bool = True) -> None:
        self.candidates.set_picked(member_id, on)

    def _picked_changed(self) -> None:
        picked = self.candidates.picked_rows()
        current = self.leader.currentData()
        self.leader.blockSignals(True)
        self.leader.clear()
        self.leader.addItem(self.tr("— belum dipilih —"), None)
        for c in picked:
            self.leader.addItem(f"{c.name} ({c.number})", c.member_id)
        index = self.leader.findData(current)
        self.leader.setCurrentIndex(index if index >= 0 else 0)
        self.leader.blockSignals(False)
        not_ok = [c.name for c in picked if not c.eligible]
        text = self.tr("{n} orang").format(n=len(picked))
        if not_ok:
            text += " — " + self.tr("belum memenuhi syarat: {names}").format(names=", ".join(not_ok))
        self.picked_label.setText(text)
        self.picked_label.setStyleSheet(f"color: {RED};" if not_ok else "")

    # ------------------------------------------------------------ data
    def _fill(self, g: GroupDTO) -> None:
        self.name.setText(g.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(g.kind)))
        self.formed_on.set_value(g.formed_on)
        self.kampung.setText(g.kampung or "")
        self.rt.setText(g.rt or "")
        self.rw.setText(g.rw or "")
        self.meeting_day.setCurrentText(g.meeting_day or "")
        self.meeting_place.setText(g.meeting_place or "")
        self.agreement.set_value(g.agreement_signed_on)

    def collect(self) -> GroupInput:
        return GroupInput(
            name=self.name.text(), formed_on=self.formed_on.value(), kind=self.kind.currentData(),
            kampung=self.kampung.text().strip() or None, rt=self.rt.text().strip() or None,
            rw=self.rw.text().strip() or None,
            meeting_day=self.meeting_day.currentText().strip() or None,
            meeting_place=self.meeting_place.text().strip() or None,
            agreement_signed_on=self.agreement.value())

    def _show_error(self, exc: UserError) -> None:  # a missing permission too: under the form
        self.errors.show_error(exc, self.error)

    def save(self) -> None:
        self.errors.clear()
        self.error.hide()

        def save(db, *, actor):
            data = self.collect()
            if self.group is None:
                return groups.create_group(db, actor=actor, data=data,
                                           member_ids=list(self.candidates.picked),
                                           leader_id=self.leader.currentData())
            return groups.update_group(db, actor=actor, group_id=self.group.id, data=data)

        outcome = self.ctx.perform(save, source=self, on_error=self._show_error)
        if outcome is None:
            return
        self.result_value = outcome.value
        self.saved.emit(outcome.value)
        self.accept()
