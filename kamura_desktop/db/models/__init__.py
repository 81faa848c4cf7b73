"""All ORM models. Every model module is imported here, plainly, so that the metadata is
complete (the migrations test compares it with the Alembic history); a book that adds a
model module adds it to this list."""

from __future__ import annotations

from .. import pg_types  # noqa: F401 - INTEGER is BIGINT on PostgreSQL
from . import (  # noqa: F401 - imported for their tables
    books,
    core,
    credit,
    eval_scales,
    evaluation,
    filings,
    health,
    lender,
    membership,
    mentoring,
    rat,
    receipts,
    repayment,
)
from .base import Base

metadata = Base.metadata

__all__ = ["Base", "metadata"]
