"""Reminders (services/reminders.py, issue 19 §5) on a hand-worked group.

Five members (phones 0812-2000-0001…0005) borrow Rp300.000 each from the revolving fund on
8 Jan 2024: 3 monthly instalments of Rp106.000 (Rp100.000 + 2 % jasa), due 8 Feb, 8 Mar and
8 Apr. Member 1 pays February; member 3 has no phone number.

On 7 March: member 1 owes the 8 March instalment tomorrow; members 2–5 are in arrears
with February (Rp106.000) and owe March tomorrow; member 3 is listed apart (no number).
On 30 June (POJK 40): member 1 is 114 days late → kol 3 → SP-1 for Rp212.000 (March + April);
members 2–5 are 143 days late → kol 4 → SP-2 for Rp318.000 each.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from urllib.parse import parse_qs, urlparse

import pytest
from pypdf import PdfReader

from kamura_desktop.documents.excel import drain
from kamura_desktop.domain.errors import UserError
from kamura_desktop.dto.membership import MemberInput
from kamura_desktop.services import membership, reminders
from tests.conftest import TEST_USERS
from tests.helpers_books import prepared
from tests.helpers_cli import kamura
from tests.services.test_repayments import Lending

ON = dt.date(2024, 3, 7)


@prepared
def group(db, actors):
    """The hand-worked group of the module's docstring: built once per run, each test its own
    copy (tests/helpers_books.py)."""
    lend = Lending(db, actors)
    cs = lend.credits("BERGULIR", [300_000] * 5, on=dt.date(2024, 1, 8), instalments=3, rate_bp=200)
    lend.pay(cs[0].id, 106_000, dt.date(2024, 2, 8))
    m = membership.get_member(db, cs[2].member_id)
    data = MemberInput(**{f.name: getattr(m, f.name) for f in dataclasses.fields(MemberInput)})
    membership.update_member(db, actor=actors["petugas"], member_id=m.id, data=dataclasses.replace(data, phone=None))
    return cs


def test_due_tomorrow_and_arrears_with_whatsapp_links(db, actors, group):
    rows = reminders.reminder_list(db, on_date=ON, actor=actors["petugas"])
    got = [(r.kind, r.credit_number, r.amount, r.due_date, r.instalments, r.phone) for r in rows]
    c1, c2, c3, c4, c5 = (c.number for c in group)
    assert sorted(got, key=str) == sorted([
        ("besok", c1, 106_000, dt.date(2024, 3, 8), 1, "6281220000001"),
        ("tunggakan", c2, 106_000, dt.date(2024, 2, 8), 1, "6281220000002"),
        ("besok", c2, 106_000, dt.date(2024, 3, 8), 1, "6281220000002"),
        ("tunggakan", c3, 106_000, dt.date(2024, 2, 8), 1, None),
        ("besok", c3, 106_000, dt.date(2024, 3, 8), 1, None),
        ("tunggakan", c4, 106_000, dt.date(2024, 2, 8), 1, "6281220000004"),
        ("besok", c4, 106_000, dt.date(2024, 3, 8), 1, "6281220000004"),
        ("tunggakan", c5, 106_000, dt.date(2024, 2, 8), 1, "6281220000005"),
        ("besok", c5, 106_000, dt.date(2024, 3, 8), 1, "6281220000005"),
    ], key=str)
    late = next(r for r in rows if r.kind == "tunggakan" and r.phone)
    assert late.link.startswith("https://wa.me/6281220000002?text=")
    text = parse_qs(urlparse(late.link).query)["text"][0]
    assert late.member_name in text and "Rp106.000" in text and "8 Februari 2024" in text
    apart = [r for r in rows if r.phone is None]
    assert {r.link for r in apart} == {None} and all(r.raw_phone is None for r in apart)
    # per group: the same rows; an unknown group is refused
    assert len(reminders.reminder_list(db, on_date=ON, group_code=rows[0].group_code)) == 9
    with pytest.raises(UserError, match="KLP-999"):
        reminders.reminder_list(db, on_date=ON, group_code="KLP-999")


def test_letters_for_kolektibilitas_3_to_5_signed_by_the_chair(db, actors, group, tmp_path):
    on = dt.date(2024, 6, 30)
    letters = reminders.reminder_letters(db, on_date=on, actor=actors["petugas"])
    got = sorted((x.credit_number, x.level, x.kolektibilitas, x.overdue_amount, x.days_past_due) for x in letters)
    c1, *others = (c.number for c in group)
    assert got == sorted([(c1, 1, 3, 212_000, 114)] + [(c, 2, 4, 318_000, 143) for c in others])
    assert {x.pay_by for x in letters} == {dt.date(2024, 7, 7)}
    assert [x.number.split("/")[0] for x in letters] == ["001", "002", "003", "004", "005"]
    assert [x.level for x in letters] == [2, 2, 2, 2, 1]  # the worst first
    # no letter before a credit reaches kolektibilitas 3
    assert reminders.reminder_letters(db, on_date=ON) == []
    with pytest.raises(UserError, match="kolektibilitas 3–5"):
        reminders.reminder_letters(db, on_date=ON, credit_numbers=[c1])
    pdf = drain(reminders.write_letters_pdf(db, path=tmp_path / "sp.pdf", on_date=on))
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    assert len(pages) == 5
    first = next(p for p in pages if c1 in p)
    assert "SURAT PERINGATAN PERTAMA (SP-1)" in first and "Rp212.000" in first and "7 Juli 2024" in first
    assert "Uji Ketua" in first  # the chair signs
    assert sum("SURAT PERINGATAN KEDUA (SP-2)" in p for p in pages) == 4


def test_cli_lists_links_apart_and_writes_letters(db, actors, group, tmp_path):
    path = db.location
    db.close()
    out = tmp_path / "sp.pdf"
    env = dict(os.environ, KAMURA_PASSWORD=TEST_USERS["petugas"][1])
    run = kamura(["--db", str(path), "reminders",  # in-process
                  "--date", "2024-03-07", "--letters", str(out), "--user", "petugas"], env=env)
    assert run.returncode == 0, run.stderr
    listed, _, apart = run.stdout.partition("Tanpa nomor telepon")
    assert listed.count("https://wa.me/62812200000") == 7
    assert apart.count("tunggakan") == 1 and apart.count("jatuh tempo besok") == 1
    assert "0 surat peringatan ditulis" in run.stdout and out.is_file()
    per_group = kamura(["--db", str(path), "reminders",
                        "--date", "2024-03-07", "--per-group", "--user", "petugas"], env=env)
    assert per_group.returncode == 0, per_group.stderr
    (line,) = per_group.stdout.strip().splitlines()
    assert "5 anggota\tRp954.000\thttps://wa.me/6281220000001?text=" in line


def test_per_group_one_message_to_the_leader(db, actors, group):
    (g,) = reminders.group_reminders(db, on_date=ON)
    # all five members (member 3 without a number too: the leader reaches her), 9 reminders
    assert (g.members, g.total) == (5, 9 * 106_000)
    assert g.phone == "6281220000001"  # the leader is the group's first member
    text = parse_qs(urlparse(g.link).query)["text"][0]
    assert text.startswith(f"Yth. Bapak/Ibu {g.leader_name}, ketua kelompok {g.group_code}.")
    assert text.count("\n- ") == 9 and "Jumlah Rp954.000" in text and "tanggung renteng" in text
