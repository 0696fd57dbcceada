from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

LEAD_TIME_DAYS = {"nordic-tools": 5, "pacific-fasteners": 12}


def group_by_supplier(lines: Iterable[tuple[str, str, int]]) -> dict[str, list[tuple[str, int]]]:
    orders: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for supplier, sku, qty in lines:
        orders[supplier].append((sku, qty))
    return dict(orders)


def format_order(supplier: str, lines: list[tuple[str, int]]) -> str:
    days = LEAD_TIME_DAYS.get(supplier, 7)
    body = "\n".join(f"  {sku:<12} x{qty}" for sku, qty in lines)
    return f"{supplier} (lead time {days}d)\n{body}"
