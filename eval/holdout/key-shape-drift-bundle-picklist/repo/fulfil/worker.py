"""Drain a batch of paid orders and print pick lists: python -m fulfil.worker fixtures/orders.json"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from fulfil.messages import fulfilment_message
from fulfil.packing import render

log = logging.getLogger("fulfil.worker")


def process(batch_file: Path) -> int:
    failures = 0
    for order in json.loads(batch_file.read_text()):
        try:
            print(render(fulfilment_message(order)))
        except Exception:
            failures += 1
            log.exception("could not build pick list for order %s", order.get("id"))
    return failures


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    failed = process(Path(sys.argv[1]))
    log.info("batch done, %d failed", failed)
    sys.exit(1 if failed else 0)
