from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import Enum

from sqlmodel import Field, SQLModel


class EventKind(str, Enum):
    EXHIBITION = "exhibition"
    LECTURE = "lecture"
    LATE_OPENING = "late_opening"
    WORKSHOP = "workshop"


class Event(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(index=True, unique=True)
    title: str
    kind: EventKind
    room: str
    starts_at: datetime
    ends_at: datetime | None = Field(default=None, nullable=True)
    price: Decimal = Field(default=Decimal("0"), max_digits=6, decimal_places=2)
    published: bool = True
