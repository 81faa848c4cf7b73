"""kamura report annual."""

from __future__ import annotations


def register(sub, parent) -> None:
    """Add this book's subcommands (filled in by its issue)."""
