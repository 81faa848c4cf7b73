"""Reports from the ledger: cash book, general ledger, trial balance, balance sheet, income statement, changes in equity, drill-down (issue 8)."""

from __future__ import annotations
