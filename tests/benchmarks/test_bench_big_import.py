"""How fast a huge workbook is refused (issue 22 item 2): a ~10 MB .xlsx with two million
member rows used to take 86–155 s per import and print millions of problem lines. The reader
streams the sheet and stops at the row limit (``domain/limits.MAX_IMPORT_ROWS``), so the
refusal costs the reading of the first 50.000 rows only.

Target: the median refusal under 15 s (it reads 50.000 rows of the sheet, then stops).
Run with ``.venv/bin/pytest tests/benchmarks/test_bench_big_import.py --benchmark-enable``.
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

import pytest

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.limits import MAX_IMPORT_ROWS
from kamura_desktop.services import member_io

pytestmark = pytest.mark.slow

ROWS = 2_000_000
REFUSE_S = 15

_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
        'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
        '"xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><sheets><sheet name="Anggota" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
        '"worksheets/sheet1.xml"/></Relationships>'),
}


def two_million_rows() -> Path:
    """The hostile workbook, built once (streamed into the zip) and kept in the temp folder."""
    path = Path(tempfile.gettempdir()) / f"kamura-bench-{ROWS}-rows-v1.xlsx"
    if path.exists():
        return path
    tmp = path.with_suffix(".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in _PARTS.items():
            zf.writestr(name, content)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://'
                        b'schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                        b'<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c>'
                        b'<c r="B1" t="inlineStr"><is><t>NIK</t></is></c>'
                        b'<c r="C1" t="inlineStr"><is><t>Tgl Masuk</t></is></c></row>')
            batch = []
            for r in range(2, ROWS + 2):
                batch.append(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Anggota {r}</t>'
                             f'</is></c><c r="B{r}"><v>32170145038{r % 100000:05d}</v></c>'
                             f'<c r="C{r}"><v>45379</v></c></row>')
                if len(batch) == 20_000:
                    sheet.write("".join(batch).encode())
                    batch.clear()
            sheet.write("".join(batch).encode() + b"</sheetData></worksheet>")
    tmp.replace(path)
    return path


def test_two_million_rows_are_refused_at_the_limit(benchmark, db, actors):
    path = two_million_rows()

    def refuse():
        with pytest.raises(UserError) as err:
            member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=True)
        return err.value

    error = benchmark.pedantic(refuse, rounds=3, iterations=1)
    assert error.code == "too_many_rows"
    assert f"lebih dari {MAX_IMPORT_ROWS:,} baris data".replace(",", ".") in error.message
    benchmark.extra_info["file_mb"] = round(path.stat().st_size / 1e6, 1)
    assert benchmark.stats.stats.median < REFUSE_S
