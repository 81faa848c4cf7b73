"""``kamura lenders list``, ``kamura print lender-statement|lender-registration|group-fact-sheet``
and ``kamura report fund-development``, through ``main`` in this process."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from pypdf import PdfReader

from kamura_desktop.cli.main import main
from kamura_desktop.services import lender_pool, membership
from tests.helpers_cli import kamura

from .test_lender_pool import lender_books  # noqa: F401 - the fixture


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def scenario(lender_books):  # noqa: F811 - the imported fixture
    """test_lender_pool's lender scenario: built once per run, this test's own copy."""
    return lender_books


@pytest.fixture
def dbarg(scenario, db_location, monkeypatch):
    # every command needs a login (issue 21): the treasurer
    monkeypatch.setenv("KAMURA_USER", "bendahara")
    monkeypatch.setenv("KAMURA_PASSWORD", "bendahara-sandi1")
    return ["--db", str(db_location)]


def number_of(db, member_id: int) -> str:
    return membership.get_member(db, member_id).number


def test_lenders_list_json(scenario, dbarg, capsys):
    assert main(["lenders", "list", "--json", *dbarg]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in rows] == ["Ai Nurjanah", "Wawan Setiawan", "Lilis Suryani"]
    for row, member_id in zip(rows, scenario.lenders, strict=True):
        bal = lender_pool.lender_balance(scenario.db, member_id)
        assert row == {"number": bal.number, "name": bal.name, "sukarela": bal.sukarela,
                       "committed": bal.committed, "deployed": bal.deployed, "available": bal.available,
                       "returned": bal.returned, "earned": bal.earned, "lost": bal.lost,
                       "requirements_met": True}
    wawan = rows[1]
    assert wawan["committed"] == 15_000 and wawan["available"] == wawan["sukarela"] - 15_000
    assert rows[0]["returned"] + rows[0]["lost"] == 22_500  # all of Ai's money came back or was lost


def test_lenders_list_text(scenario, dbarg, capsys):
    assert main(["lenders", "list", *dbarg]) == 0
    out = capsys.readouterr().out
    assert "Ai Nurjanah" in out and "Tersedia" in out and "Bagi hasil" in out
    assert "3 lender" in out and "dikomitmenkan Rp15.000" in out


def test_print_lender_statement(scenario, dbarg, tmp_path, capsys):
    a = number_of(scenario.db, scenario.lenders[0])
    out = tmp_path / "laporan.pdf"
    assert main(["print", "lender-statement", "--lender", a.lower(), "--from", "1/1/2024", "--to", "31/12/2024",
                 "--out", str(out), *dbarg]) == 0
    assert f"Laporan dana lender {a.lower()} dicetak ke" in capsys.readouterr().out
    text = text_of(out)
    assert "Periode 1 Januari 2024 – 31 Desember 2024" in text and scenario.first.number in text
    # the default period: this year to date
    default = tmp_path / "tahun-ini.pdf"
    assert main(["print", "lender-statement", "--lender", a, "--out", str(default), *dbarg]) == 0
    today = dt.date.today()
    assert f"1 Januari {today.year}" in text_of(default)


def test_print_lender_statement_unknown_lender(scenario, dbarg, tmp_path, capsys):
    assert main(["print", "lender-statement", "--lender", "KMR-9999", "--out", str(tmp_path / "x.pdf"),
                 *dbarg]) == 1
    assert "Anggota KMR-9999 tidak ditemukan" in capsys.readouterr().err
    with pytest.raises(SystemExit):  # a bad date is refused by the argument parser
        main(["print", "lender-statement", "--lender", "KMR-0001", "--from", "31/02/2024",
              "--out", str(tmp_path / "x.pdf"), *dbarg])


def test_print_registration_and_fact_sheet(scenario, dbarg, tmp_path):
    reg = tmp_path / "daftar.pdf"
    assert main(["print", "lender-registration", "--lender", number_of(scenario.db, scenario.candidate),
                 "--out", str(reg), *dbarg]) == 0
    assert "FORMULIR PENDAFTARAN LENDER" in text_of(reg)
    fact = tmp_path / "fakta.pdf"
    assert main(["print", "group-fact-sheet", "--application", scenario.app2.number, "--out", str(fact),
                 *dbarg]) == 0
    assert "LEMBAR FAKTA KELOMPOK" in text_of(fact)


def test_report_fund_development(scenario, dbarg, tmp_path, capsys):
    assert main(["report", "fund-development", *dbarg]) == 0
    out = capsys.readouterr().out
    assert "2011" in out and "Rp40.000.000" in out and "Modal dana bergulir: Rp64.000.000" in out
    pdf = tmp_path / "dana.pdf"
    assert main(["report", "fund-development", "--json", "--pdf", str(pdf), *dbarg]) == 0
    captured = capsys.readouterr()
    years = json.loads(captured.out)  # the PDF's message goes to stderr: stdout stays JSON
    assert "dicetak ke" in captured.err
    assert years[0] == {"year": 2011, "grants": 40_000_000, "lent": 0, "loans": 0, "repaid": 0, "income": 0,
                        "losses": 0, "capital_end": 40_000_000, "outstanding_end": 0}
    assert years[-1]["capital_end"] == lender_pool.revolving_fund_capital(scenario.db)
    assert "PERKEMBANGAN DANA BERGULIR" in text_of(pdf)


def test_lenders_list_exit_code_and_json(scenario, db_location):
    """``lenders list --json`` as a script reads it: exit 0 and JSON alone on stdout. The same
    ``main`` a process runs, in this process (tests/helpers_cli.kamura: exit code, stdout and
    stderr as a process gives them, its own environment). A real start's exit codes are proven
    by the real processes of tests/services/test_cli.py (a piped wrong password: exit 1; the
    data folder from the environment: exit 0); one more start proved nothing they do not, for
    a second of CPU (issue 20)."""
    env = dict(os.environ, KAMURA_PASSWORD="bendahara-sandi1")  # a login (issue 21)
    proc = kamura(["lenders", "list", "--json", "--db", str(db_location), "--user", "bendahara"],
                  env=env)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)) == 3
