"""A form's check names every wrong field at once (issue 17): one UserError whose ``fields``
holds each field's message, so the form marks them all instead of one per try."""

from __future__ import annotations

import datetime as dt

import pytest

from kamura_desktop.domain.errors import FieldProblems, PermissionDenied, UserError
from kamura_desktop.domain.limits import MAX_AMOUNT
from kamura_desktop.services import credit_products, credits, groups, lender_pool, membership
from kamura_desktop.services.credits import ApplicationLine
from kamura_desktop.services.groups import GroupInput
from kamura_desktop.services.membership import MemberInput

from .test_credits import add_group, add_member


def test_field_problems_gather_every_field_and_keep_the_first_code():
    problems = FieldProblems()
    with problems.field("name"):
        raise UserError("Nama wajib diisi.", field="name")
    with problems.field("amount"):
        raise UserError("Jumlah di luar batas.", code="amount_limit")  # no field: the given one
    problems.add("amount", "Jumlah harus rupiah utuh.")  # a second problem of the same field
    with pytest.raises(UserError) as e:
        problems.raise_if_any()
    assert e.value.fields == {"name": "Nama wajib diisi.",
                              "amount": "Jumlah di luar batas. Jumlah harus rupiah utuh."}
    assert e.value.field == "name" and e.value.code == "amount_limit"
    assert e.value.message.startswith("Ada 2 isian yang perlu diperbaiki:")
    with pytest.raises(PermissionDenied), problems.field("x"):  # a refusal stops at once
        raise PermissionDenied("Tidak berhak.")
    FieldProblems().raise_if_any()  # nothing wrong: nothing raised


def test_an_empty_member_form_names_every_required_field(db, actors):
    empty = MemberInput(name="", nik="", sex="", joined_on=None, rt="12a", phone="08x")
    with pytest.raises(UserError) as e:
        membership.register_member(db, actor=actors["petugas"], data=empty)
    assert set(e.value.fields) == {"name", "nik", "sex", "joined_on", "rt", "phone"}
    assert e.value.fields["name"] == "Nama anggota wajib diisi."
    assert e.value.fields["joined_on"] == "Tanggal masuk wajib diisi."
    assert membership.count_members(db) == 0


def test_a_single_wrong_field_is_refused_as_before(db, actors):
    data = MemberInput(name="Ai Nurhayati", nik="123", sex="P", joined_on=dt.date(2024, 1, 2))
    with pytest.raises(UserError) as e:
        membership.register_member(db, actor=actors["petugas"], data=data)
    assert e.value.field == "nik" and list(e.value.fields) == ["nik"]
    assert "16 angka" in e.value.message and not e.value.message.startswith("Ada ")


def test_the_group_form_names_name_date_place_and_leader_together(db, actors):
    future = dt.date.today() + dt.timedelta(days=3)
    with pytest.raises(UserError) as e:
        groups.create_group(db, actor=actors["petugas"],
                            data=GroupInput(name="  ", formed_on=future, rt="x", kind="lain"),
                            member_ids=[], leader_id=7)
    assert set(e.value.fields) == {"name", "formed_on", "rt", "kind", "leader"}
    assert groups.list_groups(db) == []


def test_a_credit_application_names_the_date_and_every_line(db, actors):
    ids = [add_member(db, n) for n in ("Yayat Supriatna", "Cucu Sumiati", "Iyah Sopiah",
                                        "Iis Rahmawati", "Enok Rohayati")]
    gid = add_group(db, actors, ids)
    p = credit_products.product_by_code(db, "PAKET")
    lines = [ApplicationLine(m, 30_000) for m in ids]
    with pytest.raises(UserError) as e:
        credits.prepare_application(db, actor=actors["petugas"], group_id=gid, product_id=p.id,
                                    lines=lines, instalments=99,
                                    on_date=dt.date.today() + dt.timedelta(days=1))
    assert set(e.value.fields) == {"on_date", "lines", "instalments"}
    assert all(name in e.value.fields["lines"] for name in ("Yayat Supriatna", "Enok Rohayati"))
    assert "plafon kelompok" in e.value.fields["lines"]
    assert e.value.code == "amount_limit"
    assert credits.list_applications(db) == []


def test_lender_registration_names_the_requirements_and_the_limit_together(db, actors):
    member = membership.register_member(db, actor=actors["petugas"], data=MemberInput(
        name="Onah Juhanah", nik="3217015503850021", sex="P", joined_on=dt.date(2024, 1, 2))).value
    with pytest.raises(UserError) as e:
        lender_pool.register_lender(db, actor=actors["petugas"], member_id=member.member.id,
                                    max_per_group=MAX_AMOUNT + 1)
    assert set(e.value.fields) == {"member", "max_per_group"}
    assert "belum memenuhi syarat lender" in e.value.fields["member"]
