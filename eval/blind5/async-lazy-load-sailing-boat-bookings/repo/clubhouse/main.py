from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from clubhouse.db import Base, SessionLocal, engine, get_session
from clubhouse.models import Boat, Booking
from clubhouse.repositories import BoatRepository
from clubhouse.services import BoatNotFound, free_slots


class SlotOut(BaseModel):
    starts_at: datetime
    ends_at: datetime


class BoatOut(BaseModel):
    id: int
    name: str
    sail_number: str
    boat_class: str
    bookings: int


async def _seed() -> None:
    async with SessionLocal() as session:
        if await session.scalar(select(func.count(Boat.id))):
            return
        laser = Boat(name="Kittiwake", sail_number="GBR 20411", boat_class="ILCA 7", crew_size=1)
        wayfarer = Boat(name="Puffin", sail_number="W 10012", boat_class="Wayfarer", crew_size=3)
        wayfarer.bookings.append(
            Booking(
                member_name="J. Moorhouse",
                starts_at=datetime(2024, 6, 15, 10, 0),
                ends_at=datetime(2024, 6, 15, 12, 0),
            )
        )
        session.add_all([laser, wayfarer])
        await session.commit()


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    await _seed()
    yield
    await engine.dispose()


app = FastAPI(title="Harbourside SC bookings", lifespan=lifespan)


def boat_repository(session: AsyncSession = Depends(get_session)) -> BoatRepository:
    return BoatRepository(session)


@app.get("/boats", response_model=list[BoatOut])
async def list_boats(repo: BoatRepository = Depends(boat_repository)) -> list[BoatOut]:
    boats = await repo.list_with_bookings()
    return [
        BoatOut(
            id=b.id,
            name=b.name,
            sail_number=b.sail_number,
            boat_class=b.boat_class,
            bookings=len(b.bookings),
        )
        for b in boats
    ]


@app.get("/boats/{boat_id}/availability", response_model=list[SlotOut])
async def availability(
    boat_id: int, day: date, repo: BoatRepository = Depends(boat_repository)
) -> list[SlotOut]:
    try:
        slots = await free_slots(repo, boat_id, day)
    except BoatNotFound:
        raise HTTPException(status_code=404, detail="No such boat")
    return [SlotOut(starts_at=s.starts_at, ends_at=s.ends_at) for s in slots]
