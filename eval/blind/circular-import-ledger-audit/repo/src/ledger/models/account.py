from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal

from ledger.models.entry import Entry
from ledger.services.audit import record_event


@dataclass
class Account:
    code: str
    name: str
    currency: str = "EUR"
    entries: list[Entry] = field(default_factory=list)

    @property
    def balance(self) -> Decimal:
        return sum((e.amount for e in self.entries), Decimal("0"))

    def post(self, amount: Decimal, memo: str) -> Entry:
        entry = Entry(self.code, amount, memo, datetime.now(timezone.utc))
        self.entries.append(entry)
        record_event("entry.posted", account=self.code, amount=str(amount))
        return entry
