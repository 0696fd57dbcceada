"""python -m nursery_ops: print tomorrow's van loading plan."""

from __future__ import annotations

import argparse
import logging
import sys

from nursery_ops.orders import load_orders
from nursery_ops.planner import plan
from nursery_ops.settings import load_settings

log = logging.getLogger("nursery_ops")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nursery_ops")
    parser.add_argument("command", choices=["plan"])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)-7s %(name)s %(message)s",
    )

    settings = load_settings()
    orders = load_orders(settings.orders_file)
    log.info("loaded %d orders from %s", len(orders), settings.orders_file)
    try:
        schedule = plan(orders, settings)
    except Exception:
        log.exception("dispatch planning failed")
        return 1
    for day, vans in schedule.items():
        for van in vans:
            refs = ", ".join(order.reference for order in van.orders)
            print(f"{day:%a %d %b} van {van.number}: {van.crates:>3} crates  {refs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
