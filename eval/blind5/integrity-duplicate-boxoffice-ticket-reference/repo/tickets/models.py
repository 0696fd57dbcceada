from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tickets.db import Base


class Show(Base):
    __tablename__ = "shows"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))

    performances: Mapped[list[Performance]] = relationship(back_populates="show")


class Performance(Base):
    __tablename__ = "performances"

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    base_price_pence: Mapped[int]

    show: Mapped[Show] = relationship(back_populates="performances")
    tickets: Mapped[list[Ticket]] = relationship(back_populates="performance")


class Ticket(Base):
    __tablename__ = "tickets"
    __table_args__ = (UniqueConstraint("performance_id", "seat_label", name="uq_ticket_seat"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    performance_id: Mapped[int] = mapped_column(ForeignKey("performances.id"))
    seat_label: Mapped[str] = mapped_column(String(8))
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    concession: Mapped[str] = mapped_column(String(20), default="full")
    price_pence: Mapped[int]
    customer_email: Mapped[str] = mapped_column(String(200))

    performance: Mapped[Performance] = relationship(back_populates="tickets")
