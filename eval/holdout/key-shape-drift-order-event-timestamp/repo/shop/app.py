"""Wire the bus and run one checkout end to end: python -m shop.app"""
from __future__ import annotations

import asyncio
from decimal import Decimal

from shop.bus import Bus
from shop.notifications.consumer import on_order_placed, outbox
from shop.orders.checkout import place_order
from shop.orders.events import ORDER_PLACED
from shop.orders.model import Order, OrderLine


async def main() -> None:
    bus = Bus()
    bus.subscribe(ORDER_PLACED, on_order_placed)
    await place_order(bus, Order(7731, "noor@example.com", [OrderLine("TSHIRT-M-NAVY", 2, Decimal("19.95"))]))
    await bus.drain()
    for to, message in outbox:
        print(f"to: {to}\n{message}")


if __name__ == "__main__":
    asyncio.run(main())
