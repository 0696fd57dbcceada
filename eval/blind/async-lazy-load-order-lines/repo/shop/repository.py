from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from .models import Order


class OrderRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, order: Order) -> Order:
        self.session.add(order)
        await self.session.commit()
        return order

    async def by_reference(self, reference: str) -> Order | None:
        stmt = select(Order).where(Order.reference == reference)
        result = await self.session.execute(stmt)
        return result.scalar_one_or_none()
