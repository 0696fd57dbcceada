from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple


class RateCard(NamedTuple):
    flag_fall: Decimal
    per_km: Decimal
    express_multiplier: Decimal
    night_surcharge: Decimal


RATE_CARDS: dict[str, RateCard] = {
    "central": RateCard(Decimal("6.50"), Decimal("1.40"), Decimal("1.75"), Decimal("3.00")),
    "riverside": RateCard(Decimal("5.90"), Decimal("1.25"), Decimal("1.60"), Decimal("2.50")),
    "uptown": RateCard(Decimal("5.20"), Decimal("1.10"), Decimal("1.50"), Decimal("2.50")),
}


def rate_card_for(zone_code: str) -> RateCard:
    try:
        return RATE_CARDS[zone_code.strip().lower()]
    except KeyError:
        raise LookupError(f"no rate card for zone {zone_code!r}") from None
