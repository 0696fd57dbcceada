from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, HTTPException, status
from sqlmodel import Session

from deskhub import repository
from deskhub.db import get_session, init_db
from deskhub.models import Booking, BookingCreate, BookingRead


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    init_db()
    yield


app = FastAPI(title="Deskhub", lifespan=lifespan)


@app.post("/desks/{code}/bookings", response_model=BookingRead, status_code=status.HTTP_201_CREATED)
def book_desk(code: str, payload: BookingCreate, session: Session = Depends(get_session)) -> Booking:
    desk = repository.desk_by_code(session, code)
    if desk is None:
        raise HTTPException(status_code=404, detail=f"unknown desk {code}")
    if repository.booking_for_day(session, desk.id, payload.day) is not None:
        raise HTTPException(status_code=409, detail="desk already booked that day")
    booking = Booking(desk_id=desk.id, member_email=payload.member_email, day=payload.day)
    return repository.add_booking(session, booking)
