"""In-memory slot inventory for timed-entry exhibitions."""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date, time
from decimal import Decimal

from app.schemas import BookingConfirmation, Exhibition


class SoldOut(Exception):
    pass


class BookingService:
    def __init__(self, exhibitions: list[Exhibition]) -> None:
        self._exhibitions = {e.id: e for e in exhibitions}
        self._sold: dict[tuple[int, date, time], int] = defaultdict(int)
        self._refs = itertools.count(1001)

    def exhibition(self, exhibition_id: int) -> Exhibition | None:
        return self._exhibitions.get(exhibition_id)

    def remaining(self, exhibition_id: int, visit_date: date, slot_start: time) -> int:
        exhibition = self._exhibitions[exhibition_id]
        return exhibition.capacity_per_slot - self._sold[(exhibition_id, visit_date, slot_start)]

    def book(
        self, exhibition_id: int, visit_date: date, slot_start: time, adults: int, concessions: int
    ) -> BookingConfirmation:
        exhibition = self._exhibitions[exhibition_id]
        tickets = adults + concessions
        if tickets > self.remaining(exhibition_id, visit_date, slot_start):
            raise SoldOut(f"{exhibition.title} {visit_date} {slot_start:%H:%M}")
        self._sold[(exhibition_id, visit_date, slot_start)] += tickets
        total = adults * exhibition.adult_price + concessions * exhibition.concession_price
        return BookingConfirmation(
            reference=f"TE-{next(self._refs)}",
            exhibition_id=exhibition_id,
            visit_date=visit_date,
            slot_start=slot_start,
            tickets=tickets,
            total=total,
        )
