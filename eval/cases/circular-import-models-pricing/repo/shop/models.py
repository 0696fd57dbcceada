"""Domain objects for orders."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from shop.pricing import line_total


@dataclass
class Customer:
    id: int
    name: str
    tier: str = "standard"


@dataclass
class OrderLine:
    sku: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return line_total(self)


@dataclass
class Order:
    id: int
    customer: Customer
    lines: list[OrderLine] = field(default_factory=list)
    currency: str = "EUR"
