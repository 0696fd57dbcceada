from dataclasses import dataclass

from shop.conf import config
from shop.orm import Cart


@dataclass(frozen=True)
class Line:
    name: str
    quantity: int
    unit_cents: int
    available: bool

    @property
    def subtotal_cents(self) -> int:
        return self.unit_cents * self.quantity


@dataclass(frozen=True)
class CartSummary:
    token: str
    lines: list[Line]
    items_cents: int
    shipping_cents: int

    @property
    def total_cents(self) -> int:
        return self.items_cents + self.shipping_cents


def summarize(cart: Cart) -> CartSummary:
    lines = [
        Line(
            name=item.product.name,
            quantity=item.quantity,
            unit_cents=item.product.price_cents,
            available=item.product.in_stock,
        )
        for item in cart.items
    ]
    items_cents = sum(line.subtotal_cents for line in lines)
    shipping = 0 if items_cents >= config.free_shipping_over_cents else config.shipping_cents
    return CartSummary(cart.token, lines, items_cents, shipping)
