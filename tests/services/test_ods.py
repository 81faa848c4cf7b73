"""The Kemenkop ODS data sheet (services/ods.py, issue 19 §4) on the demo's 2024 books:
41 members on 31 Dec 2024 (15 men, 26 women); equity Rp74.133.040, liabilities Rp33.101.960,
assets Rp107.235.000; income Rp4.078.000; SHU Rp1.453.040; the RAT of 15 March 2025 (the
meeting that approved the 2025 RAPB)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from openpyxl import load_workbook

from kamura_desktop.documents.excel import drain
from kamura_desktop.domain.errors import UserError
from kamura_desktop.services import ods
from tests.helpers_cli import kamura
from tests.services import shared_demo
from tests.services.pdf_pages import page_texts

#: the demo opened once for this module's reading tests (tests/services/shared_demo.py)
read_demo = shared_demo.read_demo
read_demo_books = shared_demo.read_demo_books


def test_the_demo_2024_figures_in_the_order_of_the_form(read_demo):
    sheet = ods.ods_sheet(read_demo, year=2024, managers=1, staff=2)
    assert [(i.no, i.label, i.value) for i in sheet.items] == [
        ("1", "Nama koperasi", "Koperasi Awilarangan Mukti Rahayu"),
        ("2", "Nomor badan hukum", "AHU-0004512.AH.01.26.TAHUN 2018 (contoh)"),
        ("3", "Tahun buku", "2024"),
        ("4", "Tanggal RAT", dt.date(2025, 3, 15)),
        ("5", "Jumlah anggota laki-laki", 15),
        ("6", "Jumlah anggota perempuan", 26),
        ("7", "Jumlah anggota", 41),
        ("8", "Jumlah manajer", 1),
        ("9", "Jumlah karyawan", 2),
        ("10", "Modal sendiri", 74_133_040),
        ("11", "Modal luar", 33_101_960),
        ("12", "Aset", 107_235_000),
        ("13", "Volume usaha", 4_078_000),
        ("14", "Sisa hasil usaha (SHU)", 1_453_040),
    ]
    assert sheet.value("10") + sheet.value("11") == sheet.value("12")
    assert {i.no for i in sheet.items if not i.confirmed} == {"4", "5", "6", "12"}
    assert "Rp3.700.000" in sheet.notes[1]  # the loans disbursed in 2024, beside the business volume


def test_refusals(read_demo):
    with pytest.raises(UserError, match="belum selesai"):
        ods.ods_sheet(read_demo, year=dt.date.today().year)
    with pytest.raises(UserError, match="manajer"):
        ods.ods_sheet(read_demo, year=2024, managers=-3)


def test_workbook_is_typed_and_pdf_reads_back(read_demo, tmp_path):
    out = drain(ods.write_ods(read_demo, year=2024, path=tmp_path / "ods.xlsx"))
    ws = load_workbook(out)["Data ODS"]
    values = {r[0]: r[2] for r in ws.iter_rows(min_row=5, values_only=True) if r[0]}
    assert values["10"] == 74_133_040 and isinstance(values["10"], int)
    assert values["4"] == dt.datetime(2025, 3, 15)  # a date cell
    assert values["8"] is None  # managers: left for the office
    pdf = drain(ods.write_ods(read_demo, year=2024, path=tmp_path / "ods.pdf"))
    text = page_texts(pdf)[0]
    assert "DATA ONLINE DATA SYSTEM (ODS) KEMENKOP" in text and "Rp74.133.040" in text and "(diisi kantor)" in text


def test_cli(demo_copy, tmp_path):
    out = tmp_path / "ods.xlsx"
    env = dict(os.environ, KAMURA_PASSWORD="bendahara123")
    run = kamura(["--db", str(demo_copy), "report", "ods",  # in-process (tests/helpers_cli.py)
                  "--year", "2024", "--staff", "2", "--out", str(out), "--user", "bendahara"], env=env)
    assert run.returncode == 0, run.stderr
    values = {r[0]: r[2] for r in load_workbook(out)["Data ODS"].iter_rows(min_row=5, values_only=True) if r[0]}
    assert values["9"] == 2 and values["14"] == 1_453_040
