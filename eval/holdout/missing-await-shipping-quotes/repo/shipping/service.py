from __future__ import annotations

from collections.abc import Sequence

from shipping.carriers import ALL_CARRIERS, Carrier
from shipping.domain import Parcel, Quote
from shipping.pricing import pick_cheapest


class RateShopper:
    def __init__(self, carriers: Sequence[Carrier] = ALL_CARRIERS) -> None:
        self.carriers = list(carriers)

    async def collect(self, parcel: Parcel) -> list[Quote]:
        return [carrier.quote(parcel) for carrier in self.carriers]

    async def best(self, parcel: Parcel, max_transit_days: int | None = None) -> Quote:
        quotes = await self.collect(parcel)
        return pick_cheapest(quotes, max_transit_days)
