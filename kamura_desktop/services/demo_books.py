"""The demo cooperative's 2024 books: provision, year-end close with a surplus, SHU draft (issue 8)."""

from __future__ import annotations
