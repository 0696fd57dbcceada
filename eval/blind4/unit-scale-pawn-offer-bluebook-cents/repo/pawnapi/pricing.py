"""What we expect to get for an item if the pledge is forfeited and we sell it."""
from __future__ import annotations

from decimal import Decimal

from pawnapi.catalog import ReferencePrice

CONDITION_FACTOR = {
    "mint": Decimal("1.00"),
    "good": Decimal("0.90"),
    "fair": Decimal("0.70"),
    "poor": Decimal("0.45"),
}

THIN_MARKET_DISCOUNT = Decimal("0.85")


def resale_estimate(ref: ReferencePrice, condition: str) -> Decimal:
    """Expected resale value in dollars."""
    estimate = Decimal(ref.median_sale_cents) * CONDITION_FACTOR[condition]
    if ref.sample_size < 10:
        estimate *= THIN_MARKET_DISCOUNT
    return estimate
