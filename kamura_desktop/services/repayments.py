"""Repayment book: instalments recorded from pocket books and collection sheets,
tanggung renteng, and each credit's state as of any date.

**Allocation order** (documented for the clerk): a payment goes to the oldest unpaid
instalment first; within an instalment the service (jasa) part first, then the principal;
only when an instalment is fully paid does money move to the next. Paying ahead fills
later instalments at their scheduled amounts. A payment larger than what is still owed is
refused. The state of a credit is always recomputed by replaying its payments in order,
so reversing a payment returns the schedule exactly to where it was.

Postings (Dr / Cr): Kas / Piutang Pinjaman Anggota (Piutang Dana Bergulir for the part the
revolving fund lent) for the principal part, and / Pendapatan Jasa Pinjaman (Pendapatan
Jasa Dana Bergulir) for the service part. A reversal posts the mirror entry and, when the
reversed payment was not the credit's latest, a re-allocation entry, so that the posted parts
always equal the schedule replayed from the payments that stand (:func:`reverse_repayment`).
Each payment and reversal is published (``events.RepaymentPosted`` / ``RepaymentReversed``): the lender
pool flows the lenders' part back to their sukarela in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import JournalEntry
from kamura_desktop.db.models.credit import (
    BorrowerGroup,
    Credit,
    CreditApplication,
    CreditFunding,
    CreditProduct,
    GroupMember,
    ScheduleLine,
)
from kamura_desktop.db.models.membership import Member
from kamura_desktop.db.models.repayment import (
    CollectionAttendance,
    CollectionSheet,
    CoverSettlement,
    GroupCover,
    Repayment,
)
from kamura_desktop.db.portable import sql_date
from kamura_desktop.domain import kolektibilitas as kol
from kamura_desktop.domain.allocation import (
    PostedPayment,
    ScheduleDue,
    ScheduleState,
    allocate_payment,
    replay_payments,
    settled_state,
)
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import NotFound, UserError
from kamura_desktop.domain.limits import check_amount
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.domain.portfolio import LoanPosition
from kamura_desktop.domain.text import clean_text

from . import audit, credits, events, ledger
from . import settings as settings_service
from .actor import Actor
from .changes import Changes, Outcome
from .numbering import next_number
from .permissions import PERMISSIONS, require

ALL = frozenset({"petugas", "bendahara", "ketua", "admin"})
PERMISSIONS.update({
    "repayments.view": (ALL, "melihat angsuran"),
    "repayments.record": (frozenset({"petugas", "bendahara"}), "mencatat angsuran"),
    "repayments.reverse": (frozenset({"bendahara"}), "membalik angsuran"),
    "repayments.settle": (frozenset({"petugas", "bendahara"}), "mencatat pelunasan tanggung renteng"),
})
settings_service.DEFAULTS.update({"credit.kol_rule_set": kol.DEFAULT_RULE_SET})


#: what every payment and reversal changes (the flow-back adds the lenders' savings)
POSTED = Changes(repayments=True, credits=True, ledger=True)


# ------------------------------------------------------------------ state

#: built once (every payment, every standing and every statement reads them): columns, not
#: rows of the session — only these values are used
_SCHEDULE_OF = (select(ScheduleLine.no, ScheduleLine.due_date, ScheduleLine.principal,
                       ScheduleLine.service)
                .where(ScheduleLine.credit_id == bindparam("credit")).order_by(ScheduleLine.no))
_PAYMENTS_OF = (select(Repayment.id, Repayment.on_date, Repayment.amount, Repayment.reversal_of_id)
                .where(Repayment.credit_id == bindparam("credit"))
                .order_by(Repayment.on_date, Repayment.id))


def schedule_rows(s: Session, credit_id: int) -> list[ScheduleDue]:
    return [ScheduleDue(no, due_date, principal, service)
            for no, due_date, principal, service in s.execute(_SCHEDULE_OF, {"credit": credit_id})]


def effective_payments(s: Session, credit_id: int, as_of: dt.date | None = None) -> list[Repayment]:
    """Payments counted on ``as_of``: made by then and not reversed by then."""
    rows = list(s.scalars(select(Repayment).where(Repayment.credit_id == credit_id)
                          .order_by(Repayment.on_date, Repayment.id)))
    return _effective(rows, as_of)


def payments_counted(s: Session, credit_id: int, as_of: dt.date | None = None) -> list:
    """:func:`effective_payments` as rows of id, on_date, amount and reversal_of_id only (what
    the state of a credit needs; no rows of the session built)."""
    return _effective(list(s.execute(_PAYMENTS_OF, {"credit": credit_id})), as_of)


def _effective(rows: list, as_of: dt.date | None = None) -> list:
    """Of one credit's repayment rows (by date, then id; rows of the session or of a query
    with id, on_date, amount and reversal_of_id), the payments counted on ``as_of``."""
    reversals = {r.reversal_of_id: r for r in rows if r.reversal_of_id is not None}
    out = []
    for r in rows:
        if r.reversal_of_id is not None:
            continue
        if as_of is not None and r.on_date > as_of:
            continue
        rev = reversals.get(r.id)
        if rev is not None and (as_of is None or rev.on_date <= as_of):
            continue
        out.append(r)
    return out


def state_in_session(s: Session, credit_id: int, as_of: dt.date | None = None) -> ScheduleState:
    rows = schedule_rows(s, credit_id)
    if not rows:
        raise UserError("Kredit ini belum dicairkan; belum ada jadwal angsuran.")
    pays = payments_counted(s, credit_id, as_of)
    return settled_state(rows, sum(p.amount for p in pays))


@dataclass(frozen=True)
class InstalmentView:
    no: int
    due_date: dt.date
    amount: int
    principal: int
    service: int
    paid: int
    paid_on: dt.date | None  # date of the payment that completed it

    @property
    def remaining(self) -> int:
        return self.amount - self.paid


@dataclass(frozen=True)
class CreditStatement:
    credit_id: int
    number: str
    member_name: str
    member_number: str
    group_code: str
    status: str
    as_of: dt.date
    principal: int
    total_due: int
    paid: int
    outstanding: int
    days_past_due: int
    kolektibilitas: int | None
    instalments: tuple[InstalmentView, ...]


def statement_in_session(s: Session, credit_id: int, as_of: dt.date | None = None) -> CreditStatement:
    as_of = as_of or dt.date.today()
    c = s.get(Credit, credit_id)
    if c is None:
        raise NotFound(f"Kredit #{credit_id} tidak ditemukan.")
    app = s.get(CreditApplication, c.application_id)
    g = s.get(BorrowerGroup, app.group_id)
    m = s.get(Member, c.member_id)
    rows = schedule_rows(s, credit_id)
    pays = effective_payments(s, credit_id, as_of)
    state = replay_payments(rows, [PostedPayment(p.id, p.amount) for p in pays])
    dates = {p.id: p.on_date for p in pays}
    completed: dict[int, dt.date] = {}
    running: dict[int, int] = defaultdict(int)
    for alloc in state.allocations:
        for line in alloc.lines:
            running[line.no] += line.amount
            row = next(r for r in rows if r.no == line.no)
            if running[line.no] == row.amount_due and line.no not in completed:
                completed[line.no] = dates[alloc.payment_id]
    paid = {p.no: p.amount_paid for p in state.paid}
    views = tuple(InstalmentView(r.no, r.due_date, r.amount_due, r.principal_due, r.service_due,
                                 paid[r.no], completed.get(r.no)) for r in rows)
    dpd = kol.days_past_due(state.due_rows(), as_of)
    classification = _classify(s, app, state, as_of, pays) if state.outstanding else None
    return CreditStatement(
        credit_id=c.id, number=c.number, member_name=m.name, member_number=m.number,
        group_code=g.code, status=c.status, as_of=as_of, principal=c.principal,
        total_due=sum(r.amount_due for r in rows), paid=state.total_paid,
        outstanding=state.outstanding, days_past_due=dpd,
        kolektibilitas=classification.kol if classification else None, instalments=views)


def credit_statement(db: Database, credit_id: int, *, as_of: dt.date | None = None) -> CreditStatement:
    with db.read() as s:
        return statement_in_session(s, credit_id, as_of)


def rule_set(s: Session) -> kol.KolektibilitasRuleSet:
    return kol.get_rule_set(settings_service.get_value(s, "credit.kol_rule_set"))


def _classify(s: Session, app: CreditApplication, state: ScheduleState, as_of: dt.date,
              pays: list[Repayment]) -> kol.Classification:
    last = max((p.on_date for p in pays), default=None)
    disbursed = app.disbursed_on
    facts = kol.arrears_facts(state.due_rows(), as_of, kol.InstalmentFrequency(app.frequency),
                              last_payment_on=last, disbursed_on=disbursed)
    return kol.classify(rule_set(s), facts)


# ------------------------------------------------------------------ recording

@dataclass(frozen=True)
class RepaymentReceipt:
    receipt_no: str
    repayment_id: int
    credit_number: str
    member_number: str
    member_name: str
    group_code: str
    on_date: dt.date
    amount: int
    principal_part: int
    service_part: int
    outstanding_after: int
    lunas: bool
    received_by: str
    payer_name: str | None


def _parts_by_source(s: Session, c: Credit, principal: int, service: int, *,
                     principal_before: int, service_before: int,
                     fundings: list[CreditFunding] | None = None) -> list[ledger.Line]:
    """Credit lines for a payment's parts, split between own/lender funds and the revolving
    fund. The split is cumulative (the revolving fund's share of everything repaid so far,
    rounded down, minus what it already got), so that when the credit is repaid the revolving
    receivable has received exactly the part it lent — a per-payment split drifts by rupiah.
    ``fundings``: the credit's fundings not released, when the caller has them."""
    if fundings is None:
        fundings = list(s.scalars(select(CreditFunding).where(CreditFunding.credit_id == c.id,
                                                              CreditFunding.released_at.is_(None))))
    revolving = sum(f.amount for f in fundings if f.source == "revolving")

    def share(before: int, part: int) -> int:
        return (before + part) * revolving // c.principal - before * revolving // c.principal

    rev_p, rev_s = share(principal_before, principal), share(service_before, service)
    lines = []
    for amount, acc in ((principal - rev_p, Acc.PIUTANG_PINJAMAN), (rev_p, Acc.PIUTANG_DANA_BERGULIR),
                        (service - rev_s, Acc.PENDAPATAN_JASA_PINJAMAN),
                        (rev_s, Acc.PENDAPATAN_JASA_DANA_BERGULIR)):
        if amount:
            lines.append(ledger.Line(acc, credit=amount))
    return lines


