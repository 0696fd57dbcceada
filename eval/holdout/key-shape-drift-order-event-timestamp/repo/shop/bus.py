"""In-process stand-in for the message broker (the deployed version publishes to SQS)."""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

Handler = Callable[[bytes], Awaitable[None]]


class Bus:
    def __init__(self) -> None:
        self._queue: asyncio.Queue[tuple[str, bytes]] = asyncio.Queue()
        self._handlers: dict[str, list[Handler]] = {}

    def subscribe(self, topic: str, handler: Handler) -> None:
        self._handlers.setdefault(topic, []).append(handler)

    async def publish(self, topic: str, body: bytes) -> None:
        await self._queue.put((topic, body))

    async def drain(self) -> None:
        while not self._queue.empty():
            topic, body = await self._queue.get()
            for handler in self._handlers.get(topic, []):
                await handler(body)
