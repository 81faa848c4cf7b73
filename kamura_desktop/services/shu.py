"""SHU: the year's surplus allocated by the by-law percentages and shared per member (issue 8)."""

from __future__ import annotations
