from __future__ import annotations

from shop.bus import Bus
from shop.orders import events
from shop.orders.model import Order


async def place_order(bus: Bus, order: Order) -> Order:
    if not order.lines:
        raise ValueError("empty basket")
    await bus.publish(events.ORDER_PLACED, events.order_placed(order))
    return order
