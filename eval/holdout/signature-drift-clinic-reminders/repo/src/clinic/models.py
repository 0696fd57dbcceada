from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass
class Patient:
    id: int
    name: str
    phone: str | None = None
    email: str | None = None
    prefers: str = "sms"


@dataclass
class Appointment:
    id: int
    patient_id: int
    clinician: str
    starts_at: datetime
    duration: timedelta = timedelta(minutes=20)


@dataclass
class Reminder:
    patient_id: int
    send_at: datetime
    channel: str
    appointment_id: int | None = None
    tags: list[str] = field(default_factory=list)
