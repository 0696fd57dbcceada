"""Load tank gauge exports (CSV files written by the dipstick logger)."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from fueldock.models import Tank, TankReading

TANKS: dict[str, Tank] = {
    "D1": Tank(code="D1", product="marine diesel", capacity_litres=20000.0, reorder_litres=4000.0),
    "P1": Tank(code="P1", product="unleaded 95", capacity_litres=8000.0, reorder_litres=1500.0),
}


def _parse_timestamp(raw: str) -> datetime:
    return datetime.strptime(raw.strip(), "%Y-%m-%d %H:%M")


def load_readings(path: Path) -> list[TankReading]:
    """Read every gauge row, oldest first."""
    readings: list[TankReading] = []
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            readings.append(
                TankReading(
                    tank_code=row["tank"].strip().upper(),
                    taken_at=_parse_timestamp(row["taken_at"]),
                    level_litres=row["level_l"].strip(),
                )
            )
    readings.sort(key=lambda r: r.taken_at)
    return readings


def latest_by_tank(readings: list[TankReading]) -> dict[str, TankReading]:
    latest: dict[str, TankReading] = {}
    for reading in readings:
        latest[reading.tank_code] = reading
    return latest
