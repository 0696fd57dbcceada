"""Warehouse side: turn a fulfilment message into a pick list ordered by walking route."""
from __future__ import annotations

from collections import Counter
from typing import Any

from fulfil.catalog import BIN_LOCATIONS


def pick_list(message: dict[str, Any]) -> list[tuple[str, str, int]]:
    needed: Counter[str] = Counter()
    for line in message["lines"]:
        needed[line["sku"]] += line["quantity"]
    rows = [(BIN_LOCATIONS.get(sku, "UNSLOTTED"), sku, qty) for sku, qty in needed.items()]
    return sorted(rows)


def render(message: dict[str, Any]) -> str:
    out = [f"Order {message['order_id']} -> {message['ship_to']['name']} ({message['ship_to']['country']})"]
    out += [f"  {bin_:<10} {sku:<16} x{qty}" for bin_, sku, qty in pick_list(message)]
    return "\n".join(out)
