"""The programme's evaluation printouts (A4) and workbook:

* :func:`build_evaluation_report` (``report.py``) — *Laporan Evaluasi Program I-P2P* for a
  period: a cover with the cooperative's profile, the programme summary (participants,
  poor-family members, groups, cycles, money disbursed), the chair's process-evaluation notes
  and the mentoring activities, the effectiveness index (IKM) of each survey round with its
  item and indicator tables and charts (``ikm.py``), the paired-sample t-test of each income
  survey as SPSS prints it (``ttest.py``), the portfolio (repayment rate, kolektibilitas, PAR,
  the revolving fund's development with its chart), the chair's conclusions and
  recommendations, and the signatures;
* :func:`build_ikm_pdf` and :func:`build_ttest_pdf` (``single.py``) — one survey round's IKM,
  or one income survey's t-test, on their own (``kamura eval ikm --pdf``, ``eval ttest --pdf``,
  the Evaluasi page);
* :func:`write_evaluation_workbook` and :func:`write_ikm_workbook` (``workbook.py``) — the same
  tables in an Excel workbook, one sheet per part, numbers as numbers.

Inputs are the frozen dataclasses of ``data.py`` (and ``report_inputs``' mentoring section),
filled by ``services.evaluation_report``; nothing here reads the database or imports the
services.

Numbers print the Indonesian way (``3,87``, ``Rp125.000``, ``28 Maret 2024``) except the
t-test's significance, which prints as SPSS prints it (``.000``) so that a reader can hold the
page next to the SPSS output.
"""

from ..report_inputs import MentoringGroupLine, MentoringSection
from .base import category_text, dec, ikm_text, pct, ratio_text, sig_text, text_flowables
from .data import (
    EvaluationReport,
    GroupLine,
    IkmSection,
    IncomePair,
    PortfolioSection,
    ProgrammeSummary,
    ReportNotes,
    RespondentAnswers,
    TTestSection,
)
from .ikm import ikm_flowables, indicator_chart, item_chart
from .report import build_evaluation_report
from .single import build_ikm_pdf, build_ttest_pdf
from .ttest import ttest_flowables
from .workbook import write_evaluation_workbook, write_ikm_workbook

__all__ = [
    "EvaluationReport", "GroupLine", "IkmSection", "IncomePair", "MentoringGroupLine", "MentoringSection",
    "PortfolioSection", "ProgrammeSummary", "ReportNotes", "RespondentAnswers", "TTestSection",
    "build_evaluation_report", "build_ikm_pdf", "build_ttest_pdf", "category_text", "dec", "ikm_flowables",
    "ikm_text", "indicator_chart", "item_chart", "pct", "ratio_text", "sig_text", "text_flowables",
    "ttest_flowables", "write_evaluation_workbook", "write_ikm_workbook",
]
