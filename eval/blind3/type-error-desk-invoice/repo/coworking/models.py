from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlmodel import Field, SQLModel


class Member(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    full_name: str
    email: str = Field(unique=True)
    plan: str = "flex"


class Desk(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    label: str
    hourly_rate: Decimal = Field(max_digits=8, decimal_places=2)


class Booking(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    desk_id: int = Field(foreign_key="desk.id")
    starts_at: datetime
    ends_at: datetime


class InvoiceLine(SQLModel):
    booking_id: int
    desk: str
    hours: Decimal
    amount: Decimal


class Invoice(SQLModel):
    member_id: int
    month: str
    lines: list[InvoiceLine]
    total: Decimal
