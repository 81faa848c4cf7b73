"""How the books are put together — read this file top to bottom.

TEMPORARY: being rewritten (events and questions follow)."""

from __future__ import annotations

from . import (  # noqa: F401
    accounting,
    accounting_docs,
    annual_report,
    credit_products,
    credits,
    evaluation,
    evaluation_io,
    evaluation_report,
    groups,
    journal,
    ledger,
    lender_pool,
    member_io,
    membership,
    mentoring,
    provisions,
    repayments,
    savings,
    shu,
    year_end,
)

#: every book's defaults, seeded in this order when a file is opened: fn(session) -> None
SEEDERS = (
    ledger.ensure_chart,                     # the chart of accounts
    savings.ensure_wajib_rates,              # the simpanan wajib rate table
    credit_products.ensure_builtin_products, # Paket Usaha and Pinjaman Bergulir
    evaluation.ensure_builtin_instruments,   # the KOTAKU KSM and UPK questionnaires
)


def connect_books() -> None:
    """Connect the books' events and questions (idempotent)."""
