"""A tiny async-friendly in-memory catalog used by the service and its tests."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Product:
    sku: str
    name: str
    prices: dict[str, Decimal] = field(default_factory=dict)


class Catalog:
    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._products: dict[str, Product] = {
            "KB-101": Product("KB-101", "Mechanical keyboard", {"EUR": Decimal("89.00")}),
            "MS-220": Product("MS-220", "Wireless mouse", {"EUR": Decimal("34.90")}),
        }

    async def find(self, sku: str) -> Product | None:
        return self._products.get(sku)

    async def set_price(self, product: Product, currency: str, amount: Decimal) -> Product:
        async with self._lock:
            product.prices[currency] = amount
        return product


catalog = Catalog()


async def get_catalog() -> Catalog:
    return catalog
