from __future__ import annotations

from collections import defaultdict

from app.schemas import TrackingEvent


class Timeline:
    """Keeps the events of each shipment ordered by time."""

    def __init__(self) -> None:
        self._events: dict[str, list[TrackingEvent]] = defaultdict(list)

    def record(self, event: TrackingEvent) -> int:
        events = self._events[event.tracking_number]
        events.append(event)
        events.sort(key=lambda e: e.occurred_at)
        return len(events)

    def latest(self, tracking_number: str) -> TrackingEvent | None:
        events = self._events.get(tracking_number)
        return events[-1] if events else None


timeline = Timeline()
