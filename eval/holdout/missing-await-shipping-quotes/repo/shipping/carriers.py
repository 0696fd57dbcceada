"""Carrier rate adapters. Real implementations call the carriers' rate APIs; the
tariff tables below are the contract rates we fall back to when running offline."""
from __future__ import annotations

import asyncio

from shipping.domain import Parcel, Quote


class Carrier:
    name = "base"
    base_cents = 0
    per_kg_cents = 0
    transit_days = 5

    async def quote(self, parcel: Parcel) -> Quote:
        await asyncio.sleep(0)
        billable_kg = max(parcel.weight_g, parcel.volumetric_weight_g) / 1000
        total = self.base_cents + round(billable_kg * self.per_kg_cents)
        return Quote(self.name, "standard", total, self.transit_days)


class PostNL(Carrier):
    name = "postnl"
    base_cents = 495
    per_kg_cents = 180
    transit_days = 3


class DHLParcel(Carrier):
    name = "dhl"
    base_cents = 610
    per_kg_cents = 120
    transit_days = 2


class DPD(Carrier):
    name = "dpd"
    base_cents = 550
    per_kg_cents = 150
    transit_days = 3


ALL_CARRIERS: list[Carrier] = [PostNL(), DHLParcel(), DPD()]
