"""Borrower eligibility (kamura_desktop.domain.eligibility): each rule failing on its own gives
its own reason, the membership-months boundary, and the product limits (cycles, first loan)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from kamura_desktop.domain.eligibility import (
    EligibilityRules,
    MemberFacts,
    check_eligibility,
    months_of_membership,
)

AS_OF = dt.date(2024, 4, 15)
PILOT = EligibilityRules(min_months_membership=3, require_active=True, require_pokok=True,
                         require_wajib_current=True, require_ktp_kk=True, allowed_trades=("pindang",),
                         no_arrears_other_credit=True)
GOOD = MemberFacts(name="Cucu Sumiati", status="active", joined_on=dt.date(2024, 1, 15),
                   pokok_outstanding=0, wajib_arrears=0, ktp_on_file=True, kk_on_file=True,
                   trade="Pengolahan ikan pindang", overdue_other_credit=0, previous_cycles=0)


def check(facts: MemberFacts = GOOD, rules: EligibilityRules = PILOT, *, as_of: dt.date = AS_OF,
          amount: int = 25_000, max_cycles: int | None = None, first_loan_max: int | None = None):
    return check_eligibility(rules, facts, as_of=as_of, amount=amount, max_cycles=max_cycles,
                             first_loan_max=first_loan_max)


def test_a_member_meeting_every_rule_is_eligible():
    result = check(max_cycles=4, first_loan_max=500_000)
    assert result.eligible
    assert result.failures == () and result.reasons == []


@pytest.mark.parametrize(("change", "rule", "words"), [
    (dict(status="applicant"), "active", "Belum anggota aktif (masih calon anggota)."),
    (dict(status="left"), "active", "Belum anggota aktif (sudah keluar)."),
    (dict(joined_on=dt.date(2024, 1, 16)), "membership", "Baru 2 bulan menjadi anggota"),
    (dict(pokok_outstanding=50_000), "pokok", "Simpanan pokok belum lunas (kurang Rp50.000)."),
    (dict(wajib_arrears=20_000), "wajib", "Tunggakan simpanan wajib Rp20.000."),
    (dict(ktp_on_file=False), "documents", "Fotokopi KTP belum ada."),
    (dict(kk_on_file=False), "documents", "Fotokopi KK belum ada."),
    (dict(ktp_on_file=False, kk_on_file=False), "documents", "Fotokopi KTP dan KK belum ada."),
    (dict(trade="Kasur"), "trade", "Jenis usaha 'Kasur' bukan usaha program (pindang)."),
    (dict(trade=None), "trade", "Jenis usaha '-' bukan usaha program (pindang)."),
    (dict(overdue_other_credit=4_200), "arrears", "Ada tunggakan kredit lain Rp4.200."),
])
def test_each_rule_failing_alone_gives_its_own_reason(change, rule, words):
    result = check(replace(GOOD, **change))
    assert not result.eligible
    assert [f.rule for f in result.failures] == [rule]
    assert words in result.reasons[0]


def test_cycles_rule_alone():
    result = check(replace(GOOD, previous_cycles=4), max_cycles=4)
    assert [f.rule for f in result.failures] == ["cycles"]
    assert result.reasons == ["Sudah 4 kali meminjam dari produk ini; paling banyak 4 kali."]
    assert check(replace(GOOD, previous_cycles=3), max_cycles=4).eligible


def test_first_loan_maximum_alone_and_only_for_a_first_loan():
    result = check(amount=600_000, first_loan_max=500_000)
    assert [f.rule for f in result.failures] == ["first_loan"]
    assert result.reasons == ["Pinjaman pertama paling banyak Rp500.000."]
    assert check(amount=500_000, first_loan_max=500_000).eligible
    # a second loan may be bigger
    assert check(replace(GOOD, previous_cycles=1), amount=600_000, first_loan_max=500_000).eligible


def test_membership_is_three_months_to_the_day():
    joined = dt.date(2024, 1, 15)
    facts = replace(GOOD, joined_on=joined)
    assert not check(facts, as_of=dt.date(2024, 4, 14)).eligible
    assert check(facts, as_of=dt.date(2024, 4, 15)).eligible
    assert months_of_membership(joined, dt.date(2024, 4, 14)) == 2
    assert months_of_membership(joined, dt.date(2024, 4, 15)) == 3
    # the end of a long month: 31 January → 3 months on 1 May, not on 30 April
    assert months_of_membership(dt.date(2024, 1, 31), dt.date(2024, 4, 30)) == 2
    assert months_of_membership(dt.date(2024, 1, 31), dt.date(2024, 5, 1)) == 3
    # never negative (an application dated before joining)
    assert months_of_membership(joined, dt.date(2023, 12, 1)) == 0


def test_the_membership_reason_names_the_join_date_and_the_minimum():
    result = check(replace(GOOD, joined_on=dt.date(2024, 2, 1)))
    assert result.reasons == ["Baru 2 bulan menjadi anggota (masuk 1 Februari 2024); minimal 3 bulan."]


def test_several_failures_are_all_reported_in_rule_order():
    facts = replace(GOOD, status="applicant", pokok_outstanding=50_000, ktp_on_file=False, trade="Wajik")
    assert [f.rule for f in check(facts).failures] == ["active", "pokok", "documents", "trade"]


def test_rules_switched_off_are_not_checked():
    lax = EligibilityRules()  # only "active" is on by default
    facts = replace(GOOD, joined_on=AS_OF, pokok_outstanding=50_000, wajib_arrears=30_000,
                    ktp_on_file=False, kk_on_file=False, trade=None, overdue_other_credit=9_000)
    assert check(facts, lax).eligible
    assert [f.rule for f in check(replace(facts, status="left"), lax).failures] == ["active"]
    assert check(replace(facts, status="left"), EligibilityRules(require_active=False)).eligible


def test_trade_matches_a_word_case_insensitively():
    assert check(replace(GOOD, trade="PEDAGANG PINDANG")).eligible
    rules = replace(PILOT, allowed_trades=("pindang", "wajik"))
    assert check(replace(GOOD, trade="Wajik ketan"), rules).eligible
    assert not check(replace(GOOD, trade="Gurilem"), rules).eligible


def test_rules_round_trip_through_the_product_json():
    assert EligibilityRules.from_dict(PILOT.to_dict()) == PILOT
    # unknown keys from a newer file are ignored; blank trades dropped
    rules = EligibilityRules.from_dict({"min_months_membership": 6, "allowed_trades": [" pindang ", ""],
                                        "future_rule": True})
    assert rules.min_months_membership == 6 and rules.allowed_trades == ("pindang",)
    assert EligibilityRules.from_dict(None) == EligibilityRules()
