"""The Evaluasi page: five tabs for showing whether the programme works.

- *Survei IKM*: survey rounds and the answer grid (typed from the paper forms or imported
  from the Excel template).
- *Hasil IKM*: a round's index per item and per indicator, category and chart; PDF, Excel.
- *Instrumen*: the questionnaires; built-ins are read-only, the office edits its copies.
- *Pendapatan (uji-t)*: income before/after and the paired-sample t-test as SPSS shows it.
- *Laporan evaluasi*: the chair's texts and the whole evaluation report (PDF, Excel).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..context import AppContext
from ..widgets import PageTabs, RoleBanner
from .income_tab import IncomeTab
from .instruments_tab import InstrumentsTab
from .report_tab import ReportTab
from .results_tab import ResultsTab
from .survey_tab import SurveyTab


class EvaluationPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Evaluasi"))
        title.setObjectName("pageTitle")
        sub = QLabel(self.tr("Alt+1 survei · Alt+2 hasil IKM · Alt+3 instrumen · Alt+4 uji-t · "
                             "Alt+5 laporan"))
        sub.setObjectName("pageHint")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(sub, 0, Qt.AlignmentFlag.AlignBottom)

        self.survey_tab = SurveyTab(ctx)
        self.results_tab = ResultsTab(ctx)
        self.instruments_tab = InstrumentsTab(ctx)
        self.income_tab = IncomeTab(ctx)
        self.report_tab = ReportTab(ctx)
        self.tabs = PageTabs(self)  # in its page from the start: each tab is restyled once (ui/widgets.py PageTabs)
        self.tabs.setObjectName("evaluationTabs")
        self.tabs.addTab(self.survey_tab, self.tr("Survei IKM"))
        self.tabs.addTab(self.results_tab, self.tr("Hasil IKM"))
        self.tabs.addTab(self.instruments_tab, self.tr("Instrumen"))
        self.tabs.addTab(self.income_tab, self.tr("Pendapatan (uji-t)"))
        self.tabs.addTab(self.report_tab, self.tr("Laporan evaluasi"))
        for i in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self,
                      activated=lambda i=i: self.tabs.setCurrentIndex(i))
        self.survey_tab.round_selected.connect(self.results_tab.select_round)
        self.results_tab.select_round(self.survey_tab.round_id)

        lay = QVBoxLayout(self)
        lay.addLayout(heading)
        #: who is logged in and what their role cannot do on this page
        self.role_banner = RoleBanner(ctx.actor, ["evaluation.enter", "evaluation.manage"])
        lay.addWidget(self.role_banner)
        lay.addWidget(self.tabs, 1)

    def show_tab(self, tab: QWidget) -> QWidget:
        self.tabs.setCurrentWidget(tab)
        return tab
