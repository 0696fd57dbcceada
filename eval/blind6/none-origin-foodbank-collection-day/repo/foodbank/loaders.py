from __future__ import annotations

import csv
from pathlib import Path

from .models import Household


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def load_households(path: Path) -> list[Household]:
    households = []
    for row in read_rows(path):
        households.append(
            Household(
                ref=row["ref"].strip(),
                adults=int(row["adults"]),
                children=int(row["children"] or 0),
                preferred_day=row["preferred_day"].strip().lower(),
                dietary=[d for d in row.get("dietary", "").split(";") if d],
            )
        )
    return households
