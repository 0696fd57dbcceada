from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Parcel:
    weight_g: int
    length_cm: int
    width_cm: int
    height_cm: int
    destination_country: str

    @property
    def volumetric_weight_g(self) -> int:
        return self.length_cm * self.width_cm * self.height_cm // 5


@dataclass(frozen=True)
class Quote:
    carrier: str
    service: str
    total_cents: int
    transit_days: int

    @property
    def total(self) -> Decimal:
        return Decimal(self.total_cents) / 100
