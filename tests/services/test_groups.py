"""Borrower groups (kamura_desktop.services.groups): forming by proximity, the leader, lender
supervisors and their requirements, members joining and leaving, dissolving."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kamura_desktop.db.models.membership import Member
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import credit_products, credits, groups, membership, savings
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.credits import ApplicationLine
from kamura_desktop.services.membership import MemberInput
from tests.helpers_books import prepared

PINDANG = "Pengolahan ikan pindang"
JOINED = dt.date(2023, 10, 2)
FORMED = dt.date(2024, 2, 10)


def _next_serial(db) -> int:
    """One more than the highest member id of these books (a per-process counter would repeat
    a NIK of books a @prepared fixture built in another process)."""
    with db.read() as s:
        return (s.scalar(select(func.max(Member.id))) or 0) + 1


def add_member(db, name: str, *, rt: str | None = "001", rw: str = "008", kampung: str | None = "Babakan Pindang",
               trade: str | None = PINDANG, ktp: bool = True, kk: bool = True, pokok: bool = True,
               wajib: bool = True) -> int:
    serial = _next_serial(db)
    data = MemberInput(name=name, nik=f"321701{serial % 28 + 1:02d}0790{serial:04d}", sex="L", joined_on=JOINED,
                       rt=rt, rw=rw, kampung=kampung, trade=trade, ktp_on_file=ktp, kk_on_file=kk)
    system = Actor.system()
    mid = membership.register_member(db, actor=system, data=data).value.member.id
    if pokok:
        savings.record_deposit(db, actor=system, member_id=mid, kind="pokok", amount=50_000, on_date=JOINED)
    if wajib:  # five years ahead: never in arrears in these tests
        savings.record_deposit(db, actor=system, member_id=mid, kind="wajib", amount=600_000, on_date=JOINED)
    return mid


def form(db, actor, member_ids, *, leader=None, name="Sauyunan", kind="peer", formed=FORMED, **kw):
    data = groups.GroupInput(name=name, formed_on=formed, kind=kind, rt="001", rw="008", **kw)
    return groups.create_group(db, actor=actor, data=data, member_ids=list(member_ids), leader_id=leader).value


# ---------------------------------------------------------------- proximity

def test_candidates_are_ordered_by_how_close_they_live(db):
    far = add_member(db, "Ujang Far", rt="003", kampung="Cikoneng")
    same_rt = add_member(db, "Euis Same RT", rt="001", kampung="Cibitung")
    nearest = add_member(db, "Asep Nearest", rt="001", kampung="Babakan Pindang")
    nearest_b = add_member(db, "Ade Nearest", rt="001", kampung="babakan pindang")
    other_rt = add_member(db, "Dede Other RT", rt="002", kampung="Cibitung")
    add_member(db, "Other RW", rt="001", rw="007")
    out = groups.proximity_candidates(db, rw="8", rt="1", kampung="Babakan Pindang")
    assert [c.member_id for c in out] == [nearest_b, nearest, same_rt, other_rt, far]
    assert [c.closeness for c in out] == [3, 3, 2, 1, 1]


def test_candidates_leave_out_members_in_a_group_and_members_who_left(db, actors):
    ids = [add_member(db, f"Anggota {i}") for i in range(5)]
    free = add_member(db, "Bebas")
    gone = add_member(db, "Sudah Keluar")
    form(db, actors["petugas"], ids, leader=ids[0])
    membership.member_leave(db, actor=actors["bendahara"], member_id=gone, on_date=dt.date.today(),
                            reason="Pindah")
    assert [c.member_id for c in groups.proximity_candidates(db, rw="008", rt="001")] == [free]


def test_eligible_candidates_come_before_ineligible_ones_at_the_same_distance(db):
    paket = credit_products.product_by_code(db, "PAKET")
    kasur = add_member(db, "Aa Kasur", trade="Kasur")
    no_ktp = add_member(db, "Ab Tanpa KTP", ktp=False)
    ok = add_member(db, "Zz Pindang")
    out = groups.proximity_candidates(db, rw="008", rt="001", product_id=paket.id, as_of=dt.date(2024, 3, 1))
    assert [c.member_id for c in out] == [ok, kasur, no_ktp]
    assert [c.eligible for c in out] == [True, False, False]
    assert out[1].reasons == ("Jenis usaha 'Kasur' bukan usaha program (pindang).",)
    assert out[2].reasons == ("Fotokopi KTP belum ada.",)


def test_without_an_rt_nobody_counts_as_same_rt(db):
    a = add_member(db, "Tanpa RT", rt=None)
    b = add_member(db, "RT 001", rt="001")
    out = groups.proximity_candidates(db, rw="008")
    assert {c.member_id: c.closeness for c in out} == {a: 1, b: 1}


# ---------------------------------------------------------------- leader

def test_the_leader_must_be_a_member_of_the_group(db, actors):
    ids = [add_member(db, f"Anggota {i}") for i in range(5)]
    outsider = add_member(db, "Orang Luar")
    with pytest.raises(UserError) as e:
        form(db, actors["petugas"], ids, leader=outsider)
    assert e.value.field == "leader"
    assert groups.list_groups(db) == []
    g = form(db, actors["petugas"], ids, leader=ids[0])
    assert g.leader_name == "Anggota 0" and g.code == "KLP-001" and len(g.members) == 5
    with pytest.raises(UserError) as e:
        groups.set_leader(db, actor=actors["petugas"], group_id=g.id, member_id=outsider)
    assert e.value.field == "leader"
    g = groups.set_leader(db, actor=actors["petugas"], group_id=g.id, member_id=ids[2]).value
    assert g.leader_member_id == ids[2] and [m.is_leader for m in g.members].count(True) == 1
    # the leader leaves: the group has no leader until a new one is chosen
    g = groups.remove_group_member(db, actor=actors["petugas"], group_id=g.id, member_id=ids[2],
                                   on_date=FORMED).value
    assert g.leader_member_id is None and g.leader_name == "-" and len(g.members) == 4


def test_group_input_is_checked(db, actors):
    ids = [add_member(db, f"Anggota {i}") for i in range(2)]
    with pytest.raises(UserError) as e:
        form(db, actors["petugas"], ids, name=" ")
    assert e.value.field == "name"
    with pytest.raises(UserError) as e:
        form(db, actors["petugas"], ids, kind="arisan")
    assert e.value.field == "kind"
    with pytest.raises(UserError) as e:
        form(db, actors["petugas"], ids, formed=dt.date.today() + dt.timedelta(days=1))
    assert e.value.field == "formed_on"
    with pytest.raises(UserError):
        form(db, actors["petugas"], [ids[0], ids[0]])
    with pytest.raises(PermissionDenied):
        form(db, actors["admin"], ids)
    ksm = form(db, actors["petugas"], ids, kind="ksm", name="Sukamanah")
    assert ksm.code == "KSM-001" and ksm.kind_label == "KSM (dana bergulir)"


# ---------------------------------------------------------------- supervisors

@prepared
def group(db, actors):
    """A group of five borrowers led by the first: built once per run, each test writes its
    own copy (tests/helpers_books.py)."""
    ids = [add_member(db, f"Peminjam {i}") for i in range(5)]
    return form(db, actors["petugas"], ids, leader=ids[0])


def test_a_qualified_lender_becomes_supervisor(db, actors, group):
    lender = add_member(db, "Ai Nurjanah", rt="002")
    g = groups.add_supervisor(db, actor=actors["petugas"], group_id=group.id, member_id=lender,
                              since=FORMED).value
    assert [s.name for s in g.supervisors] == ["Ai Nurjanah"]
    assert g.supervisors[0].joined_on == FORMED
    with pytest.raises(UserError) as e:
        groups.add_supervisor(db, actor=actors["petugas"], group_id=group.id, member_id=lender)
    assert "sudah menjadi pengawas" in e.value.message
    # supervising does not make the lender a borrowing member
    assert len(groups.get_group(db, group.id).members) == 5


@pytest.mark.parametrize(("kwargs", "words"), [
    (dict(pokok=False, wajib=False), "belum anggota aktif"),
    (dict(ktp=False), "fotokopi KTP/KK belum ada"),
    (dict(kk=False), "fotokopi KTP/KK belum ada"),
    (dict(wajib=False), "ada tunggakan simpanan wajib"),
])
def test_supervisor_requirements(db, actors, group, kwargs, words):
    lender = add_member(db, "Calon Pengawas", rt="002", **kwargs)
    with pytest.raises(UserError) as e:
        groups.add_supervisor(db, actor=actors["petugas"], group_id=group.id, member_id=lender)
    assert e.value.field == "supervisor"
    assert words in e.value.message and "belum memenuhi syarat lender" in e.value.message
    assert groups.get_group(db, group.id).supervisors == ()


def test_an_unpaid_pokok_is_named_too(db, actors, group):
    lender = add_member(db, "Belum Pokok", rt="002", pokok=False, wajib=False)
    with pytest.raises(UserError) as e:
        groups.add_supervisor(db, actor=actors["petugas"], group_id=group.id, member_id=lender)
    assert "simpanan pokok belum lunas" in e.value.message


def test_a_borrower_of_the_group_cannot_supervise_it(db, actors, group):
    with pytest.raises(UserError) as e:
        groups.add_supervisor(db, actor=actors["petugas"], group_id=group.id, member_id=group.members[1].member_id)
    assert "Pengawas tidak boleh anggota peminjam kelompok yang sama." == e.value.message


# ---------------------------------------------------------------- credits and the group

def test_a_member_with_a_credit_cannot_leave_and_the_group_cannot_dissolve(db, actors, group):
    paket = credit_products.product_by_code(db, "PAKET")
    lines = [ApplicationLine(m.member_id, 25_000) for m in group.members]
    app = credits.prepare_application(db, actor=actors["petugas"], group_id=group.id, product_id=paket.id,
                                      lines=lines, on_date=dt.date(2024, 3, 5)).value
    with pytest.raises(UserError) as e:
        groups.remove_group_member(db, actor=actors["petugas"], group_id=group.id,
                                   member_id=group.members[1].member_id)
    assert app.credits[0].number[:8] in e.value.message
    with pytest.raises(UserError):
        groups.dissolve_group(db, actor=actors["ketua"], group_id=group.id, on_date=dt.date(2024, 3, 6))
    credits.cancel_application(db, actor=actors["petugas"], application_id=app.id, reason="Batal")
    groups.dissolve_group(db, actor=actors["ketua"], group_id=group.id, on_date=dt.date(2024, 3, 6))
    assert groups.list_groups(db) == []
    (gone,) = groups.list_groups(db, include_dissolved=True)
    assert gone.status == "dissolved" and gone.members == ()
    # its members are free to join another group
    again = form(db, actors["petugas"], [m.member_id for m in group.members], name="Baru")
    assert len(again.members) == 5


def test_group_lookup_by_code(db, actors, group):
    assert groups.group_by_code(db, " klp-001 ").id == group.id
    with pytest.raises(UserError):
        groups.group_by_code(db, "KLP-404")
