"""kamura report: cash book, general ledger, trial balance, balance sheet, income statement, changes in equity; kamura journal."""

from __future__ import annotations


def register(sub, parent) -> None:
    """Add this book's subcommands (filled in by its issue)."""
