"""A small ICU data library for the Linux bundle (issue 20: bundle ≤ 150 MB).

PySide6's Qt on Linux links ICU, and ICU's data library ``libicudata.so.73`` is 31 MB: every
locale's names of languages, regions, currencies and units, transliterators, word-break
dictionaries for Chinese/Japanese/Thai/Khmer/Lao/Burmese, and 200 legacy character
converters. Qt uses little of it — ``libQt6Core`` calls ICU only for case mapping
(``u_strToUpper/Lower``: built into ``libicuuc``), collation (``ucol_*``: QCollator), the
time-zone calendar and zone names (``ucal_*``: QTimeZone) and named legacy encodings
(``ucnv_*``: QStringConverter). (``nm -D --undefined-only libQt6Core.so.6 | grep _73``.)

This module cuts the data package (``icudt73l.dat``, the blob behind the library's one
symbol ``icudt73_dat``) down to what those calls need for the program's two languages and
ICU's root:

* every non-locale item (normalisation, properties, supplemental data, the zone database,
  the package's pool and index bundles), because they are small and shared;
* locale bundles of ``root``, ``en*`` and ``id*`` in the top level, ``coll/`` (collation;
  plus ``ucadata.icu``), ``zone/`` (zone names) and ``region/`` (country names in the
  generic zone names); other locales fall back to ``root``, as ICU does for any locale it
  lacks;
* the single-byte legacy converters (Windows-125x, ISO-8859-x, DOS code pages; each a few
  KB) — not the large Chinese/Japanese/Korean tables;
* nothing of ``brkitr/``, ``translit/``, ``rbnf/``, ``unit/``, ``curr/``, ``lang/`` (Qt never
  calls ``ubrk_``, ``utrans_``, ``unum_``, ``ucurr_`` or ``uloc_getDisplay*``).

and links it into a new ``libicudata.so.73`` with the same soname and symbol (``cc`` or
``as`` + ``ld`` from binutils). ``installer/kamura.spec`` puts it in place of Qt's on Linux;
Windows' Qt uses the ICU of Windows and needs none of this. The self-check
(``kamura-desktop --self-check``) sorts, upper-cases, names a time zone and decodes
Windows-1252 through Qt, so a bundle whose data lacks something it needs fails there.

    python installer/small_icu.py OUT_DIR     # writes OUT_DIR/libicudata.so.73, prints sizes
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

SONAME = "libicudata.so.73"
SYMBOL = "icudt73_dat"
PACKAGE = "icudt73l"  # the item names' prefix: ICU 73, little-endian

#: subfolders dropped whole (see the module text for why Qt never needs them)
DROPPED_TREES = ("brkitr", "translit", "rbnf", "unit", "curr", "lang")
#: the locales kept in every tree (with their variants: en_US, en_001, id_ID …)
KEPT_LOCALES = ("root", "en", "id")
_LOCALE = re.compile(r"^(root|[a-z]{2,3}(_[A-Za-z0-9]*)*)$")  # also coll/de_.res (phonebook)


def qt_icu_data() -> Path:
    """Qt's own ``libicudata.so.73`` in the installed PySide6 wheel."""
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt" / "lib" / SONAME


