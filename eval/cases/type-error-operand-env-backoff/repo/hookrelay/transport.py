"""Transports. `ScriptedTransport` replays canned answers (used in staging drills)."""

from __future__ import annotations

import asyncio
from collections import defaultdict


class DeliveryFailed(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(f"endpoint answered {status}")
        self.status = status


class ScriptedTransport:
    def __init__(self, script: dict[str, list[int]]) -> None:
        self.script = script
        self.calls: dict[str, int] = defaultdict(int)

    async def post(self, url: str, body: bytes, timeout: float) -> int:
        await asyncio.sleep(0)
        answers = self.script.get(url, [200])
        status = answers[min(self.calls[url], len(answers) - 1)]
        self.calls[url] += 1
        if status >= 500:
            raise DeliveryFailed(status)
        return status
