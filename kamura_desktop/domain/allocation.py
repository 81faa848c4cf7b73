"""Sharing a repayment out over a credit's instalments, and the schedule's paid state.

Order (the cooperative's habit and the pocket book's layout): instalments are settled
**oldest first** — by due date, then instalment number — and within each instalment the
**service (jasa) first, then the principal (pokok)**. Only when an instalment is fully
paid does money move to the next one, so arrears are always cleared before anything else
and a payment larger than what is due so far simply pays the next instalments ahead, in
the same order, at their scheduled amounts (there is no discount for paying early).

A payment over what is still owed is refused with a :class:`UserError`; nothing is
allocated. A credit whose every instalment is fully paid is lunas.

The paid state is never stored as a counter that could drift: :func:`replay_payments`
recomputes it from the posted payments in posting order. Reversing a payment is a replay
without it, which gives exactly the state as if it had never been made. (Reversing an
older payment can move where *later* payments land — their money now clears the older
instalment first — which is why allocation lines are derived data, recomputed, not
money rows of their own.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from .errors import NotFound, UserError
from .kolektibilitas import DueRow
from .money import format_rupiah


@dataclass(frozen=True)
class ScheduleDue:
    """One instalment of the schedule: its number, due date and the two parts owed."""

    no: int
    due_date: dt.date
    principal_due: int
    service_due: int

    def __post_init__(self) -> None:
        _check_money(self.principal_due, "principal_due")
        _check_money(self.service_due, "service_due")

    @property
    def amount_due(self) -> int:
        return self.principal_due + self.service_due


@dataclass(frozen=True)
class PaidToDate:
    """What has been paid so far towards one instalment."""

    no: int
    service_paid: int = 0
    principal_paid: int = 0

    def __post_init__(self) -> None:
        _check_money(self.service_paid, "service_paid")
        _check_money(self.principal_paid, "principal_paid")

    @property
    def amount_paid(self) -> int:
        return self.service_paid + self.principal_paid


@dataclass(frozen=True)
class AllocationLine:
    """The part of one payment that goes to one instalment."""

    no: int
    service_part: int
    principal_part: int

    @property
    def amount(self) -> int:
        return self.service_part + self.principal_part


@dataclass(frozen=True)
class PostedPayment:
    """A posted repayment as the replay needs it: an id to find it by and the amount."""

    payment_id: Hashable
    amount: int


@dataclass(frozen=True)
class PaymentAllocation:
    payment_id: Hashable
    amount: int
    lines: tuple[AllocationLine, ...]


@dataclass(frozen=True)
class ScheduleState:
    """The schedule with what is paid on each instalment, after some payments."""

    rows: tuple[ScheduleDue, ...]
    paid: tuple[PaidToDate, ...]  # one per row, same order as ``rows``
    allocations: tuple[PaymentAllocation, ...] = ()

    def __post_init__(self) -> None:
        if [r.no for r in self.rows] != [p.no for p in self.paid]:
            raise ValueError("paid must hold one entry per row, in the rows' order")

    @property
    def principal_outstanding(self) -> int:
        return sum(
            r.principal_due - p.principal_paid for r, p in zip(self.rows, self.paid, strict=True)
        )

    @property
    def service_outstanding(self) -> int:
        return sum(
            r.service_due - p.service_paid for r, p in zip(self.rows, self.paid, strict=True)
        )

    @property
    def outstanding(self) -> int:
        return self.principal_outstanding + self.service_outstanding

    @property
    def total_paid(self) -> int:
        return sum(p.amount_paid for p in self.paid)

    @property
    def is_lunas(self) -> bool:
        return self.outstanding == 0

    def due_rows(self) -> list[DueRow]:
        """The instalments in the form the kolektibilitas rules read."""
        return due_rows(self.rows, self.paid)


# ---------------------------------------------------------------------------- core


def _ordered(rows: Iterable[ScheduleDue]) -> list[ScheduleDue]:
    ordered = sorted(rows, key=lambda r: (r.due_date, r.no))
    numbers = [r.no for r in ordered]
    if len(set(numbers)) != len(numbers):
        raise ValueError("instalment numbers must be unique")
    return ordered


def _paid_by_no(rows: Sequence[ScheduleDue], paid_so_far: Iterable[PaidToDate]) -> dict:
    by_no = {r.no: PaidToDate(r.no) for r in rows}
    dues = {r.no: r for r in rows}
    seen: set[int] = set()
    for p in paid_so_far:
        if p.no not in dues:
            raise ValueError(f"payment recorded for unknown instalment {p.no}")
        if p.no in seen:
            raise ValueError(f"instalment {p.no} appears twice in paid_so_far")
        seen.add(p.no)
        row = dues[p.no]
        if p.service_paid > row.service_due or p.principal_paid > row.principal_due:
            raise ValueError(f"instalment {p.no} is paid beyond what it owes")
        by_no[p.no] = p
    return by_no


def remaining_obligation(rows: Sequence[ScheduleDue], paid_so_far: Iterable[PaidToDate]) -> int:
    """Everything still owed on the schedule, service and principal, due or not."""
    ordered = _ordered(rows)
    paid = _paid_by_no(ordered, paid_so_far)
    return sum(r.amount_due - paid[r.no].amount_paid for r in ordered)


def is_lunas(rows: Sequence[ScheduleDue], paid_so_far: Iterable[PaidToDate]) -> bool:
    """True when every instalment is fully paid (a schedule with nothing owed is lunas)."""
    return remaining_obligation(rows, paid_so_far) == 0


def allocate_payment(
    rows: Sequence[ScheduleDue], paid_so_far: Iterable[PaidToDate], amount: int
) -> list[AllocationLine]:
    """Share ``amount`` over the instalments: oldest first, service before principal.

    Returns one line per instalment touched, in allocation order; the lines sum to
    ``amount`` exactly. Raises :class:`UserError` for a non-positive amount, a credit
    already lunas, or an amount over what is still owed.
    """
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise TypeError(f"amount must be whole rupiah (int), got {type(amount).__name__}")
    if amount <= 0:
        raise UserError(
            "Jumlah pembayaran harus lebih dari Rp0.", field="amount", code="non_positive"
        )
    ordered = _ordered(rows)
    paid = _paid_by_no(ordered, paid_so_far)
    remaining = sum(r.amount_due - paid[r.no].amount_paid for r in ordered)
    if remaining == 0:
        raise UserError(
            "Kredit ini sudah lunas; tidak ada kewajiban yang tersisa.",
            field="amount",
            code="lunas",
        )
    if amount > remaining:
        raise UserError(
            f"Pembayaran {format_rupiah(amount)} melebihi sisa kewajiban "
            f"{format_rupiah(remaining)}.",
            field="amount",
            code="overpayment",
        )
    lines: list[AllocationLine] = []
    left = amount
    for row in ordered:
        p = paid[row.no]
        service = min(left, row.service_due - p.service_paid)
        left -= service
        principal = min(left, row.principal_due - p.principal_paid)
        left -= principal
        if service or principal:
            lines.append(AllocationLine(row.no, service, principal))
        if not left:
            break
    return lines


def apply_allocation(
    rows: Sequence[ScheduleDue],
    paid_so_far: Iterable[PaidToDate],
    lines: Iterable[AllocationLine],
    *,
    sign: int = 1,
) -> list[PaidToDate]:
    """Paid state after adding (``sign=1``) or taking back (``sign=-1``) allocation lines.

    Returns one :class:`PaidToDate` per row in schedule order. Taking back the lines of
    the latest payment restores the state before it exactly; for an older payment use
    :func:`replay_payments` without it.
    """
    if sign not in (1, -1):
        raise ValueError("sign must be 1 or -1")
    ordered = _ordered(rows)
    paid = _paid_by_no(ordered, paid_so_far)
    for line in lines:
        if line.no not in paid:
            raise ValueError(f"allocation line for unknown instalment {line.no}")
        p = paid[line.no]
        paid[line.no] = PaidToDate(
            line.no,
            service_paid=p.service_paid + sign * line.service_part,
            principal_paid=p.principal_paid + sign * line.principal_part,
        )
    result = [paid[r.no] for r in ordered]
    _paid_by_no(ordered, result)  # re-check: nothing paid beyond its due
    return result


def replay_payments(
    rows: Sequence[ScheduleDue], payments: Iterable[PostedPayment | int]
) -> ScheduleState:
    """The schedule's state after ``payments``, allocated one by one in the order given.

    Give payments in posting order (date, then entry number). A bare ``int`` is taken as
    a payment whose id is its position in the list.
    """
    ordered = _ordered(rows)
    paid: list[PaidToDate] = [PaidToDate(r.no) for r in ordered]
    allocations = []
    for index, payment in enumerate(payments):
        if not isinstance(payment, PostedPayment):
            payment = PostedPayment(index, payment)
        lines = allocate_payment(ordered, paid, payment.amount)
        paid = apply_allocation(ordered, paid, lines)
        allocations.append(PaymentAllocation(payment.payment_id, payment.amount, tuple(lines)))
    return ScheduleState(tuple(ordered), tuple(paid), tuple(allocations))


def reverse_payment(
    rows: Sequence[ScheduleDue], payments: Sequence[PostedPayment], payment_id: Hashable
) -> ScheduleState:
    """The state with ``payment_id`` reversed: a replay of all the other payments."""
    kept = [p for p in payments if p.payment_id != payment_id]
    if len(kept) == len(payments):
        raise NotFound("Pembayaran yang akan dibatalkan tidak ditemukan.", code="not_found")
    return replay_payments(rows, kept)


def due_rows(rows: Sequence[ScheduleDue], paid_so_far: Iterable[PaidToDate]) -> list[DueRow]:
    """Instalments as :class:`~kamura_desktop.domain.kolektibilitas.DueRow` for arrears.

    Because service is paid before principal, an instalment not fully paid always has
    principal unpaid (unless it carries no principal), so the oldest unpaid instalment is
    also the oldest principal in arrears — what Permen KUKM 14/2009 counts.
    """
    ordered = _ordered(rows)
    paid = _paid_by_no(ordered, paid_so_far)
    return [DueRow(r.due_date, r.amount_due, paid[r.no].amount_paid) for r in ordered]


def amount_due_by(
    rows: Sequence[ScheduleDue], paid_so_far: Iterable[PaidToDate], on_date: dt.date
) -> int:
    """What must be paid on ``on_date`` to be up to date: unpaid parts due by that day."""
    ordered = _ordered(rows)
    paid = _paid_by_no(ordered, paid_so_far)
    return sum(r.amount_due - paid[r.no].amount_paid for r in ordered if r.due_date <= on_date)


def _check_money(value: object, name: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be whole rupiah (int), got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{name} must not be negative")


def settled_state(rows: list[ScheduleDue], total: int) -> ScheduleState:
    """The schedule's state once ``total`` has been paid: exactly what ``replay_payments``
    gives for any payments that sum to ``total``. Allocation is a greedy fill of the
    instalments' parts in one fixed order (oldest first, jasa before pokok, never skipping),
    so the final state depends only on the sum, not on how it was split into payments.
    Replaying payment by payment costs O(payments × instalments), which made a collection
    sheet of a long-running credit take 50 ms per member; this is one pass. ``allocations``
    stays empty: the statement replays when it needs each payment's lines."""
    ordered = sorted(rows, key=lambda r: (r.due_date, r.no))
    owed = sum(r.amount_due for r in ordered)
    if total > owed:
        raise UserError(f"Pembayaran {format_rupiah(total)} melebihi kewajiban {format_rupiah(owed)}.",
                        field="amount", code="overpayment")
    left, paid = total, []
    for r in ordered:
        service = min(left, r.service_due)
        left -= service
        principal = min(left, r.principal_due)
        left -= principal
        paid.append(PaidToDate(r.no, service, principal))
    return ScheduleState(tuple(ordered), tuple(paid))
