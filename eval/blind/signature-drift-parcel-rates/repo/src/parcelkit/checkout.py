from __future__ import annotations

from decimal import Decimal

from .rates import shipping_cost


def estimate(cart_weight_kg: float, country: str, express: bool) -> Decimal:
    return shipping_cost(country.upper(), cart_weight_kg, express=express)
