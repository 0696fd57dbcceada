"""Nightly job: summarise volunteer hours for each month's sign-up export."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from rota.hours import hours_by_volunteer
from rota.shifts import load_shifts

log = logging.getLogger("rota.job")


def summarise(path: Path) -> None:
    shifts = load_shifts(path)
    log.info("loaded %d shifts from %s", len(shifts), path.name)
    for name, hours in hours_by_volunteer(shifts).items():
        log.info("%-20s %6.2f h", name, hours)


def main(paths: list[str]) -> int:
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
        stream=sys.stdout,
    )
    failures = 0
    for arg in paths:
        try:
            summarise(Path(arg))
        except Exception:
            failures += 1
            log.exception("could not summarise %s", arg)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
