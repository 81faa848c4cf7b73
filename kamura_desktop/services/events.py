"""What the books tell each other: typed events and questions.

The books are ordered (see :mod:`.wiring`): a book imports only the books before it. When
something happens in an earlier book that a later one must follow — a repayment is posted,
and the lenders who funded the credit get their part back in their sukarela — the earlier
book *publishes an event*. When an earlier book needs a fact only a later book knows — may
this member leave? how much of this sukarela is committed to credits? — it *asks a question*.

Who handles which event and who answers which question is written out in plain lines in
:mod:`.wiring`, in one place, and connected once when the books are opened
(``setup.open_books``). This module only defines the messages and delivers them.

Events are delivered inside the writer's transaction, to the handlers in the order the
wiring lists them. A handler may refuse by raising ``UserError`` (the whole write then rolls
back: nothing is half-saved) and returns the :class:`~.changes.Changes` it made;
:func:`publish` merges them, and the writing service adds them to its own, so the change
notice names everything the write touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from kamura_desktop.db.models.core import JournalEntry
from kamura_desktop.db.models.credit import Credit, CreditFunding
from kamura_desktop.db.models.membership import Member
from kamura_desktop.db.models.repayment import Repayment

from .actor import Actor
from .changes import Changes

# ------------------------------------------------------------------ events (something happened)


@dataclass(frozen=True)
class PokokPaid:
    """The savings book received a member's simpanan pokok in full (savings.record_deposit)."""

    actor: Actor
    member: Member
    on_date: dt.date
    at: dt.datetime | None = None  # history posted in bulk: when it happened


@dataclass(frozen=True)
class CreditDisbursed:
    """The credit book disbursed ``credit`` with the journal ``entry`` (its lines include the
    lender-funded parts: Dr Simpanan Sukarela / Cr Dana Lender Tersalur)."""

    actor: Actor
    credit: Credit
    entry: JournalEntry
    on_date: dt.date


@dataclass(frozen=True)
class RepaymentPosted:
    """The repayment book posted ``repayment`` on ``credit`` (a single payment, a collection
    sheet row or a tanggung-renteng cover), split into its principal and service parts."""

    actor: Actor
    credit: Credit
    repayment: Repayment
    principal: int
    service: int
    #: the credit's fundings not released, when the repayment book has them at hand (a
    #: collection sheet reads them for all its credits at once); None: the handler reads them
    fundings: tuple[CreditFunding, ...] | None = None


@dataclass(frozen=True)
class RepaymentReversed:
    """The repayment book reversed a payment: ``reversal`` is the negative row pointing to
    the original (``reversal.reversal_of_id``)."""

    actor: Actor
    credit: Credit
    reversal: Repayment


@dataclass(frozen=True)
class SettingsSaving:
    """Settings are about to be saved; a book whose settings are among ``values`` may refuse
    them (``UserError``) — e.g. SHU percentages that do not total 100 %."""

    values: Mapping[str, Any]


# ------------------------------------------------------------------ questions (who knows …?)


@dataclass(frozen=True)
class SukarelaHeld:
    """How much of each member's sukarela is held (committed to credits not yet disbursed)?
    Each answer: {member id: rupiah}. ``member_ids`` None: every member."""

    member_ids: Sequence[int] | None


@dataclass(frozen=True)
class LeaveBlockers:
    """Why may this member not leave on ``on_date``? Each answer: Indonesian reasons."""

    member_id: int
    on_date: dt.date


@dataclass(frozen=True)
class MemberDebts:
    """What does the member owe the cooperative that is deducted from the refund when they
    leave on ``on_date``? Each answer: [(description, rupiah, receivable account code)]."""

    member_id: int
    on_date: dt.date


@dataclass(frozen=True)
class LenderIds:
    """Which members are active lenders? Each answer: a SELECT of member ids."""


@dataclass(frozen=True)
class BorrowerIds:
    """Which members have a running credit? Each answer: a SELECT of member ids."""


@dataclass(frozen=True)
class MemberOverdue:
    """How much does the member owe past due on ``as_of`` on running credits? Answers: rupiah."""

    member_id: int
    as_of: dt.date


@dataclass(frozen=True)
class CreditStandings:
    """Where does each running credit stand on ``as_of``? Each answer: {credit id:
    (outstanding rupiah, days past due, kolektibilitas)}."""

    as_of: dt.date


@dataclass(frozen=True)
class CreditOutstanding:
    """How much (principal + service) is still owed on a disbursed credit? Answers: rupiah."""

    credit_id: int


@dataclass(frozen=True)
class RevolvingFundAvailable:
    """How much of the revolving fund is not lent out on ``on_date`` (capital − principal
    outstanding from the fund − promised to other credits awaiting disbursement)? Answers:
    rupiah. ``except_application_id``: leave that application's own promise out."""

    on_date: dt.date
    except_application_id: int | None = None


# ------------------------------------------------------------------ delivery

Handler = Callable[[Session, Any], Changes]
Answerer = Callable[[Session, Any], Any]

_handlers: dict[type, tuple[Handler, ...]] | None = None
_answerers: dict[type, tuple[Answerer, ...]] | None = None


def connect(*, handlers: Mapping[type, Sequence[Handler]],
            answerers: Mapping[type, Sequence[Answerer]]) -> None:
    """Install the wiring (called by :func:`.wiring.connect_books`; calling it again with
    the same tables changes nothing)."""
    global _handlers, _answerers
    _handlers = {kind: tuple(fns) for kind, fns in handlers.items()}
    _answerers = {kind: tuple(fns) for kind, fns in answerers.items()}


def _table(table: dict | None) -> dict:
    if table is None:
        raise RuntimeError("The books are not connected: open the database with "
                           "services.setup.open_books() (it calls wiring.connect_books()).")
    return table


def publish(s: Session, event: object) -> Changes:
    """Deliver ``event`` to its handlers in the writer's transaction; their changes merged."""
    changes = Changes()
    for handler in _table(_handlers).get(type(event), ()):
        changes = changes | handler(s, event)
    return changes


def ask(s: Session, question: object) -> list[Any]:
    """Every answerer's answer to ``question``, in the wiring's order."""
    return [answer(s, question) for answer in _table(_answerers).get(type(question), ())]
