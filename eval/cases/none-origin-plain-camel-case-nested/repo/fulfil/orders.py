from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .normalize import to_snake
from .routing import warehouse_for


@dataclass(frozen=True)
class PickTicket:
    order_number: str
    warehouse: str
    lines: list[tuple[str, int]]


def pick_ticket(message: dict[str, Any]) -> PickTicket:
    order = to_snake(message)
    lines = [(item["sku"], int(item["quantity"])) for item in order["line_items"]]
    return PickTicket(
        order_number=order["order_number"],
        warehouse=warehouse_for(order["shipping_address"]),
        lines=lines,
    )