def read_blob(library: Path) -> bytes:
    """The data package inside ``library`` (64-bit little-endian ELF): the bytes of its
    ``icudt73_dat`` symbol, found through the dynamic symbol table."""
    elf = library.read_bytes()
    if elf[:6] != b"\x7fELF\x02\x01":
        raise ValueError(f"{library}: not a 64-bit little-endian ELF library")
    shoff, = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for at in range(offset, offset + size, entsize):
            name_at, _info_, _other, shndx, value, length = struct.unpack_from("<IBBHQQ", elf, at)
            end = elf.index(b"\0", strings + name_at)
            if elf[strings + name_at:end] == SYMBOL.encode():
                _n, _k, _f, addr, sec_offset = sections[shndx][:5]
                start = value - addr + sec_offset
                return elf[start:start + length]
    raise ValueError(f"{library}: no symbol {SYMBOL}")


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """``(header, [(name, item bytes)…])`` of an ICU common-data package (``CmnD``): a
    header, then a table of contents of name and data offsets, sorted by name."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD" or blob[4 + 4] != 0:
        raise ValueError("not a little-endian ICU common-data package")
    base = header_size
    count = struct.unpack_from("<I", blob, base)[0]
    entries = [struct.unpack_from("<II", blob, base + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        end_name = blob.index(b"\0", base + name_at)
        name = blob[base + name_at:end_name].decode("ascii")
        data_end = base + entries[i + 1][1] if i + 1 < count else len(blob)
        items.append((name, blob[base + data_at:data_end]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package ``read_package`` reads: same header, the items in name order, each
    aligned to 16 bytes as ICU's icupkg writes them."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    toc_size = 4 + 8 * len(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    offset = toc_size + len(names)
    offset += -(len(header) + offset) % 16
    toc, name_at, body = [struct.pack("<I", len(items))], toc_size, bytearray()
    for name, data in items:
        toc.append(struct.pack("<II", name_at, offset + len(body)))
        name_at += len(name) + 1
        body += data
        body += b"\xaa" * (-len(body) % 16)  # icupkg pads with 0xAA
    head = header + b"".join(toc) + names
    return head + b"\xaa" * (-len(head) % 16) + bytes(body)


def single_byte_converter(item: bytes) -> bool:
    """Whether a ``.cnv`` item is a single-byte table (Windows-125x, ISO-8859-x, DOS code
    pages: 3 KB each): its MBCS header's output type is MBCS_OUTPUT_1. The multi-byte CJK
    tables, and the extension-only ones that lean on them, are not."""
    header_size = struct.unpack_from("<H", item, 0)[0]
    static_size = struct.unpack_from("<i", item, header_size)[0]  # UConverterStaticData
    mbcs = header_size + static_size
    flags = struct.unpack_from("<I", item, mbcs + 24)[0]  # _MBCSHeader.flags
    return flags & 0xFF == 0


def keep(name: str, item: bytes) -> bool:
    """Whether the item ``icudt73l/<tree>/<file>`` stays in the small package."""
    parts = name.split("/")[1:]
    tree, file = (parts[0], parts[-1]) if len(parts) > 1 else ("", parts[0])
    if tree in DROPPED_TREES:
        return False
    stem, _, suffix = file.rpartition(".")
    if suffix == "cnv":
        return single_byte_converter(item)
    if suffix == "res" and _LOCALE.match(stem):
        return stem.split("_")[0] in KEPT_LOCALES
    if tree == "region":  # only its locale bundles (above) and pool/index stay
        return stem in ("pool", "res_index")
    return True


def small_package(blob: bytes) -> bytes:
    header, items = read_package(blob)
    return write_package(header, [(n, d) for n, d in items if keep(n, d)])


def link_library(package: bytes, out: Path) -> Path:
    """``out/libicudata.so.73``: a shared library whose one symbol is the package."""
    out.mkdir(parents=True, exist_ok=True)
    dat = out / f"{PACKAGE}.dat"
    dat.write_bytes(package)
    asm = out / "icudata.S"
    asm.write_text(
        "\t.section .rodata\n"
        f"\t.globl {SYMBOL}\n\t.type {SYMBOL}, @object\n\t.balign 16\n"
        f"{SYMBOL}:\n\t.incbin \"{dat.name}\"\n\t.size {SYMBOL}, .-{SYMBOL}\n"
        "\t.section .note.GNU-stack,\"\",@progbits\n", encoding="ascii")
    library = out / SONAME
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc:
        cmd = [cc, "-shared", "-nostdlib", f"-Wl,-soname,{SONAME}", "-o", str(library), asm.name]
        subprocess.run(cmd, check=True, cwd=out)
    elif shutil.which("as") and shutil.which("ld"):
        subprocess.run(["as", "-o", "icudata.o", asm.name], check=True, cwd=out)
        subprocess.run(["ld", "-shared", "-soname", SONAME, "-o", str(library), "icudata.o"],
                       check=True, cwd=out)
    else:
        raise RuntimeError("tidak ada kompilator C (cc) atau binutils (as, ld) untuk data ICU kecil")
    if read_blob(library) != package:
        raise RuntimeError(f"{library}: data ICU tidak terbaca kembali")
    return library


def build(out: Path, source: Path | None = None) -> Path:
    """Build the small ``libicudata.so.73`` from Qt's (or ``source``) into ``out``."""
    return link_library(small_package(read_blob(source or qt_icu_data())), out)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "build/small-icu")
    made = build(target)
    print(f"{qt_icu_data()}: {qt_icu_data().stat().st_size / 1_048_576:.1f} MB")
    print(f"{made}: {made.stat().st_size / 1_048_576:.1f} MB")
