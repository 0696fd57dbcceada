"""Work out the next pickup dates for every bin on a route."""

from __future__ import annotations

from datetime import date, timedelta

from app.schemas import Pickup
from app.stores.base import PickupStore


class PickupScheduleService:
    def __init__(self, store: PickupStore, today: date) -> None:
        self.store = store
        self.today = today

    async def upcoming(self, route_id: str, days: int) -> list[Pickup]:
        stops = await self.store.route_stops(route_id)
        if not stops:
            return []
        end = self.today + timedelta(days=days)
        closed = await self.store.holidays(self.today, end)

        pickups: list[Pickup] = []
        for offset in range(days + 1):
            day = self.today + timedelta(days=offset)
            for stop in stops:
                if stop.weekday != day.weekday():
                    continue
                actual = day + timedelta(days=1) if day in closed else day
                pickups.append(
                    Pickup(
                        route_id=stop.route_id,
                        bin_id=stop.bin_id,
                        address=stop.address,
                        scheduled=day,
                        collected_on=actual,
                        shifted=actual != day,
                    )
                )
        return pickups
