"""``kamura print receipt`` prints any receipt by its number — several in one PDF, one per
page — and ``--reprint`` marks them CETAK ULANG and records who reprinted them (issue 17);
run as the office's scripts would run it: the same ``main`` a process runs, in this process
(tests/helpers_cli.kamura: exit code, stdout and stderr as a process gives them, its own
environment). A real start's exit codes are proven by the real processes of
tests/services/test_cli.py (a piped wrong password: exit 1; the data folder from the
environment: exit 0); one more start proved nothing they do not, for a second of CPU
(issue 20)."""

from __future__ import annotations

import datetime as dt
import os

from pypdf import PdfReader

from kamura_desktop.services import audit, membership, savings
from tests.helpers_cli import kamura

from ..conftest import TEST_USERS


def test_reprint_a_deposit_and_a_withdrawal_in_one_pdf(db, actors, db_location, tmp_path):
    clerk = actors["petugas"]
    m = membership.register_member(db, actor=clerk, data=membership.MemberInput(
        name="Siti Aminah", nik="3217014503850001", sex="P",
        joined_on=dt.date(2024, 1, 15))).value.member
    savings.record_deposit(db, actor=clerk, member_id=m.id, kind="pokok", amount=50_000,
                           on_date=dt.date(2024, 1, 15))
    kw = savings.record_deposit(db, actor=clerk, member_id=m.id, kind="sukarela", amount=125_000,
                                on_date=dt.date(2024, 2, 1)).value
    bkk = savings.record_withdrawal(db, actor=clerk, member_id=m.id, amount=75_000,
                                    on_date=dt.date(2024, 3, 1)).value
    out = tmp_path / "ulang.pdf"
    username, password = TEST_USERS["petugas"]
    # no login variables of the test process; the run's data folder stays (without it the
    # command would seal the books with a new key in the user's real data folder)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("KAMURA_") or k == "KAMURA_DATA_DIR"}
    env["KAMURA_PASSWORD"] = password
    argv = ["print", "receipt", "--receipt", kw.receipt_no, bkk.receipt_no.lower(), "--reprint",
            "--size", "thermal_80", "--out", str(out), "--db", str(db_location), "--user", username]
    proc = kamura(argv, env=env)
    assert proc.returncode == 0, proc.stderr
    assert "Cetak ulang dicetak ke" in proc.stdout
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    assert len(pages) == 2
    assert "KWITANSI" in pages[0] and kw.receipt_no in pages[0] and "Rp125.000" in pages[0]
    assert "BUKTI KAS KELUAR" in pages[1] and bkk.receipt_no in pages[1] and "Rp75.000" in pages[1]
    assert all("CETAK ULANG" in p and "Uji Petugas" in p for p in pages)
    rows = [r for r in audit.list_audit(db, actor=actors["admin"], limit=10)
            if r.action == "receipt.reprint"]
    assert sorted(r.entity_id for r in rows) == sorted([kw.receipt_no, bkk.receipt_no])
    assert {r.username for r in rows} == {username}
