"""The repayment book's windows: instalments per credit (typed or scanned), the group
collection sheet with tanggung renteng, and arrears with kolektibilitas and PAR."""

from .page import RepaymentsPage

__all__ = ["RepaymentsPage"]
