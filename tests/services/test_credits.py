"""Group credit lifecycle (kamura_desktop.services.credits) on a fresh SQLite file per test:
schedules on working days, the two built-in products, maker-checker, limits, group size,
eligibility at approval, funding and disbursement (nothing half-written), product edits not
touching existing credits, cancellation, the disbursement entry and loan-cycle numbers."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from kamura_desktop.db.models.core import JournalEntry
from kamura_desktop.db.models.credit import Credit, CreditFunding, GroupMember, ScheduleLine
from kamura_desktop.db.models.membership import Member
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import credit_products, credits, groups, ledger, membership, savings
from kamura_desktop.services.actor import Actor
from kamura_desktop.services.credits import ApplicationLine
from kamura_desktop.services.membership import MemberInput
from tests.helpers_books import prepared

from ..stock import provide_for

PINDANG = "Pengolahan ikan pindang"
JOINED = dt.date(2023, 10, 2)
APPLIED = dt.date(2024, 3, 5)  # Tuesday
APPROVED = dt.date(2024, 3, 6)
DISBURSED = dt.date(2024, 3, 7)  # Thursday; Sunday 10 March, Nyepi on Monday 11 March


def _next_serial(db) -> int:
    """The serial of the next member of these books: one more than the members they hold (a
    per-process counter would repeat a NIK of books a @prepared fixture built elsewhere)."""
    with db.read() as s:
        return s.scalar(select(func.count(Member.id))) + 1


# ---------------------------------------------------------------- a small cooperative

def add_member(db, name: str, *, rt: str = "001", kampung: str = "Babakan Pindang", joined=JOINED,
               trade: str | None = PINDANG, ktp: bool = True, kk: bool = True, pay: bool = True) -> int:
    """An active member (pokok paid, wajib paid five years ahead) unless ``pay`` is False."""
    serial = _next_serial(db)
    nik = f"321701{serial % 28 + 41:02d}0385{serial:04d}"
    data = MemberInput(name=name, nik=nik, sex="P", joined_on=joined, rt=rt, rw="008", kampung=kampung,
                       desa="Mekarmukti", trade=trade, ktp_on_file=ktp, kk_on_file=kk)
    system = Actor.system()
    mid = membership.register_member(db, actor=system, data=data).value.member.id
    if pay:
        savings.record_deposit(db, actor=system, member_id=mid, kind="pokok", amount=50_000, on_date=joined)
        savings.record_deposit(db, actor=system, member_id=mid, kind="wajib", amount=600_000, on_date=joined)
    return mid


def add_group(db, actors, member_ids, *, name="Sauyunan", kind="peer", formed=JOINED) -> int:
    data = groups.GroupInput(name=name, formed_on=formed, kind=kind, rt="001", rw="008")
    return groups.create_group(db, actor=actors["petugas"], data=data, member_ids=list(member_ids),
                               leader_id=member_ids[0]).value.id


def product(db, code: str) -> credit_products.ProductDTO:
    return credit_products.product_by_code(db, code)


def prepare(db, actors, group_id, member_ids, *, code="PAKET", amount=None, on=APPLIED, by="petugas",
            **kw) -> credits.ApplicationDTO:
    p = product(db, code)
    lines = [ApplicationLine(m, amount or p.amount_min) for m in member_ids]
    return credits.prepare_application(db, actor=actors[by], group_id=group_id, product_id=p.id, lines=lines,
                                       on_date=on, **kw).value


def approve(db, actors, app_id, *, by="bendahara", on=APPROVED):
    return credits.approve_application(db, actor=actors[by], application_id=app_id, on_date=on).value


def fund(db, actors, app_id, source="own"):
    return credits.fund_remaining(db, actor=actors["bendahara"], application_id=app_id, source=source).value


def disburse(db, actors, app_id, on=DISBURSED):
    provide_for(db, app_id, on=on)
    return credits.disburse_application(db, actor=actors["bendahara"], application_id=app_id, on_date=on).value


def run_through(db, actors, group_id, member_ids, *, on=APPLIED, source="own", **kw) -> credits.ApplicationDTO:
    """Prepare, approve, fund and disburse on ``on``, ``on``+1, ``on``+2 days."""
    app = prepare(db, actors, group_id, member_ids, on=on, **kw)
    approve(db, actors, app.id, on=on + dt.timedelta(days=1))
    fund(db, actors, app.id, source)
    return disburse(db, actors, app.id, on=on + dt.timedelta(days=2))


def settle(db, app_id: int) -> None:
    """TEST HELPER, not a use case: mark an application's credits paid off (lunas).

    The repayment book closes credits by recording instalments; these tests only need a
    finished earlier credit, so they set ``credits.status`` directly (credit rows are not
    immutable; payments and journal entries are, and none are written here)."""
    with db.write() as s:
        s.execute(update(Credit).where(Credit.application_id == app_id)
                  .values(status="lunas", closed_on=DISBURSED + dt.timedelta(days=8)))


def counts(db) -> tuple[int, int, int]:
    """(journal entries, schedule lines, fundings)."""
    with db.read() as s:
        return (s.scalar(select(func.count(JournalEntry.id))), s.scalar(select(func.count(ScheduleLine.id))),
                s.scalar(select(func.count(CreditFunding.id))))


@prepared
def world(db, actors):
    names = ["Yayat Supriatna", "Cucu Sumiati", "Iyah Sopiah", "Iis Rahmawati", "Enok Rohayati"]
    ids = [add_member(db, n) for n in names]
    gid = add_group(db, actors, ids)
    return SimpleNamespace(db=db, actors=actors, ids=ids, group=gid)


# ---------------------------------------------------------------- schedules

def test_paket_usaha_is_six_daily_instalments_of_4200_skipping_sunday_and_holiday(world):
    db, actors = world.db, world.actors
    credit_products.add_holiday(db, actor=actors["ketua"], on_date=dt.date(2024, 3, 11), name="Hari Suci Nyepi")
    app = run_through(db, actors, world.group, world.ids, on=APPLIED)
    assert app.status == "disbursed" and app.disbursed_on == DISBURSED
    lines = credits.schedule_of(db, app.credits[0].id)
    assert [ln.due_date for ln in lines] == [dt.date(2024, 3, d) for d in (8, 9, 12, 13, 14, 15)]
    assert [ln.amount for ln in lines] == [4_200] * 6
    assert sum(ln.principal for ln in lines) == 25_000 and sum(ln.service for ln in lines) == 200
    assert all(c.principal == 25_000 and c.service == 200 and c.total == 25_200 for c in app.credits)
    assert all(c.status == "active" and c.cycle_no == 1 for c in app.credits)


def test_pinjaman_bergulir_500000_at_2_percent_over_10_months(world):
    db, actors = world.db, world.actors
    app = run_through(db, actors, world.group, world.ids, code="BERGULIR", amount=500_000, instalments=10,
                      rate_bp=200, source="revolving")
    lines = credits.schedule_of(db, app.credits[0].id)
    assert [ln.amount for ln in lines] == [60_000] * 10
    assert {(ln.principal, ln.service) for ln in lines} == {(50_000, 10_000)}
    # monthly, on the disbursement day (7 April 2024 is a Sunday: Monday 8 April)
    assert lines[0].due_date == dt.date(2024, 4, 8) and lines[1].due_date == dt.date(2024, 5, 7)
    assert app.credits[0].service == 100_000


def test_rate_and_term_must_be_within_the_product(world):
    db, actors = world.db, world.actors
    with pytest.raises(UserError) as e:
        prepare(db, actors, world.group, world.ids, code="BERGULIR", amount=500_000, rate_bp=350)
    assert e.value.field == "rate" and "1,5–3 %" in e.value.message
    with pytest.raises(UserError) as e:
        prepare(db, actors, world.group, world.ids, code="BERGULIR", amount=500_000, instalments=13)
    assert e.value.field == "instalments"


# ---------------------------------------------------------------- maker-checker

def test_the_clerk_may_prepare_but_never_approve(world):
    db, actors = world.db, world.actors
    app = prepare(db, actors, world.group, world.ids)
    with pytest.raises(PermissionDenied):
        approve(db, actors, app.id, by="petugas")
    with pytest.raises(PermissionDenied):
        credits.reject_application(db, actor=actors["petugas"], application_id=app.id, reason="x")
    assert credits.get_application(db, app.id).status == "submitted"


@pytest.mark.parametrize(("preparer", "checker"), [("bendahara", "ketua"), ("ketua", "bendahara")])
def test_the_preparer_cannot_approve_even_as_treasurer_or_chair(world, preparer, checker):
    db, actors = world.db, world.actors
    app = prepare(db, actors, world.group, world.ids, by=preparer)
    with pytest.raises(UserError) as e:
        approve(db, actors, app.id, by=preparer)
    assert e.value.code == "maker_checker"
    with pytest.raises(UserError) as e:
        credits.reject_application(db, actor=actors[preparer], application_id=app.id, reason="tidak layak")
    assert e.value.code == "maker_checker"
    assert credits.get_application(db, app.id).status == "submitted"
    done = approve(db, actors, app.id, by=checker)
    assert done.status == "approved" and done.decided_by_name == actors[checker].full_name
    assert all(c.status == "approved" for c in done.credits)


def test_the_admin_may_not_touch_credit(world):
    with pytest.raises(PermissionDenied):
        prepare(world.db, world.actors, world.group, world.ids, by="admin")


# ---------------------------------------------------------------- limits and group size

def test_group_limit_refuses_six_packages(world):
    db, actors = world.db, world.actors
    sixth = add_member(db, "Omah Maryamah")
    groups.add_group_member(db, actor=actors["petugas"], group_id=world.group, member_id=sixth, on_date=JOINED)
    paket = product(db, "PAKET")
    with pytest.raises(UserError) as e:  # the product is for groups of exactly five
        prepare(db, actors, world.group, [*world.ids, sixth])
    assert e.value.code == "group_size" and "5 orang" in e.value.message
    credit_products.save_product(db, actor=actors["ketua"], product=replace(paket, group_size_max=6))
    with pytest.raises(UserError) as e:
        prepare(db, actors, world.group, [*world.ids, sixth])
    assert e.value.code == "group_limit"
    assert "Rp150.000" in e.value.message and "Rp125.000" in e.value.message
    assert credits.list_applications(db) == []


def test_per_member_maximum(world):
    with pytest.raises(UserError) as e:
        prepare(world.db, world.actors, world.group, world.ids, amount=30_000)
    assert e.value.code == "amount_limit" and "Rp30.000" in e.value.message


def test_group_size_comes_from_the_product(world):
    db, actors = world.db, world.actors
    with pytest.raises(UserError) as e:
        prepare(db, actors, world.group, world.ids[:4])
    assert e.value.code == "group_size"
    paket = product(db, "PAKET")
    credit_products.save_product(db, actor=actors["ketua"], product=replace(paket, group_size_min=4))
    app = prepare(db, actors, world.group, world.ids[:4])
    assert len(app.credits) == 4 and app.total_principal == 100_000
    # Pinjaman Bergulir: KSM of 5-6
    with pytest.raises(UserError) as e:
        prepare(db, actors, world.group, world.ids[:4], code="BERGULIR", amount=300_000)
    assert e.value.code == "group_size" and "5–6 orang" in e.value.message


def test_only_members_of_the_group_may_be_in_its_application(world):
    outsider = add_member(world.db, "Ade Rukmana")
    with pytest.raises(UserError) as e:
        prepare(world.db, world.actors, world.group, [*world.ids[:4], outsider])
    assert "bukan anggota kelompok" in e.value.message


def test_a_member_in_two_active_groups_is_refused_by_service_and_database(world):
    db, actors = world.db, world.actors
    others = [add_member(db, f"Anggota {i}", rt="002") for i in range(4)]
    with pytest.raises(UserError) as e:
        add_group(db, actors, [*others, world.ids[0]], name="Silih Asih")
    assert e.value.code == "other_group" and "KLP-001" in e.value.message
    assert [g.code for g in groups.list_groups(db)] == ["KLP-001"]  # nothing half-made
    second = add_group(db, actors, others, name="Silih Asih")
    with pytest.raises(UserError):
        groups.add_group_member(db, actor=actors["petugas"], group_id=second, member_id=world.ids[0])
    # the partial unique index holds even behind the service's back
    with pytest.raises(IntegrityError), db.write() as s:
        s.add(GroupMember(group_id=second, member_id=world.ids[0], joined_on=JOINED))
    # after leaving the first group the member may join another
    groups.remove_group_member(db, actor=actors["petugas"], group_id=world.group, member_id=world.ids[0],
                               on_date=APPLIED)
    groups.add_group_member(db, actor=actors["petugas"], group_id=second, member_id=world.ids[0],
                            on_date=APPLIED)
    assert len(groups.get_group(db, second).members) == 5


# ---------------------------------------------------------------- eligibility at approval

def test_approval_refused_while_a_member_is_not_eligible(world):
    db, actors = world.db, world.actors
    m = membership.get_member(db, world.ids[1])
    membership.update_member(db, actor=actors["petugas"], member_id=m.id,
                             data=replace(m.as_input(), ktp_on_file=False))
    app = prepare(db, actors, world.group, world.ids)
    assert not app.all_eligible
    assert app.credits[1].eligibility == ("Fotokopi KTP belum ada.",)
    with pytest.raises(UserError) as e:
        approve(db, actors, app.id)
    assert e.value.code == "not_eligible" and "Cucu Sumiati: Fotokopi KTP belum ada." in e.value.message
    assert credits.get_application(db, app.id).status == "submitted"
    # the copy is handed in: the approval checks again and passes
    membership.update_member(db, actor=actors["petugas"], member_id=m.id,
                             data=replace(m.as_input(), ktp_on_file=True))
    done = approve(db, actors, app.id)
    assert done.status == "approved" and done.all_eligible


def test_eligibility_is_judged_on_the_approval_date(world):
    db, actors = world.db, world.actors
    ids = [add_member(db, f"Anggota {i}", rt="005") for i in range(4)]
    ids.append(add_member(db, "Nining Kurniasih", rt="005", joined=dt.date(2024, 1, 10)))
    gid = add_group(db, actors, ids, name="Mekar Rahayu")
    app = prepare(db, actors, gid, ids, on=dt.date(2024, 4, 1))
    assert app.credits[-1].eligibility == (
        "Baru 2 bulan menjadi anggota (masuk 10 Januari 2024); minimal 3 bulan.",)
    with pytest.raises(UserError):
        approve(db, actors, app.id, on=dt.date(2024, 4, 9))
    done = approve(db, actors, app.id, on=dt.date(2024, 4, 10))
    assert done.status == "approved" and done.all_eligible


def test_approval_and_disbursement_dates_follow_the_application(world):
    db, actors = world.db, world.actors
    app = prepare(db, actors, world.group, world.ids, on=APPLIED)
    assert app.prepared_at.date() == APPLIED
    with pytest.raises(UserError) as e:
        approve(db, actors, app.id, on=APPLIED - dt.timedelta(days=1))
    assert e.value.field == "on_date"
    with pytest.raises(UserError):
        approve(db, actors, app.id, on=dt.date.today() + dt.timedelta(days=1))
    approve(db, actors, app.id, on=APPROVED)
    fund(db, actors, app.id)
    with pytest.raises(UserError) as e:
        disburse(db, actors, app.id, on=APPLIED)
    assert e.value.field == "on_date"
    with pytest.raises(UserError):
        prepare(db, actors, world.group, world.ids, on=dt.date.today() + dt.timedelta(days=1))


def test_a_running_credit_blocks_a_new_one_until_its_last_instalment(world):
    db, actors = world.db, world.actors
    run_through(db, actors, world.group, world.ids, on=APPLIED)  # instalments 8-15 March 2024
    second = prepare(db, actors, world.group, world.ids, on=dt.date(2024, 3, 12))
    assert "Masih ada kredit KR-2024-00001 yang belum selesai." in second.credits[0].eligibility
    with pytest.raises(UserError) as e:
        approve(db, actors, second.id, on=dt.date(2024, 3, 12))
    assert e.value.code == "not_eligible"
    # after the last instalment's date it no longer counts as open; unpaid instalments would be
    # caught by the arrears rule of the repayment book, so the test marks the first credits paid
    settle(db, second.id - 1)
    assert approve(db, actors, second.id, on=dt.date(2024, 3, 16)).status == "approved"


def test_of_two_waiting_applications_the_earlier_is_decided_first(world):
    db, actors = world.db, world.actors
    first = prepare(db, actors, world.group, world.ids)
    second = prepare(db, actors, world.group, world.ids)
    with pytest.raises(UserError):  # the earlier application is still open
        approve(db, actors, second.id)
    assert approve(db, actors, first.id).status == "approved"
    credits.cancel_application(db, actor=actors["petugas"], application_id=first.id, reason="Diganti")
    assert approve(db, actors, second.id).status == "approved"


# ---------------------------------------------------------------- funding and disbursement

def test_disbursing_an_unapproved_or_unfunded_application_writes_nothing(world):
    db, actors = world.db, world.actors
    app = prepare(db, actors, world.group, world.ids)
    before = counts(db)
    with pytest.raises(UserError) as e:
        disburse(db, actors, app.id)
    assert e.value.code == "not_approved"
    assert counts(db) == before
    approve(db, actors, app.id)
    credits.add_funding(db, actor=actors["bendahara"], credit_id=app.credits[0].id, source="own", amount=25_000)
    credits.add_funding(db, actor=actors["bendahara"], credit_id=app.credits[1].id, source="own", amount=10_000)
    before = counts(db)
    with pytest.raises(UserError) as e:
        disburse(db, actors, app.id)
    assert e.value.code == "unfunded"
    assert "KR-2024-00002 kurang Rp15.000" in e.value.message
    assert counts(db) == before
    got = credits.get_application(db, app.id)
    assert got.status == "approved" and {c.status for c in got.credits} == {"approved"}
    assert all(c.cycle_no is None and c.disbursed_on is None for c in got.credits)


def test_funding_cannot_exceed_the_gap_and_only_the_treasurer_or_chair_funds(world):
    db, actors = world.db, world.actors
    app = prepare(db, actors, world.group, world.ids)
    c = app.credits[0]
    with pytest.raises(UserError):
        credits.add_funding(db, actor=actors["bendahara"], credit_id=c.id, source="own", amount=30_000)
    with pytest.raises(PermissionDenied):
        credits.add_funding(db, actor=actors["petugas"], credit_id=c.id, source="own", amount=5_000)
    with pytest.raises(PermissionDenied):  # the chair approves but does not pay out
        disburse(db, {"bendahara": actors["ketua"]}, app.id)


def _lines(db, app) -> list[tuple[str, int, int]]:
    (entry,) = ledger.entries_for_source(db, "credit_application", app.number)
    return sorted((ln.account_code, ln.debit, ln.credit) for ln in entry.lines)


def _totals(lines) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for code, d, c in lines:
        od, oc = out.get(code, (0, 0))
        out[code] = (od + d, oc + c)
    return out


def test_in_kind_disbursement_moves_the_packages_out_of_stock(world):
    db, actors = world.db, world.actors
    ledger.post_journal_entry(db, actor=actors["bendahara"], on_date=APPLIED, description="Beli 5 paket",
                              lines=[ledger.Line(Acc.PERSEDIAAN_PAKET_USAHA, debit=125_000),
                                     ledger.Line(Acc.KAS, credit=125_000)])
    app = run_through(db, actors, world.group, world.ids)
    totals = _totals(_lines(db, app))
    assert totals == {Acc.PIUTANG_PINJAMAN: (125_000, 0), Acc.PERSEDIAAN_PAKET_USAHA: (0, 125_000)}
    assert ledger.balance_of(db, Acc.PERSEDIAAN_PAKET_USAHA) == 0
    assert ledger.ledger_problems(db) == []


def test_cash_disbursement_from_own_funds_and_the_revolving_fund(world):
    db, actors = world.db, world.actors
    app = prepare(db, actors, world.group, world.ids, code="BERGULIR", amount=400_000, instalments=10)
    approve(db, actors, app.id)
    credits.add_funding(db, actor=actors["bendahara"], credit_id=app.credits[0].id, source="own", amount=100_000)
    fund(db, actors, app.id, "revolving")
    app = disburse(db, actors, app.id)
    totals = _totals(_lines(db, app))
    assert totals == {Acc.KAS: (0, 2_000_000), Acc.PIUTANG_PINJAMAN: (100_000, 0),
                      Acc.PIUTANG_DANA_BERGULIR: (1_900_000, 0)}
    assert sum(d for d, _ in totals.values()) == sum(c for _, c in totals.values())


def test_loan_cycle_numbers_count_a_members_credits_of_the_product(world):
    db, actors = world.db, world.actors
    seen = []
    for k in range(3):
        app = run_through(db, actors, world.group, world.ids, on=APPLIED + dt.timedelta(days=30 * k))
        seen.append({c.cycle_no for c in app.credits})
        settle(db, app.id)
    assert seen == [{1}, {2}, {3}]
    # another product starts its own count
    app = run_through(db, actors, world.group, world.ids, on=APPLIED + dt.timedelta(days=100),
                      code="BERGULIR", amount=300_000, instalments=3)
    assert {c.cycle_no for c in app.credits} == {1}


def test_a_fifth_revolving_loan_is_refused(world):
    db, actors = world.db, world.actors
    day = APPLIED
    for _ in range(4):
        app = run_through(db, actors, world.group, world.ids, on=day, code="BERGULIR", amount=300_000,
                          instalments=3)
        settle(db, app.id)
        day += dt.timedelta(days=100)
    assert {c.cycle_no for c in app.credits} == {4}
    bergulir = product(db, "BERGULIR")
    result = credits.member_eligibility(db, member_id=world.ids[0], product_id=bergulir.id, as_of=day)
    assert [f.rule for f in result.failures] == ["cycles"]
    fifth = prepare(db, actors, world.group, world.ids, code="BERGULIR", amount=300_000, on=day)
    assert fifth.credits[0].eligibility == ("Sudah 4 kali meminjam dari produk ini; paling banyak 4 kali.",)
    with pytest.raises(UserError) as e:
        approve(db, actors, fifth.id, on=day)
    assert e.value.code == "not_eligible"


def test_a_first_revolving_loan_is_at_most_500000(world):
    db, actors = world.db, world.actors
    app = prepare(db, actors, world.group, world.ids, code="BERGULIR", amount=600_000)
    assert app.credits[0].eligibility == ("Pinjaman pertama paling banyak Rp500.000.",)
    with pytest.raises(UserError):
        approve(db, actors, app.id)


# ---------------------------------------------------------------- product edits and cancellation

def test_editing_a_product_does_not_change_credits_that_use_it(world):
    db, actors = world.db, world.actors
    app = prepare(db, actors, world.group, world.ids)
    approve(db, actors, app.id)
    paket = product(db, "PAKET")
    credit_products.save_product(db, actor=actors["ketua"], product=replace(
        paket, service_fixed=500, instalments_min=8, instalments_max=8, amount_min=30_000, amount_max=30_000,
        group_limit=150_000))
    fund(db, actors, app.id)
    done = disburse(db, actors, app.id)
    lines = credits.schedule_of(db, done.credits[0].id)
    assert [ln.amount for ln in lines] == [4_200] * 6  # the terms copied when applying
    assert done.credits[0].service == 200 and done.instalments == 6
    settle(db, app.id)
    new = prepare(db, actors, world.group, world.ids, on=APPLIED + dt.timedelta(days=30))
    assert new.instalments == 8 and new.service_fixed == 500 and new.credits[0].principal == 30_000


def test_cancellation_before_disbursement_releases_the_funding(world):
    db, actors = world.db, world.actors
    app = prepare(db, actors, world.group, world.ids)
    approve(db, actors, app.id)
    fund(db, actors, app.id)
    assert all(c.funded == 25_000 for c in credits.get_application(db, app.id).credits)
    with pytest.raises(UserError) as e:
        credits.cancel_application(db, actor=actors["petugas"], application_id=app.id, reason=" ")
    assert e.value.field == "reason"
    before = counts(db)
    done = credits.cancel_application(db, actor=actors["petugas"], application_id=app.id,
                                      reason="Kelompok menunda usaha").value
    assert done.status == "cancelled" and done.decision_reason == "Kelompok menunda usaha"
    assert {c.status for c in done.credits} == {"cancelled"} and all(c.funded == 0 for c in done.credits)
    assert counts(db) == before  # nothing deleted, no money moved
    with pytest.raises(UserError):
        disburse(db, actors, app.id)
    with pytest.raises(UserError):
        credits.cancel_application(db, actor=actors["petugas"], application_id=app.id, reason="lagi")
    # the members are free for a new application
    assert prepare(db, actors, world.group, world.ids).all_eligible


def test_a_disbursed_application_cannot_be_cancelled(world):
    db, actors = world.db, world.actors
    app = run_through(db, actors, world.group, world.ids)
    with pytest.raises(UserError):
        credits.cancel_application(db, actor=actors["bendahara"], application_id=app.id, reason="salah")
    assert credits.get_application(db, app.id).status == "disbursed"


def test_list_credits_filters_by_status_and_group(world):
    db, actors = world.db, world.actors
    app = run_through(db, actors, world.group, world.ids)
    rows = credits.list_credits(db)
    assert [r.number for r in rows] == [c.number for c in app.credits]
    assert {r.status for r in rows} == {"active"} and {r.group for r in rows} == {"KLP-001"}
    assert rows[0].principal == 25_000 and rows[0].service == 200 and rows[0].disbursed_on == DISBURSED
    assert credits.list_credits(db, status="lunas") == []
    assert len(credits.list_credits(db, group_code="klp-001")) == 5
    assert credits.list_credits(db, group_code="KSM-009") == []
