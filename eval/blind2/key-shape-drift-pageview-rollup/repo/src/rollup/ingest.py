"""Validate raw beacons and push them onto the rollup queue."""
from __future__ import annotations

import asyncio
import json

from rollup.schema import PageView


async def ingest_lines(lines: list[str], queue: asyncio.Queue[dict]) -> int:
    accepted = 0
    for line in lines:
        view = PageView.model_validate(json.loads(line))
        await queue.put(view.model_dump(mode="json", by_alias=True))
        accepted += 1
    return accepted
