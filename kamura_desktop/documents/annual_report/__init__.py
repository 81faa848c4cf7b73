"""The annual report for the members' meeting (Laporan Pertanggungjawaban Pengurus, RAT):
the A4 PDF and the Excel workbook.

Fed :class:`~.data.AnnualReportDTO` (``data.py``: the frozen inputs ``services.annual_report``
builds; documents sit below the services and never import them).

The PDF (``report.py``): a cover with the cooperative's profile and logo, a table of contents
with page numbers, numbered chapters (``chapters.py``: BAB I Pendahuluan … BAB IX Penutup,
with ``charts.py``'s charts and the accounting documents' statement tables) ending in the
signature block of the chair, secretary and treasurer, and the per-member SHU list as an
appendix (``appendix.py``). Page numbers in the table of contents come from a first, short
layout pass without the appendix's rows (the table of contents has a fixed height, so the
pages do not move in the second pass). The appendix of 20.000 members is laid out as one
plain-text table per page, which keeps the layout linear in the number of rows.

The workbook (``workbook.py``): one sheet per chapter, rupiah as numbers, dates as dates,
percentages as numbers with a percent format.
"""

from ..pdf import money
from .appendix import APPENDIX_COLUMNS, ROWS_PER_PAGE, ShuListPage
from .base import APPENDIX, CHAPTERS, MAX_LISTED, ROMAN
from .data import (
    AnnualReportDTO,
    CreditDTO,
    DisbursedRow,
    KolRow,
    LenderPoolDTO,
    LenderRow,
    MembershipDTO,
    Officer,
    ProvisionDTO,
    ProvisionRowDTO,
    SavingsRow,
    SexCount,
    ShuStatus,
    Signers,
    TkmMember,
)
from .report import build_annual_report_pdf
from .workbook import build_annual_report_xlsx

__all__ = [
    "APPENDIX", "APPENDIX_COLUMNS", "CHAPTERS", "MAX_LISTED", "ROMAN", "ROWS_PER_PAGE",
    "AnnualReportDTO", "CreditDTO", "DisbursedRow", "KolRow", "LenderPoolDTO", "LenderRow",
    "MembershipDTO", "Officer", "ProvisionDTO", "ProvisionRowDTO", "SavingsRow", "SexCount",
    "ShuListPage", "ShuStatus", "Signers", "TkmMember",
    "build_annual_report_pdf", "build_annual_report_xlsx", "money",
]
