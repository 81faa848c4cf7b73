"""The one error type for mistakes a user can cause.

Services (and domain rules) raise :class:`UserError` with a clear Indonesian message
and, where it applies, the name of the field concerned, so that the UI can show the
message next to that field and the CLI can print it. A form's check collects every field's
problem with :class:`FieldProblems` and raises them together (``UserError.fields``), so the
form marks every field at once instead of one per try.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class UserError(Exception):
    """A problem the user can fix: bad input, a refused action, a missing permission."""

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None,
                 fields: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        self.code = code
        #: every field's message when a form had more than one problem (field -> message);
        #: ``field`` and ``message`` then name the first one and sum them all up
        self.fields: dict[str, str] = dict(fields) if fields else (
            {field: message} if field else {})

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class PermissionDenied(UserError):
    """The acting user's role does not allow this action."""


class NotFound(UserError):
    """A record the user asked for does not exist."""


class FieldProblems:
    """The problems of one form, field by field, raised together as one :class:`UserError`::

        problems = FieldProblems()
        with problems.field("name"):
            name = check_name(data.name)   # a UserError here is kept, the check goes on
        ...
        problems.raise_if_any()

    A refusal of permission is never collected: it stops at once."""

    def __init__(self) -> None:
        self.fields: dict[str, str] = {}
        self.general: list[str] = []
        self.codes: list[str] = []

    @contextmanager
    def field(self, name: str | None = None) -> Iterator[None]:
        try:
            yield
        except PermissionDenied:
            raise
        except UserError as exc:
            self.add(exc.field or name, exc.message, more=exc.fields, code=exc.code)

    def add(self, field: str | None, message: str, *, more: dict[str, str] | None = None,
            code: str | None = None) -> None:
        if code:
            self.codes.append(code)
        for name, text in {**(more or {}), **({field: message} if field else {})}.items():
            if name not in self.fields:
                self.fields[name] = text
            elif text not in self.fields[name]:  # two problems of one field (list lines)
                self.fields[name] += " " + text
        if not field and message not in self.general:
            self.general.append(message)

    def has(self, field: str) -> bool:
        return field in self.fields

    def __bool__(self) -> bool:
        return bool(self.fields or self.general)

    def raise_if_any(self) -> None:
        if not self:
            return
        messages = [*self.fields.values(), *self.general]
        first = next(iter(self.fields), None)
        code = self.codes[0] if self.codes else None  # the first problem's code
        if len(messages) == 1:
            raise UserError(messages[0], field=first, fields=self.fields, code=code)
        raise UserError(f"Ada {len(messages)} isian yang perlu diperbaiki: " + " ".join(messages),
                        field=first, fields=self.fields, code=code)
