"""Average daily draw per tank, from the till's fuel sale export."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

from fueldock.models import DailyDraw

PUMP_TO_TANK = {"pump-1": "D1", "pump-2": "D1", "pump-3": "P1"}


def average_draw(path: Path) -> dict[str, DailyDraw]:
    totals: dict[str, float] = defaultdict(float)
    days: dict[str, set[date]] = defaultdict(set)
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            tank = PUMP_TO_TANK[row["pump"]]
            totals[tank] += float(row["litres"])
            days[tank].add(datetime.fromisoformat(row["sold_at"]).date())
    return {
        tank: DailyDraw(tank_code=tank, litres_per_day=totals[tank] / max(len(days[tank]), 1))
        for tank in totals
    }
