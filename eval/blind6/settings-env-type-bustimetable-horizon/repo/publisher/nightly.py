"""Nightly job: regenerate the public timetable files for every route."""

from __future__ import annotations

import logging
import sys
from datetime import date

from publisher.export import export_route
from publisher.network import load_network
from publisher.settings import load_settings

log = logging.getLogger("publisher.nightly")


def run(today: date) -> int:
    settings = load_settings()
    settings.feed_dir.mkdir(parents=True, exist_ok=True)
    failures = 0
    for route in load_network():
        try:
            path = export_route(route, today, settings)
        except Exception:
            log.exception("export failed for route %s", route.number)
            failures += 1
        else:
            log.info("wrote %s", path)
    return failures


def main() -> int:
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s [%(name)s] %(message)s",
    )
    log.info("timetable export starting")
    failures = run(date(2024, 9, 2))
    log.info("timetable export finished with %d failure(s)", failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
