"""The repayment book's page (Angsuran): three tabs for the three jobs at the counter.

- *Angsuran per kredit*: find a credit (typed or scanned), its schedule and payments,
  record or reverse a payment, print the pocket book.
- *Lembar penagihan*: a group meeting's collection sheet, posted in one go, with the
  group's tanggung-renteng debts and their settlement.
- *Tunggakan & kolektibilitas*: the portfolio on a date — arrears, classes, PAR, the
  repayment rate, Excel export.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..widgets import PageTabs, RoleBanner
from .arrears_tab import ArrearsTab
from .credit_tab import CreditTab
from .sheet_tab import CollectionSheetTab


class RepaymentsPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Angsuran"))
        title.setObjectName("pageTitle")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        sub = QLabel(self.tr("Alt+1 per kredit · Alt+2 lembar penagihan · Alt+3 tunggakan"))
        sub.setObjectName("pageHint")
        heading.addWidget(sub, 0, Qt.AlignmentFlag.AlignBottom)

        self.credit_tab = CreditTab(ctx)
        self.sheet_tab = CollectionSheetTab(ctx)
        self.arrears_tab = ArrearsTab(ctx)
        self.tabs = PageTabs(self)  # in its page from the start: each tab is restyled once (ui/widgets.py PageTabs)
        self.tabs.setObjectName("repaymentTabs")
        self.tabs.addTab(self.credit_tab, self.tr("Angsuran per kredit"))
        self.tabs.addTab(self.sheet_tab, self.tr("Lembar penagihan"))
        self.tabs.addTab(self.arrears_tab, self.tr("Tunggakan && kolektibilitas"))
        for i in range(3):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, activated=lambda i=i: self.tabs.setCurrentIndex(i))
        self.arrears_tab.open_credit.connect(self.show_credit)

        lay = QVBoxLayout(self)
        lay.addLayout(heading)
        #: who is logged in and what their role cannot do on this page
        self.role_banner = RoleBanner(ctx.actor, ["repayments.record", "repayments.reverse", "repayments.settle"])
        lay.addWidget(self.role_banner)
        lay.addWidget(self.tabs, 1)

    def show_credit(self, credit_id: int) -> None:
        self.tabs.setCurrentWidget(self.credit_tab)
        self.credit_tab.open_credit(credit_id)
