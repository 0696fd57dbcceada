from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Household:
    ref: str
    adults: int
    children: int
    preferred_day: str
    dietary: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return self.adults + self.children


@dataclass
class CollectionSlot:
    code: str
    starts_at: datetime
    capacity: int
    booked: list[str] = field(default_factory=list)

    @property
    def remaining(self) -> int:
        return self.capacity - len(self.booked)

    def book(self, household_ref: str) -> None:
        self.booked.append(household_ref)
