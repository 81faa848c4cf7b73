"""One lender: balances (sukarela, committed, available, deployed, returned, earned, losses),
their commitments to credits — a commitment waiting for disbursement can be withdrawn —
and the pool's movements on their sukarela (deployed, principal back, service share).

Every figure comes from the services; the window reloads itself when the hub says
lenders, savings or credits changed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import lender_docs, lender_pool, membership, savings
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.lender_pool import LenderBalance
from kamura_desktop.services.permissions import allowed

from ..members.detail import BalanceCard
from ..members.savings_dialogs import PeriodDialog
from ..members.widgets import NoticeBar
from ..messages import confirm, show_error
from ..widgets import only_roles, why_disabled
from .labels import LENDER_TX_TYPES
from .models import CommitmentModel, LenderHistoryModel
from .printing import print_lender_registration, print_lender_statement
from .register_dialog import RegisterLenderDialog
from .widgets import DataTable


def lender_movements(db, member_id: int) -> list[savings.SavingsTxDTO]:
    """The lender pool's rows of a member's sukarela, newest first (and their reversals)."""
    rows = savings.transactions(db, member_id, kind="sukarela")
    pool_ids = {t.id for t in rows if t.tx_type in LENDER_TX_TYPES}
    return [t for t in rows if t.id in pool_ids or t.reversal_of_id in pool_ids]


class LenderDetailDialog(QDialog):
    TAB_COMMITMENTS, TAB_HISTORY = range(2)

    def __init__(self, ctx, member_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.balance: LenderBalance | None = None
        self.dialog: QDialog | None = None
        self.setObjectName("lenderDetail")
        self.resize(1000, 640)

        # ---- heading
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageHint")
        self.prefs_button = QPushButton(self.tr("Ubah preferensi"))
        why_disabled(self.prefs_button, only_roles("lenders.register"))
        self.prefs_button.setObjectName("editPreferences")
        self.prefs_button.clicked.connect(lambda: self.edit_preferences())
        self.form_button = QPushButton(self.tr("Cetak pendaftaran"))
        self.form_button.setObjectName("printRegistration")
        self.form_button.setToolTip(self.tr("Formulir pendaftaran lender dan pernyataan komitmen"))
        self.form_button.clicked.connect(lambda: self.print_registration())
        self.statement_button = QPushButton(self.tr("Laporan dana lender…"))
        self.statement_button.setObjectName("printStatement")
        self.statement_button.clicked.connect(lambda: self.print_statement())
        head = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        head.addLayout(names, 1)
        for b in (self.prefs_button, self.form_button, self.statement_button):
            b.setAutoDefault(False)
            head.addWidget(b, 0, Qt.AlignmentFlag.AlignBottom)
        self.notice = NoticeBar()

        # ---- balances
        self.cards = {
            "sukarela": BalanceCard(self.tr("Simpanan sukarela")),
            "committed": BalanceCard(self.tr("Dijanjikan")),
            "available": BalanceCard(self.tr("Tersedia")),
            "deployed": BalanceCard(self.tr("Tersalur")),
            "returned": BalanceCard(self.tr("Pokok kembali")),
            "earned": BalanceCard(self.tr("Bagi hasil")),
            "lost": BalanceCard(self.tr("Kerugian")),
        }
        grid = QGridLayout()
        grid.setSpacing(8)
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, i)

        # ---- commitments
        self.commitment_model = CommitmentModel(self)
        self.commitments = DataTable()
        self.commitments.setObjectName("commitmentTable")
        self.commitments.setModel(self.commitment_model)
        C = CommitmentModel
        self.commitments.set_widths({C.COL_DATE: 150, C.COL_CREDIT: 120, C.COL_GROUP: 200,
                                     C.COL_BORROWER: 180, C.COL_AMOUNT: 100}, stretch=C.COL_STATE)
        self.commitments.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.withdraw_button = QPushButton(self.tr("Tarik komitmen…"))
        why_disabled(self.withdraw_button, self.tr("Pilih dulu komitmen yang masih dapat ditarik (kredit belum dicairkan)."))
        self.withdraw_button.setObjectName("withdrawCommitment")
        self.withdraw_button.setToolTip(self.tr("Batalkan janji dana untuk kredit yang belum dicairkan; "
                                                "sukarelanya kembali tersedia"))
        self.withdraw_button.setAutoDefault(False)
        self.withdraw_button.clicked.connect(lambda: self.withdraw_selected())
        self.commitments_hint = QLabel()
        self.commitments_hint.setObjectName("pageHint")
        self.commitments_hint.setWordWrap(True)
        commit_tab = QWidget()
        cl = QVBoxLayout(commit_tab)
        row = QHBoxLayout()
        row.addWidget(self.commitments_hint, 1)
        row.addWidget(self.withdraw_button)
        cl.addLayout(row)
        cl.addWidget(self.commitments, 1)

        # ---- movements
        self.history_model = LenderHistoryModel(self)
        self.history = DataTable()
        self.history.setObjectName("lenderHistory")
        self.history.setModel(self.history_model)
        H = LenderHistoryModel
        self.history.set_widths({H.COL_DATE: 150, H.COL_TYPE: 150, H.COL_AMOUNT: 110,
                                 H.COL_JOURNAL: 140}, stretch=H.COL_NOTE)
        self.history_empty = QLabel(self.tr("Belum ada dana yang disalurkan. Dana keluar dari sukarela "
                                            "saat kredit yang didanai dicairkan, lalu kembali bersama "
                                            "angsuran."))
        self.history_empty.setObjectName("pageHint")
        self.history_empty.setWordWrap(True)
        history_tab = QWidget()
        hl = QVBoxLayout(history_tab)
        hl.addWidget(self.history_empty)
        hl.addWidget(self.history, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(commit_tab, self.tr("Komitmen && penyaluran"))
        self.tabs.addTab(history_tab, self.tr("Dana keluar && kembali"))

        close = QPushButton(self.tr("Tutup"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.notice)
        lay.addLayout(grid)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(bottom)

        self.load()
        ctx.hub.changed.connect(self.on_changed)

    # ------------------------------------------------------------ loading
    def load(self) -> None:
        try:
            b = lender_pool.lender_balance(self.ctx.db, self.member_id)
        except NotFound as exc:
            show_error(self, exc)
            return
        self.balance = b
        self.setWindowTitle(self.tr("Lender {number} — {name}").format(number=b.number, name=b.name))
        self.title.setText(b.name)
        self.subtitle.setText(self.describe(b))
        self.cards["sukarela"].set(b.sukarela)
        self.cards["committed"].set(b.committed, self.tr("kredit belum cair"))
        self.cards["available"].set(b.available, self.tr("bisa dijanjikan"))
        self.cards["deployed"].set(b.deployed, self.tr("dipinjam kelompok"))
        self.cards["returned"].set(b.returned, self.tr("masuk ke sukarela"))
        self.cards["earned"].set(b.earned, self.tr("bagian jasa"))
        self.cards["lost"].set(b.lost, self.tr("kredit hapus buku"), alert=b.lost > 0)
        if b.requirements:
            self.notice.show_message(self.tr("Belum memenuhi syarat lender: {reasons}. Komitmen baru "
                                             "ditolak sampai syaratnya dipenuhi.").format(
                reasons=", ".join(b.requirements)), kind="warn")
        elif self.notice.isVisible() and self.notice.action.isHidden():
            self.notice.hide()

        keep = self.commitments.selected_id()
        rows = lender_pool.lender_commitments(self.ctx.db, self.member_id)
        self.commitment_model.set_rows(rows)
        waiting = [r for r in rows if r.withdrawable]
        if keep is None or not self.commitments.select_id(keep):
            if waiting:  # the one a clerk most likely came for
                self.commitments.select_id(waiting[0].funding_id)
        self.commitments_hint.setText(self.tr(
            "{n} komitmen menunggu pencairan ({amount}). Komitmen dapat ditarik sebelum kreditnya "
            "dicairkan.").format(n=len(waiting), amount=format_rupiah(sum(r.amount for r in waiting)))
            if waiting else self.tr("Tidak ada komitmen yang menunggu pencairan."))
        moves = lender_movements(self.ctx.db, self.member_id)
        self.history_model.set_rows(moves)
        self.history_empty.setVisible(not moves)
        self.update_buttons()

    def describe(self, b: LenderBalance) -> str:
        if not b.registered:
            return self.tr("{number} · belum terdaftar sebagai lender").format(number=b.number)
        form = lender_docs.lender_registration_data(self.ctx.db, self.member_id)
        parts = [b.number, self.tr("lender sejak {date}").format(date=format_date_id(form.registered_on))
                 if form.registered_on else self.tr("lender terdaftar")]
        if form.preferred_trades:
            parts.append(self.tr("usaha pilihan: {trades}").format(trades=", ".join(form.preferred_trades)))
        if form.max_per_group:
            parts.append(self.tr("paling banyak {amount} per kelompok").format(
                amount=format_rupiah(form.max_per_group)))
        return " · ".join(parts)

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("lenders", "savings", "credits", "repayments", "members"):
            self.load()

    def selected_commitment(self):
        funding_id = self.commitments.selected_id()
        row = self.commitment_model.row_of(funding_id) if funding_id is not None else -1
        return self.commitment_model.row_at(row)

    def update_buttons(self) -> None:
        actor = self.ctx.actor
        c = self.selected_commitment()
        self.withdraw_button.setEnabled(c is not None and c.withdrawable
                                        and allowed(actor, "lenders.commit"))
        self.prefs_button.setEnabled(allowed(actor, "lenders.register"))

    # ------------------------------------------------------------ actions
    def withdraw_selected(self, *, ask: bool = True) -> bool:
        c = self.selected_commitment()
        if c is None:
            return False
        if ask and not confirm(self, self.tr("Tarik komitmen"), self.tr(
                "Tarik komitmen {amount} untuk kredit {credit} ({borrower})? Dana itu kembali "
                "tersedia di simpanan sukarela.").format(amount=format_rupiah(c.amount),
                                                         credit=c.credit_number, borrower=c.borrower)):
            return False
        if self.ctx.perform(lender_pool.withdraw_commitment, source=self,
                            funding_id=c.funding_id) is None:
            return False
        self.notice.show_message(self.tr("Komitmen {amount} untuk {credit} ditarik.").format(
            amount=format_rupiah(c.amount), credit=c.credit_number))
        return True

    def edit_preferences(self) -> RegisterLenderDialog:
        member = membership.get_member(self.ctx.db, self.member_id)
        dlg = RegisterLenderDialog(self.ctx, member, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.dialog = dlg
        return dlg

    def print_registration(self, on_shown=None):
        b = self.balance
        return print_lender_registration(self.ctx, self, member_id=self.member_id,
                                         number=b.number if b else str(self.member_id), on_shown=on_shown)

    def print_statement(self, period: tuple[dt.date, dt.date] | None = None, on_shown=None):
        b = self.balance
        if period is None:
            today = dt.date.today()
            dlg = PeriodDialog(dt.date(today.year, 1, 1), today, title=self.tr("Laporan dana lender"),
                               parent=self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            period = dlg.period()
        return print_lender_statement(self.ctx, self, member_id=self.member_id,
                                      number=b.number if b else str(self.member_id),
                                      date_from=period[0], date_to=period[1], on_shown=on_shown)
