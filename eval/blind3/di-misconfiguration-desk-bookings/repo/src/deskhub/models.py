from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel


class Desk(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(index=True, unique=True)
    zone: str = "open"
    has_monitor: bool = True


class Booking(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    desk_id: int = Field(foreign_key="desk.id", index=True)
    member_email: str
    day: date


class BookingCreate(SQLModel):
    member_email: str
    day: date


class BookingRead(SQLModel):
    id: int
    desk_id: int
    member_email: str
    day: date
