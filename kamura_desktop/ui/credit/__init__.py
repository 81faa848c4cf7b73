"""The group credit window (Kelompok & Kredit): groups, applications, approval,
disbursement, credits, products and the holiday calendar."""

from .page import CreditPage

__all__ = ["CreditPage"]
