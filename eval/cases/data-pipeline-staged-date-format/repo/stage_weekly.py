"""Stage 2: staged readings -> per station, per ISO week aggregates."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

from common import STAGED_DATE_FMT


def iso_week(date_str: str) -> str:
    year, week, _ = dt.datetime.strptime(date_str, STAGED_DATE_FMT).isocalendar()
    return f"{year}-W{week:02d}"


def weekly(staged: Path) -> dict[tuple[str, str], dict[str, float]]:
    acc: dict[tuple[str, str], list[dict]] = defaultdict(list)
    with staged.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            acc[(rec["station"], iso_week(rec["date"]))].append(rec)
    return {
        key: {
            "t_max": max(r["temp_c"] for r in recs),
            "t_min": min(r["temp_c"] for r in recs),
            "rain_mm": round(sum(r["rain_mm"] for r in recs), 1),
        }
        for key, recs in sorted(acc.items())
    }
