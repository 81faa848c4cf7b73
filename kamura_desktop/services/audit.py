"""The audit log: every write records who, when, what action, which record and a short
before/after summary. Rows are immutable (database triggers)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamura_desktop.db.database import Database
from kamura_desktop.db.models.core import AuditEntry

from . import tamper
from .actor import Actor
from .permissions import require


def record(
    session: Session,
    actor: Actor,
    *,
    action: str,
    entity: str,
    entity_id: object = None,
    summary: str = "",
    at: dt.datetime | None = None,
) -> None:
    """Add an audit row inside the caller's transaction (``at``: only for history brought in
    in bulk, stamped with the time it happened), at the end of the audit chain."""
    tamper.add_audit_row(
        session,
        at=at or dt.datetime.now().replace(microsecond=0),
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        summary=summary[:2000],
    )


def describe_change(before: dict, after: dict) -> str:
    """``name: 'A' → 'B'; phone: '' → '0812…'`` for the fields that changed."""
    parts = [
        f"{k}: {before.get(k)!r} → {after.get(k)!r}"
        for k in after
        if before.get(k) != after.get(k)
    ]
    return "; ".join(parts) or "tidak ada perubahan"


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: str | None
    summary: str


def list_audit(db: Database, *, actor: Actor, limit: int = 200, entity: str | None = None) -> list[AuditRow]:
    require(actor, "audit.view")
    with db.read() as s:
        q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if entity:
            q = q.where(AuditEntry.entity == entity)
        return [
            AuditRow(a.at, a.username, a.action, a.entity, a.entity_id, a.summary)
            for a in s.scalars(q)
        ]
