"""Public listing shapes for the "What's on" page."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel

from museum_events.models import EventKind


class EventCard(BaseModel):
    slug: str
    title: str
    kind: EventKind
    room: str
    starts_at: datetime
    ends_at: datetime
    price: Decimal
    free: bool


class WhatsOn(BaseModel):
    generated_at: datetime
    events: list[EventCard]