@dataclass
class _Known:
    """What a collection sheet read at once for one credit (in the same transaction), so
    that each of its payments does not read it again: the schedule, the sum of the payments
    that stand (carried on as the sheet posts) and the credit's fundings."""

    schedule: list[ScheduleDue]
    paid: int
    fundings: list[CreditFunding]


def _known_credits(s: Session, credit_ids: list[int]) -> dict[int, _Known]:
    """:class:`_Known` of each credit, in three queries (issue 16: on the server each query
    is a round trip; a sheet of five read fifteen times before)."""
    # columns, not rows of the session: a sheet's credits have hundreds of instalments and
    # payments, and only these few values of each are used
    schedules: dict[int, list[ScheduleDue]] = defaultdict(list)
    for r in s.execute(select(ScheduleLine.credit_id, ScheduleLine.no, ScheduleLine.due_date,
                              ScheduleLine.principal, ScheduleLine.service)
                       .where(ScheduleLine.credit_id.in_(credit_ids))
                       .order_by(ScheduleLine.credit_id, ScheduleLine.no)):
        schedules[r.credit_id].append(ScheduleDue(r.no, r.due_date, r.principal, r.service))
    pays: dict[int, list] = defaultdict(list)
    for p in s.execute(select(Repayment.credit_id, Repayment.id, Repayment.on_date, Repayment.amount,
                              Repayment.reversal_of_id)
                       .where(Repayment.credit_id.in_(credit_ids))
                       .order_by(Repayment.on_date, Repayment.id)):
        pays[p.credit_id].append(p)
    fundings: dict[int, list[CreditFunding]] = defaultdict(list)
    for f in s.scalars(select(CreditFunding).where(CreditFunding.credit_id.in_(credit_ids),
                                                   CreditFunding.released_at.is_(None))
                       .order_by(CreditFunding.id)):
        fundings[f.credit_id].append(f)
    return {cid: _Known(schedules[cid], sum(p.amount for p in _effective(pays[cid])), fundings[cid])
            for cid in credit_ids}


#: a payment's credit with its borrower, application and group (rows of the session)
_CREDIT_AND_PARTIES = (select(Credit, Member, CreditApplication, BorrowerGroup)
                       .join(Member, Member.id == Credit.member_id)
                       .join(CreditApplication, CreditApplication.id == Credit.application_id)
                       .join(BorrowerGroup, BorrowerGroup.id == CreditApplication.group_id)
                       .where(Credit.id == bindparam("credit")))


