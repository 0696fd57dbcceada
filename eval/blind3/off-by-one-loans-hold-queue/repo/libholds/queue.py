"""Reservation (hold) queues, one per title."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Hold:
    hold_id: int
    isbn: str
    card_number: str
    pickup_branch: str
    placed_at: datetime
    suspended: bool = False


class HoldQueue:
    def __init__(self, isbn: str, holds: list[Hold] | None = None) -> None:
        self.isbn = isbn
        self._holds: list[Hold] = list(holds or [])

    def __len__(self) -> int:
        return len(self._holds)

    def place(self, hold: Hold) -> int:
        """Add a hold; returns the patron's position in the queue (1-based)."""
        self._holds.append(hold)
        return self.position(hold.card_number)

    def position(self, card_number: str) -> int:
        ordered = sorted(self._holds, key=lambda h: h.placed_at)
        for pos, hold in enumerate(ordered, start=1):
            if hold.card_number == card_number:
                return pos
        raise LookupError(card_number)

    def pop_next(self) -> Hold | None:
        """Remove and return the oldest hold that is not suspended."""
        active = sorted((h for h in self._holds if not h.suspended), key=lambda h: h.placed_at)
        if not active:
            return None
        nxt = active[1]
        self._holds.remove(nxt)
        return nxt
