from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Booking, Induction, Tool
from app.repositories import BookingRepository, InductionRepository, ToolRepository


class BookingRefused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class BookingService:
    def __init__(self, session: AsyncSession) -> None:
        self.tools = ToolRepository(session)
        self.inductions = InductionRepository(session)
        self.bookings = BookingRepository(session)

    async def _tool_and_induction(
        self, member_id: int, tool_id: int
    ) -> tuple[Tool, Induction | None]:
        tool = await self.tools.get(tool_id)
        if tool is None:
            raise BookingRefused("unknown tool")
        induction = self.inductions.latest_for(member_id, tool.id)
        return tool, induction

    async def book(
        self, member_id: int, tool_id: int, starts_at: datetime, ends_at: datetime
    ) -> Booking:
        if ends_at <= starts_at:
            raise BookingRefused("booking must end after it starts")
        tool, induction = await self._tool_and_induction(member_id, tool_id)
        if tool.requires_induction:
            if induction is None or induction.expires_on < ends_at.date():
                raise BookingRefused(f"no valid induction for {tool.name}")
        booking = Booking(
            member_id=member_id, tool_id=tool.id, starts_at=starts_at, ends_at=ends_at
        )
        return await self.bookings.add(booking)
