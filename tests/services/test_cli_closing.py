"""The closing commands (cli/closing.py) in-process on a real file: the worked year of
test_shu through ``kamura journal``, ``provision``, ``close-year``, ``shu`` and ``reopen-year``."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kamura_desktop.cli.main import main

from .test_shu import EXPECTED
from .test_shu import year as shu_year  # noqa: F401 - the fixture `year`


@pytest.fixture
def book(year, db_location, monkeypatch):
    """test_shu's worked year (its fixture ``year``, built once per run: this test's own copy)
    and where it is."""
    # every command needs a login (issue 21): the chair unless a test names another --user
    monkeypatch.setenv("KAMURA_USER", "ketua")
    monkeypatch.setenv("KAMURA_PASSWORD", "ketua-sandi1")
    return year, str(db_location)


def as_user(monkeypatch, role: str) -> list[str]:
    monkeypatch.setenv("KAMURA_PASSWORD", f"{role}-sandi1")
    monkeypatch.setenv("KAMURA_USER", role)  # the later commands of the test act as them too
    return ["--user", role]


def test_journal_post_and_list(book, capsys, monkeypatch):
    _, path = book
    assert main(["journal", "post", "--db", path, "--date", "2024-07-01", "--desc", "Beli map dan tinta",
                 "--line", "5203:D:150000", "--line", "1101:K:150.000", "--note", "nota 77",
                 *as_user(monkeypatch, "bendahara")]) == 0
    out = capsys.readouterr().out
    assert "JU-2024-" in out and "Rp150.000" in out and "Beban Alat Tulis" in out
    assert main(["journal", "post", "--db", path, "--date", "2024-07-01", "--desc", "Tidak seimbang",
                 "--line", "5203:D:150000", "--line", "1101:K:140000",
                 *as_user(monkeypatch, "bendahara")]) == 1
    assert "tidak seimbang" in capsys.readouterr().err
    assert main(["journal", "post", "--db", path, "--date", "2024-07-01", "--desc", "ATK",
                 "--line", "5203:D:1", "--line", "1101:K:1", *as_user(monkeypatch, "petugas")]) == 1
    assert "tidak berhak" in capsys.readouterr().err
    assert main(["journal", "list", "--db", path, "--from", "2024-07-01", "--to", "2024-07-01",
                 "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["description"], r["total"], r["attachment_note"]) for r in rows] == [
        ("Beli map dan tinta", 150_000, "nota 77")]
    number = rows[0]["number"]
    assert main(["journal", "reverse", "--db", path, "--number", number, "--reason", "salah",
                 "--date", "2024-07-02", *as_user(monkeypatch, "bendahara")]) == 0
    assert "Pembalikan" in capsys.readouterr().out


def test_provision_quote_json(book, capsys, monkeypatch):
    _, path = book
    assert main(["provision", "quote", "--db", path, "--as-of", "2024-01-31", "--json"]) == 0
    q = json.loads(capsys.readouterr().out)
    # five Rp300.000 loans not yet due: 1 % each
    assert (q["required"], q["booked"], q["change"], q["posted"]) == (15_000, 0, 15_000, False)
    assert main(["provision", "post", "--db", path, "--as-of", "2024-01-31",
                 *as_user(monkeypatch, "bendahara")]) == 0
    assert "DIBUKUKAN" in capsys.readouterr().out


def test_close_year_then_shu_through_the_cli(book, capsys, monkeypatch, tmp_path):
    _, path = book
    assert main(["close-year", "--db", path, "--year", "2024", *as_user(monkeypatch, "ketua")]) == 1
    assert "2023 masih terbuka" in capsys.readouterr().err
    assert main(["close-year", "--db", path, "--year", "2023", *as_user(monkeypatch, "bendahara")]) == 1
    assert "menutup tahun buku" in capsys.readouterr().err
    for year in ("2023", "2024"):
        assert main(["close-year", "--db", path, "--year", year, *as_user(monkeypatch, "ketua")]) == 0
    out = capsys.readouterr().out
    assert "SHU Rp468.000" in out and "Saldo awal 2025" in out and "3401 SHU Tahun Berjalan" in out

    assert main(["shu", "compute", "--db", path, "--year", "2024", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["surplus"] == 468_000
    assert [m["total"] for m in data["members"]] == [e[4] for e in EXPECTED]
    assert main(["shu", "draft", "--db", path, "--year", "2024", *as_user(monkeypatch, "bendahara")]) == 0
    assert "Draf" in capsys.readouterr().out
    assert main(["shu", "approve", "--db", path, "--year", "2024", "--rat-date", "2025-03-15",
                 *as_user(monkeypatch, "ketua")]) == 0
    assert "ditetapkan RAT 15 Maret 2025" in capsys.readouterr().out
    assert main(["reopen-year", "--db", path, "--year", "2024", "--reason", "koreksi",
                 *as_user(monkeypatch, "admin")]) == 1
    assert "tidak dapat dibuka kembali" in capsys.readouterr().err
    assert main(["shu", "pay", "--db", path, "--year", "2024", "--method", "tunai", "--date", "2025-03-20",
                 *as_user(monkeypatch, "bendahara")]) == 0
    assert "Rp187.200 kepada 5 anggota" in capsys.readouterr().out

    pdf, xlsx = tmp_path / "shu.pdf", tmp_path / "shu.xlsx"
    assert main(["shu", "list", "--db", path, "--year", "2024", "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "187.200" in text and "80.561" in text
    ws = load_workbook(xlsx)["SHU 2024"]
    totals = [row[7] for row in ws.iter_rows(min_row=5, values_only=True)]
    assert totals == [e[4] for e in EXPECTED] + [187_200]


def test_reopen_year_by_admin(book, capsys, monkeypatch):
    _, path = book
    for year in ("2023", "2024"):
        assert main(["close-year", "--db", path, "--year", year, *as_user(monkeypatch, "ketua")]) == 0
    assert main(["reopen-year", "--db", path, "--year", "2024", "--reason", "x",
                 *as_user(monkeypatch, "ketua")]) == 1
    assert main(["reopen-year", "--db", path, "--year", "2024", "--reason", "nota tertinggal",
                 *as_user(monkeypatch, "admin")]) == 0
    assert "sampai 31 Desember 2023" in capsys.readouterr().out
    assert main(["journal", "list", "--db", path, "--from", "2024-12-31", "--to", "2024-12-31",
                 "--source", "year_close", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 2 and rows[1]["reversal_of_id"] == rows[0]["entry_id"]
    assert dt.date.fromisoformat(rows[1]["date"]) == dt.date(2024, 12, 31)
