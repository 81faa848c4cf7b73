"""Repayment allocation: oldest instalment first, service before principal, exact reversal."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kamura_desktop.domain.allocation import (
    AllocationLine,
    PaidToDate,
    PostedPayment,
    ScheduleDue,
    ScheduleState,
    allocate_payment,
    amount_due_by,
    apply_allocation,
    due_rows,
    is_lunas,
    remaining_obligation,
    replay_payments,
    reverse_payment,
)
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.kolektibilitas import days_past_due

D = dt.date

# Paket usaha: Rp25.000 repaid in 6 daily instalments of Rp4.200 (Rp200 service in all).
PRINCIPAL = (4167, 4167, 4167, 4167, 4166, 4166)
SERVICE = (33, 33, 33, 33, 34, 34)
PAKET = [
    ScheduleDue(no=i + 1, due_date=D(2024, 3, 1 + i), principal_due=p, service_due=s)
    for i, (p, s) in enumerate(zip(PRINCIPAL, SERVICE, strict=True))
]


def test_paket_usaha_schedule_is_what_the_pocket_book_says():
    assert [r.amount_due for r in PAKET] == [4200] * 6
    assert remaining_obligation(PAKET, []) == 25_200


def test_one_instalment_pays_service_then_principal():
    assert allocate_payment(PAKET, [], 4200) == [AllocationLine(1, 33, 4167)]


def test_partial_payment_goes_to_service_first():
    assert allocate_payment(PAKET, [], 20) == [AllocationLine(1, 20, 0)]
    assert allocate_payment(PAKET, [], 100) == [AllocationLine(1, 33, 67)]
    paid = [PaidToDate(1, service_paid=20)]
    assert allocate_payment(PAKET, paid, 4000) == [AllocationLine(1, 13, 3987)]


def test_paying_ahead_runs_into_later_instalments_in_order():
    lines = allocate_payment(PAKET, [], 10_000)
    assert lines == [
        AllocationLine(1, 33, 4167),
        AllocationLine(2, 33, 4167),
        AllocationLine(3, 33, 1567),
    ]
    assert sum(line.amount for line in lines) == 10_000


def test_arrears_are_cleared_before_anything_else():
    # Instalment 2 half paid earlier (service and part of principal); instalment 1 untouched
    # (as can happen with data carried over from paper). The oldest is settled first.
    paid = [PaidToDate(2, service_paid=33, principal_paid=2000)]
    lines = allocate_payment(PAKET, paid, 6000)
    assert lines == [AllocationLine(1, 33, 4167), AllocationLine(2, 0, 1800)]


def test_rows_are_ordered_by_due_date_then_number_whatever_the_input_order():
    rows = [
        ScheduleDue(3, D(2024, 3, 2), 100, 10),
        ScheduleDue(2, D(2024, 3, 1), 100, 10),
        ScheduleDue(1, D(2024, 3, 1), 100, 10),
    ]
    lines = allocate_payment(rows, [], 300)
    assert [line.no for line in lines] == [1, 2, 3]


def test_overpayment_is_refused_with_a_clear_message():
    with pytest.raises(UserError) as exc:
        allocate_payment(PAKET, [], 30_000)
    assert exc.value.message == "Pembayaran Rp30.000 melebihi sisa kewajiban Rp25.200."
    assert exc.value.field == "amount"
    assert exc.value.code == "overpayment"
    paid = [PaidToDate(1, 33, 4167)]
    with pytest.raises(UserError, match=r"Rp21\.001 melebihi sisa kewajiban Rp21\.000\."):
        allocate_payment(PAKET, paid, 21_001)


def test_exact_final_payment_closes_the_credit():
    state = replay_payments(PAKET, [4200, 4200, 16_800])
    assert state.is_lunas
    assert state.outstanding == 0
    assert is_lunas(PAKET, state.paid)
    with pytest.raises(UserError) as exc:
        allocate_payment(PAKET, state.paid, 1)
    assert exc.value.code == "lunas"


def test_non_positive_and_non_integer_amounts():
    for amount in (0, -4200):
        with pytest.raises(UserError) as exc:
            allocate_payment(PAKET, [], amount)
        assert exc.value.field == "amount"
    with pytest.raises(TypeError):
        allocate_payment(PAKET, [], 4200.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        allocate_payment(PAKET, [], True)  # type: ignore[arg-type]


def test_inconsistent_paid_so_far_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown"):
        allocate_payment(PAKET, [PaidToDate(9, 1, 0)], 100)
    with pytest.raises(ValueError, match="twice"):
        allocate_payment(PAKET, [PaidToDate(1, 1, 0), PaidToDate(1, 1, 0)], 100)
    with pytest.raises(ValueError, match="beyond"):
        allocate_payment(PAKET, [PaidToDate(1, 34, 0)], 100)
    with pytest.raises(ValueError, match="unique"):
        allocate_payment([PAKET[0], PAKET[0]], [], 100)


def test_schedule_rows_refuse_float_and_negative_money():
    with pytest.raises(TypeError):
        ScheduleDue(1, D(2024, 1, 1), 100.0, 0)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        ScheduleDue(1, D(2024, 1, 1), 100, -1)


def test_reversing_the_latest_payment_by_subtraction_restores_exactly():
    before = replay_payments(PAKET, [4200, 5000]).paid
    lines = allocate_payment(PAKET, before, 7000)
    after = apply_allocation(PAKET, before, lines)
    assert apply_allocation(PAKET, after, lines, sign=-1) == list(before)


def test_reversing_an_older_payment_recomputes_later_allocations():
    payments = [PostedPayment("K-1", 4200), PostedPayment("K-2", 4200)]
    state = replay_payments(PAKET, payments)
    assert state.allocations[1].lines == (AllocationLine(2, 33, 4167),)
    reversed_state = reverse_payment(PAKET, payments, "K-1")
    # K-2 now settles instalment 1, which is what the borrower would owe first.
    assert [a.payment_id for a in reversed_state.allocations] == ["K-2"]
    assert reversed_state.allocations[0].lines == (AllocationLine(1, 33, 4167),)
    assert reversed_state.paid == replay_payments(PAKET, [4200]).paid
    with pytest.raises(NotFound):
        reverse_payment(PAKET, payments, "K-9")


def test_replay_keeps_payment_ids_and_bare_amounts_get_positions():
    state = replay_payments(PAKET, [PostedPayment(17, 100), 200])
    assert [a.payment_id for a in state.allocations] == [17, 1]
    assert state.total_paid == 300
    assert state.service_outstanding == 200 - 33  # 300 covered the Rp33 service of inst. 1
    assert state.principal_outstanding == 25_000 - 267


def test_state_refuses_misaligned_paid():
    with pytest.raises(ValueError):
        ScheduleState(tuple(PAKET), (PaidToDate(2),))


def test_due_rows_feed_days_past_due():
    state = replay_payments(PAKET, [4200, 2000])  # inst. 2 partly paid
    rows = state.due_rows()
    assert [r.amount_paid for r in rows] == [4200, 2000, 0, 0, 0, 0]
    assert days_past_due(rows, D(2024, 3, 2)) == 0
    assert days_past_due(rows, D(2024, 3, 5)) == 3
    assert due_rows(PAKET, state.paid) == rows


def test_amount_due_by_date():
    paid = replay_payments(PAKET, [5000]).paid
    assert amount_due_by(PAKET, paid, D(2024, 2, 28)) == 0
    assert amount_due_by(PAKET, paid, D(2024, 3, 1)) == 0
    assert amount_due_by(PAKET, paid, D(2024, 3, 2)) == 3400
    assert amount_due_by(PAKET, paid, D(2024, 12, 31)) == 20_200


# ---------------------------------------------------------------------------- properties


@st.composite
def schedules(draw):
    n = draw(st.integers(min_value=1, max_value=8))
    start = D(2024, 1, 1)
    gaps = draw(st.lists(st.integers(0, 40), min_size=n, max_size=n))
    rows = []
    day = start
    for i, gap in enumerate(gaps):
        day = day + dt.timedelta(days=gap)
        rows.append(
            ScheduleDue(
                no=i + 1,
                due_date=day,
                principal_due=draw(st.integers(0, 50_000)),
                service_due=draw(st.integers(0, 5_000)),
            )
        )
    assume(sum(r.amount_due for r in rows) > 0)
    return draw(st.permutations(rows))


@st.composite
def schedule_and_payments(draw, max_payments=6):
    rows = draw(schedules())
    left = sum(r.amount_due for r in rows)
    payments = []
    for _ in range(draw(st.integers(0, max_payments))):
        if left == 0:
            break
        amount = draw(st.integers(1, left))
        payments.append(amount)
        left -= amount
    return rows, payments


def _order(rows):
    return sorted(rows, key=lambda r: (r.due_date, r.no))


@given(schedule_and_payments(), st.data())
def test_allocation_sums_to_payment_and_never_exceeds_dues(sp, data):
    rows, payments = sp
    state = replay_payments(rows, payments)
    assume(not state.is_lunas)
    amount = data.draw(st.integers(1, state.outstanding))
    lines = allocate_payment(rows, state.paid, amount)
    assert sum(line.amount for line in lines) == amount
    paid = {p.no: p for p in state.paid}
    dues = {r.no: r for r in rows}
    for line in lines:
        assert line.amount > 0
        assert 0 <= line.service_part <= dues[line.no].service_due - paid[line.no].service_paid
        assert (
            0 <= line.principal_part <= (dues[line.no].principal_due - paid[line.no].principal_paid)
        )


@given(schedule_and_payments(), st.data())
def test_allocation_respects_the_order(sp, data):
    rows, payments = sp
    state = replay_payments(rows, payments)
    assume(not state.is_lunas)
    amount = data.draw(st.integers(1, state.outstanding))
    lines = allocate_payment(rows, state.paid, amount)
    after = {p.no: p for p in apply_allocation(rows, state.paid, lines)}
    ordered = _order(rows)
    position = {r.no: i for i, r in enumerate(ordered)}
    touched = [position[line.no] for line in lines]
    assert touched == sorted(touched) and len(set(touched)) == len(touched)
    last = touched[-1]
    # Everything before the last instalment touched is now fully paid …
    for row in ordered[:last]:
        assert after[row.no].amount_paid == row.amount_due
    # … and within it, principal was taken only once its service was settled.
    last_row = ordered[last]
    if lines[-1].principal_part:
        assert after[last_row.no].service_paid == last_row.service_due


@given(schedule_and_payments(), st.data())
def test_overpayment_always_refused(sp, data):
    rows, payments = sp
    state = replay_payments(rows, payments)
    extra = data.draw(st.integers(1, 100_000))
    with pytest.raises(UserError):
        allocate_payment(rows, state.paid, state.outstanding + extra)


@given(schedule_and_payments())
def test_paid_state_depends_only_on_the_total_paid(sp):
    # Oldest-first filling is greedy in one fixed order, so many payments land exactly
    # where one payment of their sum would.
    rows, payments = sp
    state = replay_payments(rows, payments)
    single = replay_payments(rows, [sum(payments)] if payments else [])
    assert state.paid == single.paid
    assert state.total_paid == sum(payments)
    assert state.outstanding == sum(r.amount_due for r in rows) - sum(payments)
    assert state.is_lunas == (state.outstanding == 0)
    for allocation in state.allocations:
        assert sum(line.amount for line in allocation.lines) == allocation.amount


@given(schedule_and_payments(), st.data())
def test_reversal_restores_exactly(sp, data):
    rows, amounts = sp
    assume(amounts)
    payments = [PostedPayment(f"P{i}", a) for i, a in enumerate(amounts)]
    k = data.draw(st.integers(0, len(payments) - 1))
    before = replay_payments(rows, payments[:k] + payments[k + 1 :])
    reversed_state = reverse_payment(rows, payments, payments[k].payment_id)
    assert reversed_state == before
    # Reversing the latest payment by subtracting its lines gives the same state.
    full = replay_payments(rows, payments)
    last_lines = full.allocations[-1].lines
    undone = apply_allocation(rows, full.paid, last_lines, sign=-1)
    assert tuple(undone) == replay_payments(rows, payments[:-1]).paid


@given(schedule_and_payments())
def test_replay_equals_step_by_step_allocation(sp):
    rows, payments = sp
    paid: list[PaidToDate] = []
    for amount in payments:
        paid = apply_allocation(rows, paid, allocate_payment(rows, paid, amount))
    assert tuple(paid or (PaidToDate(r.no) for r in _order(rows))) == (
        replay_payments(rows, payments).paid
    )
