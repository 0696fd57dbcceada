from __future__ import annotations

import itertools
from datetime import datetime

from clinic.models import Appointment, Patient
from clinic.reminders import schedule_reminder

_ids = itertools.count(1000)


class SlotTaken(Exception):
    pass


class Diary:
    def __init__(self) -> None:
        self.appointments: list[Appointment] = []

    def is_free(self, clinician: str, starts_at: datetime) -> bool:
        return not any(a.clinician == clinician and a.starts_at == starts_at for a in self.appointments)

    def book(self, patient: Patient, clinician: str, starts_at: datetime) -> Appointment:
        if not self.is_free(clinician, starts_at):
            raise SlotTaken(f"{clinician} is busy at {starts_at:%Y-%m-%d %H:%M}")
        appt = Appointment(id=next(_ids), patient_id=patient.id, clinician=clinician, starts_at=starts_at)
        self.appointments.append(appt)
        schedule_reminder(patient.id, appt.starts_at, patient.prefers, appointment_id=appt.id)
        return appt
