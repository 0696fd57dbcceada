from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from stockroom.models import Product, Reservation


async def list_products(session: AsyncSession) -> list[Product]:
    result = await session.scalars(select(Product).order_by(Product.sku))
    return list(result)


async def get_product(session: AsyncSession, sku: str) -> Product | None:
    return await session.get(Product, sku)


async def add_reservation(session: AsyncSession, product: Product, order_ref: str, qty: int) -> Reservation:
    reservation = Reservation(product_id=product.id, order_ref=order_ref, quantity=qty)
    session.add(reservation)
    product.reserved += qty
    await session.flush()
    return reservation
