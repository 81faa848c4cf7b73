"""The faster paths of the PDF base (issue 20: the suite on two cores, the long printouts in
the office) draw the very same file as the plain ReportLab calls they stand in for: each test
builds one printout both ways, with ReportLab's fixed creation date and document id
(``rl_config.invariant``), and compares the bytes."""

from __future__ import annotations

import datetime as dt
import types

import pytest
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepInFrame, PageBreak
from reportlab.platypus import Paragraph as _Paragraph

from kamura_desktop.demo import DEMO_PROFILE
from kamura_desktop.documents import financial_statements as fs
from kamura_desktop.documents import pdf
from kamura_desktop.dto.accounting import AccountLedger, LedgerRow
from kamura_desktop.dto.settings import CooperativeProfile
from kamura_desktop.resources import resource
from kamura_desktop.services import accounting

from .test_annual_report import report  # noqa: F401 - the worked year's report data (a fixture)

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


def _plain_paragraphs(monkeypatch) -> None:
    """Back to ReportLab's own ``Paragraph``: every text through its parser, every wrap anew."""
    for name in ("_setup", "wrap", "split"):
        monkeypatch.setattr(pdf.Paragraph, name, getattr(_Paragraph, name))


def _both_ways(monkeypatch, build) -> tuple[bytes, bytes]:
    fast = build("fast")
    _plain_paragraphs(monkeypatch)
    plain = build("plain")
    return fast, plain


def _mixed_story() -> list:
    """Plain cells and marked-up ones, a word longer than its column, a paragraph split over
    a page, a table of a few hundred paragraph cells over pages, a slip shrunk to its frame,
    signatures."""
    st = pdf.styles()
    long_word = "Wirasasmita" * 6
    rows = [[pdf.para(h, st.cell_head) for h in ("No", "Nama", "Keterangan", "Jumlah")]]
    for k in range(1, 91):
        rows.append([pdf.para(str(k), st.cell), pdf.para(f"Anggota {k} {long_word if k % 29 == 0 else ''}", st.cell),
                     pdf.Paragraph(f"Setoran <b>wajib</b> &amp; sukarela bulan {k % 12 + 1}", st.cell),
                     pdf.para(pdf.money(1_000 * k * k), st.cell_right)])
    width = pdf.A4_PORTRAIT.content_width
    body = " ".join(f"Kalimat ke-{k} dari laporan pengurus tentang simpanan dan pinjaman." for k in range(60))
    slip = [pdf.para("KWITANSI", st.title), pdf.info_table(
        [("Nama", "Nyimas Siti Rahmawati " + long_word), ("Jumlah", pdf.money(999_999_999))],
        [30 * mm, 4 * mm, width - 34 * mm]),
        *[pdf.para(f"Baris catatan {k}", st.body) for k in range(60)]]
    return [pdf.para("LAPORAN UJI", st.title), pdf.para(body, st.body),
            pdf.data_table(rows, [12 * mm, 60 * mm, 70 * mm, width - 142 * mm]),
            pdf.signature_blocks([pdf.Signer("Ketua", "H. Ujang Suryana"), pdf.Signer("Bendahara")], width=width),
            PageBreak(), KeepInFrame(width, 150 * mm, slip, mode="shrink")]


def test_plain_text_paragraphs_and_wraps_used_again_give_the_same_file(invariant, monkeypatch, tmp_path):
    """:class:`pdf.Paragraph` (plain text without ReportLab's parser, lines broken once per
    width) against ReportLab's ``Paragraph`` on a story of every kind of cell: the same bytes."""

    def build(name):
        path = pdf.build_pdf(tmp_path / f"{name}.pdf", _mixed_story(), profile=_profile(), title="Uji",
                             printed_at=AT)
        return path.read_bytes()

    fast, plain = _both_ways(monkeypatch, build)
    assert fast == plain
    assert len(PdfReader(tmp_path / "fast.pdf").pages) >= 4


