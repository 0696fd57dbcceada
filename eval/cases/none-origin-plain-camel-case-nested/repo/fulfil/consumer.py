"""Consume 'order.paid' messages and emit pick tickets.

    python -m fulfil.consumer inbox/
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from .orders import pick_ticket

log = logging.getLogger("fulfil.consumer")


def handle(path: Path) -> bool:
    message = json.loads(path.read_text(encoding="utf-8"))
    try:
        ticket = pick_ticket(message["data"])
    except Exception:
        log.exception("message %s could not be processed; moved to dead-letter", path.name)
        return False
    log.info("order %s -> %s (%d lines)", ticket.order_number, ticket.warehouse, len(ticket.lines))
    return True


def main(inbox: str) -> int:
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(threadName)s %(name)s %(message)s",
    )
    results = [handle(p) for p in sorted(Path(inbox).glob("*.json"))]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
