"""The annual report PDF: the story of cover, chapters and appendix, laid out once — the
table of contents takes its room as it is laid out and has its page numbers drawn when the
document is saved, every chapter's first page known by then (it used to be laid out twice,
the first pass only to count pages: half the time of a short report)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kamura_desktop.domain.money import format_number

from ..pdf import build_pdf
from .appendix import appendix
from .base import CHAPTERS, Progress, _chapter
from .chapters import MAKERS, cover
from .data import AnnualReportDTO


def _story(r: AnnualReportDTO, pages: dict[str, int]) -> list:
    """The report's flowables; ``pages`` is filled with each chapter's first page as the
    pages are drawn (the table of contents reads it when the document is saved)."""
    story = cover(r, pages)
    for i, (key, title) in enumerate(CHAPTERS):
        story += _chapter(i, key, title, pages)
        story += MAKERS[key](r)
    if r.shu is not None and r.shu.rows:
        story += appendix(r, pages)
    return story


def build_annual_report_pdf(path: Path | str, *, report: AnnualReportDTO,
                            printed_at: dt.datetime | None = None) -> Progress:
    """Write the annual report PDF; yields ``(done, total, text)``, returns the path."""
    r = report
    title = f"Laporan Tahunan {r.year}"
    total = 4
    yield 0, total, "Menyusun bab-bab laporan"
    story = _story(r, {})
    rows = len(r.shu.rows) if r.shu is not None else 0
    yield 1, total, f"Menata halaman (lampiran {format_number(rows)} anggota)" if rows else "Menata halaman"
    out = build_pdf(path, story, profile=r.profile, title=title,
                    subject=f"Laporan Pertanggungjawaban Pengurus Tahun Buku {r.year} (RAT)",
                    printed_at=printed_at)
    yield total, total, "PDF selesai"
    return out
