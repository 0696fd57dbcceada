from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import DateTime, Enum, ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db import Base


class VisitStatus(str, enum.Enum):
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class Patient(Base):
    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    species: Mapped[str] = mapped_column(String(20))
    owner_name: Mapped[str] = mapped_column(String(120))

    visits: Mapped[list["Visit"]] = relationship(back_populates="patient")


class Visit(Base):
    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    status: Mapped[str] = mapped_column(
        Enum(VisitStatus, values_callable=lambda e: [m.value for m in e], native_enum=False),
        default=VisitStatus.SCHEDULED,
    )
    started_at: Mapped[datetime] = mapped_column(DateTime)
    weight_kg: Mapped[float | None] = mapped_column(Numeric(6, 2), nullable=True)
    notes: Mapped[str] = mapped_column(String(500), default="")

    patient: Mapped[Patient] = relationship(back_populates="visits")
