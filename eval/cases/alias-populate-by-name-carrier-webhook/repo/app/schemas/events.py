"""Tracking events as exposed to the storefront (camelCase on the wire)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from pydantic import BaseModel, Field


class ShipmentStatus(str, Enum):
    LABEL_CREATED = "label_created"
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    EXCEPTION = "exception"


class TrackingEvent(BaseModel):
    tracking_number: str = Field(alias="trackingNumber")
    carrier: str
    status: ShipmentStatus
    occurred_at: datetime = Field(alias="occurredAt")
    location: str | None = None
