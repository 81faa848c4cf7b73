"""Loan-loss provision (PPKA) from kolektibilitas, posted as the change since the last
provision (issue 8).

**What is provided for.** Every credit disbursed by the date and not yet repaid on it
(:func:`repayments.standings_in_session` gives its kolektibilitas class under the rule set
chosen in Settings, and the class's provision rate from ``domain/kolektibilitas``: 1 / 5 /
15 / 50 / 100 % for all built-in rule sets). The base is the cooperative's own risk in the
*principal* still owed on that date (the receivable on the balance sheet, not the service
still to come): principal − principal repaid by the date, less the lenders' part of it —
lenders bear the loss of the money they put in (a write-off debits Dana Lender Tersalur for
it), so their share, ``outstanding × lender funding ÷ principal`` rounded down, is left out.

**Rounding** (one rule): per loan, ``base × rate ÷ 10 000`` rounded half up to whole rupiah
(:func:`kolektibilitas.provision_amount`); class and grand totals are sums of the loans', so
the listing adds up.

**Posting.** Booked = the balance of Cadangan Kerugian Piutang (1209) on the date. Only the
difference is posted, dated ``as_of``: Dr Beban Penyisihan Kerugian Piutang / Cr Cadangan
Kerugian Piutang when the provision grows, the reverse when it shrinks. A provision with no
change is still recorded (the assessment was made) without an entry. A provision may not be
dated before the latest one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.books import Provision
from kamura_desktop.db.models.core import Account, JournalEntry, JournalLine, User
from kamura_desktop.db.models.credit import Credit, CreditFunding
from kamura_desktop.db.models.repayment import Repayment
from kamura_desktop.domain import kolektibilitas as kol
from kamura_desktop.domain.chart import Acc, signed_balance
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.money import format_rupiah

from . import audit, ledger, repayments
from .actor import Actor
from .changes import Changes, Outcome
from .permissions import PERMISSIONS, require

PERMISSIONS.update({
    "provision.post": (frozenset({"bendahara"}), "membukukan penyisihan kerugian piutang"),
})


@dataclass(frozen=True)
class ProvisionRow:
    kol: int
    label: str
    loans: int
    outstanding: int  # the base: own-risk principal outstanding
    pct: Decimal  # provision rate in percent (1, 5, 15, 50, 100)
    required: int


@dataclass(frozen=True)
class ProvisionQuote:
    as_of: dt.date
    rule_set: str
    rows: tuple[ProvisionRow, ...]
    required: int
    booked: int
    change: int

    @property
    def rule_set_name(self) -> str:
        rs = kol.RULE_SETS.get(self.rule_set)
        return rs.name if rs else self.rule_set


@dataclass(frozen=True)
class ProvisionRecord:
    id: int
    as_of: dt.date
    rule_set: str
    required: int
    booked_before: int
    change: int
    entry_number: str | None
    posted_by: str
    posted_at: dt.datetime


def _principal_repaid(s: Session, as_of: dt.date) -> dict[int, int]:
    q = (select(Repayment.credit_id, func.sum(Repayment.principal_part))
         .where(Repayment.on_date <= as_of).group_by(Repayment.credit_id))
    return {cid: int(total or 0) for cid, total in s.execute(q)}


def _lender_funded(s: Session) -> dict[int, int]:
    q = (select(CreditFunding.credit_id, func.sum(CreditFunding.amount))
         .where(CreditFunding.source == "lender", CreditFunding.released_at.is_(None))
         .group_by(CreditFunding.credit_id))
    return {cid: int(total or 0) for cid, total in s.execute(q)}


def account_balance_in_session(s: Session, code: str, as_of: dt.date) -> int:
    """Balance of one account on its normal side, from the lines dated up to ``as_of``."""
    acc = s.scalar(select(Account).where(Account.code == code))
    d, c = s.execute(
        select(func.coalesce(func.sum(JournalLine.debit), 0), func.coalesce(func.sum(JournalLine.credit), 0))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(JournalLine.account_id == acc.id, JournalEntry.date <= as_of)).one()
    return signed_balance(acc.kind, int(d), int(c))


def quote_in_session(s: Session, as_of: dt.date) -> ProvisionQuote:
    rs = repayments.rule_set(s)
    standings = repayments.standings_in_session(s, as_of)
    repaid = _principal_repaid(s, as_of)
    lender = _lender_funded(s)
    principals = dict(s.execute(select(Credit.id, Credit.principal)
                                .where(Credit.id.in_([st.credit_id for st in standings]))).all()) \
        if standings else {}
    per_class = {k: [0, 0, 0] for k in range(1, 6)}  # loans, base, required
    for st in standings:
        principal = principals[st.credit_id]
        outstanding = max(0, principal - repaid.get(st.credit_id, 0))
        base = outstanding - outstanding * lender.get(st.credit_id, 0) // principal
        acc = per_class[st.kolektibilitas]
        acc[0] += 1
        acc[1] += base
        acc[2] += kol.provision_amount(base, rs.provisions_bp[st.kolektibilitas - 1])
    rows = tuple(
        ProvisionRow(k, rs.labels[k - 1], n, base, Decimal(rs.provisions_bp[k - 1]) / 100, req)
        for k, (n, base, req) in per_class.items())
    required = sum(r.required for r in rows)
    booked = account_balance_in_session(s, Acc.CADANGAN_KERUGIAN_PIUTANG, as_of)
    return ProvisionQuote(as_of, rs.code, rows, required, booked, required - booked)


def provision_quote(db: Database, *, as_of: dt.date) -> ProvisionQuote:
    """What the provision should be on ``as_of`` and the change to post (nothing written)."""
    with db.read() as s:
        return quote_in_session(s, as_of)


def post_provision(db: Database, *, actor: Actor, as_of: dt.date) -> Outcome[ProvisionQuote]:
    """The treasurer books the provision at ``as_of`` (an adjusting entry for the change)."""
    require(actor, "provision.post")
    if as_of > dt.date.today():
        raise UserError("Tanggal penyisihan tidak boleh di masa depan.", field="as_of")
    with db.write() as s:
        latest = s.scalar(select(func.max(Provision.as_of)))
        if latest is not None and as_of < latest:
            raise UserError(f"Sudah ada penyisihan per {format_date_id(latest)}; penyisihan baru "
                            "tidak boleh bertanggal lebih awal.", field="as_of")
        q = quote_in_session(s, as_of)
        entry = None
        if q.change:
            amount = abs(q.change)
            grow = q.change > 0
            lines = ([ledger.Line(Acc.BEBAN_PENYISIHAN_PIUTANG, debit=amount),
                      ledger.Line(Acc.CADANGAN_KERUGIAN_PIUTANG, credit=amount)] if grow else
                     [ledger.Line(Acc.CADANGAN_KERUGIAN_PIUTANG, debit=amount),
                      ledger.Line(Acc.BEBAN_PENYISIHAN_PIUTANG, credit=amount)])
            what = "Penambahan" if grow else "Pengurangan"
            entry = ledger.post_entry(
                s, actor, on_date=as_of,
                description=(f"{what} penyisihan kerugian piutang per {format_date_id(as_of)} "
                             f"(dibutuhkan {format_rupiah(q.required)}, "
                             f"sebelumnya {format_rupiah(q.booked)})"),
                lines=lines, source_type="provision", source_id=as_of.isoformat())
        s.add(Provision(as_of=as_of, rule_set=q.rule_set, required=q.required,
                        booked_before=q.booked, change=q.change,
                        entry_id=entry.id if entry else None,
                        created_at=dt.datetime.now().replace(microsecond=0),
                        created_by_id=actor.user_id))
        audit.record(s, actor, action="provision.post", entity="provision",
                     entity_id=entry.number if entry else as_of.isoformat(),
                     summary=f"per {format_date_id(as_of)}: dibutuhkan {format_rupiah(q.required)}, "
                             f"perubahan {format_rupiah(q.change)}")
    return Outcome(q, Changes(books=True, ledger=True))


def list_provisions(db: Database) -> list[ProvisionRecord]:
    """Every provision posted, newest first."""
    with db.read() as s:
        q = (select(Provision, JournalEntry.number, User.full_name)
             .outerjoin(JournalEntry, JournalEntry.id == Provision.entry_id)
             .outerjoin(User, User.id == Provision.created_by_id)
             .order_by(Provision.as_of.desc(), Provision.id.desc()))
        return [ProvisionRecord(p.id, p.as_of, p.rule_set, p.required, p.booked_before, p.change,
                                number, name or "Sistem", p.created_at)
                for p, number, name in s.execute(q)]
