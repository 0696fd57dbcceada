from __future__ import annotations

import math
from dataclasses import dataclass

from storefinder.clients.geocoder import Point


@dataclass(frozen=True)
class Store:
    id: str
    name: str
    location: Point


STORES = [
    Store("lis-01", "Lisboa Baixa", Point(38.7107, -9.1366)),
    Store("lis-02", "Lisboa Alvalade", Point(38.7481, -9.1426)),
    Store("opo-01", "Porto Bolhão", Point(41.1496, -8.6067)),
]


def haversine_km(a: Point, b: Point) -> float:
    r = 6371.0
    dlat = math.radians(b.lat - a.lat)
    dlon = math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(a.lat)) * math.cos(math.radians(b.lat)) * math.sin(dlon / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def nearest(origin: Point, limit: int) -> list[tuple[Store, float]]:
    ranked = sorted(((s, haversine_km(origin, s.location)) for s in STORES), key=lambda pair: pair[1])
    return ranked[:limit]