def test_a_cash_book_over_pages_and_a_trial_balance_at_its_page_boundary_give_the_same_files(
        invariant, monkeypatch, tmp_path):
    """The statements' grids (a paragraph per cell, parts continued over pages, the last rows
    kept with the signatures) built with :class:`pdf.Paragraph` and with ReportLab's own."""
    profile = _profile()
    d0 = dt.date(2024, 1, 1)
    rows, balance = [], 1_000_000
    for k in range(60):
        balance += 25_000 if k % 2 else -10_000
        rows.append(LedgerRow(k + 1, d0 + dt.timedelta(days=k // 3), f"JU-2024-{k + 1:06d}",
                              f"Setoran simpanan anggota nomor {k + 1}", 25_000 if k % 2 else 0,
                              0 if k % 2 else 10_000, balance, None, "1101"))
    book = AccountLedger("1101", "Kas", "asset", d0, dt.date(2024, 12, 31), 1_000_000, tuple(rows), balance)
    tb_rows = tuple(accounting.TBRow(f"{1000 + i}", f"Akun {i}", "asset", 0, 0, 1_000, 1_000, 0, 0)
                    for i in range(27))
    tb = accounting.TrialBalanceReport(d0, dt.date(2024, 12, 31), tb_rows, 0, 0, 27_000, 27_000, 0, 0)
    signatures = fs.Signatures("H. Ujang Suryana", None, dt.date(2025, 1, 5))
    monkeypatch.setattr(pdf, "dt", types.SimpleNamespace(**{**vars(dt), "datetime": _Clock}))

    def build(name):
        cash = fs.build_grid_pdf(tmp_path / f"kas-{name}.pdf", fs.ledger_grid(book, cash_book=True),
                                 profile=profile, signatures=signatures)
        trial = fs.build_grid_pdf(tmp_path / f"tb-{name}.pdf", fs.trial_balance_grid(tb), profile=profile,
                                  signatures=signatures)
        return cash.read_bytes() + trial.read_bytes()

    fast, plain = _both_ways(monkeypatch, build)
    assert fast == plain
    assert len(PdfReader(tmp_path / "kas-fast.pdf").pages) >= 2
    assert len(PdfReader(tmp_path / "tb-fast.pdf").pages) == 2  # 27 accounts: the signatures on page 2


def test_a_long_ledger_with_each_rows_cells_made_once_gives_the_same_file(invariant, monkeypatch, tmp_path):
    """The grid's cells made once per row and used again by every table the row's part is
    made into at a page break (``grid_tables``' ``cells``) against cells made anew for every
    table: the same bytes — a ledger of 450 rows (a part of 400 and the rest, page breaks
    inside both), memos wrapping over two lines, indented and bold rows among them."""
    profile = _profile()
    d0 = dt.date(2024, 1, 1)
    rows, balance = [], 1_000_000
    for k in range(450):
        balance += 25_000 if k % 2 else -10_000
        memo = f"Setoran simpanan anggota nomor {k + 1}" + (" dengan keterangan panjang sampai dua baris" * (k % 7 == 0))
        rows.append(LedgerRow(k + 1, d0 + dt.timedelta(days=k // 3), f"JU-2024-{k + 1:06d}", memo,
                              25_000 if k % 2 else 0, 0 if k % 2 else 10_000, balance, None, "1101"))
    book = AccountLedger("1101", "Kas", "asset", d0, dt.date(2024, 12, 31), 1_000_000, tuple(rows), balance)
    signatures = fs.Signatures("H. Ujang Suryana", "Hj. Euis Komariah", dt.date(2025, 1, 5))
    monkeypatch.setattr(pdf, "dt", types.SimpleNamespace(**{**vars(dt), "datetime": _Clock}))
    tb_rows = tuple(accounting.TBRow(f"{1000 + i}", f"Akun {i}", "asset", 0, 0, 1_000, 1_000, 0, 0)
                    for i in range(60))
    tb = accounting.TrialBalanceReport(d0, dt.date(2024, 12, 31), tb_rows, 0, 0, 60_000, 60_000, 0, 0)

    def build(name):
        out = b""
        for key, grid in (("kas", fs.ledger_grid(book, cash_book=True)), ("bb", fs.ledger_grid(book)),
                          ("tb", fs.trial_balance_grid(tb))):
            out += fs.build_grid_pdf(tmp_path / f"{key}-{name}.pdf", grid, profile=profile,
                                     signatures=signatures).read_bytes()
        return out

    once = build("once")
    grid_table = fs._grid_table
    made = []

    def anew(*args, cells=None, **kwargs):  # noqa: ARG001 - the cache left out
        made.append(cells)
        return grid_table(*args, **kwargs)

    monkeypatch.setattr(fs, "_grid_table", anew)
    assert build("anew") == once
    assert made and all(c is not None for c in made)  # there was a cache to leave out
    assert len(PdfReader(tmp_path / "kas-once.pdf").pages) >= 10


class _Clock(dt.datetime):
    @classmethod
    def now(cls, tz=None):
        return cls(2025, 1, 6, 9, 30)


@pytest.mark.sqlite_only(reason="compares two builds of one report's data: the data, not the engine, is the input")
def test_the_annual_report_gives_the_same_file(invariant, monkeypatch, report, tmp_path):  # noqa: F811
    """The worked year's RAT book (every chapter: figures, lists, statements, charts, the
    meeting's papers, the appendix) built with :class:`pdf.Paragraph` and with ReportLab's own."""
    from kamura_desktop.documents import annual_report as doc
    from kamura_desktop.documents.excel import drain

    def build(name):
        return drain(doc.build_annual_report_pdf(tmp_path / f"{name}.pdf", report=report, printed_at=AT)).read_bytes()

    fast, plain = _both_ways(monkeypatch, build)
    assert fast == plain
    assert len(PdfReader(tmp_path / "fast.pdf").pages) >= 10
