"""The lender pool's page (Lender): four tabs.

- *Lender*: registered lenders with their balances; register a lender; a lender's detail
  with commitments, deployed funds, returns and earnings.
- *Pasar*: approved credits waiting for funds with their funding progress; a lender's
  commitment is recorded from here.
- *Sumber dana*: capital received, the revolving fund year by year (table and chart).
- *Calon investor*: the board's list of potential investors and their follow-up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..widgets import PageTabs, RoleBanner
from .funds_tab import FundsTab
from .lenders_tab import LendersTab
from .market_tab import MarketTab
from .prospects_tab import ProspectsTab


class LendersPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Lender"))
        title.setObjectName("pageTitle")
        sub = QLabel(self.tr("Alt+1 lender · Alt+2 pasar · Alt+3 sumber dana · Alt+4 calon investor"))
        sub.setObjectName("pageHint")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(sub, 0, Qt.AlignmentFlag.AlignBottom)

        self.lenders_tab = LendersTab(ctx)
        self.market_tab = MarketTab(ctx)
        self.funds_tab = FundsTab(ctx)
        self.prospects_tab = ProspectsTab(ctx)
        self.tabs = PageTabs(self)  # in its page from the start: each tab is restyled once (ui/widgets.py PageTabs)
        self.tabs.setObjectName("lenderTabs")
        self.tabs.addTab(self.lenders_tab, self.tr("Lender"))
        self.tabs.addTab(self.market_tab, self.tr("Pasar"))
        self.tabs.addTab(self.funds_tab, self.tr("Sumber dana"))
        self.tabs.addTab(self.prospects_tab, self.tr("Calon investor"))
        for i in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self,
                      activated=lambda i=i: self.tabs.setCurrentIndex(i))

        lay = QVBoxLayout(self)
        lay.addLayout(heading)
        #: who is logged in and what their role cannot do on this page
        self.role_banner = RoleBanner(ctx.actor, ["lenders.register", "lenders.commit", "funds.capital", "prospects.edit", "credits.write_off"])
        lay.addWidget(self.role_banner)
        lay.addWidget(self.tabs, 1)

    def show_tab(self, tab: QWidget) -> QWidget:
        self.tabs.setCurrentWidget(tab)
        return tab
