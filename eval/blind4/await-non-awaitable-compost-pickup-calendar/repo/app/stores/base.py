"""Storage interface for collection routes and the service calendar."""

from __future__ import annotations

import abc
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RouteStop:
    route_id: str
    bin_id: str
    address: str
    weekday: int
    sequence: int


class PickupStore(abc.ABC):
    @abc.abstractmethod
    async def route_stops(self, route_id: str) -> list[RouteStop]:
        """Stops served by a route, in driving order."""

    @abc.abstractmethod
    async def holidays(self, start: date, end: date) -> set[date]:
        """Days without collection in [start, end]."""
