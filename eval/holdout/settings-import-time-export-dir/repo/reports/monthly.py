from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from reports.ledger import Entry


def account_totals(entries: Iterable[Entry], year: int, month: int) -> list[tuple[str, Decimal]]:
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for entry in entries:
        if (entry.booked_on.year, entry.booked_on.month) == (year, month):
            totals[entry.account] += entry.amount
    return sorted(totals.items())
