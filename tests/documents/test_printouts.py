"""Issue 18: printouts a member and the Dinas accept — nobody signs one document twice in two
roles, the cash book in date order, multi-page tables that keep their totals with rows."""

from __future__ import annotations

import datetime as dt
import re
import types

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from kamura_desktop.demo import DEMO_PROFILE
from kamura_desktop.documents import pdf
from kamura_desktop.documents.financial_statements import Signatures, build_grid_pdf, ledger_grid
from kamura_desktop.documents.pdf import A4_PORTRAIT, Signer, build_pdf, signature_blocks
from kamura_desktop.documents.pocket_book import PocketBook, PocketBookLine, build_pocket_books
from kamura_desktop.dto.accounting import AccountLedger, LedgerRow
from kamura_desktop.services import accounting, ledger, settings

from .pdf_text import flat_pages, flat_text

PROFILE = settings.CooperativeProfile(**DEMO_PROFILE, logo_png=None)


def text_of(path) -> str:
    return flat_text(path)


def test_one_person_signs_in_one_role_only(tmp_path):
    """The chair who is also the lender signs as the lender; the approval block beside keeps
    its role with a blank name (and within one row of blocks, the same)."""
    path = build_pdf(tmp_path / "sig.pdf", [
        signature_blocks([Signer("Lender", "H. Ujang Suryana", caption="Yang menyatakan,"),
                          Signer("Bendahara", "Iis Rostiawati")], width=170 * mm),
        signature_blocks([Signer("Ketua Koperasi", "H. Ujang  Suryana", caption="Menyetujui,")],
                         width=170 * mm, taken=("H. Ujang Suryana", "Iis Rostiawati")),
        signature_blocks([Signer("Peminjam", "Cucu"), Signer("Ketua kelompok", "cucu")], width=170 * mm),
    ], profile=PROFILE, page=A4_PORTRAIT, title="t", subject="t")
    text = text_of(path)
    assert text.count("( H. Ujang Suryana )") == 1
    assert "Ketua Koperasi ( ………………………………… )" in text
    assert text.count("( Cucu )") == 1 and "Ketua kelompok ( Cucu ) ( ………………………………… )" in text


def test_the_leaders_own_pocket_book_is_countersigned_by_the_supervisor(tmp_path):
    d0 = dt.date(2024, 3, 4)
    lines = tuple(PocketBookLine(i + 1, d0 + dt.timedelta(days=i), 4_200) for i in range(6))

    def book(member: str) -> PocketBook:
        return PocketBook("KR-2024-0999", "KMR-0001", member, "Cibitung RT 002/RW 008", "KLP-009",
                          "Sauyunan", "Cucu Sumiati", "Senin", "balai RW", "Paket Usaha", True, 24_000,
                          1_200, 6, "daily", 4_200, d0, 1, 0, lines, d0)

    path = build_pocket_books(tmp_path / "buku.pdf", profile=PROFILE,
                              books=[book("Cucu Sumiati"), book("Siti Aminah")])
    own, other = flat_pages(path)
    assert own.count("( Cucu Sumiati )") == 1  # as the borrower only
    assert "Peminjam Pengawas kelompok" in own and "( Cucu Sumiati ) ( ……" in own
    assert "Peminjam Ketua kelompok" in other  # Siti's book: her leader countersigns
    assert "( Siti Aminah ) ( Cucu Sumiati )" in other


HEADING = "Tanggal No. jurnal Keterangan Debit Kredit Saldo"


