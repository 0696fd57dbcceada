"""Run every nightly job; one failing job does not stop the others."""

from __future__ import annotations

import logging
import sys

from . import settings
from .jobs import JOBS

log = logging.getLogger("nightly")


def main() -> int:
    logging.basicConfig(
        level=settings.LOG_LEVEL,
        format="%(asctime)s [%(process)d] %(levelname)s %(name)s - %(message)s",
        datefmt="%Y-%m-%dT%H:%M:%S%z",
    )
    failed = []
    for name, job in JOBS.items():
        log.info("starting %s", name)
        try:
            result = job()
        except Exception:
            log.exception("job %s failed", name)
            failed.append(name)
        else:
            log.info("%s: %s", name, result)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
