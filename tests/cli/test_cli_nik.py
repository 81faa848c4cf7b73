"""The NIK masked where a role does not need it (issue 21, item 8): `kamura members list` and
the member export show 3217••••••••0442 to the roles without ``members.nik.view`` (clerk,
admin) and the whole number to the chair and the treasurer."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from openpyxl import load_workbook

from kamura_desktop.cli.main import main
from kamura_desktop.domain.nik import mask_nik
from kamura_desktop.domain.roles import NIK_ROLES
from kamura_desktop.services import membership
from kamura_desktop.services.permissions import PERMISSIONS, nik_in_list, nik_in_record
from kamura_desktop.services.setup import open_books

PASSWORDS = {"admin": "admin123", "ketua": "ketua123", "bendahara": "bendahara123",
             "petugas": "petugas123"}
MASKED = re.compile(r"^\d{4}•{8}\d{4}$")
FULL = re.compile(r"^\d{16}$")


def test_mask_keeps_the_first_and_last_four_digits():
    assert mask_nik("3217014503850442") == "3217••••••••0442"
    assert mask_nik("") == "" and mask_nik(None) == "" and mask_nik("12345") == "•••••"


def test_the_permission_is_data_given_to_the_chair_and_the_treasurer(actors):
    assert PERMISSIONS["members.nik.view"][0] == NIK_ROLES == {"ketua", "bendahara"}
    nik = "3217014503850442"
    shown = {role: (nik_in_list(a, nik), nik_in_record(a, nik)) for role, a in actors.items()}
    assert shown == {
        "ketua": (nik, nik), "bendahara": (nik, nik),
        "petugas": ("3217••••••••0442", nik),  # registers members: the record shows it whole
        "admin": ("3217••••••••0442", "3217••••••••0442"),
    }


def members_json(capsys, db_path, role) -> list[dict]:
    capsys.readouterr()
    assert main(["members", "list", "--json", "--db", str(db_path), "--user", role]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("role,masked", [("petugas", True), ("admin", True), ("ketua", False),
                                         ("bendahara", False)])
def test_cli_members_list_masks_per_role(role, masked, demo_copy, fast_passwords, capsys, monkeypatch):
    monkeypatch.setenv("KAMURA_PASSWORD", PASSWORDS[role])
    rows = members_json(capsys, demo_copy, role)
    assert len(rows) >= 40
    pattern = MASKED if masked else FULL
    assert all(pattern.match(r["nik"]) for r in rows), rows[0]["nik"]
    # the text list too: no whole NIK on the clerk's screen
    assert main(["members", "list", "--db", str(demo_copy), "--user", role]) == 0
    text = capsys.readouterr().out
    assert bool(re.search(r"\b\d{16}\b", text)) is not masked


def test_clerks_export_masks_nik_and_kk_the_chairs_does_not(demo_copy, fast_passwords, tmp_path,
                                                            monkeypatch, capsys):
    db = open_books(demo_copy)
    try:
        whole = {m.number: (m.nik, m.kk_number) for m in
                 (membership.get_member(db, r.id) for r in
                  membership.list_members(db, limit=None).rows)}
    finally:
        db.close()
    files = {}
    for role in ("petugas", "ketua"):
        monkeypatch.setenv("KAMURA_PASSWORD", PASSWORDS[role])
        files[role] = tmp_path / f"anggota-{role}.xlsx"
        assert main(["export", "members", str(files[role]), "--db", str(demo_copy), "--user", role]) == 0
    for role, masked in (("petugas", True), ("ketua", False)):
        wb = load_workbook(files[role])
        ws = wb.worksheets[0]
        header = [c.value for c in ws[1]]
        col_no, col_nik, col_kk = header.index("No Anggota"), header.index("NIK"), header.index("No KK")
        rows = list(ws.iter_rows(min_row=2, values_only=True))
        assert len(rows) == len(whole)
        for r in rows:
            nik, kk = whole[r[col_no]]
            assert r[col_nik] == (mask_nik(nik) if masked else nik)
            assert r[col_kk] == ((mask_nik(kk) if masked else kk) if kk else None)
        notes = {row[0]: row[1] for row in wb["Keterangan"].iter_rows(values_only=True)}
        assert ("NIK dan No. KK" in notes) is masked
        if masked:
            assert "Petugas" in notes["NIK dan No. KK"]


def test_service_list_without_actor_is_whole_and_with_actor_is_per_role(db, actors):
    m = membership.register_member(db, actor=actors["petugas"], data=membership.MemberInput(
        name="Siti Aminah", nik="3217014503850442", sex="P",
        joined_on=dt.date(2024, 1, 10))).value.member
    assert membership.list_members(db).rows[0].nik == "3217014503850442"
    assert membership.list_members(db, actor=actors["petugas"]).rows[0].nik == "3217••••••••0442"
    assert membership.list_members(db, actor=actors["ketua"]).rows[0].nik == "3217014503850442"
    assert membership.get_member(db, m.id).nik == "3217014503850442"  # the record itself: whole


def test_registration_form_shows_the_nik_to_who_registers_and_masks_it_for_the_admin(
        demo_copy, fast_passwords, tmp_path, monkeypatch, capsys):
    from pypdf import PdfReader

    db = open_books(demo_copy)
    try:
        member = membership.find_member_by_number(db, "KMR-0001")
    finally:
        db.close()
    texts = {}
    for role in ("petugas", "admin"):
        monkeypatch.setenv("KAMURA_PASSWORD", PASSWORDS[role])
        out = tmp_path / f"formulir-{role}.pdf"
        assert main(["print", "member-form", "--member", "KMR-0001", "--out", str(out),
                     "--db", str(demo_copy), "--user", role]) == 0
        texts[role] = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(out).pages))
    assert member.nik in texts["petugas"]
    assert member.nik not in texts["admin"] and mask_nik(member.nik) in texts["admin"]
