"""Price calculation: line totals, tier discounts, VAT."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from shop.models import Order, OrderLine

TIER_DISCOUNTS = {"standard": Decimal("0"), "silver": Decimal("0.03"), "gold": Decimal("0.07")}
VAT_RATE = Decimal("0.21")
CENT = Decimal("0.01")


def line_total(line: OrderLine) -> Decimal:
    return (line.unit_price * line.quantity).quantize(CENT, rounding=ROUND_HALF_EVEN)


def order_subtotal(order: Order) -> Decimal:
    subtotal = sum((line_total(line) for line in order.lines), Decimal("0"))
    discount = TIER_DISCOUNTS.get(order.customer.tier, Decimal("0"))
    return (subtotal * (1 - discount)).quantize(CENT, rounding=ROUND_HALF_EVEN)


def order_total(order: Order) -> Decimal:
    subtotal = order_subtotal(order)
    return (subtotal * (1 + VAT_RATE)).quantize(CENT, rounding=ROUND_HALF_EVEN)


def with_bulk_bonus(order: Order, threshold: int = 10) -> Order:
    """Bulk orders get one free unit of each line ordered at `threshold` units or more."""
    bonus = [OrderLine(line.sku, 1, Decimal("0")) for line in order.lines if line.quantity >= threshold]
    return Order(id=order.id, customer=order.customer, lines=[*order.lines, *bonus], currency=order.currency)
