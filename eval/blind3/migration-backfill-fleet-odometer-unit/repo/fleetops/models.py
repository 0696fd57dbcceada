"""ORM models. The schema itself is owned by the migrations package."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Vehicle(Base):
    __tablename__ = "vehicles"

    id: Mapped[int] = mapped_column(primary_key=True)
    plate: Mapped[str] = mapped_column(String(16), unique=True)
    make: Mapped[str] = mapped_column(String(40))
    odometer: Mapped[int] = mapped_column(Integer, default=0)
    odometer_unit: Mapped[str] = mapped_column(String(2), default="km")
    last_service_odometer: Mapped[int] = mapped_column(Integer, default=0)
    last_service_on: Mapped[date | None] = mapped_column(Date, nullable=True)
