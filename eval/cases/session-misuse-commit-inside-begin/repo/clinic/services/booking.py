from datetime import datetime

from sqlalchemy.orm import Session

from clinic.models import Appointment
from clinic.repositories.appointments import AppointmentRepository
from clinic.repositories.audit import AuditLog
from clinic.settings import settings


class SlotUnavailable(Exception):
    pass


class BookingService:
    def __init__(self, db: Session) -> None:
        self.appointments = AppointmentRepository(db)
        self.audit = AuditLog(db)

    def book(self, practitioner_id: int, patient_email: str, starts_at: datetime) -> Appointment:
        if not settings.opening_hour <= starts_at.hour < settings.closing_hour:
            raise SlotUnavailable("outside opening hours")
        if starts_at.minute % settings.slot_minutes:
            raise SlotUnavailable(f"appointments start every {settings.slot_minutes} minutes")
        if self.appointments.slot_taken(practitioner_id, starts_at):
            raise SlotUnavailable("slot already booked")
        appointment = self.appointments.add(
            Appointment(practitioner_id=practitioner_id, patient_email=patient_email, starts_at=starts_at)
        )
        self.audit.record("appointment.booked", appointment.practitioner_id, patient=patient_email)
        return appointment
