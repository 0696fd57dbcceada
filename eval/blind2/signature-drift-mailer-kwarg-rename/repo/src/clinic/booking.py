from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clinic import mailer


@dataclass
class Appointment:
    id: int
    patient_name: str
    patient_email: str
    doctor: str
    starts_at: datetime
    status: str = "requested"


class SlotTaken(Exception):
    pass


class BookingService:
    def __init__(self) -> None:
        self._by_slot: dict[tuple[str, datetime], Appointment] = {}

    def confirm(self, appt: Appointment) -> Appointment:
        key = (appt.doctor, appt.starts_at)
        if key in self._by_slot:
            raise SlotTaken(key)
        appt.status = "confirmed"
        self._by_slot[key] = appt
        mailer.send_templated(
            to=appt.patient_email,
            template_name="appointment_confirmed",
            subject="Appointment confirmed",
            patient=appt.patient_name,
            doctor=appt.doctor,
            when=appt.starts_at.strftime("%A %d %B at %H:%M"),
        )
        return appt
