"""Event contracts shared with the fulfilment team (their consumers are in TypeScript)."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field


class OrderPlaced(BaseModel):
    model_config = ConfigDict(frozen=True, ser_json_timedelta="iso8601")

    event_type: str = Field(default="order.placed", alias="eventType")
    order_id: str = Field(alias="orderId")
    customer_id: str = Field(alias="customerId")
    total: Decimal
    placed_at: datetime = Field(alias="placedAt")

    def to_message(self) -> bytes:
        return self.model_dump_json(by_alias=True).encode()
