from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any


def daily_totals(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    totals: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for row in rows:
        key = (row["day"], row["store"])
        totals[key] += row["amount"]
        counts[key] += 1
    return [
        {"day": day, "store": store, "orders": counts[(day, store)], "revenue": str(total)}
        for (day, store), total in sorted(totals.items())
    ]
