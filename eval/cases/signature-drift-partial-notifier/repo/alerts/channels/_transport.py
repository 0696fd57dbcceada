"""Fake transport used in dev mode: records deliveries instead of hitting the network."""

from __future__ import annotations

import asyncio
import logging

log = logging.getLogger("alerts.transport")

OUTBOX: list[tuple[str, str, str]] = []


async def deliver(channel: str, target: str, body: str, *, max_attempts: int) -> None:
    for attempt in range(1, max_attempts + 1):
        await asyncio.sleep(0)
        OUTBOX.append((channel, target, body))
        log.debug("delivered via %s to %s (attempt %d)", channel, target, attempt)
        return
