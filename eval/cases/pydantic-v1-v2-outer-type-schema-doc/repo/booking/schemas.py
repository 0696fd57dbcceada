"""Public request/response models of the booking API."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, Field


class Guest(BaseModel):
    """A guest named on a reservation."""

    first_name: str = Field(description="Given name as on the ID document")
    last_name: str = Field(description="Family name as on the ID document")
    email: str | None = Field(default=None, description="Contact address for the confirmation")


class ReservationRequest(BaseModel):
    """Body of POST /reservations."""

    property_id: int = Field(description="Hotel or apartment identifier")
    check_in: date = Field(description="Arrival date (local time of the property)")
    check_out: date = Field(description="Departure date")
    guests: list[Guest] = Field(min_length=1, description="Everyone staying, lead guest first")
    promo_code: str | None = Field(default=None, description="Optional campaign code")


class Reservation(BaseModel):
    """A confirmed reservation."""

    id: str = Field(description="Reservation reference, e.g. RSV-7H2K9")
    status: str = Field(description="confirmed | cancelled | no_show")
    total_price: Decimal = Field(description="Total in the property's currency")
    nights: int = Field(description="Number of nights")
