from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class DeliveryOrder:
    reference: str
    postcode: str
    placed_at: datetime
    crates: int
    fragile: bool = False


def load_orders(path: Path) -> list[DeliveryOrder]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [
        DeliveryOrder(
            reference=item["ref"],
            postcode=item["postcode"],
            placed_at=datetime.fromisoformat(item["placed_at"]),
            crates=int(item["crates"]),
            fragile=bool(item.get("fragile", False)),
        )
        for item in raw["orders"]
    ]
