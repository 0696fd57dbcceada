"""Check-in batch job: route the day's returns and print the pick list.

``python -m libholds.jobs.process_returns HOLDS_JSON RETURNS_CSV``
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from libholds.returns import read_returns, route_return
from libholds.store import load_queues

logger = logging.getLogger("libholds.checkin")


def main(argv: list[str]) -> int:
    logging.basicConfig(
        stream=sys.stdout,
        level=logging.INFO,
        format="%(asctime)s.%(msecs)03d %(levelname)-7s %(name)s: %(message)s",
        datefmt="%Y-%m-%d %H:%M:%S",
    )
    queues = load_queues(Path(argv[0]))
    returns = read_returns(Path(argv[1]))
    logger.info("loaded %d hold queues, %d returns", len(queues), len(returns))
    errors = 0
    for barcode, isbn, branch in returns:
        try:
            routing = route_return(barcode, isbn, branch, queues)
        except Exception:
            logger.exception("could not route returned item %s (isbn %s)", barcode, isbn)
            errors += 1
            continue
        if routing.hold is None:
            logger.info("%s -> shelve at %s", barcode, branch)
        else:
            logger.info(
                "%s -> %s for card %s (pickup %s)",
                barcode, routing.action, routing.hold.card_number, routing.hold.pickup_branch,
            )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
