"""The Evaluasi page (being built: issue 7)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..context import AppContext
from ..shell.placeholder import PlaceholderPage


class EvaluationPage(PlaceholderPage):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(
            QCoreApplication.translate("MainWindow", "Evaluasi"),
            QCoreApplication.translate("MainWindow", "Survei IKM, uji-t pendapatan dan laporan evaluasi."),
            parent,
        )
        self.ctx = ctx
