from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from shop.models import Customer, Order, OrderLine


def load_orders(path: Path) -> list[Order]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    orders = []
    for item in raw:
        customer = Customer(**item["customer"])
        lines = [OrderLine(l["sku"], l["quantity"], Decimal(l["unit_price"])) for l in item["lines"]]
        orders.append(Order(id=item["id"], customer=customer, lines=lines))
    return orders
