"""Enqueue the nightly maintenance jobs."""
from __future__ import annotations

import logging

from .jobs import make_job
from .queue import JobQueue

log = logging.getLogger("scheduler.nightly")


def plan() -> list:
    return [
        make_job("import", {"source": "s3://feeds/partners/"}, priority=2),
        make_job("reindex", {"index": "products"}),
        make_job("cleanup", {"older_than_days": 30}, labels=["maintenance"], priority=8),
    ]


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s [%(process)d] %(levelname)s %(name)s: %(message)s")
    queue = JobQueue()
    for job in plan():
        try:
            queue.submit(job)
        except Exception:
            log.exception("could not enqueue %s job", job.kind)
            return 1
    log.info("enqueued %d jobs", len(queue))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
