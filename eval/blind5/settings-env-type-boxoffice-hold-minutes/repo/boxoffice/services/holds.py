"""Seat holds: a short reservation while the customer pays."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from boxoffice.seatmap import Performance
from boxoffice.settings import Settings


class HoldError(Exception):
    pass


@dataclass
class Hold:
    id: str
    performance_id: int
    seat_codes: list[str]
    expires_at: datetime


_HOLDS: dict[str, Hold] = {}


def _held_codes(performance_id: int, now: datetime) -> set[str]:
    return {
        code
        for hold in _HOLDS.values()
        if hold.performance_id == performance_id and hold.expires_at > now
        for code in hold.seat_codes
    }


def place_hold(performance: Performance, seat_codes: list[str], settings: Settings) -> Hold:
    if len(seat_codes) > settings.max_seats_per_hold:
        raise HoldError(f"at most {settings.max_seats_per_hold} seats per hold")
    unknown = [c for c in seat_codes if c not in performance.seats]
    if unknown:
        raise HoldError(f"unknown seats: {', '.join(unknown)}")
    if not settings.allow_wheelchair_release:
        wc = [c for c in seat_codes if performance.seats[c].wheelchair]
        if wc:
            raise HoldError(f"wheelchair spaces are sold by phone: {', '.join(wc)}")

    now = datetime.now(timezone.utc)
    taken = _held_codes(performance.id, now) & set(seat_codes)
    if taken:
        raise HoldError(f"already held: {', '.join(sorted(taken))}")

    hold = Hold(
        id=uuid.uuid4().hex[:10],
        performance_id=performance.id,
        seat_codes=list(seat_codes),
        expires_at=now + timedelta(minutes=settings.hold_minutes),
    )
    _HOLDS[hold.id] = hold
    return hold
