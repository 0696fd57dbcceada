from __future__ import annotations

import logging
from collections.abc import Iterable

from payouts.events import PayoutEvent
from payouts.ledger import MerchantBalances

log = logging.getLogger(__name__)


def decode(raw: str) -> PayoutEvent:
    return PayoutEvent.parse_raw(raw)


def consume(messages: Iterable[str], balances: MerchantBalances) -> int:
    seen: set[str] = set()
    for raw in messages:
        if not raw.strip():
            continue
        event = decode(raw)
        if event.event_id in seen:
            log.info("skipping duplicate %s", event.event_id)
            continue
        seen.add(event.event_id)
        balances.apply(event)
    return len(seen)
