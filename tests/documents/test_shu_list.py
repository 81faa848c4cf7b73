"""The per-member SHU list (documents/shu_list.py), PDF and Excel, read back."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from pypdf import PdfReader

from kamura_desktop.demo import DEMO_PROFILE
from kamura_desktop.documents.excel import drain
from kamura_desktop.documents.shu_list import build_shu_list_pdf, build_shu_list_xlsx
from kamura_desktop.resources import resource
from kamura_desktop.services import settings, shu
from kamura_desktop.services.actor import Actor
from tests.services.test_shu import EXPECTED, build_year

from .pdf_text import page_texts


def pdf_text(path) -> str:
    return "\n".join(page_texts(path))


def test_worked_year_list_pdf_and_workbook(db, actors, tmp_path):
    settings.update_profile(db, actor=Actor.system(), **DEMO_PROFILE)
    settings.set_logo(db, actor=Actor.system(), data=resource("logo.png").read_bytes(), filename="logo.png")
    build_year(db, actors)
    pdf, xlsx = tmp_path / "shu.pdf", tmp_path / "shu.xlsx"
    steps = list(shu.write_shu_list_pdf(db, year=2024, path=pdf))
    assert steps[-1][0] == steps[-1][1]
    drain(shu.write_shu_list_xlsx(db, year=2024, path=xlsx))
    text = pdf_text(pdf)
    assert "Daftar Pembagian SHU Anggota Tahun Buku 2024" in text and "DRAF" in text
    assert "Rp468.000" in text
    for amount in ("187.200", "23.400", "93.600", "49.361", "20.956", "80.561", "18.161", "62.400"):
        assert amount in text, amount
    assert "Koperasi Awilarangan Mukti Rahayu" in text and "Ketua" in text and "Bendahara" in text

    wb = load_workbook(xlsx)
    ws = wb["SHU 2024"]
    rows = list(ws.iter_rows(min_row=5, values_only=True))
    assert [r[3:8] for r in rows[:-1]] == [(e[0], e[1], e[2], e[3], e[4]) for e in EXPECTED]
    assert rows[-1][2:8] == ("Jumlah", 3_350_000, 18_000, 93_600, 93_600, 187_200)
    assert all(isinstance(r[7], int) for r in rows)
    alloc = {r[0]: r[2] for r in wb["Pembagian"].iter_rows(min_row=2, values_only=True) if r and r[0]}
    assert alloc["Cadangan"] == 187_200 and alloc["Jumlah (SHU tahun berjalan)"] == 468_000


def test_many_members_span_pages_and_total_exactly(tmp_path):
    split = shu.share_out(12_345_679, [40, 40, 5, 5, 5, 5], 60, [50_000 + 1_000 * i for i in range(150)],
                          [(i % 7) * 900 for i in range(150)])
    rows = tuple(shu.ShuMemberRow(i, f"KMR-{i + 1:04d}", f"Anggota Nomor {i + 1}", 50_000 + 1_000 * i,
                                  (i % 7) * 900, a, b, a + b)
                 for i, (a, b) in enumerate(zip(split.jasa_modal, split.jasa_usaha, strict=True)))
    allocations = tuple(shu.ShuAllocation(k, label, p, amount) for (k, label, _), p, amount in
                        zip(shu.ALLOCATIONS, [40, 40, 5, 5, 5, 5], split.allocations, strict=True))
    dto = shu.ShuDTO(1, 2025, "paid", 12_345_679, allocations, split.allocations[1], 60,
                     split.jasa_modal_total, split.jasa_usaha_total, rows, dt.date(2026, 3, 20),
                     dt.date(2026, 3, 14), dt.date(2026, 3, 21), "=sukarela", False)
    profile = settings.CooperativeProfile(**{**DEMO_PROFILE, "name": "=Koperasi Uji"}, logo_png=None)
    pdf = build_shu_list_pdf(tmp_path / "many.pdf", dto, profile=profile)
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 4
    text = pdf_text(pdf)
    assert "KMR-0150" in text and "Jumlah (150" in text
    assert f"{split.allocations[1]:,}".replace(",", ".") in text
    xlsx = build_shu_list_xlsx(tmp_path / "many.xlsx", dto, profile=profile)
    ws = load_workbook(xlsx)["SHU 2025"]
    values = list(ws.iter_rows(min_row=5, values_only=True))
    assert sum(r[7] for r in values[:-1]) == values[-1][7] == split.allocations[1]
    assert ws["A2"].value.startswith("'=")  # a formula-looking name is kept as text
