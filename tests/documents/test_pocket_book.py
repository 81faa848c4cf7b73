"""The repayment book's printouts read back: pocket books (both layouts, reprints, whole
groups and disbursements), the collection sheet with its attendance list, and the arrears
workbook (numbers are numbers, dates are dates)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from kamura_desktop.demo import DEMO_PROFILE
from kamura_desktop.documents.pocket_book import (
    DEFAULT_LAYOUT,
    PocketBook,
    PocketBookLine,
    build_pocket_books,
    qr_modules,
)
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.resources import resource
from kamura_desktop.services import repayment_docs, repayments, settings
from kamura_desktop.services.actor import Actor
from tests.helpers_books import prepared

from ..services.test_repayments import Lending
from .pdf_text import flat_pages, flat_text


def _lending(db, actors) -> Lending:
    system = Actor.system()
    settings.update_profile(db, actor=system, **DEMO_PROFILE)
    settings.set_logo(db, actor=system, data=resource("logo.png").read_bytes(), filename="logo.png")
    return Lending(db, actors)


@pytest.fixture
def lend(db, actors) -> Lending:
    return _lending(db, actors)


@prepared
def paket(db, actors) -> SimpleNamespace:
    """The books of ``lend`` with a Paket Usaha group of five disbursed on Monday 8 January
    2024 (``lend.paket_group``): built once per run and engine, a copy per test."""
    lend = _lending(db, actors)
    return SimpleNamespace(lend=lend, credits=lend.paket_group(dt.date(2024, 1, 8)))


def text_of(path) -> str:
    """The text of every page with its whitespace collapsed (table cells come out one per
    line)."""
    return flat_text(path)


def fonts_of(path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
        for xobject in resources.get("/XObject", {}).values():
            inner = xobject.get_object().get("/Resources", {}).get("/Font", {})
            for font in inner.values():
                names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_pocket_book_shows_six_instalments_of_4200_with_their_dates(db, paket, tmp_path):
    c = paket.credits[0]
    path = repayment_docs.pocket_books_pdf(db, credit_ids=[c.id], path=tmp_path / "buku.pdf")
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1  # A6 × 4 on one A4 sheet: cover, schedule, rules, notes
    w, h = (float(x) for x in reader.pages[0].mediabox.upper_right)
    assert (round(w), round(h)) == tuple(round(x) for x in A4)
    text = text_of(path)
    rows = re.findall(r"(\d) (?:Sen|Sel|Rab|Kam|Jum|Sab) (\d\d/\d\d/\d{4}) Rp4\.200", text)
    dues = [i.due_date for i in repayments.credit_statement(db, c.id).instalments]
    assert rows == [(str(n), d.strftime("%d/%m/%Y")) for n, d in enumerate(dues, start=1)]
    assert dues[0] == dt.date(2024, 1, 9) and dues[-1] == dt.date(2024, 1, 15)  # Sunday skipped
    assert text.count("Rp4.200") == 7  # six rows and the terms on the cover
    for expected in ("BUKU SAKU ANGSURAN", c.number, c.member_name, "Paket Usaha",
                     "6 × Rp4.200 harian", "Rp25.200", "Tanggung renteng",
                     "Tidak ada denda keterlambatan", "Koperasi Awilarangan Mukti Rahayu",
                     "0812-2000-0818", "Halaman 4 dari 4", "Kamura Desktop"):
        assert expected in text, expected
    assert fonts_of(path) <= {"DejaVuSans", "DejaVuSans-Bold"}


def test_reprint_shows_the_payments_made_so_far(db, paket, tmp_path):
    lend, c = paket.lend, paket.credits[0]
    dues = [i.due_date for i in repayments.credit_statement(db, c.id).instalments]
    lend.pay(c.id, 4_200, dues[0])
    lend.pay(c.id, 6_000, dues[2])  # the second instalment late and part of the third
    text = text_of(repayment_docs.pocket_books_pdf(db, credit_ids=[c.id], path=tmp_path / "ulang.pdf"))
    paid = dues[2].strftime("%d/%m/%Y")
    assert re.search(rf"1 \S+ {dues[0]:%d/%m/%Y} Rp4\.200 {dues[0]:%d/%m/%Y} Rp4\.200", text)
    assert re.search(rf"2 \S+ {dues[1]:%d/%m/%Y} Rp4\.200 {paid} Rp4\.200", text)
    assert re.search(rf"3 \S+ {dues[2]:%d/%m/%Y} Rp4\.200 {paid} Rp1\.800\*", text)
    assert "Dicetak ulang" in text and "Rp15.000" in text  # what is left
    assert "Rp10.200" in text  # paid so far, in the total row


def test_whole_group_and_disbursement_and_a5_layout(db, lend, tmp_path):
    day = dt.date(2024, 2, 5)
    group = lend.paket_group(day)
    other = lend.paket_group(day)
    ids = repayment_docs.pocket_book_credit_ids(db, group_code=group[0].group_code)
    assert sorted(ids) == sorted(c.id for c in group)
    path = repayment_docs.pocket_books_pdf(db, credit_ids=ids, path=tmp_path / "kelompok.pdf")
    assert len(PdfReader(str(path)).pages) == 5  # one sheet per borrower
    every = repayment_docs.pocket_book_credit_ids(db, disbursed_on=day)
    assert sorted(every) == sorted(c.id for c in group + other)

    a5 = repayment_docs.pocket_books_pdf(db, credit_ids=ids[:2], path=tmp_path / "a5.pdf",
                                         layout="a5_2up")
    reader = PdfReader(str(a5))
    assert len(reader.pages) == 4  # cover | schedule, rules | notes, per borrower
    w, h = (float(x) for x in reader.pages[0].mediabox.upper_right)
    assert w > h  # landscape A4
    assert text_of(a5).count("BUKU SAKU ANGSURAN") == 2

    with pytest.raises(UserError):
        repayment_docs.pocket_books_pdf(db, credit_ids=ids, path=tmp_path / "x.pdf", layout="a7")
    with pytest.raises(UserError):
        repayment_docs.pocket_book_credit_ids(db, group_code="KLP-001", disbursed_on=day)
    with pytest.raises(NotFound):
        repayment_docs.pocket_book_credit_ids(db, disbursed_on=dt.date(2020, 1, 1))


def test_a_long_schedule_continues_on_more_panels(tmp_path):
    """A 40-row schedule does not fit one A6 panel: it continues and the book grows to
    whole sheets, every panel numbered within its own book."""
    d0 = dt.date(2024, 3, 4)
    lines = tuple(PocketBookLine(i + 1, d0 + dt.timedelta(days=i), 4_200) for i in range(40))
    book = PocketBook("KR-2024-0999", "KMR-0001", "Siti Aminah", "Cibitung RT 002/RW 008",
                      "KLP-009", "Sauyunan", "Cucu", "Senin", "balai RW", "Paket Usaha", True,
                      160_000, 8_000, 40, "daily", 4_200, d0, 1, 0, lines, d0)
    path = build_pocket_books(tmp_path / "panjang.pdf", profile=settings.CooperativeProfile(
        **DEMO_PROFILE, logo_png=None), books=[book])
    text = text_of(path)
    assert len(PdfReader(str(path)).pages) == 2
    assert all(f" {d0 + dt.timedelta(days=i):%d/%m/%Y} Rp4.200" in text for i in range(40))
    assert "Jadwal angsuran (lanjutan)" in text and "Halaman 8 dari 8" in text
    assert DEFAULT_LAYOUT == "a6_4up"


def test_qr_code_encodes_the_credit_number(tmp_path, db, lend):
    modules = qr_modules("KR-2024-00001")
    assert len(modules) == 21 and all(len(row) == 21 for row in modules)  # version 1
    assert modules[0][:7] == [True] * 7  # a finder pattern in the corner
    zbarimg, pdftoppm = shutil.which("zbarimg"), shutil.which("pdftoppm")
    if not (zbarimg and pdftoppm):
        pytest.skip("zbarimg/pdftoppm not installed: scanning the printed code is not checked")
    c = lend.paket_group()[0]
    path = repayment_docs.pocket_books_pdf(db, credit_ids=[c.id], path=tmp_path / "qr.pdf")
    subprocess.run([pdftoppm, "-r", "150", "-png", str(path), str(tmp_path / "p")], check=True)
    png = next(tmp_path.glob("p*.png"))
    out = subprocess.run([zbarimg, "-q", "--raw", str(png)], capture_output=True, text=True)
    assert out.stdout.strip() == c.number


# ------------------------------------------------------------------ collection sheet

def test_collection_sheet_and_attendance_list(db, paket, tmp_path, actors):
    lend, cs = paket.lend, paket.credits
    dues = [i.due_date for i in repayments.credit_statement(db, cs[0].id).instalments]
    lend.pay(cs[0].id, 4_200, dues[0])
    path = repayment_docs.collection_sheet_pdf(db, group_id=cs[0].group_id, meeting_date=dues[1],
                                               path=tmp_path / "tagih.pdf", actor=actors["petugas"])
    reader = PdfReader(str(path))
    assert len(reader.pages) == 2
    sheet, attendance = flat_pages(path)
    assert "LEMBAR PENAGIHAN ANGSURAN" in sheet and "DAFTAR HADIR PERTEMUAN KELOMPOK" in attendance
    for c in cs:
        assert c.member_name in sheet and c.member_name in attendance and c.number in sheet
    # the member who paid owes today's instalment; the others also the one they missed
    assert sheet.count("Rp8.400") == 4 and "Rp37.800" in sheet  # 4 × 8.400 + 4.200
    assert "Ditalangi oleh" in sheet and "Uji Petugas" in sheet
    assert "Pemeriksaan buku saku angsuran" in attendance
    assert fonts_of(path) <= {"DejaVuSans", "DejaVuSans-Bold"}


# ------------------------------------------------------------------ arrears workbook

def test_arrears_workbook_types_and_summary(db, lend, tmp_path):
    cs = lend.credits("BERGULIR", [300_000] * 5, on=dt.date(2024, 1, 8), instalments=3, rate_bp=200)
    dues = [i.due_date for i in repayments.credit_statement(db, cs[0].id).instalments]
    for c in cs[:4]:
        lend.pay(c.id, 106_000, dues[0])
        lend.pay(c.id, 106_000, dues[1])
    as_of = dues[0] + dt.timedelta(days=35)
    path = repayment_docs.arrears_xlsx(db, as_of=as_of, path=tmp_path / "tunggakan.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Ringkasan", "Tunggakan"]
    ws = wb["Tunggakan"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in ws.iter_rows(min_row=2)
            if row[0].value and str(row[0].value).startswith("KR-")]
    assert len(rows) == 5
    late = rows[0]  # the worst first
    assert late["No Kredit"] == cs[4].number
    # the principal still owed is the base; the service still owed its own column
    assert late["Pokok Terutang (dasar PAR)"] == 300_000 and isinstance(late["Pokok Terutang (dasar PAR)"], int)
    assert late["Jasa Terutang"] == 18_000 and late["Dasar PPKA (pokok risiko sendiri)"] == 300_000
    assert late["Hari Tunggakan"] == 35 and late["Kol"] == 2 and late["Angsuran Tertunggak"] == 2
    assert isinstance(late["Tanggal Cair"], dt.datetime) and late["Tanggal Cair"].date() == dt.date(2024, 1, 8)
    assert late["Jatuh Tempo Tertua"].date() == dues[0] and late["Bayar Terakhir"] is None
    assert late["PPKA"] == pytest.approx(0.05) and late["Cadangan (PPKA)"] == 15_000
    assert rows[1]["Bayar Terakhir"].date() == dues[1]
    summary = {row[0].value: [c.value for c in row[1:]] for row in wb["Ringkasan"].iter_rows()
               if row[0].value}
    assert summary["PAR 30 (terlambat > 30 hari)"][:3] == [300_000, 700_000, pytest.approx(0.4286)]
    assert summary["Per tanggal"][0].date() == as_of
    assert summary["Pokok terutang (dasar PAR)"][0] == 700_000
    assert summary["Jasa terutang (tidak termasuk)"][0] == 742_000 - 700_000
    assert summary["1 Lancar"][:2] == [4, 400_000] and summary["2 Dalam Perhatian Khusus"][:2] == [1, 300_000]
    assert summary["2 Dalam Perhatian Khusus"][4] == 18_000  # its service owed, beside


def test_arrears_report_dict(db, paket):
    cs = paket.credits
    d1 = repayments.credit_statement(db, cs[0].id).instalments[0].due_date
    report = repayment_docs.arrears_report(db, as_of=d1 + dt.timedelta(days=31)).to_dict()
    assert report["credits"] == 5 and report["outstanding"] == 5 * 25_000  # principal
    assert report["service_outstanding"] == 5 * 200 and report["basis"] == "principal"
    assert report["par"]["par_30"]["percent"] == "100.00"
    assert [k["count"] for k in report["kolektibilitas"]] == [0, 5, 0, 0, 0]


# ---------------------------------------------------------------- issue 18 item 9

def _book(instalments: int) -> PocketBook:
    d0 = dt.date(2024, 3, 4)
    lines = tuple(PocketBookLine(i + 1, d0 + dt.timedelta(days=i), 4_200) for i in range(instalments))
    return PocketBook("KR-2024-0999", "KMR-0001", "Siti Aminah", "Cibitung RT 002/RW 008", "KLP-009",
                      "Sauyunan", "Cucu Sumiati", "Senin", "balai RW", "Paket Usaha", True, 24_000 * instalments // 6,
                      1_200, instalments, "daily", 4_200, d0, 1, 0, lines, d0)


def test_booklet_order_reads_as_one_book_when_folded():
    from kamura_desktop.documents.pocket_book import booklet_order

    assert booklet_order(4) == [(4, 1), (2, 3)]
    assert booklet_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]
    # folding the stack: the fronts' right halves and the backs' left halves, sheet after
    # sheet, then back out through the other halves — 1, 2, …, n
    for n in (4, 8, 12):
        sides = booklet_order(n)
        fronts, backs = sides[0::2], sides[1::2]
        first_half = [p for f, b in zip(fronts, backs, strict=True) for p in (f[1], b[0])]
        second_half = [p for f, b in reversed(list(zip(fronts, backs, strict=True))) for p in (b[1], f[0])]
        assert first_half + second_half == list(range(1, n + 1))
    with pytest.raises(ValueError):
        booklet_order(6)


def _pages(path) -> list[str]:
    return flat_pages(path)


def test_a6_booklet_prints_the_pages_two_up_in_folding_order(tmp_path):
    profile = settings.CooperativeProfile(**DEMO_PROFILE, logo_png=None)
    long_book = _book(40)  # a schedule over several panels: padded with notes to a multiple of 4
    path = build_pocket_books(tmp_path / "buklet.pdf", profile=profile, books=[_book(6), long_book],
                              layout="a6_booklet")
    reader = PdfReader(str(path))
    w, h = (float(x) for x in reader.pages[0].mediabox.upper_right)
    assert (round(w), round(h)) == (round(A4[0]), round(A4[1] / 2))  # A5 landscape: two A6 side by side
    numbers = [[int(n) for n in re.findall(r"Halaman (\d+) dari", page)] for page in _pages(path)]
    # one booklet of 4 pages (2 sides), then the long one (n pages, n/2 sides): never a shared sheet
    n = int(re.search(r"dari (\d+)", _pages(path)[2]).group(1))
    assert n == 8
    assert numbers == [[4, 1], [2, 3], [8, 1], [2, 7], [6, 3], [4, 5]]
    first = _pages(path)
    assert "BUKU SAKU ANGSURAN" in first[0] and "Catatan pendampingan" in first[0]
    assert "Jadwal angsuran" in first[1] and "Ketentuan" in first[1]
    assert "dari 8" in first[2] and "Jadwal angsuran (lanjutan)" in first[3] + first[4]


def test_inner_pages_carry_a_compact_letterhead(tmp_path):
    profile = settings.CooperativeProfile(**DEMO_PROFILE, logo_png=None)
    path = build_pocket_books(tmp_path / "buku.pdf", profile=profile, books=[_book(6)])
    text = _pages(path)[0]
    # the letterhead's address is on the cover only (and in the rules' office box); the name
    # heads every page
    assert text.count(DEMO_PROFILE["address"]) == 2
    assert text.count(DEMO_PROFILE["name"]) >= 4


def test_the_a5_book_is_the_a6_layout_scaled_to_the_page(tmp_path):
    """Issue 18 item 9: the A5 book fills its page — the schedule table reaches as far down the
    A5 page, in proportion, as on the A6 page (not A6 content on a half-empty A5 page)."""
    from kamura_desktop.documents.pocket_book import A5_2UP, A6_4UP

    from .layout_check import read_layout

    profile = settings.CooperativeProfile(**DEMO_PROFILE, logo_png=None)

    def lowest(layout: str, panel) -> float:
        path = build_pocket_books(tmp_path / f"{layout}.pdf", profile=profile, books=[_book(6)], layout=layout)
        page = read_layout(path)[0]
        # the lowest word above the footer on the cover panel (top left), in panel heights
        words = [w for w in page.words if w.x0 < page.width / 2 and w.y1 < panel
                 and "Halaman" not in w.text and "Kamura" not in w.text and "Dicetak" not in w.text]
        footer = max(w.y1 for w in words if w.y1 < panel - 12)
        return footer / panel

    a6 = lowest("a6_4up", A6_4UP.panel.height)
    a5 = lowest("a5_2up", A5_2UP.panel.height * A5_2UP.scale)
    assert A5_2UP.scale == pytest.approx(2 ** 0.5, rel=1e-3)
    assert a5 == pytest.approx(a6, abs=0.02)
    assert a5 > 0.85  # the cover reaches the foot of the A5 page
