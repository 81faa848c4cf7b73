"""The layout checker of test_no_wrap (layout_check.py) finds every overlap a plain pairwise
look finds: its scan of the words after each word stops where they start below it (issue 20),
and that stop loses none."""

from __future__ import annotations

import random

from .layout_check import Page, Word, _overlaps


def _pairwise(page: Page) -> list[str]:
    """Two words drawn over each other on one line, looking at the next 39 words after each
    (the checker before it stopped early)."""
    bad = []
    words = sorted(page.words, key=lambda w: (round(w.y0), w.x0))
    for a_i, a in enumerate(words):
        for b in words[a_i + 1:a_i + 40]:
            same_line = min(a.y1, b.y1) - max(a.y0, b.y0) > 0.6 * min(a.y1 - a.y0, b.y1 - b.y0)
            if same_line and min(a.x1, b.x1) - max(a.x0, b.x0) > 1.5:
                bad.append(f"{a.text!r} menimpa {b.text!r}")
    return bad


def test_the_early_stop_finds_every_overlap_the_pairwise_look_finds():
    rng = random.Random(20)
    with_overlaps = 0
    for _ in range(400):
        words = []
        for k in range(rng.randint(1, 90)):
            # lines close together (rounding puts words of one line in different rows) and
            # words anywhere; empty, thin and tall boxes
            y0 = (rng.choice([10.2, 10.6, 11.4, 20.0, 20.5]) + rng.uniform(-0.6, 0.6)
                  if rng.random() < 0.5 else rng.uniform(0, 200))
            x0 = rng.uniform(0, 300)
            words.append(Word(f"w{k}", x0, y0, x0 + rng.uniform(0, 60),
                              y0 + rng.choice([0.0, 0.3, 5, 8, 9.5, 12])))
        page = Page(1, 600, 800, [[words]])
        found = _overlaps(page)
        assert found == _pairwise(page)
        with_overlaps += bool(found)
    assert with_overlaps > 300  # the pages do overlap: the comparison is not of empty lists


def test_the_layout_read_with_regular_expressions_is_the_element_trees(tmp_path):
    """:func:`read_layout` (two regular expressions over pdftotext's XHTML) gives the very
    pages the element tree gives: words with ``&``, ``<``, ``>`` and quotes in them, blocks
    and lines over three pages, a table, empty cells, a word longer than its column."""
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Table

    from kamura_desktop.documents import pdf

    from .layout_check import read_layout, read_layout_tree

    st = pdf.styles()
    rows = [[pdf.para(f"{k}", st.cell), pdf.para(f'Toko "Maju & Jaya" <{k}> \'RW\'', st.cell),
             pdf.para("", st.cell), pdf.para("Wirasasmita" * 3, st.cell),
             pdf.para(f"Rp{k * 1_234_567:,}".replace(",", "."), st.cell_right)] for k in range(1, 80)]
    story = [pdf.para("Laporan A & B <uji> \"kutip\"", st.title), Table(rows, colWidths=[10 * mm, 60 * mm,
                                                                                          15 * mm, 25 * mm, 35 * mm]),
             PageBreak(), pdf.para("Halaman terakhir &amp; selesai", st.body)]
    path = pdf.build_pdf(tmp_path / "baca.pdf", story, profile=_profile(), title="Uji & <baca>")
    pages = read_layout(path)
    assert pages == read_layout_tree(path)
    assert len(pages) >= 3 and sum(len(p.blocks) for p in pages) > 10
    words = [w.text for p in pages for w in p.words]
    assert "\"Maju" in words and "&" in words and "<79>" in words and "&amp;" in words


def _profile():
    from kamura_desktop.demo import DEMO_PROFILE
    from kamura_desktop.dto.settings import CooperativeProfile

    return CooperativeProfile(**DEMO_PROFILE)