def post_repayment_in_session(
    s: Session, actor: Actor, *, credit_id: int, amount: int, on_date: dt.date,
    received_by: str | None = None, source: str = "member", payer_member_id: int | None = None,
    collection_sheet_id: int | None = None, note: str | None = None, known: _Known | None = None,
    flush: bool = True,
) -> tuple[Repayment, RepaymentReceipt, Changes]:
    """Record one payment inside the caller's transaction (the collection sheet posts many,
    passing what it read of the credit at once: ``known``, carried on here); also returns
    what the payment changed, the other books' reactions included. ``flush=False``: the
    payment's rows wait in the session for the caller's next flush (the receipt's
    ``repayment_id`` is then 0: the caller fills it in after its flush)."""
    check_amount(amount, label="Jumlah angsuran")
    if on_date > dt.date.today():
        raise UserError("Tanggal bayar tidak boleh di masa depan.", field="on_date")
    # the credit, its borrower, application and group in one statement (kept referred to
    # here, the session holds them: the look-ups below find them there)
    parties = (s.execute(_CREDIT_AND_PARTIES, {"credit": credit_id}).first()
               if known is None else None)
    c = s.get(Credit, credit_id)
    if c is None:
        raise NotFound(f"Kredit #{credit_id} tidak ditemukan.")
    if c.status not in ("active",):
        raise UserError(f"Kredit {c.number} berstatus {credits.STATUS_LABELS[c.status].lower()}; "
                        "tidak menerima angsuran.", field="credit", code="not_active")
    if c.disbursed_on and on_date < c.disbursed_on:
        raise UserError(f"Tanggal bayar sebelum pencairan ({format_date_id(c.disbursed_on)}).",
                        field="on_date")
    if known is None:
        rows = schedule_rows(s, c.id)
        state = settled_state(rows, sum(p.amount for p in payments_counted(s, c.id)))
    else:
        rows = known.schedule
        if not rows:
            raise UserError("Kredit ini belum dicairkan; belum ada jadwal angsuran.")
        state = settled_state(rows, known.paid)
    lines = allocate_payment(list(state.rows), list(state.paid), amount)  # refuses an over-payment
    principal = sum(ln.principal_part for ln in lines)
    service = sum(ln.service_part for ln in lines)
    m = s.get(Member, c.member_id)
    # the credit's fundings, read once for the payment's split and the lender pool's
    # flow-back (in the order the lender pool reads them: by id)
    fundings = (list(s.scalars(select(CreditFunding).where(CreditFunding.credit_id == c.id,
                                                           CreditFunding.released_at.is_(None))
                               .order_by(CreditFunding.id)))
                if known is None else known.fundings)
    receipt_no = f"KW-{on_date.year}-{next_number(s, f'receipt:{on_date.year}'):06d}"
    entry = ledger.post_entry(
        s, actor, on_date=on_date, description=f"Angsuran {c.number} {m.name}",
        lines=[ledger.Line(Acc.KAS, debit=amount),
               *_parts_by_source(s, c, principal, service,
                                 principal_before=c.principal - state.principal_outstanding,
                                 service_before=sum(p.service_paid for p in state.paid),
                                 fundings=fundings)],
        source_type="repayment", source_id=receipt_no, flush=flush)
    row = Repayment(credit_id=c.id, on_date=on_date, amount=amount, principal_part=principal,
                    service_part=service, source=source, payer_member_id=payer_member_id,
                    received_by=received_by or actor.full_name, receipt_no=receipt_no,
                    journal_entry_id=entry.id, collection_sheet_id=collection_sheet_id,
                    note=clean_text(note, field="note", label="Catatan", kind="reason"),
                    created_at=dt.datetime.now().replace(microsecond=0), created_by_id=actor.user_id)
    s.add(row)
    if flush:
        s.flush()
    if known is not None:
        known.paid += amount
    outstanding = state.outstanding - amount
    if outstanding == 0:
        c.status, c.closed_on = "lunas", on_date
    # the lenders who funded the credit get their part back in their sukarela (lender pool)
    changes = events.publish(s, events.RepaymentPosted(
        actor, c, row, principal, service, tuple(fundings)))
    audit.record(s, actor, action="repayment.record", entity="credit", entity_id=c.number,
                 summary=f"{receipt_no} {format_rupiah(amount)}")
    app = s.get(CreditApplication, c.application_id)
    g = s.get(BorrowerGroup, app.group_id)
    payer = s.get(Member, payer_member_id).name if payer_member_id else None
    del parties
    return row, RepaymentReceipt(receipt_no, row.id or 0, c.number, m.number, m.name, g.code, on_date,
                                 amount, principal, service, outstanding, outstanding == 0,
                                 row.received_by, payer), POSTED | changes


def record_repayment(db: Database, *, actor: Actor, credit_id: int, amount: int, on_date: dt.date,
                     received_by: str | None = None, note: str | None = None) -> Outcome[RepaymentReceipt]:
    require(actor, "repayments.record")
    with db.write() as s:
        _, receipt, changes = post_repayment_in_session(
            s, actor, credit_id=credit_id, amount=amount, on_date=on_date, received_by=received_by,
            note=note)
    return Outcome(receipt, changes)


def _credit_parts(lines: list[ledger.Line]) -> dict[str, int]:
    """{account: rupiah credited} of a payment's lines (its principal and service parts)."""
    out: dict[str, int] = defaultdict(int)
    for ln in lines:
        if ln.credit:
            out[ln.account] += ln.credit
    return out


def _reallocation_lines(s: Session, c: Credit, r: Repayment, rows: list[ScheduleDue],
                        total_paid: int) -> tuple[int, int, list[ledger.Line]]:
    """What reversing ``r`` takes back, as the schedule replayed without it says: (principal,
    service) and the lines of a balanced entry that moves, between principal and service and
    between the credit's funding sources, what the payment's own mirror takes back wrongly.

    A payment's split is fixed when it is posted, from the payments standing then. Without an
    older payment the later ones fill earlier instalments, whose principal and service differ
    by the schedule's rounding; the paid state depends only on the sum paid
    (:func:`settled_state`), so the reversal takes back the difference between the state with
    and without its amount — every posted split then adds up to the replay, to the rupiah."""
    with_it = settled_state(rows, total_paid)
    without = settled_state(rows, total_paid - r.amount)
    principal = without.principal_outstanding - with_it.principal_outstanding
    service = without.service_outstanding - with_it.service_outstanding
    principal_due = sum(row.principal_due for row in rows)
    service_due = sum(row.service_due for row in rows)
    target = _credit_parts(_parts_by_source(
        s, c, principal, service, principal_before=principal_due - without.principal_outstanding,
        service_before=service_due - without.service_outstanding))
    posted: dict[str, int] = defaultdict(int)
    for ln in s.get(JournalEntry, r.journal_entry_id).lines:
        if ln.credit and ln.account.code in _PART_ACCOUNTS:
            posted[ln.account.code] += ln.credit
    lines = []
    for acc in _PART_ACCOUNTS:
        more = target.get(acc, 0) - posted.get(acc, 0)  # to take back beyond the mirror
        if more > 0:
            lines.append(ledger.Line(acc, debit=more))
        elif more < 0:
            lines.append(ledger.Line(acc, credit=-more))
    return principal, service, lines


