"""Per-session rollups: how many pages each visitor session saw."""
from __future__ import annotations

import asyncio
from collections import Counter, defaultdict


class SessionRollup:
    def __init__(self) -> None:
        self.pages_per_session: Counter[str] = Counter()
        self.paths: defaultdict[str, set[str]] = defaultdict(set)

    def add(self, event: dict) -> None:
        session = event["session_id"]
        self.pages_per_session[session] += 1
        self.paths[session].add(event["page_path"])


async def consume(queue: asyncio.Queue[dict], rollup: SessionRollup) -> None:
    while True:
        event = await queue.get()
        try:
            rollup.add(event)
        finally:
            queue.task_done()
