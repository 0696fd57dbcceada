"""Consume 'issue invoice' jobs from the queue file and send notifications."""
from __future__ import annotations

import json
import logging
import sys
from decimal import Decimal

from billing import mailer, storage

log = logging.getLogger("billing.worker")


def handle(job: dict) -> None:
    invoice = storage.issue_invoice(job["customer_id"], Decimal(job["total"]))
    mailer.notify_issued(invoice)


def main(path: str) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    storage.init_db()
    failures = 0
    with open(path) as fh:
        for line in fh:
            job = json.loads(line)
            try:
                handle(job)
            except Exception:
                failures += 1
                log.exception("job %s failed", job.get("id"))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
