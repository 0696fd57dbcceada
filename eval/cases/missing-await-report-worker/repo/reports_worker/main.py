import asyncio
import logging

from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from reports_worker.config import from_env
from reports_worker.models import Base
from reports_worker.queue import ReportQueue
from reports_worker.renderers import render

log = logging.getLogger("reports_worker")


async def run_once(queue: ReportQueue) -> int:
    done = 0
    for request in await queue.pending():
        await queue.finish(request, render(request.kind, request.params))
        done += 1
    return done


async def main() -> None:
    config = from_env()
    engine = create_async_engine(config.database_url)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    polls = 0
    while True:
        polls += 1
        try:
            async with sessions() as session:
                processed = await run_once(ReportQueue(session, config.batch_size))
            log.info("poll %d: %d reports rendered", polls, processed)
        except Exception:
            log.exception("poll %d failed", polls)
        if config.max_polls and polls >= config.max_polls:
            break
        await asyncio.sleep(config.poll_interval)
    await engine.dispose()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)-7s %(name)s %(message)s")
    asyncio.run(main())
