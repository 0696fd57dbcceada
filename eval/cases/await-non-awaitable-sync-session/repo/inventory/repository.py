from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from inventory.models import StockItem


class StockRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, sku: str) -> StockItem | None:
        result = await self.session.execute(select(StockItem).where(StockItem.sku == sku))
        return result.scalar_one_or_none()

    async def below(self, threshold: int) -> Sequence[StockItem]:
        result = await self.session.execute(
            select(StockItem).where(StockItem.quantity < threshold).order_by(StockItem.quantity)
        )
        return result.scalars().all()

    async def commit(self) -> None:
        await self.session.commit()
