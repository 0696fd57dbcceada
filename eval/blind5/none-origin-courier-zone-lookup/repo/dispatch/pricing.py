"""Fare calculation for a single courier job."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from dispatch.zones import Zone

EXPRESS_MULTIPLIER = Decimal("1.6")
CROSS_ZONE_SURCHARGE = Decimal("2.00")
MIN_BILLABLE_KM = Decimal("1.0")


@dataclass(frozen=True)
class Quote:
    pickup_zone: str
    dropoff_zone: str
    distance_km: Decimal
    total: Decimal


def _money(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def quote(pickup: Zone, dropoff: Zone, distance_km: float, *, express: bool = False) -> Quote:
    """Price a job: the dearer zone's base rate and per-km rate, plus extras."""
    base = Decimal(str(max(pickup.base_rate, dropoff.base_rate)))
    per_km = Decimal(str(max(pickup.per_km, dropoff.per_km)))
    km = max(MIN_BILLABLE_KM, Decimal(str(distance_km)))
    total = base + per_km * km
    if pickup.code != dropoff.code:
        total += CROSS_ZONE_SURCHARGE
    if express:
        total *= EXPRESS_MULTIPLIER
    return Quote(pickup.code, dropoff.code, km, _money(total))
