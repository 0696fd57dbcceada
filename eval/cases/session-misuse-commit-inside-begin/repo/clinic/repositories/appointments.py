from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic.models import Appointment


class AppointmentRepository:
    def __init__(self, db: Session) -> None:
        self.db = db

    def slot_taken(self, practitioner_id: int, starts_at: datetime) -> bool:
        stmt = select(Appointment.id).where(
            Appointment.practitioner_id == practitioner_id,
            Appointment.starts_at == starts_at,
            Appointment.status != "cancelled",
        )
        return self.db.scalar(stmt) is not None

    def add(self, appointment: Appointment) -> Appointment:
        self.db.add(appointment)
        self.db.commit()
        return appointment
