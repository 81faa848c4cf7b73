"""kamura provision, kamura shu, kamura close-year / reopen-year."""

from __future__ import annotations


def register(sub, parent) -> None:
    """Add this book's subcommands (filled in by its issue)."""
