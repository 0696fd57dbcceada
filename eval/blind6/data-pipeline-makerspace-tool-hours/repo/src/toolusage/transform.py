"""Turn raw bookings into per-day usage rows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from toolusage.schema import RawBooking, UsageRow

COUNTED_STATUSES = {"confirmed", "completed"}


def _minutes_between(start: str, end: str) -> int:
    delta = datetime.fromisoformat(end) - datetime.fromisoformat(start)
    return int(delta.total_seconds() // 60)


def to_usage(bookings: Iterable[RawBooking]) -> Iterator[UsageRow]:
    for booking in bookings:
        if booking["status"] not in COUNTED_STATUSES:
            continue
        yield {
            "booking_ref": booking["booking_ref"],
            "member": booking["member"],
            "tool_slug": booking["tool_slug"],
            "day": booking["start"][:10],
            "duration": _minutes_between(booking["start"], booking["end"]),
        }


def drop_test_accounts(rows: Iterable[UsageRow], prefix: str = "test-") -> Iterator[UsageRow]:
    for row in rows:
        if not row["member"].startswith(prefix):
            yield row
