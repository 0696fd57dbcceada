from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from clubhouse.models import Boat, Booking


class BoatRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def list_with_bookings(self) -> Sequence[Boat]:
        stmt = select(Boat).options(selectinload(Boat.bookings)).order_by(Boat.name)
        result = await self.session.scalars(stmt)
        return result.all()

    async def get(self, boat_id: int) -> Boat | None:
        return await self.session.get(Boat, boat_id)

    async def by_sail_number(self, sail_number: str) -> Boat | None:
        stmt = select(Boat).where(Boat.sail_number == sail_number)
        return (await self.session.scalars(stmt)).first()


class BookingRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, boat: Boat, member: str, starts_at: datetime, ends_at: datetime) -> Booking:
        booking = Booking(boat=boat, member_name=member, starts_at=starts_at, ends_at=ends_at)
        self.session.add(booking)
        await self.session.commit()
        return booking
