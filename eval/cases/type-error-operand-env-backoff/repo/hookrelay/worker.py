"""python -m hookrelay.worker <queue.json>"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from . import settings
from .delivery import Webhook, deliver
from .transport import ScriptedTransport


async def drain(hooks: list[Webhook], transport: ScriptedTransport) -> dict[str, int]:
    limit = asyncio.Semaphore(settings.CONCURRENCY)
    results: dict[str, int] = {}

    async def one(hook: Webhook) -> None:
        async with limit:
            results[hook.id] = await deliver(hook, transport)

    async with asyncio.TaskGroup() as tg:
        for hook in hooks:
            tg.create_task(one(hook))
    return results


def main(path: str) -> int:
    spec = json.loads(Path(path).read_text())
    hooks = [Webhook(**h) for h in spec["queue"]]
    transport = ScriptedTransport(spec.get("script", {}))
    results = asyncio.run(drain(hooks, transport))
    print(f"delivered {len(results)}/{len(hooks)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