#: the accounts a payment credits (its principal and service parts, by funding source)
_PART_ACCOUNTS = (Acc.PIUTANG_PINJAMAN, Acc.PIUTANG_DANA_BERGULIR, Acc.PENDAPATAN_JASA_PINJAMAN,
                  Acc.PENDAPATAN_JASA_DANA_BERGULIR)


def reverse_repayment(db: Database, *, actor: Actor, repayment_id: int, reason: str,
                      on_date: dt.date | None = None) -> Outcome[None]:
    """A treasurer reverses a mistaken payment: the mirror of its entry and a negative row;
    the schedule returns exactly to its state without the payment and a closed credit reopens.

    When the payment is not the credit's latest, the later payments now fill earlier
    instalments: the reversal row carries the principal and service the replayed schedule
    loses (not the payment's own split), and a second balanced entry (``Penyesuaian alokasi``,
    source ``repayment``) moves the difference between the receivable and the service income
    (and between own funds and the revolving fund) — posted rows are never edited. The
    lenders' flow-back follows in the lender pool (``events.RepaymentReversed``), which also
    refuses a reversal that would leave the revolving fund short on a later day."""
    require(actor, "repayments.reverse")
    reason = clean_text(reason, field="reason", label="Alasan pembalikan", kind="reason") or ""
    if not reason:
        raise UserError("Alasan pembalikan wajib diisi.", field="reason")
    on_date = on_date or dt.date.today()
    with db.write() as s:
        r = s.get(Repayment, repayment_id)
        if r is None:
            raise NotFound(f"Angsuran #{repayment_id} tidak ditemukan.")
        if r.reversal_of_id is not None:
            raise UserError("Baris ini sudah merupakan pembalikan.")
        if s.scalar(select(Repayment.id).where(Repayment.reversal_of_id == r.id)):
            raise UserError(f"Angsuran {r.receipt_no} sudah dibalik.")
        if on_date < r.on_date:
            raise UserError(f"Tanggal pembalikan {format_date_id(on_date)} sebelum tanggal bayar angsuran "
                            f"{r.receipt_no} ({format_date_id(r.on_date)}).", field="on_date")
        c = s.get(Credit, r.credit_id)
        if c.status not in ("active", "lunas"):
            raise UserError(f"Kredit {c.number} berstatus {credits.STATUS_LABELS[c.status].lower()}.")
        total_paid = sum(p.amount for p in effective_payments(s, c.id))
        principal, service, realloc = _reallocation_lines(s, c, r, schedule_rows(s, c.id), total_paid)
        entry = ledger.reverse_in_session(s, actor, entry_id=r.journal_entry_id, reason=reason,
                                          on_date=on_date)
        if realloc:
            ledger.post_entry(
                s, actor, on_date=on_date, lines=realloc, source_type="repayment", source_id=r.receipt_no,
                description=f"Penyesuaian alokasi pokok/jasa {c.number} setelah pembalikan {r.receipt_no}: "
                            "angsuran sesudahnya kini mengisi angsuran jadwal yang lebih awal")
        rev = Repayment(credit_id=c.id, on_date=on_date, amount=-r.amount,
                        principal_part=-principal, service_part=-service,
                        source="reversal", payer_member_id=r.payer_member_id,
                        received_by=actor.full_name, receipt_no=None, journal_entry_id=entry.id,
                        reversal_of_id=r.id, note=reason.strip(),
                        created_at=dt.datetime.now().replace(microsecond=0), created_by_id=actor.user_id)
        s.add(rev)
        s.flush()
        if c.status == "lunas":
            c.status, c.closed_on = "active", None
        # the lenders' flow-back of that payment is taken back (lender pool)
        changes = POSTED | events.publish(s, events.RepaymentReversed(actor, c, rev))
        audit.record(s, actor, action="repayment.reverse", entity="credit", entity_id=c.number,
                     summary=f"{r.receipt_no} {format_rupiah(r.amount)} dibalik: {reason.strip()}")
    return Outcome(None, changes)


def payments_of(db: Database, credit_id: int) -> list[Repayment]:
    """Every payment row of a credit (including reversals), oldest first."""
    with db.read() as s:
        rows = list(s.scalars(select(Repayment).where(Repayment.credit_id == credit_id)
                              .order_by(Repayment.on_date, Repayment.id)))
        for r in rows:
            s.expunge(r)
        return rows


# ------------------------------------------------------------------ tanggung renteng

@dataclass(frozen=True)
class CoverDebt:
    debtor_member_id: int
    debtor_name: str
    coverer_member_id: int
    coverer_name: str
    covered: int
    settled: int

    @property
    def outstanding(self) -> int:
        return self.covered - self.settled


def _cover_debts(s: Session, *, member_id: int | None = None, group_id: int | None = None,
                 before: dt.date | None = None) -> list[CoverDebt]:
    """``before``: as they stood at the start of that day (a reprinted collection sheet)."""
    reversed_ids = select(Repayment.reversal_of_id).where(Repayment.reversal_of_id.is_not(None))
    if before is not None:
        reversed_ids = reversed_ids.where(Repayment.on_date < before)
    covered = defaultdict(int)
    q = select(GroupCover).where(GroupCover.repayment_id.not_in(reversed_ids))
    if before is not None:
        q = q.where(GroupCover.on_date < before)
    for gc in s.scalars(q):
        covered[(gc.debtor_member_id, gc.coverer_member_id)] += gc.amount
    settled = defaultdict(int)
    sq = select(CoverSettlement)
    if before is not None:
        sq = sq.where(CoverSettlement.on_date < before)
    for st in s.scalars(sq):
        settled[(st.debtor_member_id, st.coverer_member_id)] += st.amount
    members = set()
    if group_id is not None:
        members = set(s.scalars(select(GroupMember.member_id).where(GroupMember.group_id == group_id)))
    names = {}
    out = []
    for (debtor, coverer), amount in covered.items():
        if member_id is not None and member_id not in (debtor, coverer):
            continue
        if group_id is not None and debtor not in members:
            continue
        for mid in (debtor, coverer):
            if mid not in names:
                names[mid] = s.get(Member, mid).name
        out.append(CoverDebt(debtor, names[debtor], coverer, names[coverer], amount,
                             settled[(debtor, coverer)]))
    return sorted(out, key=lambda d: (d.debtor_name, d.coverer_name))


def cover_debts(db: Database, *, member_id: int | None = None, group_id: int | None = None) -> list[CoverDebt]:
    """What covered members owe the members who covered for them (tanggung renteng)."""
    with db.read() as s:
        return _cover_debts(s, member_id=member_id, group_id=group_id)


