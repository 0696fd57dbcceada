"""Tracking event schema shared by the public webhook API (camelCase JSON) and the internal pollers."""
from __future__ import annotations

from datetime import datetime
from enum import Enum

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel


class Status(str, Enum):
    LABEL_CREATED = "label_created"
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    EXCEPTION = "exception"


class TrackingEvent(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, frozen=True)

    tracking_number: str
    carrier: str
    status: Status
    occurred_at: datetime
    location: str | None = None
