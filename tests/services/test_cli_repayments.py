"""The repayment book's ``kamura`` commands, in-process on a real file."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pypdf import PdfReader

from kamura_desktop.cli.main import main
from kamura_desktop.services import repayments

from .test_repayments import paket_lent  # noqa: F401 - the fixture


@pytest.fixture
def book(paket_lent, db_location, monkeypatch):  # noqa: F811 - the imported fixture
    """test_repayments' paket-usaha group of 8 Jan 2024 (built once per run: this test's own
    copy), its Lending, credits and where the books are."""
    # every command needs a login (issue 21): the treasurer unless a test names another --user
    monkeypatch.setenv("KAMURA_USER", "bendahara")
    monkeypatch.setenv("KAMURA_PASSWORD", "bendahara-sandi1")
    lend, cs = paket_lent
    return lend, cs, str(db_location)


def test_record_repayment(book, capsys, monkeypatch):
    lend, cs, path = book
    monkeypatch.setenv("KAMURA_PASSWORD", "petugas-sandi1")
    assert main(["repayments", "record", "--db", path, "--credit", cs[0].number.lower(),
                 "--amount", "4200", "--date", "09/01/2024", "--user", "petugas"]) == 0
    out = capsys.readouterr().out
    assert "KW-2024-" in out and "Rp4.200" in out and cs[0].number in out and "sisa Rp21.000" in out
    st = repayments.credit_statement(lend.db, cs[0].id)
    assert st.instalments[0].paid_on == dt.date(2024, 1, 9)

    # the rest at once: LUNAS; then one rupiah more is refused with the reason
    assert main(["repayments", "record", "--db", path, "--credit", cs[0].number, "--amount",
                 "Rp21.000", "--date", "2024-01-15", "--user", "petugas"]) == 0
    assert "LUNAS" in capsys.readouterr().out
    assert main(["repayments", "record", "--db", path, "--credit", cs[1].number, "--amount",
                 "30000", "--date", "2024-01-15", "--user", "petugas"]) == 1
    assert "melebihi sisa kewajiban" in capsys.readouterr().err


def test_record_needs_a_user_who_may_record(book, capsys, monkeypatch):
    _, cs, path = book
    monkeypatch.setenv("KAMURA_PASSWORD", "admin-sandi1")
    assert main(["repayments", "record", "--db", path, "--credit", cs[0].number, "--amount", "4200",
                 "--date", "2024-01-09", "--user", "admin"]) == 1
    assert "mencatat angsuran" in capsys.readouterr().err  # the admin keeps no money books
    assert main(["repayments", "record", "--db", path, "--credit", "KR-0000", "--amount", "4200",
                 "--user", "admin"]) == 1


def test_statement_json(book, capsys):
    lend, cs, path = book
    lend.pay(cs[0].id, 4_200, dt.date(2024, 1, 9))
    assert main(["repayments", "statement", "--db", path, "--credit", cs[0].number,
                 "--as-of", "2024-01-12", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["paid"] == 4_200 and data["outstanding"] == 21_000
    assert data["days_past_due"] == 2 and data["kolektibilitas"] == 2
    assert [i["paid"] for i in data["instalments"]] == [4_200, 0, 0, 0, 0, 0]


def test_print_pocket_books_by_credit_group_and_disbursement(book, capsys, tmp_path):
    _, cs, path = book
    out = tmp_path / "satu.pdf"
    assert main(["print", "pocket-books", "--db", path, "--credit", cs[0].number, "--out", str(out)]) == 0
    assert "1 buku saku" in capsys.readouterr().out and len(PdfReader(str(out)).pages) == 1
    assert main(["print", "pocket-books", "--db", path, "--group", cs[0].group_code,
                 "--out", str(tmp_path / "kelompok.pdf")]) == 0
    assert "5 buku saku" in capsys.readouterr().out
    assert main(["print", "pocket-books", "--db", path, "--disbursed-on", "08/01/2024",
                 "--layout", "a5_2up", "--out", str(tmp_path / "cair.pdf")]) == 0
    assert len(PdfReader(str(tmp_path / "cair.pdf")).pages) == 10
    # the A6 booklet (issue 18 item 9): each book two sides of one A5 sheet, pages in folding order
    assert main(["print", "pocket-books", "--db", path, "--group", cs[0].group_code,
                 "--layout", "a6_booklet", "--out", str(tmp_path / "buklet.pdf")]) == 0
    sides = [p.extract_text() for p in PdfReader(str(tmp_path / "buklet.pdf")).pages]
    assert len(sides) == 10 and "Halaman 4 dari 4" in sides[0] and "Halaman 1 dari 4" in sides[0]
    assert main(["print", "pocket-books", "--db", path, "--disbursed-on", "2020-01-01",
                 "--out", str(tmp_path / "kosong.pdf")]) == 1
    assert "Tidak ada kredit" in capsys.readouterr().err
    with pytest.raises(SystemExit):  # one of --credit, --group, --disbursed-on is required
        main(["print", "pocket-books", "--db", path, "--out", str(tmp_path / "x.pdf")])


def test_print_collection_sheet(book, capsys, tmp_path):
    _, cs, path = book
    out = tmp_path / "tagih.pdf"
    assert main(["print", "collection-sheet", "--db", path, "--group", cs[0].group_code,
                 "--date", "2024-01-10", "--out", str(out)]) == 0
    assert len(PdfReader(str(out)).pages) == 2


def test_report_arrears_json_and_xlsx(book, capsys, tmp_path):
    lend, cs, path = book
    for c in cs[:3]:
        for day in (9, 10, 11, 12, 13, 15):
            lend.pay(c.id, 4_200, dt.date(2024, 1, day))  # three repay in full
    lend.pay(cs[3].id, 4_200, dt.date(2024, 1, 9))
    xlsx = tmp_path / "tunggakan.xlsx"
    assert main(["report", "arrears", "--db", path, "--as-of", "2024-02-20", "--json",
                 "--xlsx", str(xlsx)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["as_of"] == "2024-02-20" and data["rule_set"] == "pojk40"
    # the base is the principal still owed (25.000 and 25.000 − 4.166); the service beside it
    assert data["credits"] == 2 and data["basis"] == "principal"
    assert (data["outstanding"], data["service_outstanding"]) == (45_834, 21_000 + 25_200 - 45_834)
    # both are more than 30 days late: PAR 30 is their whole principal, PAR 90 is nothing
    assert data["par"]["par_30"] == {"at_risk": 45_834, "outstanding": 45_834, "percent": "100.00",
                                     "defined": True}
    assert data["par"]["par_90"]["at_risk"] == 0
    kol = {k["kol"]: k for k in data["kolektibilitas"]}
    assert (kol[2]["count"], kol[2]["outstanding"], kol[2]["provision"]) == (2, 45_834, 1_042 + 1_250)
    assert xlsx.is_file()

    assert main(["report", "arrears", "--db", path, "--as-of", "2024-02-20"]) == 0
    text = capsys.readouterr().out
    assert "PAR 30" in text and "100,00 %" in text and "Dalam Perhatian Khusus" in text
    assert "2 kredit berjalan, pokok terutang Rp45.834 (jasa terutang Rp366, di luar PAR)" in text
    assert "dasar pokok terutang" in text


def test_credits_list_json_has_the_standing(book, capsys):
    lend, cs, path = book
    lend.pay(cs[0].id, 25_200, dt.date(2024, 1, 9))
    assert main(["credits", "list", "--db", path, "--json"]) == 0
    rows = {r["number"]: r for r in json.loads(capsys.readouterr().out)}
    today = dt.date.today()
    paid, late = rows[cs[0].number], rows[cs[1].number]
    assert (paid["status"], paid["outstanding"], paid["days_past_due"], paid["kolektibilitas"]) == \
        ("lunas", 0, 0, None)
    assert late["outstanding"] == 25_200 and late["days_past_due"] == (today - dt.date(2024, 1, 9)).days
    assert late["kolektibilitas"] == 5
