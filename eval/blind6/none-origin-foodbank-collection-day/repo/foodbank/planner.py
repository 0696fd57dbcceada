from __future__ import annotations

from dataclasses import dataclass

from .calendar import SlotCalendar
from .models import Household


@dataclass
class Assignment:
    household: str
    slot: str
    parcels: int


def parcels_for(household: Household) -> int:
    """One parcel per two people, at least one."""
    return max(1, (household.size + 1) // 2)


def allocate(households: list[Household], calendar: SlotCalendar) -> list[Assignment]:
    plan: list[Assignment] = []
    for household in sorted(households, key=lambda h: -h.size):
        slot = calendar.first_open(household.preferred_day)
        if slot is None:
            slot = _fallback_slot(calendar, household.preferred_day)
        slot.book(household.ref)
        plan.append(Assignment(household.ref, slot.code, parcels_for(household)))
    return plan


def _fallback_slot(calendar: SlotCalendar, day: str):
    """Largest remaining slot on the preferred day, even if it overbooks."""
    slots = calendar.slots_on(day)
    if slots is None:
        return None
    return max(slots, key=lambda s: s.remaining)
