from __future__ import annotations

import json

from shop.orders.model import Order

ORDER_PLACED = "orders.placed"


def order_placed(order: Order) -> bytes:
    payload = {
        "order_id": order.id,
        "customer_email": order.email,
        "total": str(order.total),
        "item_count": sum(line.quantity for line in order.lines),
        "placed_at": order.placed_at.strftime("%d/%m/%Y %H:%M"),
    }
    return json.dumps(payload).encode()
