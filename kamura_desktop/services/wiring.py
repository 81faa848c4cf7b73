"""How the books are put together — read this file top to bottom.

**The books, in order.** A book imports only the books above it in this list (an
import-linter contract in pyproject.toml holds the order; ``tests/test_layers.py`` runs it):

1. the foundation — actor, changes, events, permissions, numbering, audit, settings,
   users, ledger (the double-entry books), locations, integrity, backup
2. savings       — simpanan pokok, wajib and sukarela; the one owner of savings rows
3. membership    — members, the member list with balances, leaving
4. member_io     — member and savings Excel import/export
5. credit_products → credits → groups — products, application to disbursement, groups
6. repayments    — instalments, collection sheets, tanggung renteng, standings
7. lender_pool   — lenders' commitments, flow-back, write-offs, the revolving fund
8. mentoring, evaluation (+ evaluation_io)
9. journal, accounting, year_end, provisions, shu — the treasurer's and chair's books
10. the reports  — credit_docs, repayment_docs, lender_docs, accounting_docs,
    evaluation_report, health (the health assessment of the KSP/USP), cash_flow (the cash flow
    statement and CALK), budget (RK/RAPB and realisation), annual_report, ods (the Kemenkop data
    sheet), reminders (WhatsApp reminders, surat peringatan)
11. this module, then ``setup`` (opening a file) — the only ones that see every book

**What the books tell each other** is below: each event with the handlers that follow it
(in this order, in the writer's transaction), each question with the books that answer it.
The events and questions themselves are described in :mod:`.events`.

Following a payment from the collection sheet to a lender's sukarela row:
``ui/repayments/sheet_tab.py`` → ``repayments.post_collection_sheet`` →
``repayments.post_repayment_in_session`` publishes ``RepaymentPosted`` → (this file) →
``lender_pool.flow_back`` → ``domain.lender_shares.flowback_shares`` →
``lender_pool.flowback._post_flows`` → ``ledger.post_entry`` and
``savings.post_for_entry_in_session``.
"""

from __future__ import annotations

from . import (
    accounting,  # noqa: F401 - a book: imported so every book's permissions are known
    accounting_docs,  # noqa: F401
    annual_report,  # noqa: F401
    budget,  # noqa: F401
    cash_flow,  # noqa: F401
    credit_docs,  # noqa: F401
    credit_products,
    credits,
    evaluation,
    evaluation_io,  # noqa: F401
    evaluation_report,  # noqa: F401
    events,
    groups,  # noqa: F401
    health,  # noqa: F401
    journal,  # noqa: F401
    ledger,
    lender_docs,  # noqa: F401
    lender_pool,
    member_io,  # noqa: F401
    membership,
    mentoring,  # noqa: F401
    ods,  # noqa: F401
    provisions,  # noqa: F401
    reminders,  # noqa: F401
    repayment_docs,  # noqa: F401
    repayments,
    savings,
    shu,
    tamper,
    text_guard,
    year_end,  # noqa: F401
)

#: every book's defaults, seeded in this order when a file is opened: fn(session) -> None
SEEDERS = (
    tamper.ensure_seal,                        # the keyed seal of a new or upgraded file
    ledger.ensure_chart,                       # the chart of accounts
    savings.ensure_wajib_rates,                # the simpanan wajib rate table
    credit_products.ensure_builtin_products,   # Paket Usaha and Pinjaman Bergulir
    evaluation.ensure_builtin_instruments,     # the KOTAKU KSM and UPK questionnaires
)

#: event → the books that follow it, in this order: fn(session, event) -> Changes
HANDLERS = {
    # savings → membership: the simpanan pokok paid in full makes a calon anggota active
    events.PokokPaid: (membership.on_pokok_paid,),
    # credits → lender pool: the lenders' committed sukarela leaves at disbursement
    events.CreditDisbursed: (lender_pool.take_committed_sukarela,),
    # repayments → lender pool: each payment flows back to the lenders who funded the credit
    events.RepaymentPosted: (lender_pool.flow_back,),
    # repayments → lender pool: a reversed payment takes its flow-back back; the revolving
    # fund refuses it when the repaid money has been lent again since
    events.RepaymentReversed: (lender_pool.reverse_flow_back, lender_pool.refuse_reversal_the_fund_cannot_bear),
    # settings → SHU: the SHU percentages must total 100 %
    events.SettingsSaving: (shu.check_settings,),
}

#: question → the books that answer it, in this order: fn(session, question) -> answer
ANSWERERS = {
    # savings asks: how much sukarela is committed to credits (held, not withdrawable)?
    events.SukarelaHeld: (lender_pool.committed_sukarela,),
    # membership asks: why may this member not leave yet?
    events.LeaveBlockers: (repayments.leave_blockers, lender_pool.leave_blockers),
    # membership asks: what is deducted from a leaving member's refund? No book deducts
    # anything today: an open credit or a tanggung-renteng debt blocks leaving instead.
    events.MemberDebts: (),
    # membership asks for the member list's filters
    events.LenderIds: (lender_pool.lender_ids,),
    events.BorrowerIds: (credits.borrower_ids,),
    # credits asks: arrears on running credits (eligibility), and where each credit stands
    events.MemberOverdue: (repayments.overdue_of_member,),
    events.CreditStandings: (repayments.standings_by_credit,),
    events.CreditOutstanding: (repayments.outstanding_of_credit,),
    # credits asks at disbursement: how much of the revolving fund is not lent out?
    events.RevolvingFundAvailable: (lender_pool.revolving_fund_available,),
}


def connect_books() -> None:
    """Connect the events and questions above (idempotent; ``setup.open_books`` calls it)."""
    events.connect(handlers=HANDLERS, answerers=ANSWERERS)
    text_guard.install()