def settle_cover(db: Database, *, actor: Actor, debtor_member_id: int, coverer_member_id: int,
                 amount: int, on_date: dt.date, note: str | None = None) -> Outcome[CoverDebt]:
    """The covered member pays back the member who covered for them. The money passes
    between members, not through the cooperative's cash: no journal entry."""
    require(actor, "repayments.settle")
    check_amount(amount, label="Jumlah pelunasan")
    with db.write() as s:
        debt = next((d for d in _cover_debts(s, member_id=debtor_member_id)
                     if d.debtor_member_id == debtor_member_id and d.coverer_member_id == coverer_member_id),
                    None)
        if debt is None or debt.outstanding <= 0:
            raise UserError("Tidak ada utang tanggung renteng kepada anggota itu.", field="coverer")
        if amount > debt.outstanding:
            raise UserError(f"Pelunasan {format_rupiah(amount)} melebihi sisa utang "
                            f"{format_rupiah(debt.outstanding)}.", field="amount")
        s.add(CoverSettlement(debtor_member_id=debtor_member_id, coverer_member_id=coverer_member_id,
                              amount=amount, on_date=on_date, note=clean_text(note, field="note", label="Catatan", kind="reason"),
                              created_at=dt.datetime.now().replace(microsecond=0),
                              created_by_id=actor.user_id))
        audit.record(s, actor, action="cover.settle", entity="member", entity_id=str(debtor_member_id),
                     summary=f"kepada #{coverer_member_id} {format_rupiah(amount)}")
        s.flush()
        debt = next(d for d in _cover_debts(s, member_id=debtor_member_id)
                    if d.coverer_member_id == coverer_member_id)
    return Outcome(debt, Changes(repayments=True, members=True))


# ------------------------------------------------------------------ collection sheet

@dataclass(frozen=True)
class PostedCover:
    """A tanggung-renteng cover posted on a collection sheet: who paid for the member."""

    coverer_member_id: int
    coverer_name: str
    amount: int


@dataclass(frozen=True)
class SheetLine:
    member_id: int
    member_number: str
    member_name: str
    credit_id: int | None
    credit_number: str | None
    due_today: int  # instalments falling due on the meeting date, still unpaid
    overdue: int  # unpaid instalments due before the meeting date
    outstanding: int
    cover_debt: int  # what this member still owes others for covers
    # ---- a posted sheet: what was posted at the meeting (None/() on an open sheet)
    posted_paid: int | None = None  # paid by the member
    posted_covers: tuple[PostedCover, ...] = ()
    present: bool | None = None  # attendance as posted
    reversed_since: int = 0  # of the amounts posted, what a treasurer reversed later

    @property
    def suggested(self) -> int:
        return self.due_today + self.overdue

    @property
    def posted_cover_total(self) -> int:
        return sum(c.amount for c in self.posted_covers)


@dataclass(frozen=True)
class CollectionSheetDTO:
    group_id: int
    group_code: str
    group_name: str
    meeting_date: dt.date
    lines: tuple[SheetLine, ...]
    already_posted: bool

    @property
    def total_suggested(self) -> int:
        return sum(ln.suggested for ln in self.lines)


def open_collection_sheet(db: Database, *, group_id: int, meeting_date: dt.date) -> CollectionSheetDTO:
    """Every group member's due and overdue amounts on the meeting date (filled in). On a
    sheet already posted these are what is still owed now (``already_posted`` says so); the
    sheet as it was posted is :func:`posted_collection_sheet`."""
    with db.read() as s:
        g = s.get(BorrowerGroup, group_id)
        if g is None:
            raise NotFound(f"Kelompok #{group_id} tidak ditemukan.")
        members = s.execute(select(Member).join(GroupMember, GroupMember.member_id == Member.id)
                            .where(GroupMember.group_id == group_id, GroupMember.left_on.is_(None))
                            .order_by(Member.name)).scalars().all()
        debts = defaultdict(int)
        for d in _cover_debts(s, group_id=group_id):
            debts[d.debtor_member_id] += d.outstanding
        lines = []
        for m in members:
            c = s.scalar(select(Credit).join(CreditApplication, CreditApplication.id == Credit.application_id)
                         .where(Credit.member_id == m.id, CreditApplication.group_id == group_id,
                                Credit.status == "active").order_by(Credit.id))
            if c is None:
                lines.append(SheetLine(m.id, m.number, m.name, None, None, 0, 0, 0, debts[m.id]))
                continue
            state = state_in_session(s, c.id)
            paid = {p.no: p.amount_paid for p in state.paid}
            today = sum(r.amount_due - paid[r.no] for r in state.rows if r.due_date == meeting_date)
            overdue = sum(r.amount_due - paid[r.no] for r in state.rows if r.due_date < meeting_date)
            lines.append(SheetLine(m.id, m.number, m.name, c.id, c.number, today, overdue,
                                   state.outstanding, debts[m.id]))
        posted = s.scalar(select(CollectionSheet.id).where(CollectionSheet.group_id == group_id,
                                                           CollectionSheet.meeting_date == meeting_date))
        return CollectionSheetDTO(g.id, g.code, g.name, meeting_date, tuple(lines), posted is not None)


def posted_collection_sheet(db: Database, *, group_id: int,
                            meeting_date: dt.date) -> CollectionSheetDTO | None:
    """The sheet of a meeting as it was posted (the reprint), or None when none was posted."""
    with db.read() as s:
        g = s.get(BorrowerGroup, group_id)
        if g is None:
            raise NotFound(f"Kelompok #{group_id} tidak ditemukan.")
        sheet = s.scalar(select(CollectionSheet).where(CollectionSheet.group_id == group_id,
                                                       CollectionSheet.meeting_date == meeting_date))
        return _posted_sheet(s, g, sheet) if sheet is not None else None


