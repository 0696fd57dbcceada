"""Stage 2: validate and type the raw rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

REGIONS = {"shop-berlin": "DE", "shop-hamburg": "DE", "shop-vienna": "AT"}


def clean_row(raw: dict[str, str]) -> dict[str, Any]:
    return {
        "order_id": raw["order_id"].strip(),
        "day": dt.date.fromisoformat(raw["date"]),
        "region": REGIONS.get(raw["shop"], "other"),
        "quantity": int(raw["qty"]),
        "unit_price": float(raw["unit_price"]),
        "discount": raw.get("discount") or 0.0,
        "refunded": raw.get("refunded", "").lower() in {"1", "true", "yes"},
    }


def clean(rows: Iterable[dict[str, str]]) -> Iterator[dict[str, Any]]:
    for raw in rows:
        if not raw.get("order_id"):
            continue
        row = clean_row(raw)
        if not row["refunded"]:
            yield row
