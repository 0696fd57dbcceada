from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from choirhub.models import CallStatus, Concert, ConcertCall, Singer


class ConcertRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, concert_id: int) -> Concert | None:
        return await self.session.get(Concert, concert_id)

    async def calls_for_singer(self, singer_id: int) -> list[ConcertCall]:
        stmt = (
            select(ConcertCall)
            .where(ConcertCall.singer_id == singer_id)
            .order_by(ConcertCall.concert_id)
        )
        return list(await self.session.scalars(stmt))

    async def confirmed_singers(self, concert_id: int) -> list[Singer]:
        stmt = (
            select(Singer)
            .join(ConcertCall, ConcertCall.singer_id == Singer.id)
            .where(ConcertCall.singer_id == concert_id, ConcertCall.status == CallStatus.CONFIRMED)
            .order_by(Singer.section, Singer.divisi, Singer.name)
        )
        return list(await self.session.scalars(stmt))
