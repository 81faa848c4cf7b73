"""``kamura credits list``, ``kamura groups list`` and ``kamura print …`` for the group credit
book, in-process; and the demo cooperative's credits through the command line."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest
from pypdf import PdfReader

from kamura_desktop.cli.main import main
from kamura_desktop.domain.chart import Acc
from kamura_desktop.services import credit_products, credits, groups, ledger, membership, savings
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.credits import ApplicationLine
from kamura_desktop.services.membership import MemberInput
from tests.helpers_books import prepared

JOINED = dt.date(2023, 10, 2)
KEYS = ["number", "group", "member", "member_number", "product", "principal", "service", "disbursed_on",
        "status", "outstanding", "days_past_due", "kolektibilitas"]


def _member(db, i: int, rt: str) -> int:
    system = Actor.system()
    data = MemberInput(name=f"Anggota {rt}-{i}", nik=f"321701{i + 1:02d}0380{int(rt) * 10 + i + 1:04d}", sex="L",
                       joined_on=JOINED, rt=rt, rw="008", trade="Pengolahan ikan pindang", ktp_on_file=True,
                       kk_on_file=True)
    mid = membership.register_member(db, actor=system, data=data).value.member.id
    savings.record_deposit(db, actor=system, member_id=mid, kind="pokok", amount=50_000, on_date=JOINED)
    savings.record_deposit(db, actor=system, member_id=mid, kind="wajib", amount=600_000, on_date=JOINED)
    return mid


@prepared
def credit_books(db, actors):
    """KLP-001 with a disbursed Paket Usaha; KSM-001 with a Pinjaman Bergulir waiting for approval
    (built once per run, each test writes its own copy: tests/helpers_books.py)."""
    clerk, treasurer = actors["petugas"], actors["bendahara"]
    peer = [_member(db, i, "001") for i in range(5)]
    ksm = [_member(db, i, "005") for i in range(5)]
    g1 = groups.create_group(db, actor=clerk, data=groups.GroupInput("Sauyunan", dt.date(2024, 2, 10), rt="1",
                                                                   rw="8"), member_ids=peer, leader_id=peer[0]).value
    g2 = groups.create_group(db, actor=clerk, data=groups.GroupInput("Sukamanah", dt.date(2024, 2, 10), kind="ksm",
                                                                   rt="5", rw="8"), member_ids=ksm).value
    paket = credit_products.product_by_code(db, "PAKET")
    app = credits.prepare_application(db, actor=clerk, group_id=g1.id, product_id=paket.id,
                                      lines=[ApplicationLine(m, 25_000) for m in peer],
                                      on_date=dt.date(2024, 3, 5)).value
    credits.approve_application(db, actor=treasurer, application_id=app.id, on_date=dt.date(2024, 3, 6))
    credits.fund_remaining(db, actor=treasurer, application_id=app.id, source="own")
    ledger.post_journal_entry(db, actor=treasurer, on_date=dt.date(2024, 3, 6), description="Beli paket",
                              lines=[ledger.Line(Acc.PERSEDIAAN_PAKET_USAHA, debit=125_000),
                                     ledger.Line(Acc.KAS, credit=125_000)])
    credits.disburse_application(db, actor=treasurer, application_id=app.id, on_date=dt.date(2024, 3, 7))
    bergulir = credit_products.product_by_code(db, "BERGULIR")
    credits.prepare_application(db, actor=clerk, group_id=g2.id, product_id=bergulir.id, instalments=10,
                                rate_bp=200, lines=[ApplicationLine(m, 500_000) for m in ksm],
                                on_date=dt.date(2024, 6, 28))


@pytest.fixture
def book(credit_books, db_location, monkeypatch):
    """The books of ``credit_books`` as the ``--db`` argument; the commands log in as the clerk
    (issue 21: every command needs a login)."""
    monkeypatch.setenv("KAMURA_USER", "petugas")
    monkeypatch.setenv("KAMURA_PASSWORD", "petugas-sandi1")
    return ["--db", str(db_location)]


def run_json(capsys, *argv) -> list[dict]:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_credits_list_json_has_the_agreed_keys(book, capsys):
    rows = run_json(capsys, "credits", "list", "--json", *book)
    assert len(rows) == 10 and all(list(r) == KEYS for r in rows)
    first = rows[0]
    assert first["number"] == "KR-2024-00001" and first["group"] == "KLP-001" and first["product"] == "PAKET"
    assert first["principal"] == 25_000 and first["service"] == 200 and first["disbursed_on"] == "2024-03-07"
    assert first["status"] == "active" and first["outstanding"] == 25_200  # nothing repaid yet
    assert rows[-1]["status"] == "applied" and rows[-1]["disbursed_on"] is None
    assert rows[-1]["principal"] == 500_000 and rows[-1]["service"] == 100_000


def test_credits_list_filters(book, capsys):
    assert {r["group"] for r in run_json(capsys, "credits", "list", "--json", "--status", "berjalan", *book)} \
        == {"KLP-001"}
    assert {r["status"] for r in run_json(capsys, "credits", "list", "--json", "--status", "Diajukan", *book)} \
        == {"applied"}
    assert len(run_json(capsys, "credits", "list", "--json", "--group", "ksm-001", *book)) == 5
    assert run_json(capsys, "credits", "list", "--json", "--status", "lunas", *book) == []
    with pytest.raises(SystemExit) as e:
        main(["credits", "list", "--status", "macet", *book])
    assert e.value.code == 2
    assert "status:" in capsys.readouterr().err


def test_credits_list_as_text(book, capsys):
    assert main(["credits", "list", *book]) == 0
    out = capsys.readouterr().out
    assert "KR-2024-00001" in out and "Rp25.000" in out and "Berjalan" in out and "Diajukan" in out
    assert "10 kredit, pokok Rp2.625.000" in out


def test_groups_list(book, capsys):
    rows = run_json(capsys, "groups", "list", "--json", *book)
    assert rows == [
        {"code": "KLP-001", "name": "Sauyunan", "kind": "peer", "rt": "001", "rw": "008",
         "leader": "Anggota 001-0", "members": 5, "status": "active"},
        {"code": "KSM-001", "name": "Sukamanah", "kind": "ksm", "rt": "005", "rw": "008",
         "leader": None, "members": 5, "status": "active"},
    ]
    assert main(["groups", "list", *book]) == 0
    out = capsys.readouterr().out
    assert "KLP-001" in out and "Sauyunan" in out and "2 kelompok" in out


@pytest.mark.parametrize(("what", "target", "words"), [
    ("participation-form", ["--application", "PGJ-2024-0001"], "FORMULIR KEPESERTAAN"),
    ("joint-liability", ["--group", "KLP-001"], "TANGGUNG RENTENG"),
    ("credit-agreement", ["--credit", "KR-2024-00003"], "SURAT PERJANJIAN KREDIT"),
    ("disbursement-receipt", ["--application", "PGJ-2024-0001"], "BUKTI PENYERAHAN PAKET USAHA"),
    ("handover-list", ["--application", "pgj-2024-0001"], "DAFTAR SERAH TERIMA PAKET USAHA"),
])
def test_print_commands_write_the_pdf(book, capsys, tmp_path, what, target, words):
    out = tmp_path / f"{what}.pdf"
    assert main(["print", what, *target, "--out", str(out), *book]) == 0
    assert str(out) in capsys.readouterr().out
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert words in text and "KLP-001" in text


def test_print_errors_are_reported_in_indonesian(book, capsys, tmp_path):
    out = tmp_path / "x.pdf"
    assert main(["print", "handover-list", "--application", "PGJ-2024-0002", "--out", str(out), *book]) == 1
    assert "kredit tunai" in capsys.readouterr().err
    assert main(["print", "participation-form", "--application", "PGJ-2030-0001", "--out", str(out), *book]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    assert main(["print", "disbursement-receipt", "--application", "PGJ-2024-0002", "--out", str(out),
                 *book]) == 1
    assert "setelah pengajuan disetujui" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.slow
def test_the_demo_cooperatives_credits(demo_copy, fast_passwords, tmp_path, capsys, monkeypatch):
    """``kamura check`` passes on the demo; the demo has the pilot's groups and credits.
    (The demo is the run's copy built by ``create_demo``, as ``kamura demo`` builds it:
    the command itself is run in test_cli.py::test_demo_then_check_in_process.)"""
    db = ["--db", str(demo_copy)]
    assert main(["check", *db]) == 0
    monkeypatch.setenv("KAMURA_USER", "petugas")  # the demo's clerk (issue 21: a login)
    monkeypatch.setenv("KAMURA_PASSWORD", "petugas123")
    capsys.readouterr()
    rows = run_json(capsys, "credits", "list", "--json", *db)
    assert all(list(r) == KEYS for r in rows)
    paket = [r for r in rows if r["product"] == "PAKET"]
    assert {r["principal"] for r in paket} == {25_000}
    assert {r["group"] for r in paket} == {"KLP-001", "KLP-002", "KLP-003"}
    # the pilot's three cycles: 15 packages each (later books' demos may add more cycles)
    per_day = Counter(r["disbursed_on"] for r in paket)
    assert [per_day[d] for d in sorted(per_day)[:3]] == [15, 15, 15]
    ksm = [r for r in rows if r["group"] == "KSM-001"]
    assert len(ksm) == 5 and {r["product"] for r in ksm} == {"BERGULIR"}
    assert {r["disbursed_on"] for r in ksm} == {"2024-07-01"} and ksm[0]["principal"] == 500_000
    groups_ = {g["code"]: g for g in run_json(capsys, "groups", "list", "--json", *db)}
    for code in ("KLP-001", "KLP-002", "KLP-003", "KSM-001"):
        assert groups_[code]["members"] == 5 and groups_[code]["leader"]
    out = tmp_path / "form.pdf"
    assert main(["print", "participation-form", "--application", "PGJ-2024-0001", "--out", str(out), *db]) == 0
