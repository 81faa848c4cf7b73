"""Registering a lender and the lender's commitments to credits.

Members with savings (lenders) commit part of their available simpanan sukarela to an
approved credit. A commitment *holds* the money (it cannot be withdrawn); withdrawing the
commitment before disbursement releases it. On disbursement the committed amounts leave
the lenders' sukarela (savings rows 'penyaluran'; ledger Simpanan Sukarela / Dana Lender
Tersalur — posted by the credit book's disbursement entry): :func:`take_committed_sukarela`
follows ``events.CreditDisbursed``.

A commitment is a ``CreditFunding`` row of source 'lender' (the credit book writes it,
``credits.add_funding_in_session``); :func:`_fundings` reads a credit's live fundings for
the flow-back, the write-off and the group fact sheet.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import JournalEntry
from kamura_desktop.db.models.credit import BorrowerGroup, Credit, CreditApplication, CreditFunding
from kamura_desktop.db.models.lender import LenderProfile
from kamura_desktop.db.models.membership import Member
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import FieldProblems, NotFound, UserError
from kamura_desktop.domain.limits import check_amount
from kamura_desktop.domain.money import format_rupiah

from .. import audit, credits, events, savings
from ..actor import Actor
from ..changes import Changes, Outcome
from ..permissions import require
from .balances import LenderBalance, lender_balance_in_session, lender_requirements


def register_lender(db: Database, *, actor: Actor, member_id: int, preferred_trades: list[str] | None = None,
                    max_per_group: int | None = None, on_date: dt.date | None = None) -> Outcome[LenderBalance]:
    require(actor, "lenders.register")
    problems = FieldProblems()  # the member's requirements and the limit, refused together
    if max_per_group is not None:
        with problems.field("max_per_group"):
            check_amount(max_per_group, field="max_per_group", label="Batas per kelompok")
    with db.write() as s:
        missing = lender_requirements(s, member_id)
        m = s.get(Member, member_id)
        if missing:
            problems.add("member", f"{m.name} belum memenuhi syarat lender: {', '.join(missing)}.",
                         code="lender_requirements")
        problems.raise_if_any()
        profile = s.get(LenderProfile, member_id)
        if profile is None:
            profile = LenderProfile(member_id=member_id, registered_on=on_date or dt.date.today())
            s.add(profile)
        profile.preferred_trades = json.dumps([t.strip() for t in preferred_trades or [] if t.strip()])
        profile.max_per_group = max_per_group
        profile.active = True
        audit.record(s, actor, action="lender.register", entity="member", entity_id=m.number,
                     summary=f"maks/kelompok {format_rupiah(max_per_group) if max_per_group else '-'}")
        s.flush()
        dto = lender_balance_in_session(s, member_id, requirements=missing)
    return Outcome(dto, Changes(lenders=True, members=True))


def commit_funds(db: Database, *, actor: Actor, lender_member_id: int, credit_id: int,
                 amount: int) -> Outcome[LenderBalance]:
    """A lender commits part of their available sukarela to an approved credit."""
    require(actor, "lenders.commit")
    check_amount(amount, label="Jumlah komitmen")
    with db.write() as s:
        profile = s.get(LenderProfile, lender_member_id)
        m = s.get(Member, lender_member_id)
        if profile is None or not profile.active:
            raise UserError(f"{m.name if m else lender_member_id} belum terdaftar sebagai lender.",
                            field="lender")
        # the balance before the commitment, its requirements included (read once: nothing
        # is written before the commitment itself)
        bal = lender_balance_in_session(s, lender_member_id)
        problems = list(bal.requirements)
        if problems:
            raise UserError(f"{m.name} belum memenuhi syarat lender: {', '.join(problems)}.", field="lender")
        c = s.get(Credit, credit_id)
        if c is None:
            raise NotFound(f"Kredit #{credit_id} tidak ditemukan.")
        if c.status != "approved":
            raise UserError(f"Kredit {c.number} berstatus {credits.STATUS_LABELS[c.status].lower()}; "
                            "komitmen hanya untuk kredit yang sudah disetujui dan belum dicairkan.",
                            field="credit")
        if c.member_id == lender_member_id:
            raise UserError("Lender tidak boleh mendanai kreditnya sendiri.", field="credit")
        gap = c.principal - credits.funding_in_session(s, c)
        if amount > gap:
            raise UserError(f"Kekurangan dana kredit {c.number} tinggal {format_rupiah(gap)}.",
                            field="amount", code="over_gap")
        if amount > bal.available:
            raise UserError(f"Komitmen {format_rupiah(amount)} melebihi saldo sukarela yang tersedia "
                            f"{format_rupiah(bal.available)}.", field="amount", code="over_available")
        if profile.max_per_group:
            app = s.get(CreditApplication, c.application_id)
            already = int(s.scalar(
                select(func.coalesce(func.sum(CreditFunding.amount), 0))
                .join(Credit, Credit.id == CreditFunding.credit_id)
                .where(Credit.application_id == app.id, CreditFunding.lender_member_id == lender_member_id,
                       CreditFunding.released_at.is_(None))) or 0)
            if already + amount > profile.max_per_group:
                raise UserError(f"Melebihi batas {m.name} per kelompok {format_rupiah(profile.max_per_group)}.",
                                field="amount")
        credits.add_funding_in_session(s, c, source="lender", amount=amount,
                                       lender_member_id=lender_member_id)
        audit.record(s, actor, action="lender.commit", entity="credit", entity_id=c.number,
                     summary=f"{m.number} {m.name} {format_rupiah(amount)}")
        s.flush()
        dto = lender_balance_in_session(s, lender_member_id, requirements=bal.requirements)
    return Outcome(dto, Changes(lenders=True, credits=True, savings=True))


def withdraw_commitment(db: Database, *, actor: Actor, funding_id: int) -> Outcome[None]:
    require(actor, "lenders.commit")
    with db.write() as s:
        f = s.get(CreditFunding, funding_id)
        if f is None or f.source != "lender":
            raise NotFound("Komitmen lender tidak ditemukan.")
        c = s.get(Credit, f.credit_id)
        if f.released_at is not None:
            raise UserError("Komitmen ini sudah ditarik.")
        if c.status not in ("applied", "approved"):
            raise UserError(f"Kredit {c.number} sudah {credits.STATUS_LABELS[c.status].lower()}; "
                            "komitmen tidak dapat ditarik lagi.")
        f.released_at = dt.datetime.now().replace(microsecond=0)
        audit.record(s, actor, action="lender.withdraw", entity="credit", entity_id=c.number,
                     summary=f"lender #{f.lender_member_id} {format_rupiah(f.amount)}")
    return Outcome(None, Changes(lenders=True, credits=True, savings=True))


def take_committed_sukarela(s: Session, event: events.CreditDisbursed) -> Changes:
    """At disbursement each lender's committed part leaves their sukarela (the ledger lines
    are in the disbursement entry)."""
    changes = Changes()
    for f in _fundings(s, event.credit.id):
        if f.source == "lender":
            _take_from_lender(s, event.actor, event.credit, f, event.entry, event.on_date)
            changes = Changes(savings=True, lenders=True)
    return changes


def _take_from_lender(s: Session, actor: Actor, c: Credit, f: CreditFunding, entry: JournalEntry,
                      on_date: dt.date) -> None:
    """A back-dated disbursement may not overdraw the account on any day from its date on."""
    sums = savings.sums_by_member(s, [f.lender_member_id]).get(f.lender_member_id, {"sukarela": 0})
    enough = min(sums["sukarela"], savings._lowest_sukarela_from(s, f.lender_member_id, on_date))
    if enough < f.amount:
        m = s.get(Member, f.lender_member_id)
        since = f" sejak {format_date_id(on_date)}" if enough < sums["sukarela"] else ""
        raise UserError(f"Saldo sukarela {m.name}{since} tinggal {format_rupiah(enough)}, kurang dari "
                        f"komitmennya {format_rupiah(f.amount)} untuk {c.number}.", code="lender_short")
    savings.post_for_entry_in_session(s, actor, entry=entry, member_id=f.lender_member_id,
                                      tx_type="penyaluran", amount=-f.amount, on_date=on_date,
                                      credit_id=c.id, note=f"Penyaluran ke kredit {c.number}")


def _fundings(s: Session, credit_id: int) -> list[CreditFunding]:
    return list(s.scalars(select(CreditFunding).where(CreditFunding.credit_id == credit_id,
                                                      CreditFunding.released_at.is_(None))
                          .order_by(CreditFunding.id)))


@dataclass(frozen=True)
class CommitmentDTO:
    funding_id: int
    credit_id: int
    credit_number: str
    application_id: int
    group_code: str
    group_name: str
    borrower: str
    amount: int
    credit_status: str
    committed_at: dt.datetime
    released_at: dt.datetime | None

    @property
    def withdrawable(self) -> bool:
        return self.released_at is None and self.credit_status in ("applied", "approved")


def lender_commitments(db: Database, member_id: int) -> list[CommitmentDTO]:
    """Every commitment a lender made, newest first (released ones included)."""
    with db.read() as s:
        q = (select(CreditFunding, Credit, CreditApplication, BorrowerGroup, Member)
             .join(Credit, Credit.id == CreditFunding.credit_id)
             .join(CreditApplication, CreditApplication.id == Credit.application_id)
             .join(BorrowerGroup, BorrowerGroup.id == CreditApplication.group_id)
             .join(Member, Member.id == Credit.member_id)
             .where(CreditFunding.source == "lender", CreditFunding.lender_member_id == member_id)
             .order_by(CreditFunding.id.desc()))
        return [CommitmentDTO(f.id, c.id, c.number, a.id, g.code, g.name, m.name, f.amount, c.status,
                              f.created_at, f.released_at) for f, c, a, g, m in s.execute(q)]
