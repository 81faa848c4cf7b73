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
11. this module, then ``setup`` (opening a file) — the only ones that see every book (the
    books no event or question needs are imported on first use: :func:`import_every_book`)

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
    credit_products,
    credits,
    evaluation,
    events,
    ledger,
    lender_pool,
    membership,
    permissions,
    repayments,
    savings,
    shu,
    tamper,
    text_guard,
)


def import_every_book() -> None:
    """Import the books no event or question needs (their permissions with them). They are
    imported when first used (the app's pages and the CLI's commands import their own), or
    all at once here when an action's permission is asked before its book was loaded
    (permissions.load_books_with): a command such as ``kamura members list`` so never loads
    the report books (issue 20: under a second)."""
    from . import (  # noqa: F401 - imported for what they register
        accounting,
        accounting_docs,
        annual_report,
        budget,
        cash_flow,
        credit_docs,
        evaluation_io,
        evaluation_report,
        groups,
        health,
        journal,
        lender_docs,
        member_io,
        mentoring,
        ods,
        provisions,
        reminders,
        repayment_docs,
        year_end,
    )


permissions.load_books_with(import_every_book)

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
