"""Yearly check-up recall campaign."""
from __future__ import annotations

from datetime import datetime, timedelta

from clinic.models import Patient
from clinic.reminders import schedule_reminder


def schedule_recalls(patients: list[Patient], last_visit: dict[int, datetime]) -> int:
    count = 0
    for patient in patients:
        visited = last_visit.get(patient.id)
        if visited is None:
            continue
        schedule_reminder(visited + timedelta(days=365), patient.id, channel=patient.prefers,
                          lead=timedelta(days=14))
        count += 1
    return count
