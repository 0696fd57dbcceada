from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from deskhub.models import Booking, Desk


def desk_by_code(session: Session, code: str) -> Desk | None:
    return session.exec(select(Desk).where(Desk.code == code)).first()


def booking_for_day(session: Session, desk_id: int, day: date) -> Booking | None:
    stmt = select(Booking).where(Booking.desk_id == desk_id, Booking.day == day)
    return session.exec(stmt).first()


def add_booking(session: Session, booking: Booking) -> Booking:
    session.add(booking)
    session.flush()
    session.refresh(booking)
    return booking
