from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class Reading:
    sensor: str
    at: datetime
    celsius: float


def load(path: Path) -> dict[str, list[Reading]]:
    by_sensor: dict[str, list[Reading]] = {}
    with path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            r = Reading(row["sensor"], datetime.fromisoformat(row["at"]), float(row["celsius"]))
            by_sensor.setdefault(r.sensor, []).append(r)
    for series in by_sensor.values():
        series.sort(key=lambda r: r.at)
    return by_sensor
