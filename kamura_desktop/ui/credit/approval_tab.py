"""The Persetujuan tab: the applications waiting for a decision by the treasurer or chair.

Each shows every member's eligibility result. "Setujui" and "Tolak" call the service,
which re-checks eligibility as of today and refuses a decision by the person who prepared
the application (maker-checker); the tab says so beforehand for an application the
current user prepared, and disables the buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import credits
from kamura_desktop.services.credits import ApplicationDTO
from kamura_desktop.services.permissions import allowed

from ..messages import confirm
from ..widgets import FieldErrors
from .app_list import ApplicationListTab
from .application_detail import ApplicationDetail
from .models import ApplicationTableModel, CreditTableModel
from .widgets import NoticeBar, hint


class ApprovalTab(ApplicationListTab):
    HIDDEN_COLUMNS = (ApplicationTableModel.COL_DATE, ApplicationTableModel.COL_PRODUCT,
                      ApplicationTableModel.COL_MEMBERS, ApplicationTableModel.COL_FUNDED,
                      ApplicationTableModel.COL_STATUS)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.view.setObjectName("approvalQueue")
        self.may_decide = allowed(ctx.actor, "credits.approve")
        self.errors = FieldErrors()

        self.role_notice = NoticeBar()
        if not self.may_decide:
            self.role_notice.show_message(self.tr(
                "Anda masuk sebagai {role}: pengajuan hanya diputus oleh Bendahara atau Ketua. "
                "Daftar ini hanya untuk dilihat.").format(role=ctx.actor.role_label), kind="info")
        self.notice = NoticeBar(closable=True)
        self.count_label = hint()

        # the tab's layout first, then the splitter and its panes inside it, filled in the
        # order the keyboard's Tab visits them: a filled pane moved into another is restyled
        # whole with the program's style sheet (issue 20); a widget moved into a pane already
        # in this tab joins the tab's focus chain when moved
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.role_notice)
        lay.addWidget(self.notice)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.view, 1)
        ll.addWidget(self.count_label)
        right = QWidget(splitter)
        self.detail = ApplicationDetail((
            CreditTableModel.COL_MEMBER, CreditTableModel.COL_PRINCIPAL, CreditTableModel.COL_SERVICE,
            CreditTableModel.COL_PURPOSE, CreditTableModel.COL_ELIGIBILITY), right)
        decision = QGroupBox(self.tr("Keputusan"), right)

        self.own_notice = NoticeBar()
        self.own_notice.setObjectName("ownApplicationNotice")
        self.note = QPlainTextEdit()
        self.note.setObjectName("decisionNote")
        self.note.setPlaceholderText(self.tr("Catatan persetujuan (boleh kosong) atau alasan penolakan (wajib)"))
        self.note.setMaximumHeight(64)
        self.approve_button = QPushButton(self.tr("Setujui"))
        self.approve_button.setObjectName("approve")
        self.approve_button.clicked.connect(lambda: self.approve())
        self.reject_button = QPushButton(self.tr("Tolak"))
        self.reject_button.setObjectName("reject")
        self.reject_button.clicked.connect(lambda: self.reject())
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Catatan / alasan"), self.note, "reason")
        buttons = QHBoxLayout()
        buttons.addWidget(hint(self.tr("Syarat setiap anggota diperiksa ulang saat disetujui.")), 1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        dl = QVBoxLayout(decision)
        dl.addWidget(self.own_notice)
        dl.addLayout(form)
        dl.addLayout(buttons)
        decision.setVisible(self.may_decide)
        self.decision_box = decision

        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        rl.addWidget(self.detail, 1)
        rl.addWidget(decision)
        self.empty = hint(self.tr("Tidak ada pengajuan yang menunggu persetujuan."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        rl.addWidget(self.empty)

        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([500, 660])
        lay.addWidget(splitter, 1)

    def load_rows(self) -> list[ApplicationDTO]:
        rows = credits.approval_queue(self.ctx.db, actor=self.ctx.actor)
        self.count_label.setText(self.tr("{n} pengajuan menunggu, jumlah {total}.").format(
            n=len(rows), total=format_rupiah(sum(a.total_principal for a in rows))) if rows else "")
        return rows

    def is_own(self, a: ApplicationDTO) -> bool:
        return a.prepared_by_id is not None and a.prepared_by_id == self.ctx.actor.user_id

    def show_application(self, a: ApplicationDTO | None) -> None:
        self.errors.clear()
        self.detail.set_application(a)
        self.detail.setVisible(a is not None)
        self.decision_box.setVisible(a is not None and self.may_decide)
        self.empty.setVisible(a is None)
        own = a is not None and self.is_own(a)
        if own:
            self.own_notice.show_message(self.tr(
                "Pengajuan ini Anda siapkan sendiri, jadi Anda tidak dapat memutusnya. Keputusan "
                "harus oleh bendahara atau ketua lain."), kind="warn")
        else:
            self.own_notice.clear()
        for b in (self.approve_button, self.reject_button):
            b.setEnabled(a is not None and self.may_decide and not own)
            b.setToolTip(self.tr("Tidak boleh memutus pengajuan yang Anda siapkan sendiri.") if own else "")
        self.note.setEnabled(a is not None and not own)

    # ------------------------------------------------------------ deciding
    def approve(self, *, ask: bool = True) -> bool:
        a = self.current
        if a is None:
            return False
        if ask and not confirm(self, self.tr("Setujui pengajuan"), self.tr(
                "Setujui pengajuan {number} untuk {code} {group}: {n} anggota, jumlah {total}?").format(
                number=a.number, code=a.group_code, group=a.group_name, n=len(a.credits),
                total=format_rupiah(a.total_principal))):
            return False
        outcome = self.ctx.perform(credits.approve_application, source=self, application_id=a.id,
                                   note=self.note.toPlainText().strip() or None)
        if outcome is None:
            return False
        self.note.clear()
        self.notice.show_message(self.tr(
            "Pengajuan {number} disetujui. Langkah berikutnya: danai dan cairkan di tab Pencairan.")
            .format(number=a.number), kind="ok")
        return True

    def reject(self) -> bool:
        a = self.current
        if a is None:
            return False
        self.errors.clear()
        reason = self.note.toPlainText().strip()
        if self.ctx.perform(credits.reject_application, source=self, errors=self.errors,
                            application_id=a.id, reason=reason) is None:
            return False
        self.note.clear()
        self.notice.show_message(self.tr("Pengajuan {number} ditolak: {reason}").format(
            number=a.number, reason=reason), kind="warn")
        return True