def _ledger(n: int, *, start: int = 1) -> AccountLedger:
    d0 = dt.date(2024, 1, 1)
    rows, balance = [], 1_000_000
    for k in range(n):
        balance += 999_999_999 if k % 2 else -999_999_999
        rows.append(LedgerRow(k + 1, d0 + dt.timedelta(days=k // 3), f"JU-2024-{start + k:06d}",
                              f"Setoran simpanan anggota nomor {k + 1}", 999_999_999 if k % 2 else 0,
                              0 if k % 2 else 999_999_999, balance, None, "1101"))
    return AccountLedger("1101", "Kas", "asset", d0, dt.date(2024, 12, 31), 1_000_000, tuple(rows), balance)


def _page_texts(path) -> list[str]:
    return flat_pages(path)


def test_a_long_cash_book_repeats_its_heading_on_every_page_and_never_mid_page(tmp_path):
    """Issue 18 items 2 and 3: a cash book of 900 lines (parts of 400 rows) — the column
    heading at the top of every page exactly once (before: again in the middle of a page where
    a part began), the total with rows and the heading on its page."""
    grid = ledger_grid(_ledger(900), cash_book=True)
    path = build_grid_pdf(tmp_path / "kas.pdf", grid, profile=PROFILE,
                          signatures=Signatures("H. Ujang Suryana", "Iis Rostiawati", dt.date(2025, 1, 5)))
    pages = _page_texts(path)
    assert len(pages) > 20
    for i, page in enumerate(pages, start=1):
        assert page.count(HEADING) == 1, f"halaman {i}: {page.count(HEADING)} judul kolom"
        assert page.index(HEADING) < page.index("JU-2024-") if "JU-2024-" in page else True
    last = pages[-1]
    assert "Jumlah mutasi dan saldo akhir" in last and "JU-2024-000900" in last
    assert "( H. Ujang Suryana )" in last
    # every line once, in order
    numbers = [int(x) for x in re.findall(r"JU-2024-(\d{6})", " ".join(pages))]
    assert numbers == list(range(1, 901))
    # no amount wraps: Rp999.999.999 columns keep every figure whole
    assert " ".join(pages).count("999.999.999") >= 900


@pytest.mark.parametrize("n", range(14, 30))
def test_the_total_never_stands_alone_and_carries_the_heading(tmp_path, n):
    """Whatever the length, the last rows kept with the total and the signatures start a page
    with the column heading when they move to a page of their own (the trial balance's page 2
    held two rows and the total without headings)."""
    grid = ledger_grid(_ledger(n), cash_book=True)
    path = build_grid_pdf(tmp_path / f"kas-{n}.pdf", grid, profile=PROFILE,
                          signatures=Signatures("H. Ujang Suryana", "Iis Rostiawati", dt.date(2025, 1, 5)))
    pages = _page_texts(path)
    for i, page in enumerate(pages, start=1):
        if "JU-2024-" in page or "Jumlah mutasi" in page:
            assert page.count(HEADING) == 1, (n, i)
    assert "JU-2024-" in pages[-1]  # the total comes with rows


def test_the_cash_book_sorts_by_date_then_number_and_says_so(db, actors, tmp_path):
    """Issue 18 item 3: an entry posted late for an earlier date has the larger number; the cash
    book lists by date, then number, and the page explains the order."""
    books = db
    bendahara = actors["bendahara"]
    ledger.post_journal_entry(books, actor=bendahara, on_date=dt.date(2024, 10, 1), description="Modal",
                              lines=[ledger.Line("1101", debit=1_000_000), ledger.Line("3202", credit=1_000_000)])
    late = ledger.post_journal_entry(books, actor=bendahara, on_date=dt.date(2024, 11, 3),
                                     description="Beli alat tulis", lines=[
                                         ledger.Line("5203", debit=10_000), ledger.Line("1101", credit=10_000)])
    early = ledger.post_journal_entry(books, actor=bendahara, on_date=dt.date(2024, 11, 1),
                                      description="Fotokopi", lines=[
                                          ledger.Line("5203", debit=5_000), ledger.Line("1101", credit=5_000)])
    book = accounting.cash_book(books, date_from=dt.date(2024, 11, 1), date_to=dt.date(2024, 11, 30))
    keys = [(r.date, r.number) for r in book.rows]
    assert keys == sorted(keys) and len(keys) >= 2
    assert early.value.number > late.value.number  # the later posting's number
    path = build_grid_pdf(tmp_path / "kas.pdf", ledger_grid(book, cash_book=True), profile=PROFILE,
                          signatures=Signatures(None, None, None))
    text = text_of(path)
    assert text.index(early.value.number) < text.index(late.value.number)
    assert "Urutan: tanggal transaksi, lalu nomor jurnal." in text


def test_a_heading_never_stands_alone_at_the_foot_of_a_page(tmp_path):
    """Issue 18 item 6: the lender statement's section D heading sat alone at the bottom of
    page 1. A heading keeps with what follows it, wherever the page ends."""
    from reportlab.platypus import Spacer

    from kamura_desktop.documents.pdf import data_table, para, styles

    st = styles()
    for filler in range(200, 236, 4):  # the heading lands ever nearer the foot of page 1
        story = [Spacer(1, filler * mm), para("D. Riwayat bagi hasil", st.heading),
                 data_table([["Tanggal", "Jumlah"], ["1 Mei 2024", "Rp15.000"]], [60 * mm, 40 * mm])]
        path = build_pdf(tmp_path / f"h{filler}.pdf", story, profile=PROFILE, page=A4_PORTRAIT, title="t",
                         subject="t")
        pages = flat_pages(path)
        where = [i for i, p in enumerate(pages) if "D. Riwayat bagi hasil" in p]
        assert where and "Tanggal Jumlah" in pages[where[0]], (filler, pages)


def test_blank_signature_lines_never_wrap_in_narrow_blocks(tmp_path):
    """Issue 18 item 6: the participation form's four blocks — the Pengawas (Lender) line
    without a name wrapped to two lines. A blank name line fits its block."""
    path = build_pdf(tmp_path / "sig4.pdf", [signature_blocks(
        [Signer("Ketua Kelompok", "Euis Aminah"), Signer("Pengawas (Lender)"),
         Signer("Ketua TKM", None, caption="Mengetahui,"), Signer("Petugas Koperasi", None, caption="Diverifikasi,")],
        width=A4_PORTRAIT.content_width)], profile=PROFILE, page=A4_PORTRAIT, title="t", subject="t")
    lines = PdfReader(str(path)).pages[0].extract_text(extraction_mode="layout").splitlines()
    names = [ln for ln in lines if "…" in ln or "Euis" in ln]
    assert len(names) == 1, names  # one line holds all four names
    assert names[0].count("(") == 4 and names[0].count(")") == 4


class _MadeForEveryCall(pdf.ContinuedTable):
    """ContinuedTable as it was before issue 20: the rows' table made anew for every wrap and
    every split (the reference the table made once per heading is compared with)."""

    def wrap(self, avail_width, avail_height):
        self._table = self.make(self.rows, self._at_top())
        self._table.canv = getattr(self, "canv", None)
        w, h = self._table.wrap(avail_width, avail_height)
        self.width, self.height = w, h
        return w, h

    def split(self, avail_width, avail_height):
        head = self._at_top()
        table = self.make(self.rows, head)
        table.wrap(avail_width, avail_height)
        parts = table.split(avail_width, avail_height)
        if head or len(parts) < 2:
            return parts
        done = len(parts[0]._cellvalues)  # noqa: SLF001
        return [self.make(self.rows[:done], False), _MadeForEveryCall(self.rows[done:], self.make)]


def test_a_continued_table_made_once_prints_the_very_same_pages(tmp_path, monkeypatch):
    """Issue 20: a part of a long table is made once for its heading (or none) and reused by
    the frame's wrap and split instead of made again for each (a 30-page ledger in three
    quarters of the time): the PDF is byte for byte the one the table made for every call
    gives (fixed clock, ReportLab's invariant mode), its parts continuing over pages both at
    the top of a page and mid-page."""
    from reportlab import rl_config

    from kamura_desktop.documents import financial_statements as fs

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(2025, 1, 6, 9, 30)

    monkeypatch.setattr(rl_config, "invariant", 1)
    monkeypatch.setattr(pdf, "dt", types.SimpleNamespace(**{**vars(dt), "datetime": Clock}))
    grid = ledger_grid(_ledger(520), cash_book=True)  # a part of 400 rows, one of 120, the end
    signatures = Signatures("H. Ujang Suryana", "Iis Rostiawati", dt.date(2025, 1, 5))
    once = build_grid_pdf(tmp_path / "sekali.pdf", grid, profile=PROFILE, signatures=signatures)
    monkeypatch.setattr(fs, "ContinuedTable", _MadeForEveryCall)
    every = build_grid_pdf(tmp_path / "setiap.pdf", grid, profile=PROFILE, signatures=signatures)
    assert len(PdfReader(str(once)).pages) > 15
    assert once.read_bytes() == every.read_bytes()
