"""Stage C: join order lines with the cost valid on the order day."""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict

from .orders import OrderLine
from .prices import PriceIndex


def cost_on(index: PriceIndex, sku: str, day: dt.date) -> float:
    history = index[sku]
    pos = bisect.bisect_right(history, (day, float("inf")))
    return history[max(pos - 1, 0)][1]


def margin_by_sku(lines: list[OrderLine], index: PriceIndex) -> dict[str, float]:
    margin: dict[str, float] = defaultdict(float)
    for line in lines:
        unit_cost = cost_on(index, line.sku, line.day)
        margin[line.sku] += (line.unit_price - unit_cost) * line.quantity
    return {sku: round(value, 2) for sku, value in sorted(margin.items())}
