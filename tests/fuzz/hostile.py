"""Damaged and hostile workbooks, built here from a valid one (no fixtures downloaded).

Each builder takes a valid .xlsx (bytes) and returns the bytes of a broken or hostile one:
zip tricks (truncation, a corrupted deflate stream, a part that unpacks to gigabytes, too
many parts), broken XML (unclosed, undefined entities), and DTD attacks ("billion laughs"
entity expansion, external entities — also in UTF-16 and behind a long comment) in the
sheet, the shared strings, the workbook part and the content types.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable

SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
WORKBOOK = "xl/workbook.xml"
TYPES = "[Content_Types].xml"

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + str(i - 1 if i > 1 else "") + ";") * 10}">\n'
              for i in range(1, 10))
    + ']>\n')
EXTERNAL = ('<?xml version="1.0"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM '
            '"file:///etc/passwd"> ]>\n')


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def pack(files: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as zf:
        for name, content in files.items():
            zf.writestr(name, content)
    return out.getvalue()


def _with(data: bytes, name: str, content: bytes) -> bytes:
    files = parts(data)
    files[name] = content
    return pack(files)


def _root_of(xml: bytes) -> bytes:
    """The part without its XML declaration (so a DOCTYPE can go before the root)."""
    text = xml.decode("utf-8")
    if text.startswith("<?xml"):
        text = text[text.index("?>") + 2:]
    return text.lstrip().encode("utf-8")


def _inject_entity(data: bytes, name: str, prolog: str, ref: str) -> bytes:
    """``prolog`` (a DOCTYPE) before the part's root, and ``ref`` used inside its text."""
    files = parts(data)
    root = _root_of(files.get(name, b"<x/>"))
    if name == SHEET:
        root = root.replace(b"<sheetData>", f'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{ref}</t></is></c></row>'.encode(), 1) \
            if b"<sheetData>" in root else root
    elif name == STRINGS:
        root = root.replace(b"<t>", f"<t>{ref}".encode(), 1)
    files[name] = prolog.encode("utf-8") + root
    return pack(files)


def billion_laughs(part: str) -> Callable[[bytes], bytes]:
    return lambda data: _inject_entity(data, part, LAUGHS, "&lol9;")


def external_entity(part: str) -> Callable[[bytes], bytes]:
    return lambda data: _inject_entity(data, part, EXTERNAL, "&xxe;")


def laughs_utf16(data: bytes) -> bytes:
    files = parts(data)
    text = LAUGHS.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
    files[SHEET] = (text + _root_of(files[SHEET]).decode()).encode("utf-16")
    return pack(files)


def laughs_behind_a_comment(data: bytes) -> bytes:
    files = parts(data)
    files[SHEET] = (b'<?xml version="1.0"?>\n<!-- ' + b"<a> " * 5000 + b"-->\n"
                    + LAUGHS.split("\n", 1)[1].encode() + _root_of(files[SHEET]))
    return pack(files)


def undefined_entity(data: bytes) -> bytes:
    files = parts(data)
    files[SHEET] = files[SHEET].replace(b"<sheetData>", b"<sheetData>&nbsp;", 1)
    return pack(files)


def malformed_sheet(data: bytes) -> bytes:
    files = parts(data)
    files[SHEET] = files[SHEET][: len(files[SHEET]) // 2]  # cut in the middle of a tag
    return pack(files)


def sheet_not_xml(data: bytes) -> bytes:
    return _with(data, SHEET, b"\x00\x01\x02 not xml at all \xff\xfe")


def malformed_workbook_part(data: bytes) -> bytes:
    return _with(data, WORKBOOK, b"<workbook><sheets><sheet name='x' ")


def no_workbook_part(data: bytes) -> bytes:
    files = parts(data)
    files.pop(WORKBOOK)
    return pack(files)


def sheet_missing(data: bytes) -> bytes:
    files = parts(data)
    files.pop(SHEET)
    return pack(files)


def corrupted_deflate(data: bytes) -> bytes:
    """Flip bytes inside the sheet's compressed stream (headers intact)."""
    buf = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(SHEET)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(start + 2, start + max(3, info.compress_size - 2), 3):
        buf[k] ^= 0x5A
    return bytes(buf)


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def empty(_data: bytes) -> bytes:
    return b""


def random_bytes(data: bytes) -> bytes:
    return random.Random(len(data)).randbytes(len(data))


def zip_of_text(_data: bytes) -> bytes:
    return pack({"hello.txt": b"bukan excel"})


def stored_huge_strings(data: bytes) -> bytes:
    """A shared-strings part that unpacks to 80 MB (deflated to ~80 KB): a small zip bomb."""
    files = parts(data)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in files.items():
            if name != STRINGS:
                zf.writestr(name, content)
        with zf.open(STRINGS, "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
                       b'spreadsheetml/2006/main"><si><t>')
            chunk = b"A" * (1024 * 1024)
            for _ in range(80):
                part.write(chunk)
            part.write(b"</t></si></sst>")
    return out.getvalue()


def lying_sizes(data: bytes) -> bytes:
    """The central directory says the sheet is 10 bytes; it holds far more."""
    buf = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(SHEET)
    end = data.rfind(b"PK\x05\x06")
    cd_offset = int.from_bytes(data[end + 16:end + 20], "little")
    pos = cd_offset
    while pos < end:
        name_len = int.from_bytes(buf[pos + 28:pos + 30], "little")
        extra_len = int.from_bytes(buf[pos + 30:pos + 32], "little")
        comment_len = int.from_bytes(buf[pos + 32:pos + 34], "little")
        name = bytes(buf[pos + 46:pos + 46 + name_len]).decode()
        if name == info.filename:
            buf[pos + 24:pos + 28] = (10).to_bytes(4, "little")
        pos += 46 + name_len + extra_len + comment_len
    return bytes(buf)


def many_parts(data: bytes) -> bytes:
    files = parts(data)
    for k in range(2_100):
        files[f"xl/media/x{k}.xml"] = b"<x/>"
    return pack(files)


#: every damaged or hostile workbook, by name
ATTACKS: dict[str, Callable[[bytes], bytes]] = {
    "corrupted-deflate": corrupted_deflate,
    "malformed-sheet-xml": malformed_sheet,
    "sheet-not-xml": sheet_not_xml,
    "malformed-workbook-part": malformed_workbook_part,
    "no-workbook-part": no_workbook_part,
    "sheet-missing": sheet_missing,
    "undefined-entity": undefined_entity,
    "billion-laughs-sheet": billion_laughs(SHEET),
    "billion-laughs-strings": billion_laughs(STRINGS),
    "billion-laughs-workbook": billion_laughs(WORKBOOK),
    "billion-laughs-content-types": billion_laughs(TYPES),
    "billion-laughs-utf16": laughs_utf16,
    "billion-laughs-behind-comment": laughs_behind_a_comment,
    "external-entity-sheet": external_entity(SHEET),
    "external-entity-strings": external_entity(STRINGS),
    "truncated": truncated,
    "empty": empty,
    "random-bytes": random_bytes,
    "zip-of-text": zip_of_text,
    "zip-bomb-strings": stored_huge_strings,
    "lying-sizes": lying_sizes,
    "too-many-parts": many_parts,
}
