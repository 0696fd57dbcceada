"""Append-only audit trail for changes made through the CRM."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.audit_entry import AuditEntry
from app.models.user import User


def record_change(session: Session, actor: User | None, entity: str, entity_id: int,
                  changes: dict[str, Any]) -> AuditEntry:
    entry = AuditEntry(actor_id=actor.id if actor else None, entity=entity, entity_id=entity_id, changes=changes)
    session.add(entry)
    return entry


def history(session: Session, entity: str, entity_id: int) -> list[AuditEntry]:
    stmt = select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
    return list(session.scalars(stmt.order_by(AuditEntry.at)))


def actions_by(session: Session, user: User) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).where(AuditEntry.actor_id == user.id)))
