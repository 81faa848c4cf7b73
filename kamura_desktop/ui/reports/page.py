"""The Laporan page (being built: issue 8)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..context import AppContext
from ..shell.placeholder import PlaceholderPage


class ReportsPage(PlaceholderPage):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(
            QCoreApplication.translate("MainWindow", "Laporan"),
            QCoreApplication.translate(
                "MainWindow",
                "Buku kas, neraca, perhitungan hasil usaha, laporan RAT dan evaluasi.",
            ),
            parent,
        )
        self.ctx = ctx
