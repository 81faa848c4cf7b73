"""Every import refuses a damaged or hostile workbook with one clear message and writes
nothing (issue 21 item 10), and a huge one is stopped at the row limit with its problems
capped (issue 22 item 2). Real files, a real database, the real CLI in a subprocess."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from kamura_desktop.db.models.core import AuditEntry, JournalLine
from kamura_desktop.db.models.membership import Member
from kamura_desktop.documents import excel
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.limits import MAX_LISTED_PROBLEMS
from kamura_desktop.services import evaluation, evaluation_io, member_io, membership

from .hostile import ATTACKS, LAUGHS

MESSAGE = "berkas Excel rusak atau bukan .xlsx"
HEADER = ["Nama", "NIK", "JK", "Tgl Masuk"]


def members_book(path: Path, rows: int = 3, *, bad: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for k in range(rows):
        nik = "bukan-nik" if bad else f"32170145038{k + 10000:05d}"[-16:]
        ws.append([f"Anggota {k}", nik, "P", dt.datetime(2024, 3, 28)])
    wb.save(path)
    return path


def savings_book(path: Path, amount) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["No Anggota", "Pokok", "Sukarela", "Tanggal"])
    ws.append(["KMR-0001", 50_000, amount, dt.datetime(2024, 3, 28)])
    wb.save(path)
    return path


def counts(db) -> tuple[int, int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count(Member.id))),
                s.scalar(select(func.count(JournalLine.id))),
                s.scalar(select(func.count(AuditEntry.id))))


@pytest.fixture
def one_member(db, actors):
    membership.register_member(db, actor=actors["petugas"], data=membership.MemberInput(
        name="Siti Aminah", nik="3217014503850001", sex="P", joined_on=dt.date(2024, 1, 15)))
    return db


def _importers(db, actors, ksm):
    clerk, treasurer = actors["petugas"], actors["bendahara"]
    return {
        "members": lambda p: member_io.import_members(db, actor=clerk, path=p, dry_run=False),
        "members-dry": lambda p: member_io.import_members(db, actor=clerk, path=p, dry_run=True),
        "savings": lambda p: member_io.import_savings(db, actor=treasurer, path=p,
                                                      dry_run=False),
        "ikm": lambda p: evaluation_io.read_ikm_answers(p, ksm, evaluation.scale_by_code(
            db, "likert5")),
        "income": lambda p: evaluation_io.read_income_test_pairs(p),
    }


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_every_import_refuses_a_hostile_workbook_and_writes_nothing(one_member, actors, tally,
                                                                     tmp_path, attack):
    db = one_member
    ksm = evaluation.instrument_by_code(db, "ksm")
    valid = members_book(tmp_path / "valid.xlsx").read_bytes()
    path = tmp_path / f"{attack}.xlsx"
    path.write_bytes(ATTACKS[attack](valid))
    before = counts(db)
    for name, run in _importers(db, actors, ksm).items():
        tally[f"hostile workbook: {name}", "tried"] += 1
        tally[f"hostile workbook: {name}", "lost"] += 1  # until refused as it should be
        with pytest.raises(UserError) as err:
            run(path)
        tally[f"hostile workbook: {name}", "lost"] -= 1
        tally[f"hostile workbook: {name}", "refused"] += 1
        assert MESSAGE in err.value.message, (name, err.value.message)
        assert path.name in err.value.message
        assert err.value.code == "not_xlsx"
    assert counts(db) == before


def test_the_message_says_where(tmp_path):
    valid = members_book(tmp_path / "valid.xlsx").read_bytes()
    path = tmp_path / "tawa.xlsx"
    path.write_bytes(ATTACKS["billion-laughs-sheet"](valid))
    with pytest.raises(UserError, match=r"bagian xl/worksheets/sheet1\.xml memuat deklarasi"):
        excel.read_sheet_rows(path)
    path.write_bytes(ATTACKS["corrupted-deflate"](valid))
    with pytest.raises(UserError, match=r"lembar 'Sheet'|tidak dapat dibuka|arsipnya"):
        excel.read_sheet_rows(path)


def test_openpyxl_here_runs_on_the_standard_library_parser():
    """Why the DTD check is ours: openpyxl uses defusedxml only when it is installed, and it is
    not a dependency; the check refuses DTDs either way (see the attacks above)."""
    import openpyxl
    assert isinstance(openpyxl.DEFUSEDXML, bool)
    assert LAUGHS.count("<!ENTITY") == 10


def test_an_amount_of_ten_to_the_twentieth_in_a_savings_import(one_member, actors, tmp_path):
    db = one_member
    before = counts(db)
    for amount in (10**20, "100.000.000.000.000.000.000", 2**63, 10_000_000_001, "9" * 5000):
        report = member_io.import_savings(db, actor=actors["bendahara"],
                                          path=savings_book(tmp_path / "s.xlsx", amount),
                                          dry_run=False)
        assert not report.ok and report.created == 0
        assert any("melebihi batas Rp10.000.000.000" in p.reason
                   or "terlalu besar" in p.reason for p in report.problems), report.problems
        assert report.problems[0].column == "Sukarela"
    assert counts(db) == before


def test_row_limit_stops_the_reading_with_a_clear_message(tmp_path):
    path = members_book(tmp_path / "besar.xlsx", rows=130)
    with pytest.raises(UserError) as err:
        excel.read_sheet_rows(path, max_rows=100)
    assert err.value.code == "too_many_rows"
    assert "lebih dari 100 baris data" in err.value.message
    assert "Tidak ada yang disimpan" in err.value.message
    assert len(excel.read_sheet_rows(path, max_rows=200).rows) == 130
    assert len(excel.read_sheet_rows(path, max_rows=130).rows) == 130  # exactly the limit
    with pytest.raises(UserError, match="lebih dari 129 baris data"):
        excel.read_sheet_rows(path, max_rows=129)


def test_problems_are_capped_with_a_count_of_the_rest(db, actors, tmp_path):
    path = members_book(tmp_path / "salah.xlsx", rows=MAX_LISTED_PROBLEMS + 57, bad=True)
    report = member_io.import_members(db, actor=actors["petugas"], path=path, dry_run=True)
    assert len(report.problems) == MAX_LISTED_PROBLEMS
    assert report.more_problems == 57 and report.problem_count == MAX_LISTED_PROBLEMS + 57
    lines = report.problem_lines()
    assert len(lines) == MAX_LISTED_PROBLEMS + 1
    assert lines[-1] == "… dan 57 masalah lain."
    assert lines[0].startswith("Baris 2, kolom NIK:")


def test_the_cli_import_shows_the_message_without_a_traceback(one_member, tmp_path):
    db = one_member
    valid = members_book(tmp_path / "valid.xlsx").read_bytes()
    bomb = tmp_path / "bom.xlsx"
    bomb.write_bytes(ATTACKS["billion-laughs-strings"](valid))
    db.close()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "KAMURA_PASSWORD": "petugas-sandi1",  # conftest.TEST_USERS
           "PYTHONPATH": str(root)}
    proc = subprocess.run(
        [sys.executable, "-m", "kamura_desktop.cli.main", "import", "members", str(bomb),
         "--db", db.location, "--user", "petugas"],
        capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert MESSAGE in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout


def test_the_template_scale_of_a_hostile_file_is_not_read(tmp_path):
    valid = members_book(tmp_path / "valid.xlsx").read_bytes()
    path = tmp_path / "x.xlsx"
    path.write_bytes(ATTACKS["external-entity-strings"](valid))
    assert evaluation_io.template_scale_code(path) is None
