from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tickets.models import Performance, Ticket
from tickets.references import ticket_reference

CONCESSION_RATES = {"full": 1.0, "student": 0.8, "over60": 0.85, "under16": 0.5}


class SeatUnavailable(Exception):
    pass


def seat_taken(session: Session, performance_id: int, seat_label: str) -> bool:
    stmt = select(Ticket.id).where(
        Ticket.performance_id == performance_id, Ticket.seat_label == seat_label.upper()
    )
    return session.scalar(stmt) is not None


def book_seats(
    session: Session,
    performance: Performance,
    seats: list[str],
    concession: str,
    customer_email: str,
) -> list[Ticket]:
    for label in seats:
        if seat_taken(session, performance.id, label):
            raise SeatUnavailable(label)
    price = round(performance.base_price_pence * CONCESSION_RATES[concession])
    tickets = [
        Ticket(
            performance_id=performance.id,
            seat_label=label.upper(),
            reference=ticket_reference(performance, label),
            concession=concession,
            price_pence=price,
            customer_email=customer_email,
        )
        for label in seats
    ]
    session.add_all(tickets)
    session.commit()
    return tickets
