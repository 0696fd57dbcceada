from __future__ import annotations

from datetime import datetime, timezone

from sqlmodel import Session, col, select

from museum_events.models import Event


def current_and_upcoming(session: Session, now: datetime) -> list[Event]:
    statement = (
        select(Event)
        .where(Event.published)
        .where((col(Event.ends_at).is_(None)) | (col(Event.ends_at) >= now))
        .order_by(col(Event.starts_at))
    )
    return list(session.exec(statement))


def to_cards(events: list[Event]) -> list[dict]:
    return [
        {
            "slug": event.slug,
            "title": event.title,
            "kind": event.kind,
            "room": event.room,
            "starts_at": event.starts_at,
            "ends_at": event.ends_at,
            "price": event.price,
            "free": event.price == 0,
        }
        for event in events
    ]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)
