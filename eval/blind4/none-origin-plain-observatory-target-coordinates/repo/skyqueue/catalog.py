"""Targets submitted with the approved proposals."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from skyqueue.coords import parse_dec, parse_ra


@dataclass(frozen=True)
class Target:
    program: str
    name: str
    ra_deg: float
    dec_deg: float
    priority: int
    exposure_min: int


def load_targets(path: Path) -> list[Target]:
    targets = []
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            targets.append(
                Target(
                    program=row["program"],
                    name=row["name"],
                    ra_deg=parse_ra(row["ra"]),
                    dec_deg=parse_dec(row["dec"]),
                    priority=int(row.get("priority") or 3),
                    exposure_min=int(row["exposure_min"]),
                )
            )
    return targets
