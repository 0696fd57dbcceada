"""Fare quotes. Distances come from the routing provider in kilometres."""

from __future__ import annotations

from datetime import datetime, time
from decimal import ROUND_HALF_UP, Decimal

from app.rate_cards import rate_card_for

MIN_BILLABLE_KM = Decimal("1.5")
NIGHT_STARTS = time(21, 0)
NIGHT_ENDS = time(6, 0)


def _is_night(at: datetime) -> bool:
    t = at.time()
    return t >= NIGHT_STARTS or t < NIGHT_ENDS


def quote_fare(
    distance_km: float,
    zone_code: str,
    *,
    express: bool = False,
    at: datetime | None = None,
) -> Decimal:
    """Price a job of ``distance_km`` whose pickup is in ``zone_code``."""
    card = rate_card_for(zone_code)
    km = max(MIN_BILLABLE_KM, Decimal(str(distance_km)))
    fare = card.flag_fall + card.per_km * km
    if express:
        fare *= card.express_multiplier
    if at is not None and _is_night(at):
        fare += card.night_surcharge
    return fare.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
