"""Capital received and the revolving fund.

Grants to the revolving fund and capital from outside stakeholders are received in cash
(:func:`receive_capital`, the one writer of ``CapitalContribution`` rows) and listed
(:func:`list_capital`).

**The revolving fund** (:func:`revolving_fund_development`) is read from the ledger:
capital = grants (net credits to Modal Dana Bergulir, however booked) + service income −
the fund's write-off losses.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import Account, JournalEntry, JournalLine
from kamura_desktop.db.models.credit import Credit, CreditFunding
from kamura_desktop.db.models.lender import CapitalContribution, CreditWriteOff, WriteOffShare
from kamura_desktop.db.portable import year_text
from kamura_desktop.domain.chart import Acc
from kamura_desktop.domain.dates import format_date_id
from kamura_desktop.domain.errors import UserError
from kamura_desktop.domain.limits import check_amount
from kamura_desktop.domain.money import format_rupiah
from kamura_desktop.domain.text import clean_text
from kamura_desktop.dto.lender_pool import FundGrant, FundYear  # re-exported: defined in dto/

from .. import audit, events, ledger
from ..actor import Actor
from ..changes import Changes, Outcome
from ..permissions import require

FUND_LABELS = {"revolving": "Dana bergulir (hibah)", "stakeholder": "Modal pemangku kepentingan"}
FUND_ACCOUNTS = {"revolving": Acc.MODAL_DANA_BERGULIR, "stakeholder": Acc.MODAL_DONASI}


def receive_capital(db: Database, *, actor: Actor, fund: str, giver: str, on_date: dt.date,
                    amount: int, note: str | None = None) -> Outcome[None]:
    """A grant to the revolving fund or capital from an outside stakeholder, received in cash."""
    require(actor, "funds.capital")
    if fund not in FUND_ACCOUNTS:
        raise UserError("Sumber modal harus dana bergulir atau pemangku kepentingan.", field="fund")
    giver = clean_text(giver, field="giver", label="Pemberi modal") or ""
    note = clean_text(note, field="note", label="Catatan", kind="reason")
    if not giver:
        raise UserError("Pemberi modal wajib diisi.", field="giver")
    check_amount(amount, label="Jumlah modal")
    with db.write() as s:
        entry = ledger.post_entry(s, actor, on_date=on_date,
                                  description=f"Penerimaan {FUND_LABELS[fund].lower()} dari {giver.strip()}",
                                  lines=[ledger.Line(Acc.KAS, debit=amount),
                                         ledger.Line(FUND_ACCOUNTS[fund], credit=amount)],
                                  source_type="capital", source_id=fund)
        s.add(CapitalContribution(fund=fund, giver=giver.strip(), received_on=on_date, amount=amount,
                                  journal_entry_id=entry.id, note=(note or "").strip() or None,
                                  created_at=dt.datetime.now().replace(microsecond=0)))
        audit.record(s, actor, action="capital.receive", entity="capital", entity_id=fund,
                     summary=f"{giver.strip()} {format_rupiah(amount)} {format_date_id(on_date)}")
    return Outcome(None, Changes(ledger=True, lenders=True))


#: source_type of the year-end close and of its reversal on reopening (services/year_end.py;
#: accounting.py leaves the same entries out of the income statement — both books sit above
#: this one, so the name is repeated here rather than imported)
_YEAR_CLOSE = "year_close"


def _account_year_sums(s: Session, code: str, *, without_closes: bool = False
                       ) -> dict[int, tuple[int, int]]:
    """{year: (debit, credit)} of an account's lines. ``without_closes`` leaves out the
    year-close entries and their reversals, as the income statement does: an income or
    expense account's figure of a year must not change when the year is closed."""
    year = year_text(JournalEntry.date)
    q = (select(year, func.sum(JournalLine.debit), func.sum(JournalLine.credit))
         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
         .join(Account, Account.id == JournalLine.account_id)
         .where(Account.code == code).group_by(year))
    if without_closes:  # NULL is not a close
        q = q.where(func.coalesce(JournalEntry.source_type, "") != _YEAR_CLOSE)
    return {int(y): (int(d or 0), int(c or 0)) for y, d, c in s.execute(q)}


