"""Read the tasting sheets the sommeliers' tablet app drops into the inbox."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

# The tablet app writes its header row in the device language, so columns
# are mapped by position and the header is skipped.
FIELDNAMES = ("bottle_id", "tasted_on", "taster", "notes", "score", "scale")


def sheets(inbox: Path) -> list[Path]:
    return sorted(inbox.glob("tasting_*.csv"))


def read_sheet(path: Path) -> Iterator[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh, fieldnames=FIELDNAMES)
        next(reader, None)
        for row in reader:
            if not any(value and value.strip() for value in row.values()):
                continue
            yield {key: (value or "").strip() for key, value in row.items()}


def extract(inbox: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in sheets(inbox):
        for row in read_sheet(path):
            row["source"] = path.name
            rows.append(row)
    return rows
