from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Point:
    ts: str
    value: float


def read_series(path: Path, column: str) -> list[Point]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [Point(row["timestamp"], float(row[column])) for row in csv.DictReader(fh)]
