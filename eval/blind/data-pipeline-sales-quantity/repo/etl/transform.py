from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any


def parse_row(raw: dict[str, str]) -> dict[str, Any]:
    return {
        "order_id": int(raw["order_id"]),
        "store": raw["store"].strip(),
        "sku": raw["sku"].strip().upper(),
        "quantity": raw["quantity"].strip(),
        "unit_price": float(raw["unit_price"]),
        "sold_at": datetime.fromisoformat(raw["sold_at"]),
    }


def line_total(row: dict[str, Any]) -> float:
    return round(row["quantity"] * row["unit_price"], 2)


def revenue_by_store(rows: Iterable[dict[str, Any]]) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for row in rows:
        totals[row["store"]] += line_total(row)
    return dict(sorted(totals.items()))
