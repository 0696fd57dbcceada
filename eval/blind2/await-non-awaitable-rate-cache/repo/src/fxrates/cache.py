"""Cache backends for quoted rates.

Production uses Redis; local runs and tests use the in-memory backend.
"""
from __future__ import annotations

import time
from typing import Protocol


class RateCache(Protocol):
    async def get(self, key: str) -> float | None: ...

    async def set(self, key: str, value: float, ttl: int) -> None: ...


class RedisRateCache:
    def __init__(self, client) -> None:  # redis.asyncio.Redis
        self.client = client

    async def get(self, key: str) -> float | None:
        raw = await self.client.get(key)
        return float(raw) if raw is not None else None

    async def set(self, key: str, value: float, ttl: int) -> None:
        await self.client.set(key, value, ex=ttl)


class MemoryRateCache:
    def __init__(self) -> None:
        self._data: dict[str, tuple[float, float]] = {}

    def get(self, key: str) -> float | None:
        hit = self._data.get(key)
        if hit is None or hit[1] < time.monotonic():
            return None
        return hit[0]

    async def set(self, key: str, value: float, ttl: int) -> None:
        self._data[key] = (value, time.monotonic() + ttl)
