"""Daily digest worker entry point."""
from __future__ import annotations

import asyncio
import json
import logging
import sys

from .batch import prepare_batch
from .transport import OutboxTransport, dispatch


async def run(events: list[dict[str, str]]) -> int:
    transport = OutboxTransport()
    messages = await prepare_batch(events)
    return await dispatch(transport, messages)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s %(message)s")
    events = json.load(sys.stdin)
    sent = asyncio.run(run(events))
    logging.getLogger("notify.worker").info("sent %d digests", sent)


if __name__ == "__main__":
    main()