def revolving_fund_development(db: Database) -> list[FundYear]:
    """The revolving fund year by year: capital = grants + service income − losses.

    Read from the ledger, so that a grant is counted however it was booked (through
    :func:`receive_capital`, or as a journal entry to Modal Dana Bergulir brought in from the
    paper books) and a reversed entry drops out: grants are the net credits to Modal Dana
    Bergulir, income the net credits to Pendapatan Jasa Dana Bergulir (year-close entries and
    their reversals left out, as in the income statement: closing a year changes none of its
    figures), the outstanding loans the balance of Piutang Dana Bergulir. Losses are the
    revolving fund's write-off shares; money lent is the revolving fund's part of the credits
    disbursed that year."""
    with db.read() as s:
        grants = {y: c - d for y, (d, c) in _account_year_sums(s, Acc.MODAL_DANA_BERGULIR).items()}
        receivable = _account_year_sums(s, Acc.PIUTANG_DANA_BERGULIR)
        income = {y: c - d for y, (d, c)
                  in _account_year_sums(s, Acc.PENDAPATAN_JASA_DANA_BERGULIR, without_closes=True).items()}
        losses: dict[int, int] = defaultdict(int)
        q = (select(CreditWriteOff.on_date, WriteOffShare.amount)
             .join(WriteOffShare, WriteOffShare.write_off_id == CreditWriteOff.id)
             .where(WriteOffShare.source == "revolving"))
        for on_date, amount in s.execute(q):
            losses[on_date.year] += amount
        lent: dict[int, int] = defaultdict(int)
        loans: dict[int, set[int]] = defaultdict(set)
        q = (select(Credit.id, Credit.disbursed_on, CreditFunding.amount)
             .join(CreditFunding, CreditFunding.credit_id == Credit.id)
             .where(CreditFunding.source == "revolving", CreditFunding.released_at.is_(None),
                    Credit.disbursed_on.is_not(None)))
        for credit_id, on_date, amount in s.execute(q):
            lent[on_date.year] += amount
            loans[on_date.year].add(credit_id)
    years = sorted(set(grants) | set(receivable) | set(income) | set(losses) | set(lent))
    if not years:
        return []
    out, capital, outstanding = [], 0, 0
    for y in range(years[0], years[-1] + 1):
        debit, credit = receivable.get(y, (0, 0))
        loss = losses.get(y, 0)
        change = debit - credit
        repaid = lent.get(y, 0) - loss - change  # what else left the receivable (reversals net out)
        inc = income.get(y, 0)
        capital += grants.get(y, 0) + inc - loss
        outstanding += change
        out.append(FundYear(y, grants.get(y, 0), lent.get(y, 0), repaid, inc, loss, capital, outstanding,
                            len(loans.get(y, ()))))
    return out


def revolving_fund_grants(db: Database) -> list[FundGrant]:
    """Every entry that moved Modal Dana Bergulir (the grants and their corrections)."""
    with db.read() as s:
        q = (select(JournalEntry.date, JournalEntry.number, JournalEntry.description,
                    func.sum(JournalLine.credit) - func.sum(JournalLine.debit))
             .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
             .join(Account, Account.id == JournalLine.account_id)
             .where(Account.code == Acc.MODAL_DANA_BERGULIR)
             .group_by(JournalEntry.id).order_by(JournalEntry.date, JournalEntry.id))
        return [FundGrant(d, n, text, int(a)) for d, n, text, a in s.execute(q) if a]


def revolving_fund_capital(db: Database) -> int:
    dev = revolving_fund_development(db)
    return dev[-1].capital_end if dev else 0


@dataclass(frozen=True)
class CapitalDTO:
    fund: str
    giver: str
    received_on: dt.date
    amount: int
    note: str | None

    @property
    def fund_label(self) -> str:
        return FUND_LABELS[self.fund]


def list_capital(db: Database, *, fund: str | None = None) -> list[CapitalDTO]:
    """Capital received (revolving-fund grants and stakeholder capital), oldest first."""
    with db.read() as s:
        q = select(CapitalContribution).order_by(CapitalContribution.received_on, CapitalContribution.id)
        if fund:
            q = q.where(CapitalContribution.fund == fund)
        return [CapitalDTO(c.fund, c.giver, c.received_on, c.amount, c.note) for c in s.scalars(q)]


def _net_credits(s: Session, code: str, on_date: dt.date, *, without_closes: bool = False) -> int:
    """Credits − debits of an account up to ``on_date`` (year-close entries left out)."""
    return int(s.scalar(_NET_CREDITS[without_closes], {"code": code, "on_date": on_date}) or 0)


def _net_credits_query(without_closes: bool):
    q = (select(func.coalesce(func.sum(JournalLine.credit - JournalLine.debit), 0))
         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
         .join(Account, Account.id == JournalLine.account_id)
         .where(Account.code == bindparam("code"), JournalEntry.date <= bindparam("on_date")))
    if without_closes:
        q = q.where(func.coalesce(JournalEntry.source_type, "") != _YEAR_CLOSE)
    return q


#: year-close entries left out? -> the statement, built once (every revolving-fund check)
_NET_CREDITS = {w: _net_credits_query(w) for w in (False, True)}


