from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Sailing(Base):
    __tablename__ = "sailings"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True, index=True)
    route: Mapped[str] = mapped_column(String(64))
    vessel: Mapped[str] = mapped_column(String(64))
    departs_at: Mapped[datetime]
    vehicle_deck_m: Mapped[float]

    bookings: Mapped[list[VehicleBooking]] = relationship(back_populates="sailing")


class VehicleBooking(Base):
    __tablename__ = "vehicle_bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    sailing_id: Mapped[int] = mapped_column(ForeignKey("sailings.id"))
    registration: Mapped[str] = mapped_column(String(16))
    vehicle_type: Mapped[str] = mapped_column(String(16))
    length_m: Mapped[float]

    sailing: Mapped[Sailing] = relationship(back_populates="bookings")
