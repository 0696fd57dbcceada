"""Background worker: ``python -m depotq.worker [--once] [--init]``."""

from __future__ import annotations

import argparse
import asyncio
import logging

from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from depotq import settings
from depotq.jobs import close_finished_orders
from depotq.models import Base
from depotq.notifiers import build_notifier

log = logging.getLogger("depotq.worker")


async def main(once: bool, init: bool) -> None:
    engine = create_async_engine(settings.DATABASE_URL)
    if init:
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
        await engine.dispose()
        return
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    notifier = build_notifier()
    try:
        while True:
            async with sessions() as session:
                closed = await close_finished_orders(session, notifier)
            log.info("closed %d work orders", closed)
            if once:
                break
            await asyncio.sleep(settings.POLL_SECONDS)
    finally:
        await engine.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--once", action="store_true")
    parser.add_argument("--init", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main(args.once, args.init))
