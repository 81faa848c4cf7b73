"""The membership book's windows: the member list, member detail, the member form and the
savings counter dialogs (deposit, withdrawal, reversal, leaving)."""

from .page import MembersPage

__all__ = ["MembersPage"]
