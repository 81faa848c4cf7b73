"""Pasar (the marketplace): approved credits waiting for funds, each with its funding
progress, from which a lender's commitment is recorded (Komitmen dana) and a group's fact
sheet is printed for lenders to choose from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.services import credits, lender_pool
from kamura_desktop.services.changes import Changes
from kamura_desktop.services.permissions import allowed

from ..members.widgets import NoticeBar
from ..widgets import only_roles, why_disabled
from .commit_dialog import CommitDialog
from .models import MarketModel, MarketRow
from .printing import print_group_fact_sheet
from .widgets import DataTable, FundingBarDelegate

M = MarketModel
COLUMN_WIDTHS = {M.COL_GROUP: 190, M.COL_NUMBER: 120, M.COL_BORROWER: 170, M.COL_PURPOSE: 150,
                 M.COL_PRINCIPAL: 100, M.COL_FUNDED: 100, M.COL_GAP: 100, M.COL_PROGRESS: 130}


def market_rows(db) -> list[MarketRow]:
    """The credits waiting for funds, told with their applications (borrower, group, purpose)."""
    waiting = lender_pool.credits_waiting_for_funds(db)
    about = {}
    if waiting:
        for app in credits.list_applications(db, status="approved"):
            for c in app.credits:
                about[c.id] = (app, c)
    rows = []
    for credit_id, number, group_code, principal, funded in waiting:
        app, c = about.get(credit_id, (None, None))
        rows.append(MarketRow(
            credit_id=credit_id, number=number, group_code=group_code, principal=principal,
            funded=funded, application_id=app.id if app else None,
            application_number=app.number if app else "", group_name=app.group_name if app else "",
            borrower=c.member_name if c else "", purpose=(c.purpose or "") if c else "",
            product=app.product_name if app else ""))
    return rows


class MarketTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        self.dialog: CommitDialog | None = None

        hint = QLabel(self.tr("Kredit yang sudah disetujui dan menunggu dana. Lender memilih "
                              "kelompok dari lembar faktanya lalu menjanjikan sebagian simpanan "
                              "sukarelanya; sisanya didanai koperasi saat pencairan."))
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        self.notice = NoticeBar()
        self.commit_button = QPushButton(self.tr("Komitmen dana…"))
        why_disabled(self.commit_button, self.tr("Pilih dulu kredit yang masih kekurangan dana.") if allowed(ctx.actor, "lenders.commit") else only_roles("lenders.commit"))
        self.commit_button.setObjectName("commitFunds")
        self.commit_button.setToolTip(self.tr("Catat dana yang dijanjikan lender untuk kredit terpilih "
                                              "(Enter atau klik dua kali pada baris)"))
        self.commit_button.clicked.connect(lambda: self.open_commit())
        self.fact_button = QPushButton(self.tr("Lembar fakta kelompok"))
        why_disabled(self.fact_button, self.tr("Pilih dulu kredit di daftar."))
        self.fact_button.setObjectName("factSheet")
        self.fact_button.setToolTip(self.tr("Cetak anggota, usaha, keperluan, jumlah dan riwayat "
                                            "kelompok untuk calon lender"))
        self.fact_button.clicked.connect(lambda: self.print_fact_sheet())
        self.summary = QLabel()
        self.summary.setObjectName("marketSummary")
        self.summary.setStyleSheet("font-size: 11pt; color: #12503f;")
        actions = QHBoxLayout()
        actions.addWidget(self.commit_button)
        actions.addWidget(self.fact_button)
        actions.addStretch(1)
        actions.addWidget(self.summary)

        self.model = MarketModel(self)
        self.table = DataTable()
        self.table.setObjectName("marketTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(M.COL_PROGRESS, FundingBarDelegate(self.table))
        self.table.set_widths(COLUMN_WIDTHS, stretch=M.COL_PURPOSE)
        self.table.open_requested.connect(lambda credit_id: self.open_commit(credit_id))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.empty = QLabel(self.tr("Tidak ada kredit yang menunggu dana. Kredit muncul di sini "
                                    "setelah pengajuannya disetujui."))
        self.empty.setObjectName("pageHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addWidget(self.notice)
        lay.addLayout(actions)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)

        ctx.hub.changed.connect(self.on_changed)
        self.reload()

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        keep = self.table.selected_id()
        rows = market_rows(self.ctx.db)
        self.model.set_rows(rows)
        if keep is None or not self.table.select_id(keep):
            open_rows = [r for r in rows if r.gap]
            if open_rows:
                self.table.select_id(open_rows[0].credit_id)
            elif rows:
                self.table.selectRow(0)
        gap = sum(r.gap for r in rows)
        groups = len({r.application_id or r.group_code for r in rows})
        self.summary.setText(self.tr("{n} kredit · {g} kelompok · kekurangan {gap}").format(
            n=len(rows), g=groups, gap=format_rupiah(gap)))
        self.empty.setVisible(not rows)
        self.update_buttons()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("credits", "lenders", "savings"):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def selected_row(self) -> MarketRow | None:
        credit_id = self.table.selected_id()
        row = self.model.row_of(credit_id) if credit_id is not None else -1
        return self.model.row_at(row)

    def update_buttons(self) -> None:
        row = self.selected_row()
        self.commit_button.setEnabled(row is not None and row.gap > 0
                                      and allowed(self.ctx.actor, "lenders.commit"))
        self.fact_button.setEnabled(row is not None and row.application_id is not None)

    # ------------------------------------------------------------ actions
    def open_commit(self, credit_id: int | None = None, *, lender_id: int | None = None) -> CommitDialog | None:
        if credit_id is not None:
            self.table.select_id(credit_id)
        row = self.selected_row()
        if row is None or not self.commit_button.isEnabled():
            return None
        dlg = CommitDialog(self.ctx, row, lender_id=lender_id, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.committed.connect(lambda b, row=row: self.on_committed(row, b))
        dlg.open()
        self.dialog = dlg
        return dlg

    def on_committed(self, row: MarketRow, balance) -> None:
        self.notice.show_message(self.tr("Komitmen {lender} untuk {credit} tercatat. Sisa sukarela "
                                         "tersedia {available}.").format(
            lender=balance.name, credit=row.number, available=format_rupiah(balance.available)))

    def print_fact_sheet(self, on_shown=None):
        row = self.selected_row()
        if row is None or row.application_id is None:
            return None
        return print_group_fact_sheet(self.ctx, self, application_id=row.application_id,
                                      number=row.application_number or row.group_code, on_shown=on_shown)
