"""SHU on a worked year (services/shu.py): every figure hand-computed here.

The year 2024 of a small cooperative built through the services:
- five members (joined 9 Jan 2023) each with pokok Rp50.000 and wajib Rp600.000; member 2
  deposits Rp100.000 more wajib in 2024 and member 1 Rp200.000 sukarela (not counted unless
  the setting says so);
- the five borrow Rp300.000 each from the revolving fund on 8 Jan 2024 for 3 months at 2 %
  flat — an instalment is Rp100.000 + Rp6.000 jasa; member 1 pays one instalment (jasa
  6.000), member 3 two (jasa 12.000): service income 18.000;
- the treasurer books printing income Rp1.000.000, ATK Rp150.000 and honor Rp400.000.

Surplus = 18.000 + 1.000.000 − 150.000 − 400.000 = Rp468.000.
Allocation 40/40/5/5/5/5 → 187.200 / 187.200 / 23.400 × 4. Members' part 187.200, jasa
modal 50 % = 93.600, jasa usaha 93.600.
Jasa modal by pokok + wajib: 650.000 × 4 and 750.000 (total 3.350.000):
  93.600 × 650/3.350 = 18.161,19 → floor 18.161 (remainder 650.000 of 3.350.000)
  93.600 × 750/3.350 = 20.955,22 → floor 20.955 (remainder 750.000)
  floors sum 93.599: the 1 rupiah left goes to the largest remainder (member 2) → 20.956.
Jasa usaha by jasa paid: 93.600 × 6/18 = 31.200, 93.600 × 12/18 = 62.400.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st
from sqlalchemy import select

from kamura_desktop.db.models.core import Account, JournalEntry, JournalLine
from kamura_desktop.db.models.membership import SavingsTransaction
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.errors import PermissionDenied, UserError
from kamura_desktop.services import journal, savings, settings, shu, year_end
from kamura_desktop.services.ledger import Line
from tests.helpers_books import prepared
from tests.services.test_repayments import Lending

Y = 2024
RAT = dt.date(2025, 3, 15)


def entry_lines(db, entry_id: int) -> dict[str, tuple[int, int]]:
    with db.read() as s:
        rows = s.execute(select(Account.code, JournalLine.debit, JournalLine.credit)
                         .join(JournalLine, JournalLine.account_id == Account.id)
                         .where(JournalLine.entry_id == entry_id)).all()
    out: dict[str, tuple[int, int]] = {}
    for code, d, c in rows:
        od, oc = out.get(code, (0, 0))
        out[code] = (od + d, oc + c)
    return out


def build_year(db, actors) -> list[int]:
    lend = Lending(db, actors)
    cs = lend.credits("BERGULIR", [300_000] * 5,
                      on=dt.date(2024, 1, 8), instalments=3, rate_bp=200)
    ids = [c.member_id for c in cs]
    clerk, treasurer = actors["petugas"], actors["bendahara"]
    savings.record_deposit(db, actor=clerk, member_id=ids[1], kind="wajib", amount=100_000,
                           on_date=dt.date(2024, 5, 2))
    savings.record_deposit(db, actor=clerk, member_id=ids[0], kind="sukarela", amount=200_000,
                           on_date=dt.date(2024, 5, 2))
    lend.pay(cs[0].id, 106_000, dt.date(2024, 2, 8))
    lend.pay(cs[2].id, 106_000, dt.date(2024, 2, 8))
    lend.pay(cs[2].id, 106_000, dt.date(2024, 3, 8))
    for desc, lines in (
            ("Pendapatan cetak undangan", [Line(Acc.KAS, debit=1_000_000),
                                           Line(Acc.PENDAPATAN_PERCETAKAN, credit=1_000_000)]),
            ("Beli ATK", [Line(Acc.BEBAN_ATK_CETAK, debit=150_000), Line(Acc.KAS, credit=150_000)]),
            ("Honor pengurus", [Line(Acc.BEBAN_HONOR, debit=400_000), Line(Acc.KAS, credit=400_000)])):
        journal.post_manual_entry(db, actor=treasurer, on_date=dt.date(2024, 6, 30), description=desc,
                                  lines=lines)
    return ids


@prepared
def year(db, actors):
    return build_year(db, actors)


EXPECTED = [  # (savings basis, jasa paid, jasa modal, jasa usaha, total) per member 1..5
    (650_000, 6_000, 18_161, 31_200, 49_361),
    (750_000, 0, 20_956, 0, 20_956),
    (650_000, 12_000, 18_161, 62_400, 80_561),
    (650_000, 0, 18_161, 0, 18_161),
    (650_000, 0, 18_161, 0, 18_161),
]


def test_worked_year_surplus_allocation_and_member_shares(db, actors, year):
    dto = shu.compute_shu(db, year=Y)
    assert dto.surplus == 468_000
    assert [(a.key, a.pct, a.amount) for a in dto.allocations] == [
        ("cadangan", 40, 187_200), ("anggota", 40, 187_200), ("pengurus", 5, 23_400),
        ("karyawan", 5, 23_400), ("pendidikan", 5, 23_400), ("sosial", 5, 23_400)]
    assert (dto.members_part, dto.jasa_modal_total, dto.jasa_usaha_total) == (187_200, 93_600, 93_600)
    assert [r.member_id for r in dto.rows] == year
    assert [(r.savings_basis, r.service_basis, r.jasa_modal, r.jasa_usaha, r.total)
            for r in dto.rows] == EXPECTED
    assert sum(r.total for r in dto.rows) == 187_200


def test_sukarela_counts_when_the_setting_says_so_and_split_follows_the_rat(db, actors, year):
    settings.update_settings(db, actor=actors["ketua"], values={"shu.include_sukarela": True})
    dto = shu.compute_shu(db, year=Y, jasa_modal_pct=25)
    # jasa modal 25 % of 187.200 = 46.800; bases 850, 750, 650 × 3 (thousands), total 3.550
    assert (dto.jasa_modal_total, dto.jasa_usaha_total) == (46_800, 140_400)
    # 46.800 × 850/3.550 = 11.205,63; × 750/3.550 = 9.887,32; × 650/3.550 = 8.569,01
    # floors 11.205 + 9.887 + 8.569 × 3 = 46.799: the rupiah left to the largest remainder
    assert [r.jasa_modal for r in dto.rows] == [11_206, 9_887, 8_569, 8_569, 8_569]
    # jasa usaha 140.400 × 6/18 = 46.800 and × 12/18 = 93.600
    assert [r.jasa_usaha for r in dto.rows] == [46_800, 0, 93_600, 0, 0]
    assert sum(r.total for r in dto.rows) == 187_200


def test_draft_approve_pay_to_sukarela_and_no_second_distribution(db, actors, year):
    chair, treasurer = actors["ketua"], actors["bendahara"]
    draft = shu.create_shu_draft(db, actor=treasurer, year=Y).value
    assert draft.status == "draft" and draft.id is not None
    # a new draft replaces the old one (recomputable)
    again = shu.create_shu_draft(db, actor=chair, year=Y, jasa_modal_pct=50).value
    assert again.id == draft.id and again.rows == draft.rows
    with pytest.raises(UserError, match="belum ditutup"):
        shu.approve_shu(db, actor=chair, year=Y, rat_date=RAT)
    year_end.close_year(db, actor=chair, year=2023)
    year_end.close_year(db, actor=chair, year=Y)
    approved = shu.approve_shu(db, actor=chair, year=Y, rat_date=RAT).value
    assert (approved.status, approved.rat_date) == ("approved", RAT)
    with db.read() as s:
        entry = s.scalar(select(JournalEntry).where(JournalEntry.source_type == "shu"))
        entry_id, entry_date = entry.id, entry.date
    assert entry_date == RAT
    assert entry_lines(db, entry_id) == {
        Acc.SHU_TAHUN_BERJALAN: (468_000, 0), Acc.CADANGAN: (0, 187_200),
        Acc.UTANG_SHU_ANGGOTA: (0, 187_200), Acc.DANA_PENGURUS_KARYAWAN: (0, 46_800),
        Acc.DANA_PENDIDIKAN: (0, 23_400), Acc.DANA_SOSIAL: (0, 23_400)}

    for attempt in (lambda: shu.create_shu_draft(db, actor=treasurer, year=Y),
                    lambda: shu.approve_shu(db, actor=chair, year=Y, rat_date=RAT)):
        with pytest.raises(UserError, match="pembagian kedua"):
            attempt()
    with pytest.raises(UserError, match="tidak dapat dibuka kembali"):
        year_end.reopen_year(db, actor=actors["admin"], year=Y, reason="salah catat")

    before = {mid: savings.balances(db, mid).sukarela for mid in year}
    paid = shu.pay_shu(db, actor=treasurer, year=Y, on_date=dt.date(2025, 3, 20), method="sukarela").value
    assert (paid.status, paid.pay_method) == ("paid", "sukarela")
    after = {mid: savings.balances(db, mid).sukarela for mid in year}
    assert [after[m] - before[m] for m in year] == [e[4] for e in EXPECTED]
    with db.read() as s:
        rows = s.execute(select(SavingsTransaction.journal_entry_id, SavingsTransaction.kind)
                         .where(SavingsTransaction.tx_type == "shu")).all()
        pay_entry = s.scalar(select(JournalEntry.id).where(JournalEntry.source_type == "shu_payment"))
    assert len(rows) == 5 and set(rows) == {(pay_entry, "sukarela")}
    assert entry_lines(db, pay_entry) == {Acc.UTANG_SHU_ANGGOTA: (187_200, 0),
                                          Acc.SIMPANAN_SUKARELA: (0, 187_200)}
    with pytest.raises(UserError, match="sudah dibayarkan"):
        shu.pay_shu(db, actor=treasurer, year=Y, on_date=dt.date(2025, 3, 21), method="tunai")
    assert shu.get_shu(db, Y).status == "paid" and [d.year for d in shu.list_shu(db)] == [Y]


def test_pay_in_cash(db, actors, year):
    year_end.close_year(db, actor=actors["ketua"], year=2023)
    year_end.close_year(db, actor=actors["ketua"], year=Y)
    shu.create_shu_draft(db, actor=actors["bendahara"], year=Y)
    shu.approve_shu(db, actor=actors["ketua"], year=Y, rat_date=RAT)
    with pytest.raises(UserError, match="sebelum RAT"):
        shu.pay_shu(db, actor=actors["bendahara"], year=Y, on_date=dt.date(2025, 3, 1), method="tunai")
    shu.pay_shu(db, actor=actors["bendahara"], year=Y, on_date=RAT, method="tunai")
    with db.read() as s:
        pay_entry = s.scalar(select(JournalEntry.id).where(JournalEntry.source_type == "shu_payment"))
        assert s.scalar(select(SavingsTransaction.id).where(SavingsTransaction.tx_type == "shu")) is None
    assert entry_lines(db, pay_entry) == {Acc.UTANG_SHU_ANGGOTA: (187_200, 0), Acc.KAS: (0, 187_200)}


def test_a_draft_that_no_longer_matches_the_books_is_not_approved(db, actors, year):
    chair = actors["ketua"]
    shu.create_shu_draft(db, actor=actors["bendahara"], year=Y)
    year_end.close_year(db, actor=chair, year=2023)
    year_end.close_year(db, actor=chair, year=Y)
    year_end.reopen_year(db, actor=actors["admin"], year=Y, reason="nota ATK tertinggal")
    journal.post_manual_entry(db, actor=actors["bendahara"], on_date=dt.date(2024, 12, 20),
                              description="Nota ATK Desember",
                              lines=[Line(Acc.BEBAN_ATK_CETAK, debit=30_000), Line(Acc.KAS, credit=30_000)])
    year_end.close_year(db, actor=chair, year=Y)
    with pytest.raises(UserError, match="hitung ulang"):
        shu.approve_shu(db, actor=chair, year=Y, rat_date=RAT)
    redone = shu.create_shu_draft(db, actor=actors["bendahara"], year=Y).value
    assert redone.surplus == 438_000
    assert shu.approve_shu(db, actor=chair, year=Y, rat_date=RAT).value.status == "approved"


def test_permissions(db, actors, year):
    with pytest.raises(PermissionDenied):
        shu.create_shu_draft(db, actor=actors["petugas"], year=Y)
    shu.create_shu_draft(db, actor=actors["bendahara"], year=Y)
    year_end.close_year(db, actor=actors["ketua"], year=2023)
    year_end.close_year(db, actor=actors["ketua"], year=Y)
    for role in ("petugas", "bendahara", "admin"):
        with pytest.raises(PermissionDenied):
            shu.approve_shu(db, actor=actors[role], year=Y, rat_date=RAT)
    shu.approve_shu(db, actor=actors["ketua"], year=Y, rat_date=RAT)
    for role in ("petugas", "ketua", "admin"):
        with pytest.raises(PermissionDenied):
            shu.pay_shu(db, actor=actors[role], year=Y, on_date=RAT, method="tunai")


def test_percentages_must_total_100(db, actors):
    values = {f"shu.pct.{k}": v for k, v in shu.DEFAULT_PCTS.items()}
    values["shu.pct.sosial"] = 10
    with pytest.raises(UserError, match="105 %") as err:
        settings.update_settings(db, actor=actors["ketua"], values=values)
    assert err.value.field == "shu.pct"
    with pytest.raises(UserError, match="bersama"):
        settings.update_settings(db, actor=actors["ketua"], values={"shu.pct.cadangan": 30})
    with pytest.raises(UserError):
        settings.update_settings(db, actor=actors["ketua"], values={"shu.jasa_modal_pct": 101})
    values["shu.pct.sosial"], values["shu.pct.cadangan"] = 10, 35
    settings.update_settings(db, actor=actors["ketua"], values=values)
    assert settings.get_setting(db, "shu.pct.cadangan") == 35


def test_no_surplus_no_shu_and_year_must_have_ended(db, actors):
    with pytest.raises(UserError, match="tidak menghasilkan SHU"):
        shu.compute_shu(db, year=Y)
    with pytest.raises(UserError, match="belum berakhir"):
        shu.create_shu_draft(db, actor=actors["bendahara"], year=dt.date.today().year)


@hyp_settings(max_examples=300, deadline=None)
@given(surplus=st.integers(min_value=1, max_value=10**12),
       cut=st.lists(st.integers(min_value=0, max_value=100), min_size=5, max_size=5),
       jm_pct=st.integers(min_value=0, max_value=100),
       bases=st.lists(st.tuples(st.integers(min_value=0, max_value=10**9),
                                st.integers(min_value=0, max_value=10**8)), min_size=1, max_size=40))
def test_every_part_adds_up_exactly(surplus, cut, jm_pct, bases):
    points = sorted(cut)
    pcts = [b - a for a, b in zip([0, *points], [*points, 100], strict=True)]
    saving, service = [b[0] for b in bases], [b[1] for b in bases]
    if not any(saving) and not any(service):
        with pytest.raises(UserError):
            shu.share_out(surplus, pcts, jm_pct, saving, service)
        return
    split = shu.share_out(surplus, pcts, jm_pct, saving, service)
    assert sum(split.allocations) == surplus and all(a >= 0 for a in split.allocations)
    assert split.jasa_modal_total + split.jasa_usaha_total == split.allocations[1]
    assert sum(split.jasa_modal) == split.jasa_modal_total
    assert sum(split.jasa_usaha) == split.jasa_usaha_total
    # nobody gets a share without a basis, and each share is within a rupiah of exact
    for b, part in zip(saving, split.jasa_modal, strict=True):
        assert b or not part
        if sum(saving):
            assert abs(part * sum(saving) - split.jasa_modal_total * b) < sum(saving)


def test_a_member_who_left_before_the_payment_is_paid_in_cash(db, actors, year, capsys, monkeypatch):
    """Member 3 repays in January 2025 and leaves after the RAT: paying into sukarela puts
    the other four's shares there and member 3's Rp80.561 in cash (no sukarela for someone
    who has left); ``shu.payment_split`` and the CLI say so."""
    from kamura_desktop.cli.main import main
    from kamura_desktop.services import membership

    chair, treasurer = actors["ketua"], actors["bendahara"]
    lend = Lending(db, actors)
    with db.read() as s:
        from kamura_desktop.db.models.credit import Credit
        credit_3 = s.scalar(select(Credit.id).where(Credit.member_id == year[2]))
    lend.pay(credit_3, 106_000, dt.date(2025, 1, 8))
    year_end.close_year(db, actor=chair, year=2023)
    year_end.close_year(db, actor=chair, year=Y)
    shu.create_shu_draft(db, actor=treasurer, year=Y)
    shu.approve_shu(db, actor=chair, year=Y, rat_date=RAT)
    membership.member_leave(db, actor=treasurer, member_id=year[2], on_date=dt.date(2025, 3, 16),
                            reason="pindah ke kota")
    before = {mid: savings.balances(db, mid).sukarela for mid in year}
    shu.pay_shu(db, actor=treasurer, year=Y, on_date=dt.date(2025, 3, 20), method="sukarela")
    after = {mid: savings.balances(db, mid).sukarela for mid in year}
    assert [after[m] - before[m] for m in year] == [49_361, 20_956, 0, 18_161, 18_161]
    with db.read() as s:
        pay_entry = s.scalar(select(JournalEntry.id).where(JournalEntry.source_type == "shu_payment"))
    assert entry_lines(db, pay_entry) == {Acc.UTANG_SHU_ANGGOTA: (187_200, 0),
                                          Acc.SIMPANAN_SUKARELA: (0, 106_639), Acc.KAS: (0, 80_561)}
    assert shu.payment_split(db, Y) == (106_639, 80_561)
    db.close()
    monkeypatch.setenv("KAMURA_USER", "bendahara")  # a login (issue 21)
    monkeypatch.setenv("KAMURA_PASSWORD", "bendahara-sandi1")
    assert main(["shu", "list", "--db", str(db.location), "--year", str(Y)]) == 0
    assert "Rp80.561 tunai" in capsys.readouterr().out
