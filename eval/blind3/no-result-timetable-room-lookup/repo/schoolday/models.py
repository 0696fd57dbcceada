from __future__ import annotations

from datetime import time

from sqlmodel import Field, SQLModel


class Room(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(index=True, unique=True, max_length=8)
    capacity: int
    has_projector: bool = False


class Period(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    room_id: int = Field(foreign_key="room.id", index=True)
    weekday: int = Field(ge=1, le=5)
    starts_at: time
    ends_at: time
    form_group: str
    subject: str


class PeriodOut(SQLModel):
    weekday: int
    starts_at: time
    ends_at: time
    form_group: str
    subject: str


class RoomDay(SQLModel):
    room: str
    weekday: int
    periods: list[PeriodOut]
