"""Hypothesis over every import (issue 21, "done when"): workbooks whose cells hold valid,
boundary and hostile values (written as raw sheet XML, so even what Excel never writes gets
in: huge numbers, control characters, entities), and valid workbooks with random bytes
flipped or cut. Every import ends in a report or a ``UserError``; never a traceback, and a
refused or failed import writes nothing (harness.attack)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from xml.sax.saxutils import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamura_desktop.services import evaluation, evaluation_io, member_io, membership, savings

from .harness import FUZZ, attack, texts, valid_nik

MEMBER_HEADER = ["No Anggota", "Nama", "NIK", "No KK", "JK", "Tanggal Lahir", "Kampung", "RT",
                 "RW", "No HP", "Jenis Usaha", "Tgl Masuk", "Status", "Tanggal Keluar",
                 "Peran TKM", "Catatan"]

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
    'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
    'worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/'
    'workbook.xml"/></Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Jawaban" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/'
    'sheet1.xml"/></Relationships>')


def _col(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _cell(ref: str, value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    if isinstance(value, dt.date):
        return f'<c r="{ref}" t="inlineStr"><is><t>{value:%d/%m/%Y}</t></is></c>'
    # control characters stay raw: such XML is malformed, as a hostile file's would be
    text = escape(str(value)).encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def raw_xlsx(rows: list[list]) -> bytes:
    """A minimal .xlsx with ``rows`` as they are (row 1 first)."""
    body = "".join(
        f'<row r="{r}">' + "".join(_cell(f"{_col(c)}{r}", v) for c, v in enumerate(row, 1))
        + "</row>" for r, row in enumerate(rows, 1))
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
             'openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + body
             + "</sheetData></worksheet>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                              ("xl/workbook.xml", WORKBOOK),
                              ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                              ("xl/worksheets/sheet1.xml", sheet)):
            zf.writestr(name, content.encode("utf-8", "surrogatepass"))
    return out.getvalue()


cells = st.one_of(
    texts, st.integers(), st.floats(), st.booleans(), st.dates(),
    st.sampled_from([10**20, 2**63, -1, 0, 1e308, 3217014503850001, "=1+1", "&amp;", "&lol;",
                     "Rp125.000", "1e400", "٣", "31/02/2024", "28/03/2024", "ya", "tidak"]))


@pytest.fixture
def write(tmp_path):
    counter = iter(range(10**9))

    def _write(data: bytes):
        path = tmp_path / f"f{next(counter)}.xlsx"
        path.write_bytes(data)
        return path
    return _write


@FUZZ
@given(data=st.data(), n=st.integers(1, 6))
def test_member_import(db, actors, tally, write, data, n):
    rows = [MEMBER_HEADER]
    for _ in range(n):
        row = ["", data.draw(texts) or "Siti", valid_nik(data.draw(st.integers(0, 9999))), "",
               data.draw(st.sampled_from(["P", "L", "", "x"])), "", "Cibitung", "2", "8",
               "", "Pindang", "28/03/2024", "Aktif", "", "", ""]
        for _ in range(data.draw(st.integers(0, 4))):  # a few cells replaced by anything
            row[data.draw(st.integers(0, len(row) - 1))] = data.draw(cells)
        rows.append(row)
    path = write(raw_xlsx(rows))
    dry = data.draw(st.booleans())
    attack(tally, "import members", db, lambda: member_io.import_members(
        db, actor=actors["petugas"], path=path, dry_run=dry))


@pytest.fixture
def member(db, actors):
    return membership.register_member(db, actor=actors["petugas"], data=membership.MemberInput(
        name="Siti Aminah", nik="3217014503850001", sex="P",
        joined_on=dt.date(2024, 1, 15))).value.member


@FUZZ
@given(pokok=cells, wajib=cells, sukarela=cells, on=cells, number=st.one_of(
    st.just("KMR-0001"), cells))
def test_savings_import(db, actors, member, tally, write, pokok, wajib, sukarela, on, number):
    path = write(raw_xlsx([["No Anggota", "Pokok", "Wajib", "Sukarela", "Tanggal"],
                           [number, pokok, wajib, sukarela, on]]))
    attack(tally, "import savings", db, lambda: member_io.import_savings(
        db, actor=actors["bendahara"], path=path, dry_run=False))
    assert 0 <= savings.balances(db, member.id).sukarela <= 10_000_000_000 * 100


@FUZZ
@given(data=st.data(), n=st.integers(1, 4))
def test_evaluation_reads(db, actors, tally, write, data, n):
    ksm = evaluation.instrument_by_code(db, "ksm")
    scale = evaluation.scale_by_code(db, "likert5")
    codes = [item.code for item in ksm.items]
    rows = [["Responden", *codes]] + [
        [data.draw(texts) or "Siti", *[data.draw(st.one_of(st.integers(1, 5), cells))
                                       for _ in codes]] for _ in range(n)]
    path = write(raw_xlsx(rows))
    attack(tally, "read IKM answers", db,
           lambda: evaluation_io.read_ikm_answers(path, ksm, scale))
    income = write(raw_xlsx([["Responden", "Sebelum", "Sesudah"]] + [
        [data.draw(texts) or "Siti", data.draw(cells), data.draw(cells)] for _ in range(n)]))
    attack(tally, "read income", db, lambda: evaluation_io.read_income_test_pairs(income))


@pytest.fixture(scope="module")
def valid_book(tmp_path_factory) -> bytes:
    rows = [MEMBER_HEADER] + [
        [f"KMR-{k:04d}", f"Anggota {k}", valid_nik(k), "", "P", "", "Cibitung", "2", "8", "",
         "Pindang", "28/03/2024", "Aktif", "", "", "catatan"] for k in range(1, 6)]
    return raw_xlsx(rows)


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
       cut=st.one_of(st.none(), st.integers(0, 10**6)))
def test_mangled_bytes(db, actors, tally, write, valid_book, flips, cut):
    data = bytearray(valid_book)
    for pos, byte in flips:
        data[pos % len(data)] = byte
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    path = write(bytes(data))
    attack(tally, "import members (mangled bytes)", db, lambda: member_io.import_members(
        db, actor=actors["petugas"], path=path, dry_run=False))
