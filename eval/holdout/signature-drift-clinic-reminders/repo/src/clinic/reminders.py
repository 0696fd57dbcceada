"""Reminder scheduling shared by booking, rebooking and the recall campaigns."""
from __future__ import annotations

from datetime import datetime, timedelta

from clinic.models import Reminder

DEFAULT_LEAD = timedelta(hours=24)
QUIET_START, QUIET_END = 21, 8

_outbox: list[Reminder] = []


def _outside_quiet_hours(when: datetime) -> datetime:
    if when.hour >= QUIET_START:
        return when.replace(hour=QUIET_START - 1, minute=0)
    if when.hour < QUIET_END:
        return (when - timedelta(days=1)).replace(hour=QUIET_START - 1, minute=0)
    return when


def schedule_reminder(
    due_at: datetime,
    patient_id: int,
    channel: str = "sms",
    lead: timedelta = DEFAULT_LEAD,
    appointment_id: int | None = None,
) -> Reminder:
    send_at = _outside_quiet_hours(due_at - lead)
    reminder = Reminder(patient_id=patient_id, send_at=send_at, channel=channel, appointment_id=appointment_id)
    _outbox.append(reminder)
    return reminder


def pending() -> list[Reminder]:
    return sorted(_outbox, key=lambda r: r.send_at)
