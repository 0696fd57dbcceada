from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from pydantic import BaseModel, Field


class Exhibition(BaseModel):
    id: int
    title: str
    gallery: str
    opens: date
    closes: date
    capacity_per_slot: int
    adult_price: Decimal
    concession_price: Decimal


class BookingRequest(BaseModel):
    slot_start: time
    adults: int = Field(ge=0, le=10)
    concessions: int = Field(default=0, ge=0, le=10)


class BookingConfirmation(BaseModel):
    reference: str
    exhibition_id: int
    visit_date: date
    slot_start: time
    tickets: int
    total: Decimal
