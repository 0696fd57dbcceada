"""Volunteer shifts as exported from the orchard's sign-up sheet."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path


@dataclass(frozen=True)
class Shift:
    volunteer: str
    task: str
    day: date
    starts: time
    ends: time


def load_shifts(path: Path) -> list[Shift]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    shifts = []
    for item in raw["shifts"]:
        shifts.append(
            Shift(
                volunteer=item["name"].strip(),
                task=item.get("task", "general"),
                day=date.fromisoformat(item["day"]),
                starts=time.fromisoformat(item["from"]),
                ends=time.fromisoformat(item["to"]),
            )
        )
    return shifts
