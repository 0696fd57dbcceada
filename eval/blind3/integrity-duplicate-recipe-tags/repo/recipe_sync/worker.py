"""Entry point: ``python -m recipe_sync.worker FEED.json``."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path

from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from recipe_sync.importer import import_batch
from recipe_sync.models import Base
from recipe_sync.settings import settings

log = logging.getLogger("recipe_sync.worker")


async def run(feed_path: Path) -> int:
    feed = json.loads(feed_path.read_text())
    engine = create_async_engine(settings.database_url, echo=settings.echo_sql)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    entries = feed["recipes"]
    failed = 0
    for start in range(0, len(entries), settings.batch_size):
        batch = entries[start : start + settings.batch_size]
        async with sessions() as session:
            try:
                count = await import_batch(session, feed["source"], batch)
            except Exception:
                failed += 1
                await session.rollback()
                log.exception("batch starting at %d from %s failed", start, feed["source"])
            else:
                log.info("imported %d recipes from %s", count, feed["source"])
    await engine.dispose()
    return 1 if failed else 0


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    sys.exit(asyncio.run(run(Path(sys.argv[1]))))


if __name__ == "__main__":
    main()
