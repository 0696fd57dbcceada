"""Stage 1: raw station CSVs -> staging/readings.jsonl (one reading per line, metric units)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

from common import STAGING_DIR, STATION_DATE_FMT


def f_to_c(value: float) -> float:
    return round((value - 32) * 5 / 9, 1)


def normalize_file(path: Path) -> list[dict]:
    station = path.stem.upper()
    date_fmt = STATION_DATE_FMT[station]
    out = []
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            day = dt.datetime.strptime(row["date"], date_fmt).date()
            temp = float(row["temp"])
            if row.get("unit", "C").upper() == "F":
                temp = f_to_c(temp)
            out.append(
                {
                    "station": station,
                    "date": day.strftime(date_fmt),
                    "temp_c": temp,
                    "rain_mm": float(row.get("rain") or 0),
                }
            )
    return out


def run(raw_dir: Path) -> Path:
    STAGING_DIR.mkdir(exist_ok=True)
    target = STAGING_DIR / "readings.jsonl"
    with target.open("w", encoding="utf-8") as fh:
        for path in sorted(raw_dir.glob("*.csv")):
            for rec in normalize_file(path):
                fh.write(json.dumps(rec) + "\n")
    return target
