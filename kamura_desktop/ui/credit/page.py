"""The Kelompok & Kredit page: one tab per step of the programme's credit work.

Kelompok → Pengajuan → Persetujuan → Pencairan → Kredit, plus Produk and Hari libur.
Every tab reads through the services and writes through them; after a write the tab
publishes the service's ``Changes`` and this page marks the tabs that care as stale. The
visible tab reloads at once, the others when they are shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kamura_desktop.services.changes import Changes

from ..context import AppContext
from ..mentoring import MentoringTab
from ..widgets import PageTabs, RoleBanner
from .applications_tab import ApplicationsTab
from .approval_tab import ApprovalTab
from .credits_tab import CreditsTab
from .disbursement_tab import DisbursementTab
from .groups_tab import GroupsTab
from .holidays_tab import HolidaysTab
from .products_tab import ProductsTab


class CreditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Kelompok & Kredit"))
        title.setObjectName("pageTitle")
        self.user_hint = QLabel(self.tr("Masuk sebagai {name} ({role})").format(
            name=ctx.actor.full_name, role=ctx.actor.role_label))
        self.user_hint.setObjectName("pageHint")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.user_hint)

        self.groups_tab = GroupsTab(ctx)
        self.applications_tab = ApplicationsTab(ctx)
        self.approval_tab = ApprovalTab(ctx)
        self.disbursement_tab = DisbursementTab(ctx)
        self.credits_tab = CreditsTab(ctx)
        self.products_tab = ProductsTab(ctx)
        self.holidays_tab = HolidaysTab(ctx)
        self.mentoring_tab = MentoringTab(ctx)
        self.tabs = PageTabs(self)  # in its page from the start: each tab is restyled once (ui/widgets.py PageTabs)
        self.tabs.setObjectName("creditTabs")
        self.tabs.setDocumentMode(True)
        for tab, label in ((self.groups_tab, self.tr("Kelompok")),
                           (self.applications_tab, self.tr("Pengajuan")),
                           (self.approval_tab, self.tr("Persetujuan")),
                           (self.disbursement_tab, self.tr("Pencairan")),
                           (self.credits_tab, self.tr("Kredit")),
                           (self.mentoring_tab, self.tr("Pendampingan")),
                           (self.products_tab, self.tr("Produk")),
                           (self.holidays_tab, self.tr("Hari libur"))):
            self.tabs.addTab(tab, label)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_current())

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 4, 12, 8)
        lay.addLayout(heading)
        #: who is logged in and what their role cannot do on this page
        self.role_banner = RoleBanner(ctx.actor, ["groups.edit", "credits.prepare", "credits.approve", "credits.fund", "credits.disburse", "mentoring.record", "products.edit", "holidays.edit"])
        lay.addWidget(self.role_banner)
        lay.addWidget(self.tabs, 1)

        self.refresh_current()
        self.refresh_approval_count()
        ctx.hub.changed.connect(self.on_changed)

    def all_tabs(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def show_tab(self, tab: QWidget) -> QWidget:
        self.tabs.setCurrentWidget(tab)
        self.refresh_current()
        return tab

    def refresh_current(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is not None and tab.dirty:
            tab.refresh()

    def refresh_approval_count(self) -> None:
        # the waiting count shows on the tab itself, so this one is kept fresh
        if self.approval_tab.dirty:
            self.approval_tab.refresh()
        n = self.approval_tab.model.rowCount()
        index = self.tabs.indexOf(self.approval_tab)
        self.tabs.setTabText(index, self.tr("Persetujuan ({n})").format(n=n) if n else self.tr("Persetujuan"))

    def on_changed(self, changes: Changes) -> None:
        for tab in self.all_tabs():
            if changes.touches(*tab.CARES):
                tab.dirty = True
        self.refresh_current()
        self.refresh_approval_count()
