"""Daily figures for the lift operations meeting."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from liftdesk.records import LIFTS, ScanRow


def rides_per_lift(rows: Iterable[ScanRow]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for row in rows:
        if row["accepted"]:
            counts[row["lift_id"]] += 1
    return counts


def rejected_passes(rows: Iterable[ScanRow]) -> list[str]:
    return sorted({row["pass_no"] for row in rows if not row["accepted"]})


def format_daily(rows: list[ScanRow]) -> str:
    counts = rides_per_lift(rows)
    lines = ["lift                      rides"]
    for lift_id, name in LIFTS.items():
        lines.append(f"{name:<24} {counts.get(lift_id, 0):>6}")
    rejected = rejected_passes(rows)
    lines.append(f"rejected passes: {len(rejected)}")
    return "\n".join(lines)
