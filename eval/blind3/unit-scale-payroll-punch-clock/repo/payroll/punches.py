"""Badge punches from the site terminals and manual corrections from HR."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True, order=True)
class Punch:
    """One badge event. ``at`` is a POSIX timestamp in seconds."""

    at: int
    badge: str
    direction: str  # "in" or "out"
    source: str = "terminal"


def read_terminal_export(path: Path) -> list[Punch]:
    """Read the nightly CSV export of a ZK-series terminal (badge;epoch_ms;dir)."""
    punches = []
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            punches.append(
                Punch(
                    at=int(row["epoch_ms"]),
                    badge=row["badge"].strip(),
                    direction="in" if row["dir"].strip() == "0" else "out",
                )
            )
    return punches


def read_corrections(path: Path) -> list[Punch]:
    """Manual corrections entered by HR as ISO timestamps."""
    if not path.exists():
        return []
    out = []
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            when = datetime.fromisoformat(row["when"])
            out.append(Punch(int(when.timestamp()), row["badge"], row["direction"], "hr"))
    return out