def _posted_sheet(s: Session, g: BorrowerGroup, sheet: CollectionSheet) -> CollectionSheetDTO:
    """A posted sheet as it was posted, from its own rows: the members whose attendance was
    posted, each with the credit that ran at the meeting (the one the sheet's payments went
    to), what was due before the sheet's payments, what the member paid and who covered how
    much, and the attendance — even when the credit has been repaid since."""
    day = sheet.meeting_date
    attendance = {a.member_id: a.present for a in s.scalars(
        select(CollectionAttendance).where(CollectionAttendance.sheet_id == sheet.id))}
    posted = list(s.scalars(select(Repayment).where(Repayment.collection_sheet_id == sheet.id,
                                                    Repayment.reversal_of_id.is_(None))
                            .order_by(Repayment.id)))
    reversed_ids = set(s.scalars(select(Repayment.reversal_of_id).where(
        Repayment.reversal_of_id.in_([r.id for r in posted])))) if posted else set()
    covers = {gc.repayment_id: gc for gc in s.scalars(
        select(GroupCover).where(GroupCover.repayment_id.in_([r.id for r in posted])))} if posted else {}
    credit_of: dict[int, Credit] = {}
    paid: dict[int, int] = defaultdict(int)
    covered: dict[int, list[PostedCover]] = defaultdict(list)
    reversed_amount: dict[int, int] = defaultdict(int)
    names: dict[int, str] = {}
    for r in posted:
        c = credit_of.setdefault(s.get(Credit, r.credit_id).member_id, s.get(Credit, r.credit_id))
        debtor = c.member_id
        if r.id in reversed_ids:
            reversed_amount[debtor] += r.amount
        gc = covers.get(r.id)
        if gc is None:
            paid[debtor] += r.amount
            continue
        if gc.coverer_member_id not in names:
            names[gc.coverer_member_id] = s.get(Member, gc.coverer_member_id).name
        covered[debtor].append(PostedCover(gc.coverer_member_id, names[gc.coverer_member_id], r.amount))
    debts: dict[int, int] = defaultdict(int)
    for d in _cover_debts(s, group_id=g.id, before=day):
        debts[d.debtor_member_id] += d.outstanding
    members = sorted((s.get(Member, mid) for mid in set(attendance) | set(credit_of)),
                     key=lambda m: (m.name, m.id))
    lines = []
    for m in members:
        c = credit_of.get(m.id) or s.scalar(
            select(Credit).join(CreditApplication, CreditApplication.id == Credit.application_id)
            .where(Credit.member_id == m.id, CreditApplication.group_id == g.id,
                   Credit.disbursed_on.is_not(None), Credit.disbursed_on <= day,
                   Credit.status.in_(("active", "lunas", "written_off")),
                   (Credit.closed_on.is_(None)) | (Credit.closed_on >= day))
            .order_by(Credit.id))
        due_today = overdue = outstanding = 0
        if c is not None:
            # what was owed when the meeting began: the payments counted by then, less this
            # sheet's own
            before = [p for p in effective_payments(s, c.id, day) if p.collection_sheet_id != sheet.id]
            rows = schedule_rows(s, c.id)
            state = settled_state(rows, sum(p.amount for p in before))
            left = {p.no: p.amount_paid for p in state.paid}
            due_today = sum(r.amount_due - left[r.no] for r in state.rows if r.due_date == day)
            overdue = sum(r.amount_due - left[r.no] for r in state.rows if r.due_date < day)
            outstanding = state.outstanding
        lines.append(SheetLine(
            m.id, m.number, m.name, c.id if c else None, c.number if c else None, due_today, overdue,
            outstanding, debts[m.id], posted_paid=paid.get(m.id, 0),
            posted_covers=tuple(covered.get(m.id, ())), present=attendance.get(m.id),
            reversed_since=reversed_amount.get(m.id, 0)))
    return CollectionSheetDTO(g.id, g.code, g.name, day, tuple(lines), True)


@dataclass(frozen=True)
class SheetEntry:
    """What the clerk confirms for one member: paid by the member, covers by others, presence."""

    member_id: int
    paid: int = 0
    present: bool = True
    covers: tuple[tuple[int, int], ...] = ()  # (coverer member id, amount)


def post_collection_sheet(db: Database, *, actor: Actor, group_id: int, meeting_date: dt.date,
                          entries: list[SheetEntry], note: str | None = None) -> Outcome[list[RepaymentReceipt]]:
    """Post a whole collection sheet as ONE transaction: one bad row → nothing is posted,
    and the error names the row."""
    require(actor, "repayments.record")
    posted_rows: list[tuple[Repayment, RepaymentReceipt]] = []
    covers: list[tuple[Repayment, dict]] = []
    changes = POSTED | Changes(members=True)  # members: tanggung renteng debts
    with db.write() as s:
        g = s.get(BorrowerGroup, group_id)
        if g is None:
            raise NotFound(f"Kelompok #{group_id} tidak ditemukan.")
        if s.scalar(select(CollectionSheet.id).where(CollectionSheet.group_id == group_id,
                                                     CollectionSheet.meeting_date == meeting_date)):
            raise UserError(f"Lembar penagihan {g.code} tanggal {format_date_id(meeting_date)} "
                            "sudah dibukukan.", code="sheet_posted")
        sheet = CollectionSheet(group_id=group_id, meeting_date=meeting_date,
                                posted_at=dt.datetime.now().replace(microsecond=0),
                                posted_by_id=actor.user_id, note=clean_text(note, field="note", label="Catatan", kind="reason"))
        s.add(sheet)
        s.flush()
        in_group = set(s.scalars(select(GroupMember.member_id).where(
            GroupMember.group_id == group_id, GroupMember.left_on.is_(None))))
        # what the sheet needs, read at once (issue 16): the members (the session keeps
        # them), each member's running credit in this group with its application, and of
        # those credits the schedules, the payments and the fundings
        members = {m.id: m for m in s.scalars(select(Member).where(Member.id.in_(in_group)))}
        running: dict[int, Credit] = {}
        for c, _app in s.execute(select(Credit, CreditApplication)
                                 .join(CreditApplication, CreditApplication.id == Credit.application_id)
                                 .where(Credit.member_id.in_(in_group),
                                        CreditApplication.group_id == group_id,
                                        Credit.status == "active").order_by(Credit.id)):
            running.setdefault(c.member_id, c)
        wanted = {e.member_id for e in entries if e.paid or e.covers} & running.keys()
        known = _known_credits(s, [running[mid].id for mid in sorted(wanted)]) if wanted else {}
        attendance: list[CollectionAttendance] = []
        seen: set[int] = set()
        for row_no, e in enumerate(entries, start=1):
            m = members.get(e.member_id)
            who = f"Baris {row_no} ({m.name if m else e.member_id})"
            try:
                if e.member_id not in in_group:
                    raise UserError("bukan anggota kelompok ini.")
                if e.member_id in seen:
                    raise UserError("anggota ini sudah ada di baris lain lembar ini.")
                seen.add(e.member_id)
                check_amount(e.paid, field="paid", label="Setoran", allow_zero=True)
                for _, a in e.covers:
                    check_amount(a, field="covers", label="Tanggungan", allow_zero=True)
                attendance.append(CollectionAttendance(sheet_id=sheet.id, member_id=e.member_id,
                                                       present=e.present))
                total = e.paid + sum(a for _, a in e.covers)
                if total == 0:
                    continue
                c = running.get(e.member_id)
                if c is None:
                    raise UserError("tidak punya kredit berjalan di kelompok ini.")
                if e.paid < 0 or any(a <= 0 for _, a in e.covers):
                    raise UserError("jumlah tidak boleh negatif atau nol.")
                # the payments go to the database together after the last row (one INSERT
                # per table on a server, issue 16) — but a credit the lenders funded at once:
                # its flow-back reads the payment back from the database
                flush = any(f.source == "lender" for f in known[c.id].fundings)
                if e.paid:
                    row, rc, posted = post_repayment_in_session(
                        s, actor, credit_id=c.id, amount=e.paid, on_date=meeting_date,
                        payer_member_id=e.member_id, collection_sheet_id=sheet.id, known=known[c.id],
                        flush=flush)
                    posted_rows.append((row, rc))
                    changes |= posted
                for coverer_id, amount in e.covers:
                    if coverer_id == e.member_id or coverer_id not in in_group:
                        raise UserError("penanggung harus anggota lain dari kelompok ini.")
                    rep, rc, posted = post_repayment_in_session(
                        s, actor, credit_id=c.id, amount=amount, on_date=meeting_date,
                        source="group_cover", payer_member_id=coverer_id, collection_sheet_id=sheet.id,
                        note="Tanggung renteng", known=known[c.id], flush=flush)
                    changes |= posted
                    covers.append((rep, dict(debtor_member_id=e.member_id, coverer_member_id=coverer_id,
                                             amount=amount, on_date=meeting_date)))
                    posted_rows.append((rep, rc))
            except UserError as exc:
                raise UserError(f"{who}: {exc.message} Tidak ada yang dibukukan.", field=f"row:{row_no}",
                                code=exc.code) from exc
        s.add_all(attendance)  # one INSERT of the rows, in the sheet's order
        s.flush()  # the payments not written yet, together: now they have their ids
        s.add_all(GroupCover(repayment_id=rep.id, **values) for rep, values in covers)
        receipts = [rc if rc.repayment_id == row.id else replace(rc, repayment_id=row.id)
                    for row, rc in posted_rows]
        audit.record(s, actor, action="collection.post", entity="group", entity_id=g.code,
                     summary=f"{format_date_id(meeting_date)}: {len(receipts)} setoran "
                             f"{format_rupiah(sum(r.amount for r in receipts))}")
    return Outcome(receipts, changes)


