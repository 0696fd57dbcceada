"""Observation rows and daily statistics."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from statistics import fmean


@dataclass(frozen=True)
class Reading:
    observed_at: datetime
    temperature_c: float
    humidity_pct: float
    pressure_hpa: float
    rain_mm: float


@dataclass(frozen=True)
class DailyStats:
    count: int
    t_min: float
    t_max: float
    t_mean: float
    rain_total: float


def _data_lines(path: Path):
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#") and line.strip():
                yield line


def load_readings(path: Path) -> list[Reading]:
    rows = csv.DictReader(_data_lines(path))
    out = []
    for row in rows:
        out.append(
            Reading(
                observed_at=datetime.fromisoformat(row["time"]),
                temperature_c=float(row["t_air"]),
                humidity_pct=float(row["rh"]),
                pressure_hpa=float(row["p_stn"]),
                rain_mm=float(row["rain"] or 0.0),
            )
        )
    return out


def daily_stats(readings: list[Reading]) -> DailyStats:
    temps = [r.temperature_c for r in readings]
    return DailyStats(
        count=len(readings),
        t_min=min(temps),
        t_max=max(temps),
        t_mean=fmean(temps),
        rain_total=sum(r.rain_mm for r in readings),
    )
