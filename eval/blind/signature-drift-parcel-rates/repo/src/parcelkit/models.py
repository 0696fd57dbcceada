from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Parcel:
    order_id: str
    country: str
    weight_kg: float
    express: bool = False


@dataclass
class Manifest:
    carrier: str
    parcels: list[Parcel] = field(default_factory=list)
