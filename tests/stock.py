"""Shared by the tests that disburse credits: the ledger refuses to take Kas or the package
stock below zero and the revolving fund lends only the money it has, so a test first brings
in what a hand-over needs, as the office would (goods bought, a grant received)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from kamura_desktop.db.models.credit import Credit, CreditFunding
from kamura_desktop.domain.chart import Acc
from kamura_desktop.services import credits, events, ledger, lender_pool
from kamura_desktop.services.actor import Actor


def _opening(db, on: dt.date, account: str, value: int, what: str) -> None:
    ledger.post_journal_entry(
        db, actor=Actor.system(), on_date=on, source_type="opening", source_id=f"UJI-{on:%Y%m%d}",
        description=f"{what} (uji)",
        lines=[ledger.Line(account, debit=value), ledger.Line(Acc.SALDO_AWAL, credit=value)])


def stock_packages(db, *, on: dt.date, value: int) -> None:
    """Paket Usaha goods worth ``value`` in stock on ``on`` (as opening stock, so that the
    test's Kas stays what it was)."""
    _opening(db, on, Acc.PERSEDIAAN_PAKET_USAHA, value, "Persediaan paket usaha")


def provide_for(db, application_id: int, *, on: dt.date) -> None:
    """Bring in what disbursing the application on ``on`` needs and the books do not hold yet:
    the goods of an in-kind credit; for cash, the revolving fund's part as a grant and the
    rest of the cash as an opening balance. Lenders' parts come from their sukarela."""
    app = credits.get_application(db, application_id)
    if app.status != "approved" or any(c.funded != c.principal for c in app.credits):
        return  # the disbursement will be refused for that; nothing to bring in
    ids = [c.id for c in app.credits]
    with db.read() as s:
        parts = dict(s.execute(
            select(CreditFunding.source, func.sum(CreditFunding.amount))
            .join(Credit, Credit.id == CreditFunding.credit_id)
            .where(Credit.id.in_(ids), CreditFunding.released_at.is_(None))
            .group_by(CreditFunding.source)).all())
        fund = lender_pool.revolving_fund_available(
            s, events.RevolvingFundAvailable(on, except_application_id=application_id))
    total = sum(c.principal for c in app.credits)
    if app.kind == "in_kind":
        held = ledger.balance_of(db, Acc.PERSEDIAAN_PAKET_USAHA, as_of=on)
        if total > held:
            stock_packages(db, on=on, value=total - held)
        return
    revolving = int(parts.get("revolving") or 0)
    if revolving > fund:
        lender_pool.receive_capital(db, actor=Actor.system(), fund="revolving", giver="Hibah uji",
                                    on_date=on, amount=revolving - max(fund, 0))
    cash = total - int(parts.get("lender") or 0)
    held = min(ledger.balance_of(db, Acc.KAS, as_of=on), ledger.balance_of(db, Acc.KAS))
    if cash > held:
        _opening(db, on, Acc.KAS, cash - max(held, 0), "Kas")


def open_cash(db, *, on: dt.date, value: int) -> None:
    """Kas brought in from the paper books on ``on`` (Dr Kas / Cr Ekuitas Saldo Awal)."""
    _opening(db, on, Acc.KAS, value, "Kas")
