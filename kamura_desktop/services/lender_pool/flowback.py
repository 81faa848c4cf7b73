"""Flow-back: the lenders get their money back, and their share of the service, as the
credits they funded are repaid.

As a credit is repaid, each lender's *cumulative* share of the principal repaid so far —
floor(principal repaid × their part ÷ the credit's principal) — goes to their sukarela
('pengembalian_dana'; Dana Lender Tersalur / Simpanan Sukarela). Each payment pays a lender
the difference between that share and what they have already received, so no rupiah is lost
or created, the lenders together never get more than has been repaid, and once the credit is
repaid every lender has got back exactly their part. Rupiah fractions wait in Dana Lender
Tersalur until they add up. The principal repaid is the schedule's replay (what the
repayment book counts), so payments in any order and size, paying ahead and reversals all
end in the same place. Of the service (jasa), each lender's proportional part is shared
between lender and cooperative by the setting ``lender.service_share_pct`` (default 70 % to
the lender, rounded down cumulatively; the cooperative keeps the rest) ('bagi_hasil'; Beban
Bagi Hasil Jasa untuk Lender / Simpanan Sukarela); the setting in force applies to the
payments made while it is. A reversed repayment reverses its flow-back exactly (the original
rows are mirrored, not recomputed); when an older payment (not the last) is reversed, the
later payments now fill earlier instalments, and what the lenders' cumulative shares of the
principal and of the service are then off is set right at once ('flowback_adjust' entry), so
the flow-back always follows the schedule replayed from the payments that stand.

:func:`flow_back` follows ``events.RepaymentPosted``, :func:`reverse_flow_back`
``events.RepaymentReversed``; :func:`_post_flows` (also used by the write-off) posts the
entry and writes the lenders' sukarela rows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, aliased

from kamura_desktop.db.models.core import JournalEntry
from kamura_desktop.db.models.credit import Credit, CreditFunding
from kamura_desktop.db.models.membership import Member, SavingsTransaction
from kamura_desktop.domain.allocation import PostedPayment, replay_payments
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.lender_shares import flowback_shares

from .. import events, ledger, repayments, savings
from .. import settings as settings_service
from ..actor import Actor
from ..changes import Changes
from .commitments import _fundings


def _lender_parts(fundings: list[CreditFunding]) -> dict[int, int]:
    """{lender member id: rupiah they funded} (a lender who committed twice has one part)."""
    parts: dict[int, int] = defaultdict(int)
    for f in fundings:
        if f.source == "lender":
            parts[f.lender_member_id] += f.amount
    return dict(parts)


def _received_query():
    tx = SavingsTransaction
    orig = aliased(SavingsTransaction)
    return (select(tx.member_id, func.sum(tx.amount)).outerjoin(orig, orig.id == tx.reversal_of_id)
            .where(tx.credit_id == bindparam("credit"), tx.kind == "sukarela",
                   func.coalesce(orig.tx_type, tx.tx_type) == bindparam("tx_type"))
            .group_by(tx.member_id))


#: built once: every payment on a lender-funded credit asks it
_RECEIVED = _received_query()


def _received(s: Session, credit_id: int, tx_type: str) -> dict[int, int]:
    """{lender: net rupiah of ``tx_type`` rows on this credit}; reversal rows count under
    their original's type."""
    return {mid: int(total) for mid, total in s.execute(_RECEIVED, {"credit": credit_id,
                                                                      "tx_type": tx_type})}


def _repaid_totals(s: Session, credit_id: int, *, without: int | None = None) -> tuple[int, int, int]:
    """(principal, service) repaid on the credit by its effective payments, from the
    schedule's replay (what the repayment book counts as paid), and the service repaid
    without the payment ``without``."""
    rows = repayments.schedule_rows(s, credit_id)
    pays = [PostedPayment(p.id, p.amount) for p in repayments.payments_counted(s, credit_id)]
    principal_due = sum(r.principal_due for r in rows)
    service_due = sum(r.service_due for r in rows)
    state = replay_payments(rows, pays)
    service_before = service_due - state.service_outstanding
    if without is not None:
        service_before = service_due - replay_payments(
            rows, [p for p in pays if p.payment_id != without]).service_outstanding
    return principal_due - state.principal_outstanding, service_due - state.service_outstanding, service_before


def _flow_lines(p: int, e: int, memo: str | None = None) -> list[ledger.Line]:
    """Principal back (Dana Lender Tersalur → sukarela) and service earned (expense →
    sukarela); a negative amount is taken back the other way. ``memo`` names the lender whose
    savings move (the general ledger prints it beside the line)."""
    lines = []
    for amount, source in ((p, Acc.DANA_LENDER_TERSALUR), (e, Acc.BEBAN_JASA_LENDER)):
        if amount > 0:
            lines += [ledger.Line(source, debit=amount, memo=memo),
                      ledger.Line(Acc.SIMPANAN_SUKARELA, credit=amount, memo=memo)]
        elif amount < 0:
            lines += [ledger.Line(Acc.SIMPANAN_SUKARELA, debit=-amount, memo=memo),
                      ledger.Line(source, credit=-amount, memo=memo)]
    return lines


def lender_memo(s: Session, member_id: int) -> str:
    """"lender KMR-0012 Ai Nurjanah": the member whose savings a lender-pool line moves."""
    m = s.get(Member, member_id)
    return f"lender {m.number} {m.name}" if m is not None else f"lender #{member_id}"


