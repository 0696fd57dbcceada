from __future__ import annotations

from collections.abc import Sequence

from shipping.domain import Quote

HANDLING_FEE_CENTS = 150


def pick_cheapest(quotes: Sequence[Quote], max_transit_days: int | None = None) -> Quote:
    eligible = [q for q in quotes if max_transit_days is None or q.transit_days <= max_transit_days]
    if not eligible:
        raise LookupError("no carrier can deliver in time")
    return min(eligible, key=lambda q: q.total_cents)


def customer_price_cents(quote: Quote) -> int:
    return quote.total_cents + HANDLING_FEE_CENTS