# ------------------------------------------------------------------ portfolio

@dataclass(frozen=True)
class LoanStanding:
    """One running credit on a date. The **principal** still owed is the base of PAR, the
    classes and the provision (the balance sheet's receivable); the service (jasa) still owed
    is kept beside it. ``lender_principal`` is the lenders' part of the principal still owed
    (they carry that loss), so ``own_risk_principal`` is the provision's base exactly as
    ``services.provisions`` computes it."""

    credit_id: int
    number: str
    member_id: int
    member_name: str
    phone: str | None
    group_id: int
    group_code: str
    leader_name: str | None
    product_code: str
    principal_outstanding: int
    service_outstanding: int
    days_past_due: int
    instalments_in_arrears: int
    kolektibilitas: int
    provision_bp: int
    lender_principal: int = 0

    @property
    def outstanding(self) -> int:
        """Principal + service still owed: what the member still pays (the credit list)."""
        return self.principal_outstanding + self.service_outstanding

    @property
    def own_risk_principal(self) -> int:
        return self.principal_outstanding - self.lender_principal

    @property
    def provision(self) -> int:
        return kol.provision_amount(self.own_risk_principal, self.provision_bp)

    def position(self) -> LoanPosition:
        return LoanPosition(self.principal_outstanding, self.days_past_due, self.instalments_in_arrears,
                            self.group_id, True, self.kolektibilitas,
                            service_outstanding=self.service_outstanding,
                            provision_base=self.own_risk_principal)


def loan_standings(db: Database, *, as_of: dt.date) -> list[LoanStanding]:
    """Every credit disbursed by ``as_of`` and not yet repaid on it, with arrears and class,
    the principal and the service still owed apart."""
    with db.read() as s:
        return standings_in_session(s, as_of)


