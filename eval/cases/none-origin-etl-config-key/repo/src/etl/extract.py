from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any


def read_orders(source: dict[str, Any], base_dir: Path) -> Iterator[dict[str, Any]]:
    path = base_dir / source["path"]
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter=source.get("delimiter", ",")):
            yield {
                "order_id": int(row["order_id"]),
                "day": row["day"],
                "store": row["store"],
                "amount": Decimal(row["amount"]),
            }
