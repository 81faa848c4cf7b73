"""Calon investor: the board's list of potential investors (village government, Dinas
Koperasi, donors, members with savings) and their follow-up, with an add/edit dialog.
A follow-up date that has come is shown in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import lender_pool
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.lender_pool import ProspectDTO
from kamura_desktop.services.permissions import allowed

from ..members.widgets import NoticeBar, OptionalDateEdit
from ..widgets import FieldErrors, only_roles, why_disabled
from .labels import CLOSED_PROSPECT_STATUSES, PROSPECT_STATUSES, LenderLabels
from .models import ProspectModel
from .widgets import DataTable


class ProspectDialog(QDialog):
    saved = Signal(object)  # ProspectDTO

    def __init__(self, ctx, prospect: ProspectDTO | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.prospect = prospect
        self.labels = LenderLabels(self)
        self.errors = FieldErrors()
        self.result_value: ProspectDTO | None = None
        self.setObjectName("prospectDialog")
        self.setWindowTitle(self.tr("Ubah calon investor") if prospect else self.tr("Calon investor baru"))
        self.setMinimumWidth(520)

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("nama orang yang dihubungi"))
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.organisation.setPlaceholderText(self.tr("mis. Pemerintah Desa Mekarmukti"))
        self.contact = QLineEdit()
        self.contact.setObjectName("contact")
        self.contact.setPlaceholderText(self.tr("telepon, WhatsApp atau alamat"))
        self.interest = QPlainTextEdit()
        self.interest.setObjectName("interest")
        self.interest.setPlaceholderText(self.tr("mis. hibah dana bergulir Rp10.000.000 untuk kelompok pindang"))
        self.interest.setTabChangesFocus(True)
        self.interest.setFixedHeight(70)
        self.status = QComboBox()
        self.status.setObjectName("status")
        for code in PROSPECT_STATUSES:
            self.status.addItem(self.labels.prospect_status(code), code)
        self.follow_up = OptionalDateEdit(empty_text=self.tr("belum dijadwalkan"), open_at=dt.date.today())
        self.follow_up.setObjectName("next_follow_up")

        form = QFormLayout()
        self.errors.add_row(form, self.tr("Nama"), self.name, "name")
        self.errors.add_row(form, self.tr("Lembaga"), self.organisation, "organisation")
        self.errors.add_row(form, self.tr("Kontak"), self.contact, "contact")
        self.errors.add_row(form, self.tr("Minat / rencana"), self.interest, "interest")
        self.errors.add_row(form, self.tr("Status"), self.status, "status")
        self.errors.add_row(form, self.tr("Tindak lanjut berikutnya"), self.follow_up, "next_follow_up")
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.general_error)
        lay.addStretch(1)
        lay.addLayout(buttons)

        if prospect is not None:
            self.name.setText(prospect.name)
            self.organisation.setText(prospect.organisation or "")
            self.contact.setText(prospect.contact or "")
            self.interest.setPlainText(prospect.interest or "")
            if self.status.findData(prospect.status) < 0:  # a status typed elsewhere: keep it
                self.status.addItem(prospect.status, prospect.status)
            self.status.setCurrentIndex(self.status.findData(prospect.status))
            self.follow_up.set_value(prospect.next_follow_up)
        self.name.setFocus()

    def value(self) -> ProspectDTO:
        def clean(text: str) -> str | None:
            return text.strip() or None

        return ProspectDTO(
            id=self.prospect.id if self.prospect else 0, name=self.name.text().strip(),
            organisation=clean(self.organisation.text()), contact=clean(self.contact.text()),
            interest=clean(self.interest.toPlainText()), status=self.status.currentData(),
            next_follow_up=self.follow_up.value())

    def submit(self) -> bool:
        self.errors.clear()
        self.general_error.hide()
        def refused(exc: UserError) -> None:
            self.ctx.show_refusal(exc, self, errors=self.errors, general=self.general_error)
            self.resize(self.size().expandedTo(self.sizeHint()))  # room for the message

        outcome = self.ctx.perform(lender_pool.save_prospect, source=self, on_error=refused,
                                   prospect=self.value())
        if outcome is None:
            return False
        self.result_value = outcome.value
        self.saved.emit(outcome.value)
        self.accept()
        return True


class ProspectsTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        self.dialog: ProspectDialog | None = None

        hint = QLabel(self.tr("Pengurus mendata calon investor — pemerintah desa, dinas, donatur, "
                              "anggota yang bermodal — dan mencatat tindak lanjutnya. Tanggal tindak "
                              "lanjut yang sudah tiba tampil merah."))
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        self.notice = NoticeBar()
        self.add_button = QPushButton(self.tr("Tambah calon investor…"))
        why_disabled(self.add_button, only_roles("prospects.edit"))
        self.add_button.setObjectName("addProspect")
        self.add_button.clicked.connect(lambda: self.add_prospect())
        self.edit_button = QPushButton(self.tr("Ubah"))
        why_disabled(self.edit_button, self.tr("Pilih dulu calon investor di daftar."))
        self.edit_button.setObjectName("editProspect")
        self.edit_button.setToolTip(self.tr("Atau tekan Enter / klik dua kali pada baris"))
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.count = QLabel()
        self.count.setObjectName("prospectCount")
        self.count.setStyleSheet("font-size: 11pt; color: #12503f;")
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        actions.addWidget(self.count)

        self.model = ProspectModel(self)
        self.table = DataTable()
        self.table.setObjectName("prospectTable")
        self.table.setModel(self.model)
        P = ProspectModel
        self.table.set_widths({P.COL_NAME: 170, P.COL_ORGANISATION: 200, P.COL_CONTACT: 140,
                               P.COL_STATUS: 120, P.COL_FOLLOW_UP: 170}, stretch=P.COL_INTEREST)
        self.table.open_requested.connect(lambda prospect_id: self.edit_prospect(int(prospect_id)))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.empty = QLabel(self.tr("Belum ada calon investor yang dicatat."))
        self.empty.setObjectName("pageHint")

        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addWidget(self.notice)
        lay.addLayout(actions)
        lay.addWidget(self.empty)
        lay.addWidget(self.table, 1)

        ctx.hub.changed.connect(self.on_changed)
        self.reload()

    def reload(self, keep_id: int | None = None) -> None:
        if keep_id is None:
            keep_id = self.table.selected_id()
        # who to call next first; undated after them; those finished with at the bottom
        rows = sorted(lender_pool.list_prospects(self.ctx.db), key=lambda p: (
            p.status in CLOSED_PROSPECT_STATUSES, p.next_follow_up is None,
            p.next_follow_up or dt.date.max, p.name.lower()))
        self.model.set_rows(rows)
        if (keep_id is None or not self.table.select_id(keep_id)) and rows:
            self.table.selectRow(0)
        due = sum(1 for p in rows if self.model.is_due(p))
        text = self.tr("{n} calon investor").format(n=len(rows))
        if due:
            text += " · " + self.tr("{n} perlu dihubungi").format(n=due)
        self.count.setText(text)
        self.empty.setVisible(not rows)
        self.update_buttons()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("lenders"):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def update_buttons(self) -> None:
        may = allowed(self.ctx.actor, "prospects.edit")
        self.add_button.setEnabled(may)
        self.edit_button.setEnabled(may and self.table.selected_id() is not None)

    def _open(self, prospect: ProspectDTO | None) -> ProspectDialog:
        dlg = ProspectDialog(self.ctx, prospect, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.saved.connect(self.on_saved)
        dlg.open()
        self.dialog = dlg
        return dlg

    def add_prospect(self) -> ProspectDialog:
        return self._open(None)

    def edit_prospect(self, prospect_id: int) -> ProspectDialog | None:
        if not allowed(self.ctx.actor, "prospects.edit"):
            return None
        prospect = self.model.row_at(self.model.row_of(prospect_id))
        return self._open(prospect) if prospect else None

    def edit_selected(self) -> ProspectDialog | None:
        prospect_id = self.table.selected_id()
        return self.edit_prospect(int(prospect_id)) if prospect_id is not None else None

    def on_saved(self, prospect: ProspectDTO) -> None:
        self.reload(keep_id=prospect.id)
        self.notice.show_message(self.tr("Calon investor {name} disimpan.").format(name=prospect.name))
