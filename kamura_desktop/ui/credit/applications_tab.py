"""The Pengajuan tab: every group application with its status; a new application; cancelling
one before disbursement; the group participation form."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import credits
from kamura_desktop.services.credits import ApplicationDTO
from kamura_desktop.services.permissions import allowed

from ..widgets import why_disabled
from .app_list import ApplicationListTab
from .application_detail import ApplicationDetail
from .application_form import ApplicationDialog
from .dialogs import ReasonDialog
from .labels import CreditLabels
from .models import ApplicationTableModel, CreditTableModel
from .printing import print_participation_form
from .widgets import NoticeBar, hint

STATUSES = ("submitted", "approved", "disbursed", "rejected", "cancelled")


class ApplicationsTab(ApplicationListTab):
    HIDDEN_COLUMNS = (ApplicationTableModel.COL_PREPARED_BY,)  # shown in the detail
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.labels = CreditLabels(self)
        self.view.setObjectName("applicationList")

        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Semua status"), None)
        for code in STATUSES:
            self.status.addItem(self.labels.app_status(code), code)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button = QPushButton(self.tr("Pengajuan baru…"))
        self.new_button.setObjectName("newApplication")
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(lambda: self.new_application())
        self.new_button.setVisible(allowed(ctx.actor, "credits.prepare"))
        self.cancel_button = QPushButton(self.tr("Batalkan pengajuan…"))
        why_disabled(self.cancel_button, self.tr("Pilih dulu pengajuan yang belum dicairkan (diajukan atau disetujui)."))
        self.cancel_button.setObjectName("cancelApplication")
        self.cancel_button.clicked.connect(lambda: self.cancel_application())
        self.cancel_button.setVisible(allowed(ctx.actor, "credits.cancel"))
        self.print_button = QPushButton(self.tr("Cetak formulir partisipasi"))
        why_disabled(self.print_button, self.tr("Pilih dulu pengajuan yang tidak ditolak atau dibatalkan."))
        self.print_button.setObjectName("printParticipation")
        self.print_button.clicked.connect(lambda: self.print_form())
        self.notice = NoticeBar(closable=True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status")))
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.new_button)

        # the tab's layout first, then the splitter and its lower pane inside it, filled in the
        # order the keyboard's Tab visits them: a filled pane moved into another is restyled
        # whole with the program's style sheet (issue 20); a widget moved into a pane already
        # in this tab joins the tab's focus chain when moved
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(top)
        lay.addWidget(self.notice)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        bottom = QWidget(splitter)
        self.detail = ApplicationDetail((
            CreditTableModel.COL_NUMBER, CreditTableModel.COL_MEMBER, CreditTableModel.COL_PRINCIPAL,
            CreditTableModel.COL_SERVICE, CreditTableModel.COL_PURPOSE,
            CreditTableModel.COL_ELIGIBILITY, CreditTableModel.COL_STATUS), bottom)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.cancel_button)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 4, 0, 0)
        bl.addWidget(self.detail, 1)
        bl.addLayout(actions)
        self.empty = hint(self.tr("Belum ada pengajuan. Klik \"Pengajuan baru…\" untuk menyiapkan "
                                  "pengajuan kredit sebuah kelompok."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bl.addWidget(self.empty)
        splitter.addWidget(bottom)
        splitter.setSizes([200, 440])
        lay.addWidget(splitter, 1)

    def load_rows(self) -> list[ApplicationDTO]:
        return credits.list_applications(self.ctx.db, status=self.status.currentData())

    def show_application(self, a: ApplicationDTO | None) -> None:
        self.detail.set_application(a)
        self.detail.setVisible(a is not None)
        self.empty.setVisible(a is None and self.model.rowCount() == 0)
        self.cancel_button.setEnabled(a is not None and a.status in ("submitted", "approved"))
        self.print_button.setEnabled(a is not None and a.status not in ("rejected", "cancelled"))

    # ------------------------------------------------------------ actions
    def new_application(self, group_id: int | None = None) -> ApplicationDialog:
        dlg = ApplicationDialog(self.ctx, group_id=group_id, parent=self)
        dlg.submitted.connect(self._after_submit)
        return self._open(dlg)

    def _after_submit(self, a: ApplicationDTO) -> None:
        self.refresh()
        self.select_application(a.id)
        text = self.tr("Pengajuan {number} untuk {code} {group} ({total}) disiapkan dan menunggu "
                       "persetujuan bendahara atau ketua.").format(
            number=a.number, code=a.group_code, group=a.group_name,
            total=format_rupiah(a.total_principal))
        if not a.all_eligible:
            self.notice.show_message(text + " " + self.tr(
                "Ada anggota yang belum memenuhi syarat: pengajuan baru dapat disetujui setelah "
                "syaratnya terpenuhi."), kind="warn")
        else:
            self.notice.show_message(text, kind="ok")

    def cancel_application(self) -> ReasonDialog | None:
        a = self.current
        if a is None:
            return None
        dlg = ReasonDialog(
            self.ctx, title=self.tr("Batalkan pengajuan {number}").format(number=a.number),
            intro=self.tr("Pengajuan {number} ({code} {group}) akan dibatalkan dan dana yang sudah "
                          "disiapkan untuknya dilepas. Catatannya tetap disimpan.").format(
                number=a.number, code=a.group_code, group=a.group_name),
            ok_text=self.tr("Batalkan pengajuan"),
            action=partial(credits.cancel_application, application_id=a.id),
            parent=self)
        return self._open(dlg)

    def print_form(self, on_shown=None):
        a = self.current
        if a is None:
            return None
        return print_participation_form(self.ctx, self, application_id=a.id, number=a.number,
                                        on_shown=on_shown)
