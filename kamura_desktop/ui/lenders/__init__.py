"""The lender pool's windows: lenders and their balances, the marketplace of credits waiting
for funds with the commitment dialog, fund sources and the revolving fund's development,
and the list of potential investors."""

from .page import LendersPage

__all__ = ["LendersPage"]
