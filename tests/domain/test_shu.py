"""The SHU share-out: by-law percentages, jasa modal / jasa usaha, members' bases; exact."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.shu import ShuSplit, share_out, split_members_part

BYLAW = [40, 40, 5, 5, 5, 5]  # cadangan, anggota, pengurus, karyawan, pendidikan, sosial
SAVINGS = [1_000_000, 250_000, 0, 333_333]
SERVICE = [12_000, 0, 7_500, 4_200]


def _largest_remainder_ok(parts, total, weights):
    """Every part is its exact share rounded down or up, and they add up to ``total``."""
    assert sum(parts) == total
    denom = sum(weights)
    for part, w in zip(parts, weights, strict=True):
        exact = Fraction(total * w, denom)
        assert exact - 1 < part < exact + 1
        assert part >= 0


# ---------------------------------------------------------------- the worked example


def test_the_40_40_5_5_5_5_split_of_an_awkward_surplus():
    split = share_out(12_345_679, BYLAW, 50, SAVINGS, SERVICE)
    # exact: 4.938.271,6 ×2 and 617.283,95 ×4; the five rupiah left go to the ,95s and then
    # to cadangan (ties go to the earlier part)
    assert split.allocations == (4_938_272, 4_938_271, 617_284, 617_284, 617_284, 617_284)
    assert sum(split.allocations) == 12_345_679
    # members' part 4.938.271 at 50/50: the odd rupiah to jasa modal (the earlier part)
    assert (split.jasa_modal_total, split.jasa_usaha_total) == (2_469_136, 2_469_135)
    # jasa modal over savings (exact 1.559.454,64 / 389.863,66 / 0 / 519.817,69)
    assert split.jasa_modal == (1_559_454, 389_864, 0, 519_818)
    # jasa usaha over service (exact 1.250.194,94 / 0 / 781.371,84 / 437.568,23)
    assert split.jasa_usaha == (1_250_195, 0, 781_372, 437_568)
    assert sum(split.jasa_modal) == split.jasa_modal_total
    assert sum(split.jasa_usaha) == split.jasa_usaha_total
    assert split.jasa_modal_total + split.jasa_usaha_total == split.allocations[1]


def test_an_uneven_jasa_modal_pct():
    split = share_out(12_345_679, BYLAW, 30, SAVINGS, SERVICE)
    assert (split.jasa_modal_total, split.jasa_usaha_total) == (1_481_481, 3_456_790)
    assert split.jasa_modal == (935_672, 233_918, 0, 311_891)
    assert split.jasa_usaha == (1_750_273, 0, 1_093_921, 612_596)


def test_a_member_with_no_base_gets_nothing_of_that_part():
    split = share_out(12_345_679, BYLAW, 50, SAVINGS, SERVICE)
    assert split.jasa_modal[2] == 0  # no savings
    assert split.jasa_usaha[1] == 0  # no credit service
    # and one member with everything gets everything
    split = share_out(1_001, BYLAW, 50, [0, 5, 0], [0, 0, 3])
    assert split.allocations == (401, 400, 50, 50, 50, 50)  # ,4 and ,4: the tie to cadangan
    assert split.jasa_modal == (0, 200, 0)
    assert split.jasa_usaha == (0, 0, 200)


def test_the_result_type():
    split = share_out(100, [100, 0, 0, 0, 0, 0], 50, [1], [1])
    assert split == ShuSplit((100, 0, 0, 0, 0, 0), 0, 0, (0,), (0,))


def test_nothing_to_share():
    split = share_out(0, BYLAW, 50, SAVINGS, SERVICE)
    assert split.allocations == (0,) * 6
    assert split.jasa_modal == split.jasa_usaha == (0, 0, 0, 0)


# ---------------------------------------------------------------- zero bases


def test_no_savings_anywhere_puts_the_whole_members_part_into_jasa_usaha():
    split = share_out(12_345_679, BYLAW, 50, [0, 0, 0], [10, 20, 40])
    assert (split.jasa_modal_total, split.jasa_usaha_total) == (0, 4_938_271)
    assert split.jasa_modal == (0, 0, 0)
    assert split.jasa_usaha == (705_467, 1_410_935, 2_821_869)  # 705.467,29 / ,57 / ,14


def test_no_credit_service_anywhere_puts_the_whole_members_part_into_jasa_modal():
    split = share_out(12_345_679, BYLAW, 50, [10, 20, 40], [0, 0, 0])
    assert (split.jasa_modal_total, split.jasa_usaha_total) == (4_938_271, 0)
    assert split.jasa_modal == (705_467, 1_410_935, 2_821_869)
    assert split.jasa_usaha == (0, 0, 0)


def test_no_basis_at_all_is_refused():
    with pytest.raises(UserError) as err:
        share_out(12_345_679, BYLAW, 50, [0, 0], [0, 0])
    assert err.value.code == "no_basis"
    with pytest.raises(UserError) as err:
        share_out(12_345_679, BYLAW, 50, [], [])
    assert err.value.code == "no_basis"


# ---------------------------------------------------------------- split_members_part


def test_split_members_part():
    assert split_members_part(4_938_271, 50, 1, 1) == (2_469_136, 2_469_135)
    assert split_members_part(4_938_271, 30, 1, 1) == (1_481_481, 3_456_790)  # ,3 / ,7
    assert split_members_part(4_938_271, 100, 1, 1) == (4_938_271, 0)
    assert split_members_part(4_938_271, 0, 1, 1) == (0, 4_938_271)
    assert split_members_part(999, 33, 5, 5) == (330, 669)  # 329,67 / 669,33
    # the totals matter only by being zero or not, not by their size
    assert split_members_part(999, 33, 1, 1_000_000) == (330, 669)


def test_split_members_part_without_one_of_the_bases():
    assert split_members_part(4_938_271, 50, 0, 7) == (0, 4_938_271)
    assert split_members_part(4_938_271, 50, 7, 0) == (4_938_271, 0)
    assert split_members_part(4_938_271, 50, -3, 7) == (0, 4_938_271)
    with pytest.raises(UserError) as err:
        split_members_part(4_938_271, 50, 0, 0)
    assert err.value.code == "no_basis"


# ---------------------------------------------------------------- property


@st.composite
def shu_cases(draw):
    pcts = draw(st.lists(st.integers(0, 100), min_size=6, max_size=6).filter(lambda p: sum(p)))
    n = draw(st.integers(1, 12))
    base = st.one_of(st.just(0), st.integers(1, 50_000_000))
    savings = draw(st.lists(base, min_size=n, max_size=n))
    service = draw(st.lists(base, min_size=n, max_size=n))
    if not any(savings) and not any(service):
        service[draw(st.integers(0, n - 1))] = draw(st.integers(1, 1_000_000))
    return (draw(st.integers(0, 10_000_000_000)), pcts, draw(st.integers(0, 100)), savings,
            service)


@settings(max_examples=200, deadline=None)
@given(shu_cases())
def test_every_sum_is_exact_and_no_part_is_negative(case):
    surplus, pcts, jm_pct, savings, service = case
    split = share_out(surplus, pcts, jm_pct, savings, service)
    _largest_remainder_ok(split.allocations, surplus, pcts)
    members = split.allocations[1]
    assert split.jasa_modal_total + split.jasa_usaha_total == members
    assert split.jasa_modal_total >= 0 and split.jasa_usaha_total >= 0
    if not any(savings):
        assert split.jasa_modal_total == 0
    elif not any(service):
        assert split.jasa_usaha_total == 0
    else:
        _largest_remainder_ok([split.jasa_modal_total, split.jasa_usaha_total], members,
                              [jm_pct, 100 - jm_pct])
    if split.jasa_modal_total:
        _largest_remainder_ok(split.jasa_modal, split.jasa_modal_total, savings)
    else:
        assert split.jasa_modal == (0,) * len(savings)
    if split.jasa_usaha_total:
        _largest_remainder_ok(split.jasa_usaha, split.jasa_usaha_total, service)
    else:
        assert split.jasa_usaha == (0,) * len(service)
    for s, jm in zip(savings, split.jasa_modal, strict=True):
        if s == 0:
            assert jm == 0
    for s, ju in zip(service, split.jasa_usaha, strict=True):
        if s == 0:
            assert ju == 0
    assert sum(split.jasa_modal) + sum(split.jasa_usaha) + sum(split.allocations) - members == (
        surplus)
