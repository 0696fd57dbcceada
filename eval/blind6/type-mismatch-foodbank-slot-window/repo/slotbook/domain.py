from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Slot:
    code: str
    site: str
    starts_at: datetime
    duration_minutes: int
    capacity: int
    households: list[str] = field(default_factory=list)

    @property
    def full(self) -> bool:
        return len(self.households) >= self.capacity
