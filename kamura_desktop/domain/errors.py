"""The one error type for mistakes a user can cause.

Services (and domain rules) raise :class:`UserError` with a clear Indonesian message
and, where it applies, the name of the field concerned, so that the UI can show the
message next to that field and the CLI can print it.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix: bad input, a refused action, a missing permission."""

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        self.code = code

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class PermissionDenied(UserError):
    """The acting user's role does not allow this action."""


class NotFound(UserError):
    """A record the user asked for does not exist."""
