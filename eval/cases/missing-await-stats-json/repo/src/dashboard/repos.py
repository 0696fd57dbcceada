from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from dashboard.models import Sale


class SalesRepo:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def revenue_since(self, store_id: int, since: datetime) -> Decimal:
        stmt = select(func.coalesce(func.sum(Sale.total), 0)).where(
            Sale.store_id == store_id, Sale.created_at >= since, Sale.refunded.is_(False)
        )
        return Decimal(str(await self.session.scalar(stmt)))

    async def count_since(self, store_id: int, since: datetime) -> int:
        stmt = select(func.count(Sale.id)).where(Sale.store_id == store_id, Sale.created_at >= since)
        return await self.session.scalar(stmt) or 0

    async def refunds_since(self, store_id: int, since: datetime) -> int:
        stmt = select(func.count(Sale.id)).where(
            Sale.store_id == store_id, Sale.created_at >= since, Sale.refunded.is_(True)
        )
        return await self.session.scalar(stmt) or 0
