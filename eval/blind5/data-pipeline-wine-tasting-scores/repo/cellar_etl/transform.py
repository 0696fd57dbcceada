"""Clean the raw rows and put every score on the 100-point scale."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

SCALE_OFFSETS = {20: (50.0, 2.5), 100: (0.0, 1.0)}


@dataclass(frozen=True)
class Tasting:
    bottle_id: str
    tasted_on: date
    taster: str
    points: float
    notes: str
    source: str


def to_points(score: str, scale: str) -> float:
    """Convert a score on the sheet's scale (20 or 100) to 100-point."""
    offset, factor = SCALE_OFFSETS[int(scale)]
    return round(offset + float(score) * factor, 1)


def dedupe(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Keep one row per (bottle, taster, day): tablets re-send sheets after a sync failure."""
    seen: dict[tuple[str, str, str], dict[str, str]] = {}
    for row in rows:
        seen[(row["bottle_id"], row["taster"], row["tasted_on"])] = row
    return list(seen.values())


def transform(rows: list[dict[str, str]]) -> list[Tasting]:
    tastings = []
    for row in dedupe(rows):
        tastings.append(
            Tasting(
                bottle_id=row["bottle_id"],
                tasted_on=date.fromisoformat(row["tasted_on"]),
                taster=row["taster"],
                points=to_points(row["score"], row["scale"]),
                notes=row["notes"],
                source=row["source"],
            )
        )
    return tastings
