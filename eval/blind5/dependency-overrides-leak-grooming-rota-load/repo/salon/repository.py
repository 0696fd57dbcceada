from __future__ import annotations

from datetime import date, time

from fastapi import Depends
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salon.database import get_db
from salon.models import Appointment, Groomer


class AppointmentRepository:
    """Reads and writes appointments for the booking desk and the rota screen."""

    def __init__(self, db: Session) -> None:
        self.db = db

    def list_for_day(self, day: date) -> list[Appointment]:
        stmt = select(Appointment).where(Appointment.day == day).order_by(Appointment.start)
        return list(self.db.scalars(stmt))

    def add(
        self, *, dog_name: str, breed: str, day: date, start: time, groomer_id: int, service: str
    ) -> Appointment:
        appt = Appointment(
            dog_name=dog_name, breed=breed, day=day, start=start, groomer_id=groomer_id, service=service
        )
        self.db.add(appt)
        self.db.commit()
        self.db.refresh(appt)
        return appt

    def count_by_groomer(self, day: date) -> dict[int, int]:
        stmt = (
            select(Appointment.groomer_id, func.count(Appointment.id))
            .where(Appointment.day == day)
            .group_by(Appointment.groomer_id)
        )
        return {groomer_id: count for groomer_id, count in self.db.execute(stmt)}

    def groomers(self) -> list[Groomer]:
        return list(self.db.scalars(select(Groomer).order_by(Groomer.name)))


def get_appointment_repo(db: Session = Depends(get_db)) -> AppointmentRepository:
    return AppointmentRepository(db)
