from __future__ import annotations

from datetime import date, time

from sqlalchemy import Date, ForeignKey, String, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ttapi.db import Base


class Route(Base):
    __tablename__ = "routes"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    versions: Mapped[list[TimetableVersion]] = relationship(back_populates="route")


class TimetableVersion(Base):
    """A published timetable for a route, in force from valid_from until valid_to (open-ended if null)."""

    __tablename__ = "timetable_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(ForeignKey("routes.id"))
    label: Mapped[str] = mapped_column(String(40))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    route: Mapped[Route] = relationship(back_populates="versions")
    departures: Mapped[list[Departure]] = relationship(order_by="Departure.departs_at")


class Departure(Base):
    __tablename__ = "departures"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("timetable_versions.id"))
    departs_at: Mapped[time] = mapped_column(Time)
    origin_stop: Mapped[str] = mapped_column(String(8))
