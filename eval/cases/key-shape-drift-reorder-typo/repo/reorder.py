"""Print purchase orders for items at or below their reorder point.

    python reorder.py snapshot.json
"""

from __future__ import annotations

import sys
from pathlib import Path

from stock import StockItem, load_snapshot
from suppliers import format_order, group_by_supplier


def available(item: StockItem) -> int:
    return item["on_hand"] - item["reserved"]


def needs_reorder(item: StockItem) -> bool:
    return available(item) <= item["reorder_piont"]


def main(path: str) -> int:
    items = load_snapshot(Path(path))
    lines = [(i["supplier"], i["sku"], i["reorder_qty"]) for i in items if needs_reorder(i)]
    for supplier, order in sorted(group_by_supplier(lines).items()):
        print(format_order(supplier, order))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
