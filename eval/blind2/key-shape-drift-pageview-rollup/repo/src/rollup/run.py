"""Batch entry point: python -m rollup.run beacons.jsonl"""
from __future__ import annotations

import asyncio
import sys

from rollup.aggregate import SessionRollup, consume
from rollup.ingest import ingest_lines


async def main(path: str) -> None:
    queue: asyncio.Queue[dict] = asyncio.Queue(maxsize=100)
    rollup = SessionRollup()
    worker = asyncio.create_task(consume(queue, rollup))
    with open(path) as fh:
        await ingest_lines(fh.read().splitlines(), queue)
    await asyncio.wait({worker, asyncio.create_task(queue.join())}, return_when=asyncio.FIRST_COMPLETED)
    if worker.done():
        worker.result()
    worker.cancel()
    for session, count in rollup.pages_per_session.most_common():
        print(f"{session}\t{count}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
