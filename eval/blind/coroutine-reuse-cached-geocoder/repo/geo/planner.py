"""Estimate driving legs for the day's delivery tours."""
from __future__ import annotations

import asyncio
import logging

from .routes import route_km

log = logging.getLogger("geo.planner")

TOURS = {
    "tour-a": ["Berlin", "Hamburg"],
    "tour-b": ["Berlin", "Munich", "Hamburg"],
}


async def plan() -> dict[str, float]:
    result = {}
    for name, stops in TOURS.items():
        result[name] = await route_km(stops)
        log.info("%s: %s km", name, result[name])
    return result


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
    asyncio.run(plan())
