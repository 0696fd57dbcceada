"""The published network: routes, their stops and the departures of a service day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time


@dataclass(frozen=True)
class Stop:
    code: str
    name: str


@dataclass
class Route:
    number: str
    name: str
    stops: list[Stop]
    weekday_departures: list[time] = field(default_factory=list)
    saturday_departures: list[time] = field(default_factory=list)
    sunday_departures: list[time] = field(default_factory=list)


def load_network() -> list[Route]:
    harbour = Stop("VC0101", "Harbour Square")
    station = Stop("VC0114", "Railway Station")
    hospital = Stop("VC0230", "Community Hospital")
    uplands = Stop("VC0412", "Uplands Estate")
    return [
        Route(
            number="12",
            name="Harbour - Uplands",
            stops=[harbour, station, hospital, uplands],
            weekday_departures=[time(6, 45), time(7, 15), time(7, 45), time(17, 30)],
            saturday_departures=[time(8, 0), time(12, 0), time(16, 0)],
        ),
        Route(
            number="X4",
            name="Coast Express",
            stops=[harbour, station],
            weekday_departures=[time(7, 5), time(18, 5)],
            saturday_departures=[time(9, 5)],
            sunday_departures=[time(10, 5)],
        ),
    ]
