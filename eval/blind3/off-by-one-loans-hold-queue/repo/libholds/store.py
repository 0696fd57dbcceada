"""Load hold queues from the nightly ILS snapshot."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from libholds.queue import Hold, HoldQueue


def load_queues(path: Path) -> dict[str, HoldQueue]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    grouped: dict[str, list[Hold]] = defaultdict(list)
    for item in raw["holds"]:
        grouped[item["isbn"]].append(
            Hold(
                hold_id=item["id"],
                isbn=item["isbn"],
                card_number=item["card"],
                pickup_branch=item["pickup"],
                placed_at=datetime.fromisoformat(item["placed"]),
                suspended=item.get("suspended", False),
            )
        )
    return {isbn: HoldQueue(isbn, holds) for isbn, holds in grouped.items()}
