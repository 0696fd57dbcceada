"""Where token buckets live between requests."""

import json
import time
from typing import Protocol

import aiosqlite


class BucketStore(Protocol):
    async def load(self, key: str) -> dict: ...

    async def save(self, key: str, bucket: dict) -> None: ...


class MemoryBucketStore:
    """Per-process buckets; fine for a single worker and for development."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._buckets: dict[str, dict] = {}

    def load(self, key: str) -> dict:
        return self._buckets.setdefault(
            key, {"tokens": float(self.capacity), "updated": time.monotonic()}
        )

    def save(self, key: str, bucket: dict) -> None:
        self._buckets[key] = bucket


class SqliteBucketStore:
    """Buckets shared by every worker on the host."""

    def __init__(self, path: str, capacity: int) -> None:
        self.path = path
        self.capacity = capacity

    async def load(self, key: str) -> dict:
        async with aiosqlite.connect(self.path) as db:
            await db.execute("CREATE TABLE IF NOT EXISTS buckets (key TEXT PRIMARY KEY, state TEXT)")
            async with db.execute("SELECT state FROM buckets WHERE key = ?", (key,)) as cur:
                row = await cur.fetchone()
        if row is None:
            return {"tokens": float(self.capacity), "updated": time.monotonic()}
        return json.loads(row[0])

    async def save(self, key: str, bucket: dict) -> None:
        async with aiosqlite.connect(self.path) as db:
            await db.execute(
                "INSERT INTO buckets (key, state) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET state = excluded.state",
                (key, json.dumps(bucket)),
            )
            await db.commit()
