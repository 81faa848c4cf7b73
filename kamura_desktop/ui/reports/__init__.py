"""The Laporan page: financial statements, journal, provisions, SHU, year-end close and the
RAT annual report (issue 8)."""

from .page import ReportsPage

__all__ = ["ReportsPage"]
