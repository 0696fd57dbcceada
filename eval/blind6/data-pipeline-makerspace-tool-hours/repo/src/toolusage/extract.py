"""Read the booking system's nightly JSON export."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from toolusage.schema import RawBooking


def read_export(path: Path) -> Iterator[RawBooking]:
    payload = json.loads(path.read_text(encoding="utf-8"))
    for item in payload["bookings"]:
        yield RawBooking(
            booking_ref=item["ref"],
            member=item["member"]["handle"],
            tool_slug=item["tool"]["slug"],
            start=item["start"],
            end=item["end"],
            status=item.get("status", "confirmed"),
        )
