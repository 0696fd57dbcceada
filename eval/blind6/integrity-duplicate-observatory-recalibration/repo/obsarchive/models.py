from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .db import Base


class Sensor(Base):
    __tablename__ = "sensors"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    quantity: Mapped[str] = mapped_column(String(8))
    mast: Mapped[str] = mapped_column(String(32))

    readings: Mapped[list["Reading"]] = relationship(back_populates="sensor")
    calibrations: Mapped[list["Calibration"]] = relationship(back_populates="sensor")


class Reading(Base):
    __tablename__ = "readings"

    id: Mapped[int] = mapped_column(primary_key=True)
    sensor_id: Mapped[int] = mapped_column(ForeignKey("sensors.id"), index=True)
    taken_at: Mapped[datetime] = mapped_column(DateTime)
    value: Mapped[float] = mapped_column(Float)
    reference: Mapped[float | None] = mapped_column(Float, nullable=True)
    flag: Mapped[str] = mapped_column(String(12), default="ok")

    sensor: Mapped[Sensor] = relationship(back_populates="readings")


class Calibration(Base):
    __tablename__ = "calibrations"
    __table_args__ = (UniqueConstraint("sensor_id", "valid_from", name="uq_calibration_sensor_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sensor_id: Mapped[int] = mapped_column(ForeignKey("sensors.id"))
    valid_from: Mapped[date] = mapped_column(Date)
    offset: Mapped[float] = mapped_column(Float)
    method: Mapped[str] = mapped_column(String(24), default="reference-pair")

    sensor: Mapped[Sensor] = relationship(back_populates="calibrations")
