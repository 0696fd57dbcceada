"""Promo codes valid for the current season."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from salesetl.records import OrderLine

PROMOTIONS: dict[str, Decimal] = {
    "AUTUMN10": Decimal("0.10"),
    "STAFF25": Decimal("0.25"),
}


def apply_promotion(line: OrderLine) -> OrderLine:
    """Return the line with its unit price reduced by the promo code, if any."""
    rate = PROMOTIONS.get(line.promo_code or "")
    if rate is None:
        return line
    discounted = (line.unit_price * (1 - rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return OrderLine(
        order_id=line.order_id,
        sku=line.sku,
        quantity=line.quantity,
        unit_price=discounted,
        currency=line.currency,
        promo_code=None,
    )
