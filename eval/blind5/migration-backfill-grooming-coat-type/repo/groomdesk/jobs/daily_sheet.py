"""Nightly job: print tomorrow's table sheet for each groomer."""
from __future__ import annotations

import logging
import sqlite3
from datetime import date, datetime

from groomdesk.schedule import bookings_for
from groomdesk.timing import finishes_at

log = logging.getLogger("groomdesk.daily_sheet")


def build_sheet(conn: sqlite3.Connection, day: date) -> list[str]:
    lines = []
    failures = 0
    for booking in bookings_for(conn, day):
        try:
            done = finishes_at(booking, datetime.combine(day, booking.start))
        except Exception:
            failures += 1
            log.exception("could not time booking %s (%s, %s)", booking.id, booking.dog_name, booking.breed)
            continue
        lines.append(
            f"{booking.groomer:<8} {booking.start:%H:%M}-{done:%H:%M}  {booking.dog_name} ({booking.breed})"
        )
    log.info("sheet for %s: %d bookings, %d failed", day, len(lines), failures)
    return lines
