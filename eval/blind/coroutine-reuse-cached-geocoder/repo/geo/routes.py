from __future__ import annotations

from .distance import haversine_km
from .geocoder import geocode


async def leg_km(origin: str, destination: str) -> float:
    a = await geocode(origin)
    b = await geocode(destination)
    return round(haversine_km(a, b), 1)


async def route_km(stops: list[str]) -> float:
    total = 0.0
    for origin, destination in zip(stops, stops[1:]):
        total += await leg_km(origin, destination)
    return total
