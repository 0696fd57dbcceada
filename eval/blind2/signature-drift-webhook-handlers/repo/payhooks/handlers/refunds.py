from __future__ import annotations

import logging

log = logging.getLogger("payhooks.refunds")


def on_refund_created(event: dict) -> None:
    refund = event["data"]
    log.info("refund %s for charge %s", refund["id"], refund["charge"])
