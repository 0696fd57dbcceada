from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass

from . import settings
from .backoff import retry_delay
from .transport import DeliveryFailed, ScriptedTransport

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Webhook:
    id: str
    url: str
    event: str
    payload: dict


async def deliver(hook: Webhook, transport: ScriptedTransport) -> int:
    body = json.dumps({"event": hook.event, "data": hook.payload}).encode()
    for attempt in range(1, settings.MAX_ATTEMPTS + 1):
        try:
            return await transport.post(hook.url, body, settings.REQUEST_TIMEOUT)
        except DeliveryFailed as exc:
            if attempt == settings.MAX_ATTEMPTS:
                raise
            delay = retry_delay(attempt)
            log.warning("%s: %s, retrying in %.2fs", hook.id, exc, delay)
            await asyncio.sleep(delay)
    raise AssertionError("unreachable")
