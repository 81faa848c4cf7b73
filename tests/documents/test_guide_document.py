"""The guide's Markdown subset parsed into the blocks the program and the PDF both show."""

from __future__ import annotations

from pathlib import Path

from kamura_desktop.documents.guide import guide_html, parse_guide

TEXT = """# Panduan

## Setoran simpanan {#setoran}

Tekan `Ctrl+D` di halaman **Anggota**.
Baris kedua paragraf.

1. Ketik nomor anggota.
2. Ketik jumlah
   lalu Simpan.

- satu
- dua

> Nomor yang tepat selalu dipilih.

![Daftar anggota](gambar/anggota.png)

### Tanpa id
Teks & <tanda>.
"""


def test_sections_and_blocks():
    guide = parse_guide(TEXT, Path("/tmp"))
    assert guide.title == "Panduan"
    assert guide.ids() == ["setoran", "tanpa-id"]
    kinds = [b.kind for b in guide.section("setoran").blocks]
    assert kinds == ["para", "steps", "bullets", "tip", "image"]
    para, steps = guide.section("setoran").blocks[:2]
    assert para.text == "Tekan `Ctrl+D` di halaman **Anggota**. Baris kedua paragraf."
    assert steps.items == ("Ketik nomor anggota.", "Ketik jumlah lalu Simpan.")
    assert guide.images() == ["gambar/anggota.png"]


def test_html_has_an_anchor_per_section_and_escapes_text():
    html = guide_html(parse_guide(TEXT, Path("/tmp")))
    assert "<a name='setoran'></a>" in html and "<a name='tanpa-id'></a>" in html
    assert "<b>Anggota</b>" in html and "Ctrl+D" in html
    assert "Teks &amp; &lt;tanda&gt;." in html
    assert "<img src='gambar/anggota.png'" in html
