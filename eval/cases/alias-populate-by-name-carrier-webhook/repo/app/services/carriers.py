"""Adapters that turn each carrier's webhook payload into our TrackingEvent."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from app.schemas import ShipmentStatus, TrackingEvent

_PARCELNET_CODES = {
    "PU": ShipmentStatus.LABEL_CREATED,
    "IT": ShipmentStatus.IN_TRANSIT,
    "OD": ShipmentStatus.OUT_FOR_DELIVERY,
    "DL": ShipmentStatus.DELIVERED,
}


def from_parcelnet(payload: dict[str, Any]) -> TrackingEvent:
    """ParcelNet posts epoch seconds and two-letter status codes."""
    return TrackingEvent(
        tracking_number=payload["shipment"]["id"],
        carrier="parcelnet",
        status=_PARCELNET_CODES.get(payload["code"], ShipmentStatus.EXCEPTION),
        occurred_at=datetime.fromtimestamp(payload["ts"], tz=timezone.utc),
        location=payload.get("facility"),
    )


def from_swiftpost(payload: dict[str, Any]) -> TrackingEvent:
    """SwiftPost already posts our public format."""
    return TrackingEvent.model_validate(payload)


ADAPTERS = {"parcelnet": from_parcelnet, "swiftpost": from_swiftpost}
