from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from payouts.events import PayoutEvent, PayoutEventType


@dataclass
class MerchantBalances:
    pending: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    paid_out: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def apply(self, event: PayoutEvent) -> None:
        key = f"{event.merchant_id}:{event.currency}"
        if event.type is PayoutEventType.CREATED:
            self.pending[key] += event.amount_cents
        elif event.type is PayoutEventType.PAID:
            self.pending[key] -= event.amount_cents
            self.paid_out[key] += event.amount_cents
        elif event.type is PayoutEventType.FAILED:
            self.pending[key] -= event.amount_cents
