from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field


class QuoteIn(BaseModel):
    zone_code: str
    distance_km: float = Field(gt=0, le=60)
    express: bool = False


class QuoteOut(BaseModel):
    zone_code: str
    distance_km: float
    fare: Decimal


class JobIn(BaseModel):
    customer_ref: str
    pickup_address: str
    dropoff_address: str
    zone_code: str
    distance_km: float = Field(gt=0, le=60)
    express: bool = False
    ready_at: datetime


class JobOut(BaseModel):
    id: int
    customer_ref: str
    zone_code: str
    status: Literal["open", "assigned", "picked_up", "delivered", "cancelled"]
    fare: Decimal
    rider_id: int | None = None
