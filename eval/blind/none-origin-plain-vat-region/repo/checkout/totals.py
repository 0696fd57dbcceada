from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from .cart import Cart
from .tax import tax_rate

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Address:
    country: str
    region: str | None = None
    vat_id: str | None = None


@dataclass(frozen=True)
class Totals:
    subtotal: Decimal
    tax: Decimal
    total: Decimal


def compute_totals(cart: Cart, ship_to: Address) -> Totals:
    rate = tax_rate(ship_to.country, ship_to.region, business=bool(ship_to.vat_id))
    tax = (cart.subtotal * rate).quantize(CENT, rounding=ROUND_HALF_EVEN)
    return Totals(subtotal=cart.subtotal, tax=tax, total=cart.subtotal + tax)
