"""Typed change notices (Anki's OpChanges): what a write changed, so views can refresh."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    members: bool = False
    savings: bool = False
    groups: bool = False
    credits: bool = False
    repayments: bool = False
    lenders: bool = False
    ledger: bool = False
    users: bool = False
    settings: bool = False
    evaluation: bool = False
    mentoring: bool = False
    books: bool = False  # provisions, SHU, year-end close and reopening
    database: bool = False  # the whole file changed (restore): everything must reload

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def touches(self, *names: str) -> bool:
        """True when any of the named areas changed (or the whole database did)."""
        return self.database or any(getattr(self, n) for n in names)


EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a write returns: its result and what it changed."""

    value: T
    changes: Changes
