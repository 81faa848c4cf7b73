"""The annual report PDF: the story of cover, chapters and appendix, laid out twice (the
first, short pass without the appendix's rows gives the table of contents its page
numbers)."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from kamura_desktop.domain.money import format_number

from ..pdf import build_pdf
from .appendix import appendix
from .attendance import AttendanceList
from .base import CHAPTERS, Progress, _chapter
from .chapters import MAKERS, cover
from .data import AnnualReportDTO


def _story(r: AnnualReportDTO, pages: dict[str, int], toc_pages: dict[str, int] | None, *,
           with_appendix_rows: bool) -> list:
    story = cover(r, pages, toc_pages)
    for i, (key, title) in enumerate(CHAPTERS):
        story += _chapter(i, key, title, pages)
        story += MAKERS[key](r)
    if r.shu is not None and r.shu.rows:
        story += appendix(r, pages, with_rows=with_appendix_rows)
    if toc_pages is None:  # the pass that counts pages: the attendance list takes its room undrawn
        for flowable in story:
            if isinstance(flowable, AttendanceList):
                flowable.draft = True
    return story


def build_annual_report_pdf(path: Path | str, *, report: AnnualReportDTO,
                            printed_at: dt.datetime | None = None) -> Progress:
    """Write the annual report PDF; yields ``(done, total, text)``, returns the path."""
    r = report
    title = f"Laporan Tahunan {r.year}"
    total = 4
    yield 0, total, "Menyusun daftar isi"
    pages: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="kamura-rat-") as tmp:
        build_pdf(Path(tmp) / "toc.pdf", _story(r, pages, None, with_appendix_rows=False),
                  profile=r.profile, title=title, printed_at=printed_at)
    yield 1, total, "Menyusun bab-bab laporan"
    story = _story(r, {}, dict(pages), with_appendix_rows=True)
    rows = len(r.shu.rows) if r.shu is not None else 0
    yield 2, total, f"Menata halaman (lampiran {format_number(rows)} anggota)" if rows else "Menata halaman"
    out = build_pdf(path, story, profile=r.profile, title=title,
                    subject=f"Laporan Pertanggungjawaban Pengurus Tahun Buku {r.year} (RAT)",
                    printed_at=printed_at)
    yield total, total, "PDF selesai"
    return out

