from __future__ import annotations

from datetime import date, time

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from salon.database import Base


class Groomer(Base):
    __tablename__ = "groomers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    max_dogs_per_day: Mapped[int] = mapped_column(default=6)

    appointments: Mapped[list["Appointment"]] = relationship(back_populates="groomer")


class Appointment(Base):
    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    dog_name: Mapped[str] = mapped_column(String(60))
    breed: Mapped[str] = mapped_column(String(60))
    day: Mapped[date]
    start: Mapped[time]
    service: Mapped[str] = mapped_column(String(30), default="full-groom")
    groomer_id: Mapped[int] = mapped_column(ForeignKey("groomers.id"))

    groomer: Mapped[Groomer] = relationship(back_populates="appointments")
