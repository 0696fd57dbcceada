from __future__ import annotations

from datetime import datetime, timedelta

from groomdesk.schedule import Booking

COAT_MINUTES = {"smooth": 40, "double": 90, "curly": 75, "wire": 70}
SIZE_FACTOR = {"small": 0.8, "medium": 1.0, "large": 1.4}


def groom_minutes(booking: Booking) -> int:
    """Table time for a full groom, rounded up to the next 5 minutes."""
    raw = COAT_MINUTES[booking.coat_type] * SIZE_FACTOR[booking.size]
    return int(-(-raw // 5) * 5)


def finishes_at(booking: Booking, day: datetime) -> datetime:
    start = datetime.combine(day.date(), booking.start)
    return start + timedelta(minutes=groom_minutes(booking))
