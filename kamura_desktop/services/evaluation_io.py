"""Evaluation Excel: response templates and answer imports (issue 7)."""

from __future__ import annotations
