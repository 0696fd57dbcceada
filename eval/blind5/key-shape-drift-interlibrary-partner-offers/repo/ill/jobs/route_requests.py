"""Nightly job: route every open interlibrary-loan request to a partner library.

Run with ``python -m ill.jobs.route_requests``.
"""

from __future__ import annotations

import json
import logging
import sys

from ill.offers import collect_offers
from ill.routing import pick_lender
from ill.settings import load_settings
from ill.types import LoanRequest

log = logging.getLogger("ill.route_requests")


def open_requests(data_dir) -> list[LoanRequest]:
    with open(data_dir / "open_requests.json", encoding="utf-8") as fh:
        return json.load(fh)


def route_one(request: LoanRequest, settings) -> str | None:
    offers = collect_offers(settings.data_dir, request)
    if not offers:
        log.warning("request %s (%s): no partner can lend it", request["id"], request["isbn"])
        return None
    lender = pick_lender(offers, request, settings.max_fee)
    if lender is None:
        log.warning("request %s: every offer is over the %.2f fee cap", request["id"], settings.max_fee)
        return None
    log.info("request %s -> %s (%s)", request["id"], lender["partner_code"], lender["call_number"])
    return lender["partner_code"]


def main() -> int:
    settings = load_settings()
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s [%(name)s] %(message)s",
        stream=sys.stdout,
    )
    failures = 0
    requests = open_requests(settings.data_dir)
    log.info("routing %d open requests for %s", len(requests), settings.home_library)
    for request in requests:
        try:
            route_one(request, settings)
        except Exception:
            failures += 1
            log.exception("could not route request %s", request["id"])
    log.info("done: %d routed or skipped, %d failed", len(requests) - failures, failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
