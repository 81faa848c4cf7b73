"""The evaluation report: assembles its DTOs and writes the PDF and Excel workbook (issue 7)."""

from __future__ import annotations
