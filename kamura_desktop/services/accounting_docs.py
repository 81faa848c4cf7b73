"""Financial statements to PDF and Excel (issue 8)."""

from __future__ import annotations
