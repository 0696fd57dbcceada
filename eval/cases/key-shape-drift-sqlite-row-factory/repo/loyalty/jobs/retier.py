"""Nightly job: move customers to the tier their points balance earns.

    python -m loyalty.jobs.retier
"""

from __future__ import annotations

import sys

import structlog

from ..customers import iter_customers, tier_for
from ..db import transaction

structlog.configure(
    processors=[
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.dev.ConsoleRenderer(colors=False, exception_formatter=structlog.dev.plain_traceback),
    ]
)
log = structlog.get_logger("loyalty.retier")


def retier() -> dict[str, int]:
    moved = {"up": 0, "down": 0}
    with transaction() as conn:
        for customer in list(iter_customers(conn)):
            new_tier = tier_for(customer["points"])
            if new_tier == customer["tier"]:
                continue
            conn.execute("UPDATE customers SET tier = ? WHERE id = ?", (new_tier, customer["id"]))
            moved["up" if customer["points"] >= 1000 else "down"] += 1
            log.info("tier changed", customer=customer["email"], tier=new_tier)
    return moved


def main() -> int:
    log.info("retier started")
    try:
        moved = retier()
    except Exception:
        log.exception("retier failed")
        return 1
    log.info("retier finished", **moved)
    return 0


if __name__ == "__main__":
    sys.exit(main())
