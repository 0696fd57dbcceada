from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from checkout.models import Order, OrderLine, Product


class UnknownProduct(LookupError):
    pass


@dataclass(frozen=True)
class Confirmation:
    order_id: int
    email: str
    total: Decimal


async def place_order(session: AsyncSession, email: str, items: dict[str, int]) -> Confirmation:
    products = {
        p.sku: p for p in (await session.scalars(select(Product).where(Product.sku.in_(items)))).all()
    }
    missing = set(items) - set(products)
    if missing:
        raise UnknownProduct(", ".join(sorted(missing)))

    order = Order(email=email, total=Decimal("0.00"))
    for sku, quantity in items.items():
        product = products[sku]
        order.lines.append(OrderLine(product_id=product.id, quantity=quantity, unit_price=product.price))
        order.total += product.price * quantity
    session.add(order)
    await session.commit()
    return Confirmation(order_id=order.id, email=order.email, total=order.total)
