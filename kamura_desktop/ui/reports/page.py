"""The Laporan page: financial statements with drill-down, the journal and manual entries,
the loan-loss provision and the year-end close, SHU, the RAT annual report (issue 8), and the
health assessment of the KSP/USP (issue 19).

Each tab is its own widget; the page only holds them and forwards the hub's change notices
to the tabs that are built. Tabs are built on first view so that opening the program stays
quick.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..context import AppContext
from ..widgets import PageTabs, RoleBanner
from .annual_tab import AnnualTab
from .closing_tab import ClosingTab
from .filings_tab import BudgetTab, CashFlowTab, OdsTab, RemindersTab
from .health_tab import HealthTab
from .journal_tab import JournalTab
from .shu_tab import ShuTab
from .statements_tab import StatementsTab


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Laporan"))
        title.setObjectName("pageTitle")
        sub = QLabel(self.tr("Alt+1 laporan keuangan · Alt+2 jurnal · Alt+3 penyisihan & tutup buku · "
                             "Alt+4 SHU · Alt+5 laporan RAT"))
        sub.setObjectName("pageHint")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(sub, 0, Qt.AlignmentFlag.AlignBottom)

        self.factories = [
            (self.tr("Laporan keuangan"), StatementsTab),
            (self.tr("Jurnal"), JournalTab),
            (self.tr("Penyisihan && tutup buku"), ClosingTab),
            (self.tr("SHU"), ShuTab),
            (self.tr("Laporan tahunan (RAT)"), AnnualTab),
            (self.tr("Kesehatan KSP"), HealthTab),
            (self.tr("Arus kas && CALK"), CashFlowTab),
            (self.tr("Anggaran (RAPB)"), BudgetTab),
            (self.tr("Data ODS"), OdsTab),
            (self.tr("Pengingat"), RemindersTab),
        ]
        self.built: dict[int, QWidget] = {}
        self.tabs = PageTabs(self)  # in its page from the start: each tab is restyled once (ui/widgets.py PageTabs)
        self.tabs.setObjectName("reportTabs")
        for label, _factory in self.factories:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, label)
        self.tabs.currentChanged.connect(self._ensure)
        for i in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self,
                      activated=lambda i=i: self.tabs.setCurrentIndex(i))
        lay = QVBoxLayout(self)
        lay.addLayout(heading)
        #: who is logged in and what their role cannot do on this page
        self.role_banner = RoleBanner(ctx.actor, ["ledger.post_manual", "provision.post", "period.close", "shu.draft", "shu.approve", "shu.pay", "report.annual", "health.save", "calk.edit", "budget.edit", "budget.approve", "rat.edit"])
        lay.addWidget(self.role_banner)
        lay.addWidget(self.tabs, 1)
        self._ensure(0)
        ctx.hub.changed.connect(self.on_changes)

    def _ensure(self, index: int) -> QWidget | None:
        if index < 0:
            return None
        if index not in self.built:
            widget = self.factories[index][1](self.ctx)
            self.tabs.widget(index).layout().addWidget(widget)
            self.built[index] = widget
        return self.built[index]

    def show_tab(self, index: int) -> QWidget:
        self.tabs.setCurrentIndex(index)
        return self._ensure(index)

    @property
    def statements(self) -> StatementsTab:
        return self.show_tab(0)

    def on_changes(self, changes) -> None:
        for widget in self.built.values():
            widget.on_changes(changes)
