from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from schoolday.models import Period, Room


async def find_room(session: AsyncSession, code: str) -> Room | None:
    result = await session.exec(select(Room).where(Room.code == code.strip().upper()))
    return result.one()


async def periods_in_room(session: AsyncSession, room: Room, weekday: int) -> Sequence[Period]:
    result = await session.exec(
        select(Period).where(Period.room_id == room.id, Period.weekday == weekday).order_by(Period.starts_at)
    )
    return result.all()


async def free_rooms(session: AsyncSession, weekday: int, min_capacity: int = 0) -> Sequence[Room]:
    busy = select(Period.room_id).where(Period.weekday == weekday)
    result = await session.exec(
        select(Room).where(Room.capacity >= min_capacity, Room.id.not_in(busy)).order_by(Room.code)
    )
    return result.all()
