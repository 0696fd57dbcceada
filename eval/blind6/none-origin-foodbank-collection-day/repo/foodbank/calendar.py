from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from .models import CollectionSlot


class SlotCalendar:
    """Collection slots of one week, indexed by weekday."""

    def __init__(self, by_day: dict[str, list[CollectionSlot]]) -> None:
        self._by_day = by_day

    def slots_on(self, day: str) -> list[CollectionSlot] | None:
        return self._by_day.get(day)

    def first_open(self, day: str) -> CollectionSlot | None:
        for slot in self._by_day.get(day, []):
            if slot.remaining > 0:
                return slot
        return None

    def days(self) -> list[str]:
        return sorted(self._by_day)


def build_calendar(rows: Iterable[dict[str, str]]) -> SlotCalendar:
    by_day: dict[str, list[CollectionSlot]] = {}
    for row in rows:
        starts_at = datetime.fromisoformat(row["starts_at"])
        slot = CollectionSlot(code=row["code"], starts_at=starts_at, capacity=int(row["capacity"]))
        day = starts_at.strftime("%A")
        by_day.setdefault(day, []).append(slot)
    for slots in by_day.values():
        slots.sort(key=lambda s: s.starts_at)
    return SlotCalendar(by_day)
