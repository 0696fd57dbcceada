from inventory.core.config import LOW_STOCK_THRESHOLD
from inventory.models import StockItem
from inventory.repository import StockRepository


class UnknownSku(LookupError):
    pass


class InsufficientStock(ValueError):
    pass


class StockService:
    def __init__(self, repo: StockRepository) -> None:
        self.repo = repo

    async def reserve(self, sku: str, quantity: int) -> StockItem:
        item = await self.repo.get(sku)
        if item is None:
            raise UnknownSku(sku)
        if item.quantity < quantity:
            raise InsufficientStock(f"{sku}: {item.quantity} left, {quantity} requested")
        item.quantity -= quantity
        await self.repo.commit()
        return item

    async def low_stock(self) -> list[StockItem]:
        return list(await self.repo.below(LOW_STOCK_THRESHOLD))
