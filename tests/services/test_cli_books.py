"""``kamura report …`` for the financial statements, in-process on a real file."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from kamura_desktop.cli.main import main

from .test_accounting import books  # noqa: F401 - the fixture


@pytest.fixture
def path(books, db_location, monkeypatch):  # noqa: F811 - the imported fixture
    """Where test_accounting's worked year is (built once per run: this test's own copy)."""
    # reading reports needs a login too (issue 21): the chair, by KAMURA_USER/KAMURA_PASSWORD
    monkeypatch.setenv("KAMURA_USER", "ketua")
    monkeypatch.setenv("KAMURA_PASSWORD", "ketua-sandi1")
    return str(db_location)


def test_trial_balance_json_exact(path, capsys):
    assert main(["report", "trial-balance", "--db", path, "--year", "2024", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {
        "year": 2024, "date_from": "2024-01-01", "date_to": "2024-12-31",
        "rows": [
            {"account": "1101", "name": "Kas", "debit": 39_450_000, "credit": 0},
            {"account": "1102", "name": "Bank", "debit": 5_000_000, "credit": 0},
            {"account": "1201", "name": "Piutang Pinjaman Anggota", "debit": 4_000_000, "credit": 0},
            {"account": "1209", "name": "Cadangan Kerugian Piutang", "debit": 0, "credit": 70_000},
            {"account": "1501", "name": "Aset Tetap", "debit": 6_000_000, "credit": 0},
            {"account": "1509", "name": "Akumulasi Penyusutan Aset Tetap", "debit": 0, "credit": 500_000},
            {"account": "2101", "name": "Simpanan Sukarela", "debit": 0, "credit": 1_700_000},
            {"account": "3101", "name": "Simpanan Pokok", "debit": 0, "credit": 1_000_000},
            {"account": "3102", "name": "Simpanan Wajib", "debit": 0, "credit": 500_000},
            {"account": "3201", "name": "Modal Dana Bergulir (Hibah)", "debit": 0, "credit": 50_000_000},
            {"account": "4101", "name": "Pendapatan Jasa Pinjaman", "debit": 0, "credit": 1_800_000},
            {"account": "4901", "name": "Pendapatan Lain-lain", "debit": 0, "credit": 100_000},
            {"account": "5201", "name": "Beban Honor Pengurus dan Karyawan", "debit": 600_000, "credit": 0},
            {"account": "5203", "name": "Beban Alat Tulis dan Cetak", "debit": 50_000, "credit": 0},
            {"account": "5204", "name": "Beban Penyisihan Kerugian Piutang", "debit": 70_000, "credit": 0},
            {"account": "5206", "name": "Beban Penyusutan", "debit": 500_000, "credit": 0},
        ],
        "total_debit": 55_670_000, "total_credit": 55_670_000,
    }
    # the year before: only the grant and the fixed assets
    assert main(["report", "trial-balance", "--db", path, "--year", "2023", "--json"]) == 0
    prev = json.loads(capsys.readouterr().out)
    assert prev["rows"] == [
        {"account": "1101", "name": "Kas", "debit": 44_000_000, "credit": 0},
        {"account": "1501", "name": "Aset Tetap", "debit": 6_000_000, "credit": 0},
        {"account": "3201", "name": "Modal Dana Bergulir (Hibah)", "debit": 0, "credit": 50_000_000},
    ]


def test_trial_balance_text_and_files(path, capsys, tmp_path):
    pdf, xlsx = tmp_path / "ns.pdf", tmp_path / "ns.xlsx"
    assert main(["report", "trial-balance", "--db", path, "--from", "01/01/2024", "--to", "31/12/2024",
                 "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 0
    out = capsys.readouterr().out
    assert "Rp39.450.000" in out and "Rp55.670.000" in out and "Seimbang." in out
    assert pdf.read_bytes().startswith(b"%PDF") and "PDF ditulis" in out and "Excel ditulis" in out
    assert load_workbook(xlsx).active is not None


def test_balance_sheet_income_statement_equity(path, capsys):
    assert main(["report", "balance-sheet", "--db", path, "--year", "2024", "--json"]) == 0
    bs = json.loads(capsys.readouterr().out)
    assert bs["as_of"] == "2024-12-31" and bs["balanced"] is True
    assert bs["total_assets"] == bs["total_liabilities_equity"] == 53_880_000
    assert bs["compare"]["as_of"] == "2023-12-31" and bs["compare"]["total_assets"] == 50_000_000
    assert main(["report", "balance-sheet", "--db", path, "--as-of", "2024-06-30"]) == 0
    assert "per 30 Juni 2024" in capsys.readouterr().out
    assert main(["report", "income-statement", "--db", path, "--year", "2024"]) == 0
    out = capsys.readouterr().out
    assert "SISA HASIL USAHA (SHU)" in out and "Rp680.000" in out
    assert main(["report", "income-statement", "--db", path, "--from", "2024-01-01", "--to", "2024-06-30",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["surplus"] == 650_000
    assert main(["report", "equity-changes", "--db", path, "--year", "2024", "--json"]) == 0
    ec = json.loads(capsys.readouterr().out)
    assert ec["total_closing"] == 52_180_000 and ec["surplus"] == 680_000


def test_cash_book_and_general_ledger(path, capsys):
    assert main(["report", "cash-book", "--db", path, "--from", "2024-03-01", "--to", "2024-03-31",
                 "--json"]) == 0
    cb = json.loads(capsys.readouterr().out)
    assert (cb["opening"], cb["closing"], len(cb["rows"])) == (37_600_000, 38_900_000, 1)
    assert cb["rows"][0]["balance"] == 38_900_000 and cb["rows"][0]["date"] == "2024-03-01"
    assert main(["report", "general-ledger", "--db", path, "--account", "2101", "--from", "2024-01-01",
                 "--to", "2024-12-31"]) == 0
    out = capsys.readouterr().out
    assert "Simpanan Sukarela" in out and "Rp1.700.000" in out


def test_bad_arguments(path, capsys):
    with pytest.raises(SystemExit):
        main(["report", "trial-balance", "--db", path])
    with pytest.raises(SystemExit):
        main(["report", "balance-sheet", "--db", path, "--year", "2024", "--as-of", "2024-01-01"])
    assert main(["report", "general-ledger", "--db", path, "--account", "9999", "--from", "2024-01-01",
                 "--to", "2024-01-31"]) == 1
    assert "9999" in capsys.readouterr().err


def test_cash_book_and_ledger_take_a_year(path, capsys):
    """``--year`` works for the cash book and the general ledger like for the statements."""
    assert main(["report", "cash-book", "--db", path, "--year", "2024", "--json"]) == 0
    cb = json.loads(capsys.readouterr().out)
    assert (cb["date_from"], cb["date_to"]) == ("2024-01-01", "2024-12-31")
    assert main(["report", "general-ledger", "--db", path, "--account", "2101", "--year", "2024",
                 "--json"]) == 0
    gl = json.loads(capsys.readouterr().out)
    assert (gl["date_from"], gl["closing"]) == ("2024-01-01", 1_700_000)


def test_balance_sheet_text_shows_the_comparison(path, capsys):
    assert main(["report", "balance-sheet", "--db", path, "--year", "2024"]) == 0
    out = capsys.readouterr().out
    assert "31-12-2024" in out and "31-12-2023" in out
    kas = next(line for line in out.splitlines() if line.strip().startswith("Kas"))
    assert "Rp39.450.000" in kas and kas.rstrip().endswith("Rp44.000.000")  # Kas on 31-12-2023
