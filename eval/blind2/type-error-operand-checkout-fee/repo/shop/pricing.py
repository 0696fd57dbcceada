"""Cart pricing: subtotal, shipping and VAT, all in Decimal."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from shop.config import Settings

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Line:
    sku: str
    unit_price: Decimal
    quantity: int


@dataclass(frozen=True)
class Quote:
    subtotal: Decimal
    shipping: Decimal
    vat: Decimal
    total: Decimal


def shipping_for(subtotal: Decimal, settings: Settings) -> Decimal:
    if subtotal >= settings.free_shipping_over:
        return Decimal("0")
    return settings.shipping_flat_fee


def quote(lines: list[Line], settings: Settings) -> Quote:
    subtotal = sum((line.unit_price * line.quantity for line in lines), Decimal("0"))
    shipping = shipping_for(subtotal, settings)
    vat = ((subtotal + shipping) * Decimal(settings.vat_rate)).quantize(CENT, ROUND_HALF_UP)
    return Quote(subtotal=subtotal, shipping=shipping, vat=vat, total=subtotal + shipping + vat)
