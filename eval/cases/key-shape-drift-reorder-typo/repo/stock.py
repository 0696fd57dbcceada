"""Reading the nightly stock snapshot exported by the warehouse system."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypedDict


class StockItem(TypedDict):
    sku: str
    on_hand: int
    reserved: int
    reorder_point: int
    reorder_qty: int
    supplier: str


def load_snapshot(path: Path) -> list[StockItem]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    items: list[StockItem] = []
    for entry in raw["items"]:
        items.append(
            StockItem(
                sku=entry["sku"],
                on_hand=int(entry["on_hand"]),
                reserved=int(entry.get("reserved", 0)),
                reorder_point=int(entry["reorder_point"]),
                reorder_qty=int(entry["reorder_qty"]),
                supplier=entry["supplier"],
            )
        )
    return items
