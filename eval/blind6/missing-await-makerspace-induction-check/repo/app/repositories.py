from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Booking, Induction, Tool


class ToolRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, tool_id: int) -> Tool | None:
        return await self.session.get(Tool, tool_id)


class InductionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def latest_for(self, member_id: int, tool_id: int) -> Induction | None:
        stmt = (
            select(Induction)
            .where(Induction.member_id == member_id, Induction.tool_id == tool_id)
            .order_by(Induction.expires_on.desc())
            .limit(1)
        )
        return (await self.session.scalars(stmt)).first()


class BookingRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, booking: Booking) -> Booking:
        self.session.add(booking)
        await self.session.commit()
        await self.session.refresh(booking)
        return booking
