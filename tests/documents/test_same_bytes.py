"""The faster paths of the PDF base (issue 20: the suite on two cores, the long printouts in
the office) draw the very same file as the plain ReportLab calls they stand in for: each test
builds one printout both ways, with ReportLab's fixed creation date and document id
(``rl_config.invariant``), and compares the bytes."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak

from kamura_desktop.demo import DEMO_PROFILE
from kamura_desktop.documents import pdf
from kamura_desktop.dto.settings import CooperativeProfile
from kamura_desktop.resources import resource

AT = dt.datetime(2025, 2, 15, 9, 30)


@pytest.fixture
def invariant(monkeypatch):
    """ReportLab's fixed date and id: a file built twice from the same story is the same bytes."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def _profile() -> CooperativeProfile:
    return CooperativeProfile(**DEMO_PROFILE, logo_png=resource("logo.png").read_bytes())


def _pages(path, n: int) -> bytes:
    st = pdf.styles()
    story = []
    for k in range(n):
        story += [pdf.para(f"Halaman isi {k + 1}", st.body), PageBreak()]
    return pdf.build_pdf(path, story[:-1], profile=_profile(), title="Uji", printed_at=AT).read_bytes()


def test_the_letterhead_logo_drawn_once_per_document_gives_the_same_file(invariant, monkeypatch, tmp_path):
    """The logo on every page after the first is drawn without hashing its pixels again
    (``_NumberedCanvas.drawImage``): the same bytes as ReportLab's own ``drawImage`` at every
    page, the image stored once."""
    fast = _pages(tmp_path / "fast.pdf", 12)
    monkeypatch.setattr(pdf._NumberedCanvas, "drawImage", Canvas.drawImage)
    plain = _pages(tmp_path / "plain.pdf", 12)
    assert fast == plain
    assert fast.count(b"/Subtype /Image") == 2  # the logo and its transparency mask, once each
    pages = PdfReader(tmp_path / "fast.pdf").pages
    assert len(pages) == 12
    assert all(len(page["/Resources"]["/XObject"]) == 1 for page in pages)  # the logo on each


def test_the_logo_is_hashed_once_per_document_not_once_per_page(monkeypatch, tmp_path):
    """ReportLab hashes an image's decoded pixels at every ``drawImage`` (~1,5 ms for the
    logo and its mask: a 500-page annual report spent most of a second on it); the letterhead
    now hashes it on its first page only."""
    from reportlab.pdfgen import canvas as rl_canvas

    hashed = []
    digest = rl_canvas._digester
    monkeypatch.setattr(rl_canvas, "_digester", lambda data: hashed.append(len(data)) or digest(data))
    _pages(tmp_path / "a.pdf", 12)
    assert len([n for n in hashed if n > 100_000]) == 1  # the logo's pixels (256 × 256 RGB + mask)
