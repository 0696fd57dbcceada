"""Outgoing stock notifications (picked up by the storefront cache worker)."""

from __future__ import annotations

import json
import logging
from collections import deque
from datetime import datetime, timezone

from nursery.models import Plant
from nursery.schemas import PlantOut

log = logging.getLogger(__name__)

LOW_STOCK_THRESHOLD = 5
outbox: deque[str] = deque(maxlen=500)


def notify_stock_change(plant: Plant, reason: str) -> None:
    snapshot = PlantOut.model_validate(plant)
    snapshot.in_stock = snapshot.stock > 0
    message = {
        "type": "stock.changed",
        "at": datetime.now(timezone.utc).isoformat(),
        "reason": reason,
        "plant": snapshot.model_dump(mode="json"),
        "low_stock": snapshot.stock <= LOW_STOCK_THRESHOLD,
    }
    outbox.append(json.dumps(message))
    log.debug("queued stock notification for %s", plant.sku)
