from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Zone(Base):
    __tablename__ = "zones"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str]

    riders: Mapped[list[Rider]] = relationship(back_populates="zone")


class Rider(Base):
    __tablename__ = "riders"

    id: Mapped[int] = mapped_column(primary_key=True)
    callsign: Mapped[str] = mapped_column(String(30), unique=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zones.id"))
    on_shift: Mapped[bool] = mapped_column(default=False)
    shift_started_at: Mapped[datetime | None]
    last_lat: Mapped[float | None]
    last_lon: Mapped[float | None]
    current_job_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id"))

    zone: Mapped[Zone] = relationship(back_populates="riders")


class Job(Base):
    __tablename__ = "jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zones.id"))
    status: Mapped[str] = mapped_column(String(20), default="open")
    pickup_lat: Mapped[float]
    pickup_lon: Mapped[float]
    created_at: Mapped[datetime]
    rider_id: Mapped[int | None] = mapped_column(ForeignKey("riders.id", use_alter=True))
