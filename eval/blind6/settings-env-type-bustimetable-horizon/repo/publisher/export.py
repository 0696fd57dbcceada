"""Write one CSV timetable per route covering the publishing window."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

from publisher.network import Route
from publisher.settings import Settings


def departures_on(route: Route, day: date) -> list[time]:
    weekday = day.weekday()
    if weekday < 5:
        return route.weekday_departures
    if weekday == 5:
        return route.saturday_departures
    return route.sunday_departures


def service_days(start: date, settings: Settings) -> Iterator[date]:
    end = start + timedelta(days=settings.horizon_days)
    day = start
    while day < end:
        yield day
        day += timedelta(days=1)


def export_route(route: Route, start: date, settings: Settings) -> Path:
    target = settings.feed_dir / f"route-{route.number.lower()}.csv"
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["date", "departure", "first_stop", "last_stop"])
        for day in service_days(start, settings):
            for dep in departures_on(route, day):
                writer.writerow(
                    [day.isoformat(), dep.strftime("%H:%M"), route.stops[0].code, route.stops[-1].code]
                )
    return target
