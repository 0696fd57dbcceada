"""In-memory seat maps, loaded once per performance."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Seat:
    code: str
    band: str
    wheelchair: bool = False


@dataclass
class Performance:
    id: int
    title: str
    starts_at: datetime
    seats: dict[str, Seat] = field(default_factory=dict)


def _stalls(rows: str, per_row: int) -> dict[str, Seat]:
    seats: dict[str, Seat] = {}
    for row in rows:
        for number in range(1, per_row + 1):
            band = "A" if row in "ABCD" else "B"
            code = f"{row}{number}"
            seats[code] = Seat(code, band, wheelchair=(row == "A" and number in (1, per_row)))
    return seats


PERFORMANCES: dict[int, Performance] = {
    101: Performance(101, "The Lighthouse Keeper", datetime(2026, 12, 3, 19, 30), _stalls("ABCDEFGH", 14)),
    102: Performance(102, "The Lighthouse Keeper", datetime(2026, 12, 4, 14, 30), _stalls("ABCDEFGH", 14)),
}


def get_performance(performance_id: int) -> Performance | None:
    return PERFORMANCES.get(performance_id)
