"""Issue 18 item 11: no near-empty pages. The IKM printout of the demo's pilot round took three
pages, the third holding only the scale's category table and the signatures; they now stand
side by side under the item chart on page 2. The annual report's short chapters share pages
and the equity table never stands alone on a page."""

from __future__ import annotations

import itertools

from pypdf import PdfReader

from kamura_desktop.services import evaluation, evaluation_report

from .pdf_text import flat_pages


def _runs(page) -> list[tuple[float, float, str]]:
    """(y from the top, x, text) of a page's text runs, in the page's space."""
    height = float(page.mediabox.height)
    out: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append((height - y, x, text.strip()))

    page.extract_text(visitor_text=visit)
    return out


def test_ikm_printout_ends_on_page_two_with_the_scale_beside_the_signatures(demo_db, tmp_path):
    rounds = {r.title: r for r in evaluation.list_rounds(demo_db)}
    ksm = rounds["Evaluasi pilot I-P2P — peserta"]
    path = evaluation_report.write_ikm_pdf(demo_db, instrument=evaluation.get_instrument(demo_db, ksm.instrument_id),
                                           result=evaluation.round_result(demo_db, ksm.id), title=ksm.title,
                                           path=tmp_path / "ikm.pdf")
    pages = PdfReader(path).pages
    assert len(pages) == 2
    runs = _runs(pages[1])
    text = " ".join(t for _, _, t in runs)
    assert "Grafik rata-rata per butir" in text and "Tabel kategori skala" in text and "Petugas evaluasi" in text

    def first(label: str) -> tuple[float, float]:
        return next((y, x) for y, x, t in runs if t.startswith(label))

    # the category table on the left, the signatures to its right in the same band of the page
    table_y, table_x = first("1,00 – 1,80")
    sign_y, sign_x = first("Petugas evaluasi")
    assert sign_x > table_x + 60 and abs(sign_y - table_y) < 25
    assert first("Tabel kategori skala")[0] > first("Grafik rata-rata per butir")[0]


def test_demo_annual_report_short_chapters_share_pages_and_the_equity_table_is_never_alone(demo_db, tmp_path):
    """The demo's 2024 RAT book took 23 pages, several holding a short chapter of a few lines
    and one only the equity table; now short chapters follow on the page they fit on."""
    from kamura_desktop.documents.excel import drain
    from kamura_desktop.services import annual_report

    pdf = drain(annual_report.write_annual_report_pdf(demo_db, year=2024, path=tmp_path / "rat.pdf"))
    pages = flat_pages(pdf)
    assert len(pages) == 19

    def page_of(text: str) -> int:  # after the table of contents
        return next(i for i, p in enumerate(pages) if i > 1 and text in p)

    equity = page_of("C. Laporan perubahan ekuitas")
    assert "D. Laporan arus kas" in pages[equity] or "B. Perhitungan hasil usaha" in pages[equity]
    assert page_of("BAB X LAPORAN PENGAWAS") == page_of("BAB XI PENUTUP")
    assert page_of("BAB VIII SISA HASIL USAHA") == page_of("BAB IX REALISASI ANGGARAN")
    assert page_of("BAB II ORGANISASI") == page_of("BAB I PENDAHULUAN")
    # the balance sheet reads whole on one page, its notes with it
    sheet = page_of("A. Laporan posisi keuangan")
    assert "JUMLAH LIABILITAS DAN EKUITAS" in pages[sheet] and "dikelompokkan menurut SAK EP" in pages[sheet]
    # the table of contents gives the pages the chapters are on
    toc = pages[1]
    assert f"BAB X LAPORAN PENGAWAS {page_of('BAB X LAPORAN PENGAWAS') + 1}" in toc
    # the meeting's papers still start a page of their own
    assert pages[page_of("BAB XII")].startswith("Koperasi") and "PENUTUP" not in pages[page_of("BAB XII")]


def test_shu_appendix_columns_hold_their_totals_and_attendance_rows_grow_with_a_long_name(demo_db):
    """Found by the no-wrap check at Rp999.999.999 a member: the appendix's totals ran into
    each other ("40.999.999.9595.000.011.995") and a 100-character name ran over the next
    attendance rows of BAB XII."""
    import dataclasses

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from kamura_desktop.documents.annual_report import appendix as ap
    from kamura_desktop.documents.annual_report import chapters
    from kamura_desktop.documents.pdf import FONT_BOLD, register_fonts
    from kamura_desktop.services import annual_report

    register_fonts()
    for total in ("40.999.999.959", "19.999.999.980.000"):
        widths, size = ap.fitted_widths([total] * 5)
        assert sum(widths) <= sum(ap.APPENDIX_WIDTHS) + 0.01 and widths[2] >= ap.MIN_NAME
        assert all(widths[k] >= stringWidth(total, FONT_BOLD, size) + 5 for k in range(3, 8)), (total, size)
    assert ap.fitted_widths(["581.216"] * 5) == (ap.APPENDIX_WIDTHS, ap.FONT_SIZE)  # the demo: as before

    r = annual_report.annual_report_data(demo_db, year=2024)
    long = dataclasses.replace(r.shu.rows[0], name="Siti " + "Nurhaliza " * 10)
    r = dataclasses.replace(r, shu=dataclasses.replace(r.shu, rows=(long, *r.shu.rows[1:])))
    # the attendance list is drawn page by page (documents/annual_report/attendance.py): its
    # rows' running tops give each row's height
    listing = next(x for x in chapters.MAKERS["meeting"](r) if type(x).__name__ == "AttendanceList")
    tops = listing._shared[1]
    heights = [b - a for a, b in itertools.pairwise(tops)]
    assert heights[0] > heights[1] >= 8.5 * 2.83
