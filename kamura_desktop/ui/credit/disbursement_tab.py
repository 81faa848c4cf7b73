"""The Pencairan tab: approved applications, how far each credit is funded, funding the
rest from the cooperative's own capital or the revolving fund, and the disbursement.

Lenders' commitments are recorded in the lender book; here the treasurer fills whatever is
left from one source with one click (``credits.fund_remaining``), then disburses
(``DisburseDialog``). Disbursed applications stay reachable for their printouts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import credit_products, credits
from kamura_desktop.services.credits import ApplicationDTO
from kamura_desktop.services.permissions import allowed

from ..messages import confirm
from ..widgets import why_disabled
from .app_list import ApplicationListTab
from .application_detail import ApplicationDetail
from .dialogs import DisburseDialog
from .labels import CreditLabels
from .models import ApplicationTableModel, CreditTableModel
from .printing import print_disbursement_receipt, print_handover_list
from .widgets import GREEN, RED, NoticeBar, hint, section_title


class DisbursementTab(ApplicationListTab):
    HIDDEN_COLUMNS = (ApplicationTableModel.COL_PREPARED_BY,)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.labels = CreditLabels(self)
        self.view.setObjectName("disbursementList")
        may_fund = allowed(ctx.actor, "credits.fund")
        may_disburse = allowed(ctx.actor, "credits.disburse")

        self.show_done = QCheckBox(self.tr("Tampilkan juga yang sudah dicairkan"))
        self.show_done.setObjectName("showDisbursed")
        self.show_done.toggled.connect(lambda _on: self.refresh())
        self.role_notice = NoticeBar()
        if not may_disburse:
            self.role_notice.show_message(self.tr(
                "Anda masuk sebagai {role}: pencairan hanya oleh Bendahara{fund}.").format(
                role=ctx.actor.role_label,
                fund=self.tr("; Anda dapat mencatat sumber dana") if may_fund else ""), kind="info")
        self.notice = NoticeBar(closable=True)

        self.detail = ApplicationDetail((
            CreditTableModel.COL_NUMBER, CreditTableModel.COL_MEMBER, CreditTableModel.COL_PRINCIPAL,
            CreditTableModel.COL_FUNDED, CreditTableModel.COL_GAP, CreditTableModel.COL_STATUS))
        self.funding = QLabel()
        self.funding.setObjectName("fundingStatus")
        self.funding.setWordWrap(True)
        self.fund_own_button = QPushButton(self.tr("Danai sisa dari modal sendiri"))
        why_disabled(self.fund_own_button, self.tr("Hanya untuk pengajuan yang sudah disetujui dan belum terdanai penuh."))
        self.fund_own_button.setObjectName("fundOwn")
        self.fund_own_button.clicked.connect(lambda: self.fund("own"))
        self.fund_revolving_button = QPushButton(self.tr("Danai sisa dari dana bergulir"))
        why_disabled(self.fund_revolving_button, self.tr("Hanya untuk pengajuan yang sudah disetujui dan belum terdanai penuh."))
        self.fund_revolving_button.setObjectName("fundRevolving")
        self.fund_revolving_button.clicked.connect(lambda: self.fund("revolving"))
        self.disburse_button = QPushButton(self.tr("Cairkan…"))
        self.disburse_button.setObjectName("disburse")
        self.disburse_button.clicked.connect(lambda: self.open_disburse())
        for b in (self.fund_own_button, self.fund_revolving_button):
            b.setVisible(may_fund)
        self.disburse_button.setVisible(may_disburse)
        self.receipt_button = QPushButton(self.tr("Cetak tanda terima pencairan"))
        why_disabled(self.receipt_button, self.tr("Hanya untuk pengajuan yang sudah dicairkan."))
        self.receipt_button.setObjectName("printReceipt")
        self.receipt_button.clicked.connect(lambda: self.print_receipt())
        self.handover_button = QPushButton(self.tr("Cetak daftar serah terima paket"))
        why_disabled(self.handover_button, self.tr("Hanya untuk pengajuan yang sudah dicairkan."))
        self.handover_button.setObjectName("printHandover")
        self.handover_button.clicked.connect(lambda: self.print_handover())

        fund_bar = QHBoxLayout()
        fund_bar.addWidget(self.funding, 1)
        fund_bar.addWidget(self.fund_own_button)
        fund_bar.addWidget(self.fund_revolving_button)
        act_bar = QHBoxLayout()
        act_bar.addWidget(hint(self.tr("Dana lender dicatat di buku Lender.")), 1)
        act_bar.addWidget(self.handover_button)
        act_bar.addWidget(self.receipt_button)
        act_bar.addWidget(self.disburse_button)

        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 4, 0, 0)
        bl.addWidget(self.detail, 1)
        bl.addWidget(section_title(self.tr("Pendanaan")))
        bl.addLayout(fund_bar)
        bl.addLayout(act_bar)
        self.bottom = bottom
        self.empty = hint(self.tr("Tidak ada pengajuan disetujui yang menunggu pencairan."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(section_title(self.tr("Pengajuan disetujui")))
        top.addStretch(1)
        top.addWidget(self.show_done)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(bottom)
        splitter.setSizes([220, 420])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.role_notice)
        lay.addLayout(top)
        lay.addWidget(self.notice)
        lay.addWidget(splitter, 1)
        lay.addWidget(self.empty)

    def load_rows(self) -> list[ApplicationDTO]:
        rows = credits.list_applications(self.ctx.db, status="approved")
        if self.show_done.isChecked():
            rows += credits.list_applications(self.ctx.db, status="disbursed")
        return rows

    @staticmethod
    def gap(a: ApplicationDTO) -> int:
        return sum(c.principal - c.funded for c in a.credits)

    def show_application(self, a: ApplicationDTO | None) -> None:
        self.detail.set_application(a)
        self.bottom.setVisible(a is not None)
        self.empty.setVisible(a is None)
        if a is None:
            return
        approved = a.status == "approved"
        gap = self.gap(a)
        funded = a.total_principal - gap
        if a.status == "disbursed":
            text = self.tr("Sudah dicairkan. Semua {total} terdanai.").format(
                total=format_rupiah(a.total_principal))
            color = GREEN
        elif gap == 0:
            text = self.tr("Terdanai penuh: {total}. Siap dicairkan.").format(
                total=format_rupiah(a.total_principal))
            color = GREEN
        else:
            text = self.tr("Terdanai {funded} dari {total} — kurang {gap}.").format(
                funded=format_rupiah(funded), total=format_rupiah(a.total_principal),
                gap=format_rupiah(gap))
            color = RED
        self.funding.setText(text)
        self.funding.setStyleSheet(f"font-weight: bold; color: {color};")
        self.fund_own_button.setEnabled(approved and gap > 0)
        self.fund_revolving_button.setEnabled(approved and gap > 0)
        # the product's usual source is the suggested one
        source = self.default_source(a)
        self.fund_own_button.setDefault(source == "own" and gap > 0)
        self.fund_revolving_button.setDefault(source == "revolving" and gap > 0)
        self.disburse_button.setEnabled(approved and gap == 0)
        self.disburse_button.setDefault(approved and gap == 0)
        why_disabled(self.disburse_button, self.tr("Danai dulu seluruh kredit.") if gap
                     else self.tr("Hanya untuk pengajuan yang sudah disetujui."))
        self.receipt_button.setEnabled(a.status == "disbursed")
        self.handover_button.setVisible(a.kind == "in_kind")
        self.handover_button.setEnabled(a.status == "disbursed")

    def default_source(self, a: ApplicationDTO) -> str | None:
        try:
            return credit_products.get_product(self.ctx.db, a.product_id).fund_source
        except Exception:  # noqa: BLE001 - only a suggestion
            return None

    # ------------------------------------------------------------ actions
    def fund(self, source: str, *, ask: bool = True) -> bool:
        a = self.current
        if a is None:
            return False
        if ask and not confirm(self, self.tr("Danai sisa"), self.tr(
                "Danai sisa {gap} pengajuan {number} ({code} {group}) dari {source}?").format(
                gap=format_rupiah(self.gap(a)), number=a.number, code=a.group_code,
                group=a.group_name, source=self.labels.source(source).lower())):
            return False
        outcome = self.ctx.perform(  # a closure: the service's own "source" is the fund
            lambda db, *, actor: credits.fund_remaining(db, actor=actor, application_id=a.id,
                                                        source=source),
            source=self)
        if outcome is None:
            return False
        self.notice.show_message(self.tr("Sisa pengajuan {number} didanai dari {source}.").format(
            number=a.number, source=self.labels.source(source).lower()), kind="ok")
        return True

    def open_disburse(self) -> DisburseDialog | None:
        a = self.current
        if a is None:
            return None
        dlg = DisburseDialog(self.ctx, a, parent=self)
        dlg.disbursed.connect(self._after_disburse)
        return self._open(dlg)

    def _after_disburse(self, a: ApplicationDTO) -> None:
        self.show_done.setChecked(True)  # reloads; keep the disbursed one in view for printing
        self.refresh()
        self.select_application(a.id)
        self.notice.show_message(self.tr(
            "Pengajuan {number} dicairkan: {n} kredit berjalan, jumlah {total}. Cetak tanda "
            "terima{handover} di bawah.").format(
            number=a.number, n=len(a.credits), total=format_rupiah(a.total_principal),
            handover=self.tr(" dan daftar serah terima paket") if a.kind == "in_kind" else ""),
            kind="ok")

    def print_receipt(self, on_shown=None):
        a = self.current
        if a is None:
            return None
        return print_disbursement_receipt(self.ctx, self, application_id=a.id, number=a.number,
                                          on_shown=on_shown)

    def print_handover(self, on_shown=None):
        a = self.current
        if a is None:
            return None
        return print_handover_list(self.ctx, self, application_id=a.id, number=a.number,
                                   on_shown=on_shown)
