"""``kamura check`` on the office server: the file checks are skipped with a clear line; the
schema, the balanced ledger, savings = ledger and the tamper evidence are checked on one
snapshot — and an edit made behind the program's back with a superuser's tools (a trigger
disabled, a posted amount changed) is named. On the real test server (tests/pg.py); the
healthy check is the real command in a subprocess (its exit code at a real start), the others
the same ``kamura`` in this process (tests/helpers_cli.py: a new process would prove nothing
more)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from kamura_desktop.services import integrity, membership, savings
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.membership import MemberInput
from kamura_desktop.services.setup import open_books
from tests import pg
from tests.helpers_cli import kamura


@pytest.fixture
def office():
    location = pg.new_database()
    db = open_books(location)
    try:
        member = membership.register_member(db, actor=Actor.system(), data=MemberInput(
            name="Euis Komariah", nik="3217014508800001", sex="P",
            joined_on=dt.date(2026, 1, 5), rt="1", rw="8", kampung="Cibitung",
            trade="Warung")).value.member.id
        for amount in (50_000, 20_000):
            savings.record_deposit(db, actor=Actor.system(), member_id=member,
                                   kind="sukarela", amount=amount, on_date=dt.date(2026, 3, 2))
        yield location, db
    finally:
        db.close()
        pg.drop_database(location)


def _kamura(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kamura_desktop.cli.main", *args],
                          capture_output=True, text=True, timeout=300, env=dict(os.environ))


def _dbname(location: str) -> str:
    return location.rsplit("/", 1)[1].split("?", 1)[0]


def test_kamura_check_on_a_healthy_server_database(office):
    location, db = office
    run = _kamura("check", "--db", location)
    assert run.returncode == 0, run.stdout + run.stderr
    out = run.stdout
    assert f"Database : server {pg.socket_dir()}/{_dbname(location)} (postgres)" in out
    assert "Pemeriksaan berkas (PRAGMA integrity_check) dilewati" in out
    assert "Hasil    : BAIK" in out
    report = integrity.check_database(location)
    assert report.ok and report.entries >= 2 and report.total_debit == report.total_credit
    assert report.total_debit >= 70_000


def test_kamura_check_names_what_was_edited_behind_the_programs_back(office):
    location, db = office
    # a superuser's psql: two triggers switched off, one posted amount raised on both sides
    # of the savings row and its journal line (so the entry itself still balances)
    pg_sql = [
        "ALTER TABLE savings_transactions DISABLE TRIGGER trg_savings_transactions_no_update",
        "ALTER TABLE journal_lines DISABLE TRIGGER trg_journal_lines_no_update",
        "UPDATE savings_transactions SET amount = 90000 WHERE amount = 20000",
        "UPDATE journal_lines SET debit = 90000 WHERE debit = 20000",
    ]
    import psycopg

    with psycopg.connect(dbname=_dbname(location), user="postgres", host=pg.socket_dir(),
                         autocommit=True) as c:
        for statement in pg_sql:
            c.execute(statement)
    run = kamura(["check", "--db", location, "--json"])
    assert run.returncode == 1, run.stdout + run.stderr
    found = json.loads(run.stdout)
    problems = "\n".join(found["problems"])
    assert not found["ok"]
    assert "dimatikan (tidak lagi menolak): trg_journal_lines_no_update, " \
           "trg_savings_transactions_no_update" in problems
    assert "Rantai jurnal putus" in problems  # the edited line is under the entry's hash
    assert "tidak seimbang" in problems  # the entry now has 90.000 debit, 20.000 credit
    assert "Total debit" in problems
    assert "Simpanan sukarela: transaksi anggota berjumlah Rp140.000" in problems
    assert any(n.startswith("Pemeriksaan berkas (PRAGMA") for n in found["notes"])


def test_kamura_check_on_an_unreachable_server_says_so():
    run = kamura(["check", "--db", "postgresql+psycopg://kamura@127.0.0.1:1/kamura"])
    assert run.returncode == 1
    assert "tidak dapat dihubungi" in run.stdout and "Traceback" not in run.stderr
