"""Lender flow-back shares: cumulative, exact to the rupiah over a credit's whole life."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from kamura_desktop.domain.lender_shares import flowback_shares, lender_cumulative
from kamura_desktop.domain.schedule import ProductTerms, build_schedule

# Three lenders fund a Paket Usaha of Rp25.000 (6 × Rp4.200, Rp200 jasa) as 10.000/7.000/8.000.
WHOLE = 25_000
PARTS = {1: 10_000, 2: 7_000, 3: 8_000}
PAKET = build_schedule(ProductTerms(25_000, 6, "daily", "fixed", service_fixed=200),
                       dt.date(2024, 3, 1))
PAKET_PRINCIPAL = [i.principal_part for i in PAKET.instalments]
PAKET_SERVICE = [i.service_part for i in PAKET.instalments]


def _run(parts, whole, principal_steps, service_steps, pct):
    """Post the payments one by one as the service does: ``received`` is what each lender has
    been paid back so far. Returns the per-payment flows."""
    received: dict[int, int] = {}
    repaid = service = 0
    flows = []
    for p, s in zip(principal_steps, service_steps, strict=True):
        out = flowback_shares(parts, whole, received, repaid + p, service, service + s, pct)
        repaid += p
        service += s
        for lender, (back, _earned) in out.items():
            received[lender] = received.get(lender, 0) + back
        flows.append(out)
    return flows, received


# ---------------------------------------------------------------- lender_cumulative


def test_lender_cumulative_is_the_floor_of_the_pro_rata_share():
    assert lender_cumulative(4_166, 10_000, 25_000) == 1_666  # 1.666,4
    assert lender_cumulative(8_333, 8_000, 25_000) == 2_666  # 2.666,56 (floor, not round)
    assert lender_cumulative(200, 7_000, 25_000, 30) == 16  # 16,8
    assert lender_cumulative(200, 8_000, 25_000, 30) == 19  # 19,2
    assert lender_cumulative(12_345, 1, 3, 0) == 0


def test_lender_cumulative_is_the_whole_part_once_everything_is_repaid():
    for part in (1, 7_000, 8_000, 10_000, 24_999, 25_000):
        assert lender_cumulative(25_000, part, 25_000) == part
    assert lender_cumulative(1_000_003, 333_334, 1_000_003) == 333_334


# ---------------------------------------------------------------- the Paket Usaha worked example


def test_paket_usaha_schedule_used_here():
    assert PAKET_PRINCIPAL == [4166, 4167, 4167, 4166, 4167, 4167]
    assert PAKET_SERVICE == [34, 33, 33, 34, 33, 33]


def test_paket_usaha_six_payments_three_lenders_worked_example():
    flows, received = _run(PARTS, WHOLE, PAKET_PRINCIPAL, PAKET_SERVICE, 30)
    assert flows == [
        {1: (1666, 4), 2: (1166, 2), 3: (1333, 3)},  # 4.165: a rupiah stays in the pool
        {1: (1667, 4), 2: (1167, 3), 3: (1333, 3)},
        {1: (1667, 4), 2: (1167, 3), 3: (1334, 3)},  # 4.168: ... and comes out here
        {1: (1666, 4), 2: (1166, 3), 3: (1333, 3)},
        {1: (1667, 4), 2: (1167, 3), 3: (1333, 4)},
        {1: (1667, 4), 2: (1167, 2), 3: (1334, 3)},
    ]
    assert received == PARTS
    # service at 30 %: floor(200 × part × 30 / (25.000 × 100)) = 24 / 16,8 / 19,2
    assert {k: sum(f[k][1] for f in flows) for k in PARTS} == {1: 24, 2: 16, 3: 19}


def test_principal_handed_out_never_exceeds_what_was_repaid():
    flows, _ = _run(PARTS, WHOLE, PAKET_PRINCIPAL, PAKET_SERVICE, 100)
    repaid = handed = 0
    for p, out in zip(PAKET_PRINCIPAL, flows, strict=True):
        repaid += p
        handed += sum(back for back, _ in out.values())
        assert 0 <= repaid - handed < len(PARTS)  # only rupiah fractions wait in the pool
    assert handed == repaid == WHOLE


def test_full_service_share_gives_each_lender_their_pro_rata_service():
    flows, _ = _run(PARTS, WHOLE, PAKET_PRINCIPAL, PAKET_SERVICE, 100)
    assert {k: sum(f[k][1] for f in flows) for k in PARTS} == {1: 80, 2: 56, 3: 64}


def test_share_pct_zero_gives_no_service():
    flows, received = _run(PARTS, WHOLE, PAKET_PRINCIPAL, PAKET_SERVICE, 0)
    assert all(earned == 0 for out in flows for _back, earned in out.values())
    assert received == PARTS


def test_a_lender_funding_part_of_a_credit_with_odd_amounts():
    # Rp1.000.003 credit, one lender funds 333.334; 7 uneven payments
    steps = [100_000, 1, 250_001, 99_999, 300_000, 2, 250_000]
    assert sum(steps) == 1_000_003
    services = [1_001, 0, 999, 3, 7, 0, 1]
    flows, received = _run({9: 333_334}, 1_000_003, steps, services, 45)
    assert [f.get(9, (0, 0))[0] for f in flows] == [33_333, 0, 83_334, 33_333, 100_000, 0, 83_334]
    assert received == {9: 333_334}
    assert sum(f.get(9, (0, 0))[1] for f in flows) == 301  # floor(2.011 × 333.334 × 45 / 100.000.300)


def test_a_lender_with_nothing_to_get_is_left_out():
    # Rp2 of principal on a 25.000 credit: nobody's share reaches a rupiah yet
    assert flowback_shares(PARTS, WHOLE, {}, 2, 0, 1, 100) == {}
    # Rp3: lender 1's 1,2 reaches Rp1, the others' 0,84 and 0,96 do not
    assert flowback_shares(PARTS, WHOLE, {}, 3, 0, 0, 100) == {1: (1, 0)}
    # service alone is enough to be listed
    assert flowback_shares(PARTS, WHOLE, {1: 1}, 3, 0, 5, 100) == {1: (0, 2), 2: (0, 1), 3: (0, 1)}


def test_each_lender_is_brought_to_their_cumulative_share_less_what_they_received():
    # after 3 payments of 4.200 (12.500 principal); lender 2 was once paid a rupiah short
    out = flowback_shares(PARTS, WHOLE, {1: 3_333, 2: 2_332, 3: 2_666}, 12_500, 67, 100, 100)
    assert out == {1: (1667, 14), 2: (1168, 10), 3: (1334, 11)}


def test_a_reversed_payment_gives_a_negative_correction():
    # three payments were posted and flowed back; the second one is reversed, so only
    # 8.333 principal counts as repaid now (as reverse_flow_back calls it: service 0, 0, 0)
    received = {1: 5_000, 2: 3_500, 3: 4_000}
    out = flowback_shares(PARTS, WHOLE, received, 8_333, 0, 0, 0)
    assert out == {1: (-1667, 0), 2: (-1167, 0), 3: (-1334, 0)}
    # and the service share of a reversed payment comes back negative too
    out = flowback_shares(PARTS, WHOLE, {1: 3_333, 2: 2_333, 3: 2_666}, 8_333, 100, 67, 100)
    assert out == {1: (0, -14), 2: (0, -10), 3: (0, -11)}


def test_a_one_rupiah_drift_is_made_good_after_an_older_payment_is_reversed():
    # the lender got 1.667 on the first payment of a 4.167-principal payment, then that
    # payment was reversed and a payment of 4.166 principal posted: cumulative says 1.666
    assert flowback_shares({1: 10_000}, WHOLE, {1: 1_667}, 4_166, 0, 0, 0) == {1: (-1, 0)}


def test_a_normal_payment_never_gives_a_negative_principal():
    flows, _ = _run(PARTS, WHOLE, [1] * 100 + [24_900], [0] * 100 + [200], 100)
    assert all(back >= 0 and earned >= 0 for out in flows for back, earned in out.values())
    # Rp1 at a time: lender 1 (0,4 per rupiah) gets Rp1 at the 3rd, 5th, 8th, 10th rupiah
    assert [i for i, out in enumerate(flows[:10], 1) if 1 in out] == [3, 5, 8, 10]
    assert flows[-1][1] == (10_000 - 40, 80)


# ---------------------------------------------------------------- properties


@st.composite
def credits(draw):
    """A credit funded (wholly or partly) by 1-5 lenders, repaid in 1-12 payments of any
    size (zero-principal payments included), with random jasa and a random share setting."""
    parts = draw(st.lists(st.integers(1, 2_000_000), min_size=1, max_size=5))
    whole = sum(parts) + draw(st.sampled_from([0, 0, 1, 7, 999_999]))  # the rest: own funds
    k = draw(st.integers(1, 12))
    cuts = sorted(draw(st.lists(st.integers(0, whole), min_size=k - 1, max_size=k - 1)))
    bounds = [0, *cuts, whole]
    principal_steps = [b - a for a, b in zip(bounds, bounds[1:], strict=False)]
    service_steps = draw(st.lists(st.integers(0, 500_000), min_size=k, max_size=k))
    pct = draw(st.integers(0, 100))
    return whole, {10 + i: p for i, p in enumerate(parts)}, principal_steps, service_steps, pct


@settings(max_examples=200, deadline=None)
@given(credits())
def test_over_a_credits_life_every_lender_gets_back_exactly_their_part(credit):
    whole, parts, principal_steps, service_steps, pct = credit
    flows, received = _run(parts, whole, principal_steps, service_steps, pct)
    total_service = sum(service_steps)
    for lender, part in parts.items():
        assert sum(out.get(lender, (0, 0))[0] for out in flows) == part
        assert sum(out.get(lender, (0, 0))[1] for out in flows) == (
            total_service * part * pct // (whole * 100))
    assert received == parts
    # along the way: never negative, never ahead of the exact share, less than a rupiah behind
    repaid = 0
    got = dict.fromkeys(parts, 0)
    for p, out in zip(principal_steps, flows, strict=True):
        repaid += p
        for lender, (back, earned) in out.items():
            assert back >= 0 and earned >= 0
            assert (back, earned) != (0, 0)
            got[lender] += back
        for lender, part in parts.items():
            assert 0 <= repaid * part - got[lender] * whole < whole


@settings(max_examples=200, deadline=None)
@given(credits(), st.data())
def test_a_smaller_principal_repaid_takes_back_exactly_the_difference(credit, data):
    whole, parts, principal_steps, service_steps, pct = credit
    before = data.draw(st.integers(0, whole))
    after = data.draw(st.integers(0, before))
    received = {lender: lender_cumulative(before, part, whole) for lender, part in parts.items()}
    out = flowback_shares(parts, whole, received, after, 0, 0, pct)
    for lender, part in parts.items():
        back, earned = out.get(lender, (0, 0))
        assert earned == 0
        assert back <= 0
        assert received[lender] + back == after * part // whole
