from __future__ import annotations

from typing import Literal

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from tickets.booking import SeatUnavailable, book_seats
from tickets.db import Base, engine, get_session
from tickets.models import Performance

app = FastAPI(title="Lyric Rooms tickets")


@app.on_event("startup")
def create_tables() -> None:
    Base.metadata.create_all(engine)


class BookingIn(BaseModel):
    performance_id: int
    seats: list[str] = Field(min_length=1, max_length=10)
    concession: Literal["full", "student", "over60", "under16"] = "full"
    customer_email: str


class TicketOut(BaseModel):
    reference: str
    seat: str
    price_pence: int


@app.post("/bookings", status_code=201, response_model=list[TicketOut])
def create_booking(body: BookingIn, session: Session = Depends(get_session)) -> list[TicketOut]:
    performance = session.get(Performance, body.performance_id)
    if performance is None:
        raise HTTPException(404, "no such performance")
    try:
        tickets = book_seats(session, performance, body.seats, body.concession, body.customer_email)
    except SeatUnavailable as exc:
        raise HTTPException(409, f"seat {exc} is already sold") from exc
    return [TicketOut(reference=t.reference, seat=t.seat_label, price_pence=t.price_pence) for t in tickets]