def _fund_money(s: Session, on_date: dt.date) -> int:
    """The revolving fund's money not lent out at the end of ``on_date``: capital (grants +
    service income − its write-off losses) − principal outstanding from the fund."""
    grants = _net_credits(s, Acc.MODAL_DANA_BERGULIR, on_date)
    income = _net_credits(s, Acc.PENDAPATAN_JASA_DANA_BERGULIR, on_date, without_closes=True)
    losses = int(s.scalar(
        select(func.coalesce(func.sum(WriteOffShare.amount), 0))
        .join(CreditWriteOff, CreditWriteOff.id == WriteOffShare.write_off_id)
        .where(WriteOffShare.source == "revolving", CreditWriteOff.on_date <= on_date)) or 0)
    outstanding = -_net_credits(s, Acc.PIUTANG_DANA_BERGULIR, on_date)
    return grants + income - losses - outstanding


def revolving_fund_available(s: Session, question: events.RevolvingFundAvailable) -> int:
    """The revolving fund's money not lent out on ``on_date``: capital (grants + service
    income − its write-off losses) − principal outstanding from the fund (Piutang Dana
    Bergulir) − what it has promised to credits awaiting disbursement (other than the
    application asking)."""
    on_date = question.on_date
    awaiting = select(func.coalesce(func.sum(CreditFunding.amount), 0)).join(
        Credit, Credit.id == CreditFunding.credit_id).where(
        CreditFunding.source == "revolving", CreditFunding.released_at.is_(None),
        Credit.status.in_(("applied", "approved")))
    if question.except_application_id is not None:
        awaiting = awaiting.where(Credit.application_id != question.except_application_id)
    available = _fund_money(s, on_date) - int(s.scalar(awaiting) or 0)
    # a back-dated loan must not leave the fund short on any later day either: walk the later
    # days on which the fund's money changed and keep the lowest
    return min([available, *(money for _, money in _later_available(s, on_date, available))])


def _later_available(s: Session, on_date: dt.date, available: int) -> list[tuple[dt.date, int]]:
    """(day, the fund's available money at its end) of each later day on which it changed."""
    change: dict[dt.date, int] = defaultdict(int)
    sign = {Acc.MODAL_DANA_BERGULIR: 1, Acc.PENDAPATAN_JASA_DANA_BERGULIR: 1,
            Acc.PIUTANG_DANA_BERGULIR: 1}  # credit − debit of each raises what is available
    q = (select(JournalEntry.date, func.sum(JournalLine.credit - JournalLine.debit))
         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
         .join(Account, Account.id == JournalLine.account_id)
         .where(Account.code.in_(list(sign)), JournalEntry.date > on_date,
                func.coalesce(JournalEntry.source_type, "") != _YEAR_CLOSE)
         .group_by(JournalEntry.date))
    for day, net in s.execute(q):
        change[day] += int(net)
    q = (select(CreditWriteOff.on_date, func.sum(WriteOffShare.amount))
         .join(WriteOffShare, WriteOffShare.write_off_id == CreditWriteOff.id)
         .where(WriteOffShare.source == "revolving", CreditWriteOff.on_date > on_date)
         .group_by(CreditWriteOff.on_date))
    for day, loss in s.execute(q):
        change[day] -= int(loss)
    out, running = [], available
    for day in sorted(change):
        running += change[day]
        out.append((day, running))
    return out


def refuse_reversal_the_fund_cannot_bear(s: Session, event: events.RepaymentReversed) -> Changes:
    """Reversing a payment on a credit the revolving fund lent gives the principal back to the
    borrower's debt and takes the service back from the fund's income: the fund's money not
    lent out falls from the reversal's date on. When the repaid money has been lent again
    since, that would leave the fund having lent more than it has on a later day — refused,
    like a back-dated loan. (Promises to credits awaiting disbursement do not count here:
    they are checked again when those credits are disbursed.)"""
    c, row = event.credit, event.reversal
    lent = s.scalar(select(func.count(CreditFunding.id)).where(
        CreditFunding.credit_id == c.id, CreditFunding.source == "revolving", CreditFunding.released_at.is_(None)))
    if not lent:
        return Changes()
    money = _fund_money(s, row.on_date)
    lowest, day = min([(money, row.on_date),
                       *((m, d) for d, m in _later_available(s, row.on_date, money))])
    if lowest < 0:
        original = s.get(type(row), row.reversal_of_id)
        raise UserError(
            f"Dana bergulir tidak cukup: uang angsuran {original.receipt_no} ({format_rupiah(-row.amount)}) "
            f"sudah dipinjamkan lagi; pembalikannya membuat dana bergulir kurang "
            f"{format_rupiah(-lowest)} pada {format_date_id(day)}. Catat dulu modal dana bergulir "
            "yang masuk. Tidak ada yang dibukukan.", field="on_date", code="revolving_short")
    return Changes()
