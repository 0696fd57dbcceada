"""In-memory store used for local development and the demo deployment."""

from __future__ import annotations

from datetime import date

from app.stores.base import PickupStore, RouteStop

_DEMO_STOPS = [
    RouteStop("N1", "BIN-1020", "14 Alder Row", 0, 1),
    RouteStop("N1", "BIN-1022", "22 Alder Row", 0, 2),
    RouteStop("N1", "BIN-1031", "3 Quarry Lane", 0, 3),
    RouteStop("E2", "BIN-2207", "101 Harbour St", 2, 1),
    RouteStop("E2", "BIN-2213", "7 Netmakers Ct", 2, 2),
]

_DEMO_HOLIDAYS = {date(2026, 11, 26), date(2026, 12, 25), date(2027, 1, 1)}


class InMemoryPickupStore(PickupStore):
    def __init__(self, stops: list[RouteStop] | None = None, holidays: set[date] | None = None) -> None:
        self._stops: dict[str, list[RouteStop]] = {}
        for stop in stops if stops is not None else _DEMO_STOPS:
            self._stops.setdefault(stop.route_id, []).append(stop)
        self._holidays = set(holidays if holidays is not None else _DEMO_HOLIDAYS)

    def route_stops(self, route_id: str) -> list[RouteStop]:
        return sorted(self._stops.get(route_id.upper(), []), key=lambda s: s.sequence)

    async def holidays(self, start: date, end: date) -> set[date]:
        return {d for d in self._holidays if start <= d <= end}
