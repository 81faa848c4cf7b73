"""Loan-loss provision (PPKA) from kolektibilitas, posted as the change since the last provision (issue 8)."""

from __future__ import annotations
