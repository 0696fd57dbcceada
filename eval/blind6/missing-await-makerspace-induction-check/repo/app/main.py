from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import Base, SessionLocal, engine, get_session
from app.models import Induction, Tool
from app.services import BookingRefused, BookingService


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with SessionLocal() as session:
        if await session.get(Tool, 1) is None:
            session.add_all(
                [
                    Tool(id=1, name="Laser cutter", requires_induction=True),
                    Tool(id=2, name="Bandsaw", requires_induction=True),
                    Induction(member_id=17, tool_id=1, expires_on=date(2027, 3, 1)),
                ]
            )
            await session.commit()
    yield


app = FastAPI(title="Makerspace bookings", lifespan=lifespan)


class BookingIn(BaseModel):
    member_id: int
    tool_id: int
    starts_at: datetime
    ends_at: datetime


class BookingOut(BaseModel):
    id: int
    member_id: int
    tool_id: int
    starts_at: datetime
    ends_at: datetime


@app.post("/bookings", response_model=BookingOut, status_code=201)
async def create_booking(
    payload: BookingIn, session: AsyncSession = Depends(get_session)
) -> BookingOut:
    service = BookingService(session)
    try:
        booking = await service.book(
            payload.member_id, payload.tool_id, payload.starts_at, payload.ends_at
        )
    except BookingRefused as exc:
        raise HTTPException(status_code=409, detail=exc.reason) from exc
    return BookingOut.model_validate(booking, from_attributes=True)