def standings_in_session(s: Session, as_of: dt.date) -> list[LoanStanding]:
    rs = rule_set(s)
    # One aggregate query gives each credit's position (see settled_state: the paid state
    # depends only on the sum paid, so an instalment is unpaid exactly when the schedule's
    # running total through it exceeds the sum paid). Replaying every payment of a large
    # loan book in Python took half a minute for 2.000 credits; this takes a third of a second.
    positions = {row.credit_id: row for row in s.execute(_POSITIONS, {"as_of": as_of.isoformat()})}
    leaders = dict(s.execute(_LEADERS).all())
    lender_funded = dict(s.execute(_LENDER_FUNDED).all())
    out = []
    for cid, number, mid, name, phone, gid, code, product, frequency, disbursed, principal in s.execute(
            _STANDING_CREDITS, {"as_of": as_of}):
        pos = positions.get(cid)
        if pos is None:
            continue  # repaid by as_of
        oldest = sql_date(pos.oldest_unpaid)
        last = sql_date(pos.last_paid_on)
        # the instalments that matter to the rules: the late unpaid ones (only the oldest's
        # date counts) and the final due date (arrears keep counting after it)
        rows = [kol.DueRow(oldest, 1, 0)] * pos.late if oldest else []
        rows.append(kol.DueRow(sql_date(pos.final_due), 1, 1))
        facts = kol.arrears_facts(rows, as_of, kol.InstalmentFrequency(frequency),
                                  last_payment_on=last, disbursed_on=disbursed)
        cls = kol.classify(rs, facts)
        # the principal as the ledger has it (the receivable): disbursed − principal parts paid
        owed_principal = min(int(pos.outstanding), max(0, principal - int(pos.principal_paid)))
        lenders = int(lender_funded.get(cid) or 0)
        out.append(LoanStanding(cid, number, mid, name, phone, gid, code, leaders.get(gid), product,
                                owed_principal, int(pos.outstanding) - owed_principal,
                                facts.days_past_due, facts.instalments_in_arrears, cls.kol,
                                cls.provision_bp,
                                owed_principal * lenders // principal if principal else 0))
    return out


#: each credit disbursed by :as_of with money owed on it: outstanding (principal + service),
#: the principal paid (the principal parts of its repayment rows by then, reversals included,
#: as the receivable has them), the oldest instalment due before :as_of and not fully paid,
#: how many such, the final due date, the last payment
_POSITIONS_SQL = """
WITH counted AS (
    SELECT r.credit_id, r.on_date, r.amount, r.principal_part,
           r.reversal_of_id IS NULL AND NOT EXISTS (
               SELECT 1 FROM repayments x WHERE x.reversal_of_id = r.id AND x.on_date <= :as_of
           ) AS standing
    FROM repayments r
    WHERE r.on_date <= :as_of
),
paid AS (
    -- paid: the payments standing then; principal: every row by then, a reversal with its
    -- own parts (it takes back what the replayed schedule loses, as the ledger does)
    SELECT credit_id, SUM(CASE WHEN standing THEN amount ELSE 0 END) AS paid,
           SUM(principal_part) AS principal_paid,
           MAX(CASE WHEN standing THEN on_date END) AS last_paid_on
    FROM counted
    GROUP BY credit_id
),
lines AS (
    SELECT l.credit_id, l.due_date, l.amount,
           SUM(l.amount) OVER (PARTITION BY l.credit_id ORDER BY l.due_date, l.no) AS upto
    FROM schedule_lines l JOIN credits c ON c.id = l.credit_id
    WHERE c.disbursed_on IS NOT NULL AND c.disbursed_on <= :as_of AND c.status IN ('active', 'lunas')
)
SELECT l.credit_id, SUM(l.amount) - COALESCE(p.paid, 0) AS outstanding,
       MIN(CASE WHEN l.upto > COALESCE(p.paid, 0) AND l.due_date < :as_of THEN l.due_date END)
           AS oldest_unpaid,
       SUM(CASE WHEN l.upto > COALESCE(p.paid, 0) AND l.due_date < :as_of THEN 1 ELSE 0 END) AS late,
       MAX(l.due_date) AS final_due, p.last_paid_on, COALESCE(p.principal_paid, 0) AS principal_paid
FROM lines l LEFT JOIN paid p ON p.credit_id = l.credit_id
GROUP BY l.credit_id, p.paid, p.last_paid_on, p.principal_paid
HAVING SUM(l.amount) - COALESCE(p.paid, 0) > 0
"""


_POSITIONS = text(_POSITIONS_SQL)
#: the statements of :func:`standings_in_session`, built once (the loan book, the portfolio
#: report and the money checks read the standings)
_STANDING_CREDITS = (
    select(Credit.id, Credit.number, Member.id, Member.name, Member.phone, BorrowerGroup.id,
           BorrowerGroup.code, CreditProduct.code, CreditApplication.frequency,
           CreditApplication.disbursed_on, Credit.principal)
    .join(CreditApplication, CreditApplication.id == Credit.application_id)
    .join(BorrowerGroup, BorrowerGroup.id == CreditApplication.group_id)
    .join(Member, Member.id == Credit.member_id)
    .join(CreditProduct, CreditProduct.id == CreditApplication.product_id)
    .where(Credit.disbursed_on.is_not(None), Credit.disbursed_on <= bindparam("as_of"),
           Credit.status.in_(("active", "lunas"))))
_LEADERS = (select(BorrowerGroup.id, Member.name)
            .join(Member, Member.id == BorrowerGroup.leader_member_id))
_LENDER_FUNDED = (select(CreditFunding.credit_id, func.sum(CreditFunding.amount))
                  .where(CreditFunding.source == "lender", CreditFunding.released_at.is_(None))
                  .group_by(CreditFunding.credit_id))


#: Money paid by ``:end`` towards the instalments due in [``:start``, ``:end``], and the
#: amount due. Payments fill instalments in due order (allocation never skips one), so an
#: instalment has received min(its amount, paid − everything due before it). A reversal is a
#: negative row dated when it was made: one made after ``:end`` does not count yet, exactly as
#: :func:`effective_payments` with ``as_of=end`` (a test compares the two on the demo).
COLLECTED_AND_DUE_SQL = """
WITH due_credits AS (
    SELECT DISTINCT credit_id FROM schedule_lines WHERE due_date BETWEEN :start AND :end
),
paid AS (
    SELECT r.credit_id, SUM(r.amount) AS paid
    FROM repayments r JOIN due_credits d ON d.credit_id = r.credit_id
    WHERE r.on_date <= :end
    GROUP BY r.credit_id
),
lines AS (
    SELECT l.credit_id, l.due_date, l.amount,
           SUM(l.amount) OVER (PARTITION BY l.credit_id ORDER BY l.due_date, l.no) - l.amount AS before
    FROM schedule_lines l JOIN due_credits d ON d.credit_id = l.credit_id
)
-- each line's collected part: what was paid beyond the lines before it, at most its amount
-- (a CASE, not SQLite's two-argument MIN/MAX: the same SQL on PostgreSQL)
SELECT COALESCE(SUM(CASE WHEN COALESCE(p.paid, 0) - l.before <= 0 THEN 0
                         WHEN COALESCE(p.paid, 0) - l.before < l.amount
                              THEN COALESCE(p.paid, 0) - l.before
                         ELSE l.amount END), 0) AS collected,
       COALESCE(SUM(l.amount), 0) AS due
FROM lines l LEFT JOIN paid p ON p.credit_id = l.credit_id
WHERE l.due_date BETWEEN :start AND :end
"""


def collected_and_due_in_session(s: Session, *, date_from: dt.date, date_to: dt.date) -> tuple[int, int]:
    row = s.execute(text(COLLECTED_AND_DUE_SQL),
                    {"start": date_from.isoformat(), "end": date_to.isoformat()}).one()
    return int(row.collected), int(row.due)


def collected_and_due(db: Database, *, date_from: dt.date, date_to: dt.date) -> tuple[int, int]:
    """Repayment rate inputs for a period: money collected *by the end of the period* towards
    the instalments due in the period (by their due date) ÷ the amount due in the period.
    Payments made later do not count, so a past year's rate does not change as late payments
    come in (the annual and evaluation reports use this one definition)."""
    with db.read() as s:
        return collected_and_due_in_session(s, date_from=date_from, date_to=date_to)


# ------------------------------------------------------------------ answers to earlier books

def overdue_of_member(s: Session, question: events.MemberOverdue) -> int:
    """Rupiah past due on ``as_of`` on the member's running credits (credit eligibility)."""
    member_id, as_of = question.member_id, question.as_of
    total = 0
    for cid in s.scalars(select(Credit.id).where(Credit.member_id == member_id, Credit.status == "active")):
        state = state_in_session(s, cid, as_of)
        paid = {p.no: p.amount_paid for p in state.paid}
        total += sum(r.amount_due - paid[r.no] for r in state.rows if r.due_date < as_of)
    return total


def outstanding_of_credit(s: Session, question: events.CreditOutstanding) -> int | None:
    """Principal + service still owed on a disbursed credit (the credit list)."""
    credit_id = question.credit_id
    c = s.get(Credit, credit_id)
    if c is None or c.disbursed_on is None:
        return None
    return state_in_session(s, credit_id).outstanding


def standings_by_credit(s: Session, question: events.CreditStandings) -> dict[int, tuple[int, int, int]]:
    """{credit id: (outstanding — principal + service, as :func:`outstanding_of_credit` —,
    days past due, kolektibilitas)} of every running credit."""
    return {st.credit_id: (st.outstanding, st.days_past_due, st.kolektibilitas)
            for st in standings_in_session(s, question.as_of)}


def leave_blockers(s: Session, question: events.LeaveBlockers) -> list[str]:
    """An open credit or a tanggung-renteng debt keeps a member from leaving."""
    member_id = question.member_id
    reasons = []
    open_credit = s.scalar(select(Credit.number).where(
        Credit.member_id == member_id, Credit.status.in_(("applied", "approved", "active"))))
    if open_credit:
        reasons.append(f"Masih ada kredit {open_credit} yang belum lunas.")
    owed = sum(d.outstanding for d in _cover_debts(s, member_id=member_id) if d.debtor_member_id == member_id)
    if owed > 0:
        reasons.append(f"Masih berutang tanggung renteng {format_rupiah(owed)} kepada anggota kelompok.")
    return reasons

