from __future__ import annotations

from collections.abc import Iterable

from tracking.schemas import Status, TrackingEvent


def latest_status(events: Iterable[TrackingEvent]) -> dict[str, Status]:
    latest: dict[str, TrackingEvent] = {}
    for event in events:
        current = latest.get(event.tracking_number)
        if current is None or event.occurred_at >= current.occurred_at:
            latest[event.tracking_number] = event
    return {number: event.status for number, event in latest.items()}
