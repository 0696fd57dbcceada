from __future__ import annotations

from datetime import date

from pydantic import BaseModel


class Pickup(BaseModel):
    route_id: str
    bin_id: str
    address: str
    scheduled: date
    collected_on: date
    shifted: bool = False


class RoutePickups(BaseModel):
    route_id: str
    days: int
    pickups: list[Pickup]
