from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from clubhouse.repositories import BoatRepository
from clubhouse.settings import settings


class BoatNotFound(LookupError):
    pass


@dataclass(frozen=True)
class Slot:
    starts_at: datetime
    ends_at: datetime


def _day_slots(day: date) -> list[Slot]:
    start = datetime.combine(day, time(hour=settings.booking_day_start))
    end = datetime.combine(day, time(hour=settings.booking_day_end))
    step = timedelta(minutes=settings.slot_minutes)
    slots = []
    while start + step <= end:
        slots.append(Slot(start, start + step))
        start += step
    return slots


def _overlaps(slot: Slot, starts_at: datetime, ends_at: datetime) -> bool:
    return slot.starts_at < ends_at and starts_at < slot.ends_at


async def free_slots(repo: BoatRepository, boat_id: int, day: date) -> list[Slot]:
    """Slots on ``day`` in which the boat is not booked by any member."""
    boat = await repo.get(boat_id)
    if boat is None:
        raise BoatNotFound(boat_id)
    taken = [(b.starts_at, b.ends_at) for b in boat.bookings if b.starts_at.date() == day]
    return [
        slot
        for slot in _day_slots(day)
        if not any(_overlaps(slot, start, end) for start, end in taken)
    ]
