from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from pydantic import BaseModel, ConfigDict


class HoldStatus(str, Enum):
    REQUESTED = "requested"
    SHIPPED = "shipped"
    READY = "ready"
    CHECKED_OUT = "checked_out"
    RETURNED = "returned"
    CANCELLED = "cancelled"


class HoldCreate(BaseModel):
    patron_barcode: str
    title: str
    isbn: str | None = None
    partner_code: str


class HoldRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    patron_barcode: str
    title: str
    partner_code: str
    status: HoldStatus
    requested_at: datetime
    pickup_by: date | None = None
    due_back: date | None = None
