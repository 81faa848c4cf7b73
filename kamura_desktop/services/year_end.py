"""Year-end close by the chair and reopening by an admin (issue 8)."""

from __future__ import annotations