def _post_flows(s: Session, actor: Actor, c: Credit, flows: dict[int, tuple[int, int]], *, on_date: dt.date,
                description: str, source_type: str, source_id: str, entry: JournalEntry | None = None,
                extra_lines: list[ledger.Line] | None = None) -> JournalEntry | None:
    """Post the lenders' flows in one entry (or add them to ``entry``'s lines, already
    posted by the caller) and write their sukarela rows."""
    lines = [ln for lender, (p, e) in flows.items() for ln in _flow_lines(p, e, lender_memo(s, lender))]
    lines += list(extra_lines or [])
    if entry is None:
        if not lines:
            return None
        entry = ledger.post_entry(s, actor, on_date=on_date, description=description, lines=lines,
                                  source_type=source_type, source_id=source_id)
    now = dt.datetime.now().replace(microsecond=0)
    for lender, (p, e) in flows.items():
        for amount, tx_type, note in ((p, "pengembalian_dana", "Pengembalian pokok"),
                                      (e, "bagi_hasil", "Bagi hasil jasa")):
            if amount:
                savings.post_for_entry_in_session(s, actor, entry=entry, member_id=lender,
                                                  tx_type=tx_type, amount=amount, on_date=on_date,
                                                  credit_id=c.id, note=f"{note} {c.number}",
                                                  created_at=now)
    return entry  # the rows go with the transaction's next flush (what reads them flushes)


def service_share_pct(s: Session) -> int:
    """The lenders' share of their part of the service, in percent (kept within 0–100)."""
    return max(0, min(100, int(settings_service.get_value(s, "lender.service_share_pct"))))


#: what a flow-back (or taking it back) changes besides the repayment itself
FLOWED = Changes(savings=True, lenders=True, ledger=True)


def flow_back(s: Session, event: events.RepaymentPosted) -> Changes:
    """A payment on a lender-funded credit: each lender's part of the principal repaid so far,
    and their share of the service, flows back to their sukarela (cumulative shares, exact
    to the rupiah: :func:`kamura_desktop.domain.lender_shares.flowback_shares`)."""
    actor, c, row = event.actor, event.credit, event.repayment
    parts = _lender_parts(_fundings(s, c.id) if event.fundings is None else list(event.fundings))
    if not parts:
        return Changes()  # the usual case: no lender on this credit
    pct = service_share_pct(s)
    principal_repaid, service_after, service_before = _repaid_totals(s, c.id, without=row.id)
    flows = flowback_shares(parts, c.principal, _received(s, c.id, "pengembalian_dana"), principal_repaid,
                            service_before, service_after, pct)
    entry = _post_flows(s, actor, c, flows, on_date=row.on_date, source_type="flowback",
                        source_id=row.receipt_no,
                        description=f"Pengembalian dana lender dari angsuran {row.receipt_no} {c.number}")
    return FLOWED if entry is not None else Changes()


def _entry_service_flows(s: Session, entry_id: int | None) -> dict[int, int]:
    """{lender: service share} that one flow-back entry gave ('bagi_hasil' rows)."""
    if entry_id is None:
        return {}
    q = (select(SavingsTransaction.member_id, func.sum(SavingsTransaction.amount))
         .where(SavingsTransaction.journal_entry_id == entry_id, SavingsTransaction.tx_type == "bagi_hasil")
         .group_by(SavingsTransaction.member_id))
    return {mid: int(total) for mid, total in s.execute(q)}


def reverse_flow_back(s: Session, event: events.RepaymentReversed) -> Changes:
    """A payment on a lender-funded credit is reversed: its flow-back entry is reversed and
    the lenders' sukarela rows mirrored; then, when it was an older payment (not the last),
    what the lenders' cumulative shares are off is set right at once ('flowback_adjust').

    The principal back is brought to each lender's cumulative share of the principal the
    replayed schedule counts as repaid. Of the service, the reversal as a whole takes back the
    change in each lender's cumulative share from the service repaid with the payment to the
    service repaid without it (what the repayment book's reversal row says it loses), at the
    share setting in force — exactly as a payment gives it — so the mirror of the payment's
    own share is corrected by the difference."""
    actor, c, row = event.actor, event.credit, event.reversal
    parts = _lender_parts(_fundings(s, c.id))
    if not parts:
        return Changes()
    now = dt.datetime.now().replace(microsecond=0)
    original = s.get(type(row), row.reversal_of_id)
    entry_id = s.scalar(select(JournalEntry.id).where(JournalEntry.source_type == "flowback",
                                                      JournalEntry.source_id == original.receipt_no,
                                                      JournalEntry.reversal_of_id.is_(None)))
    mirrored = _entry_service_flows(s, entry_id)
    if entry_id is not None:
        rev = ledger.reverse_in_session(s, actor, entry_id=entry_id,
                                        reason=f"angsuran {original.receipt_no} dibalik", on_date=row.on_date)
        savings.reverse_for_entry_in_session(s, actor, entry_id=entry_id, reversal=rev,
                                             on_date=row.on_date, credit_id=c.id, created_at=now)
        s.flush()
    principal_repaid, service_after, _ = _repaid_totals(s, c.id)
    service_before = service_after - row.service_part  # the reversal row's service part is negative
    shares = flowback_shares(parts, c.principal, _received(s, c.id, "pengembalian_dana"), principal_repaid,
                             service_before, service_after, service_share_pct(s))
    fix = {}
    for lender in parts:
        p, e = shares.get(lender, (0, 0))
        e += mirrored.get(lender, 0)
        if p or e:
            fix[lender] = (p, e)
    _post_flows(s, actor, c, fix, on_date=row.on_date, source_type="flowback_adjust",
                source_id=original.receipt_no,
                description=f"Penyesuaian pengembalian dana lender {c.number} setelah pembalikan "
                            f"{original.receipt_no}")
    return FLOWED
