from __future__ import annotations

from decimal import Decimal

ZONE_BY_COUNTRY = {"DE": 1, "FR": 1, "NL": 1, "PL": 2, "ES": 2, "SE": 3, "US": 4}
BASE_BY_ZONE = {1: Decimal("4.90"), 2: Decimal("7.40"), 3: Decimal("9.90"), 4: Decimal("24.00")}
PER_KG = Decimal("1.15")


def shipping_cost(destination: str, weight_kg: float, *, express: bool = False) -> Decimal:
    """Price of one parcel; destination is an ISO country code."""
    zone = ZONE_BY_COUNTRY[destination]
    price = BASE_BY_ZONE[zone] + PER_KG * Decimal(str(round(weight_kg, 1)))
    if express:
        price *= Decimal("1.8")
    return price.quantize(Decimal("0.01"))
