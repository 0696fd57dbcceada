from sqlalchemy.ext.asyncio import AsyncSession

from stockroom import crud
from stockroom.models import Product


class OutOfStock(Exception):
    def __init__(self, sku: str, available: int) -> None:
        super().__init__(f"{sku}: only {available} available")
        self.sku = sku
        self.available = available


def available_units(product: Product) -> int:
    return product.on_hand - product.reserved


async def reserve(session: AsyncSession, sku: str, order_ref: str, qty: int) -> int:
    product = await crud.get_product(session, sku)
    available = available_units(product)
    if available < qty:
        raise OutOfStock(sku, available)
    reservation = await crud.add_reservation(session, product, order_ref, qty)
    await session.commit()
    return reservation.id
