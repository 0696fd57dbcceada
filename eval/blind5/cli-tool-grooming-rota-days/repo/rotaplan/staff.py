from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Groomer:
    name: str
    works: frozenset[str]
    max_shifts: int
    can_hand_strip: bool = False


def load_staff(path: Path) -> list[Groomer]:
    """Read the salon's staff file (a JSON list of groomers)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    staff = []
    for item in raw:
        works = frozenset(day.lower()[:3] for day in item["works"])
        unknown = works - set(WEEKDAYS)
        if unknown:
            raise ValueError(f"{item['name']}: unknown weekday(s) {sorted(unknown)}")
        staff.append(
            Groomer(
                name=item["name"],
                works=works,
                max_shifts=int(item.get("max_shifts", 5)),
                can_hand_strip=bool(item.get("hand_strip", False)),
            )
        )
    return staff
