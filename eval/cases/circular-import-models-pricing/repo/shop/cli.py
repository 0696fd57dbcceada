"""`python -m shop.cli totals ORDERS.json`: print the invoice total of each order."""

from __future__ import annotations

import sys
from pathlib import Path

from shop import models
from shop.pricing import order_total
from shop.storage import load_orders


def totals(path: Path) -> None:
    for order in load_orders(path):
        assert isinstance(order, models.Order)
        print(f"#{order.id} {order.customer.name}: {order_total(order)} {order.currency}")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "totals":
        sys.exit("usage: python -m shop.cli totals ORDERS.json")
    totals(Path(sys.argv[2]))
