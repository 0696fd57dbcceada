"""Stage B: shop order lines (JSON export) -> flat records."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class OrderLine:
    order_id: str
    day: dt.date
    sku: str
    quantity: int
    unit_price: float


def load_order_lines(path: Path) -> list[OrderLine]:
    lines = []
    for order in json.loads(path.read_text(encoding="utf-8")):
        day = dt.datetime.fromisoformat(order["created_at"]).date()
        for item in order["items"]:
            lines.append(
                OrderLine(
                    order_id=str(order["id"]),
                    day=day,
                    sku=item["sku"],
                    quantity=int(item["qty"]),
                    unit_price=float(item["price"]),
                )
            )
    return lines
