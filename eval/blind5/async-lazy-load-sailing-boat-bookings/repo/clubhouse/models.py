from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clubhouse.db import Base


class Boat(Base):
    __tablename__ = "boats"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    sail_number: Mapped[str] = mapped_column(String(12), unique=True)
    boat_class: Mapped[str] = mapped_column(String(40))
    crew_size: Mapped[int] = mapped_column(default=2)

    bookings: Mapped[list[Booking]] = relationship(
        back_populates="boat", order_by="Booking.starts_at"
    )


class Booking(Base):
    __tablename__ = "bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    boat_id: Mapped[int] = mapped_column(ForeignKey("boats.id"))
    member_name: Mapped[str] = mapped_column(String(120))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]

    boat: Mapped[Boat] = relationship(back_populates="bookings")
