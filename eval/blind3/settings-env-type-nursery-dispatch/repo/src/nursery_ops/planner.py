"""Assign web orders to delivery days and vans."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from nursery_ops.orders import DeliveryOrder
from nursery_ops.settings import DispatchSettings


@dataclass
class VanLoad:
    day: date
    number: int
    orders: list[DeliveryOrder] = field(default_factory=list)

    @property
    def crates(self) -> int:
        return sum(order.crates for order in self.orders)


def delivery_day(order: DeliveryOrder, settings: DispatchSettings) -> date:
    tz = ZoneInfo(settings.timezone)
    placed = order.placed_at.astimezone(tz)
    cutoff = datetime.combine(placed.date(), time(hour=settings.cutoff_hour), tzinfo=tz)
    day = placed.date() + timedelta(days=1 if placed < cutoff else 2)
    while day.weekday() == 6:
        day += timedelta(days=1)
    return day


def plan(orders: list[DeliveryOrder], settings: DispatchSettings) -> dict[date, list[VanLoad]]:
    by_day: dict[date, list[DeliveryOrder]] = defaultdict(list)
    for order in orders:
        by_day[delivery_day(order, settings)].append(order)

    schedule: dict[date, list[VanLoad]] = {}
    for day, day_orders in sorted(by_day.items()):
        vans: list[VanLoad] = []
        for order in sorted(day_orders, key=lambda o: (not o.fragile, o.postcode)):
            van = next((v for v in vans if v.crates + order.crates <= settings.van_capacity_crates), None)
            if van is None:
                van = VanLoad(day=day, number=len(vans) + 1)
                vans.append(van)
            van.orders.append(order)
        schedule[day] = vans
    return schedule
