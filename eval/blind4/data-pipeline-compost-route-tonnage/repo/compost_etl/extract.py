"""Read raw truck-scale exports (one CSV per collection day)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

EXPECTED_COLUMNS = ("ticket", "route_id", "bin_id", "gross", "tare", "unit", "collected_at")


def read_scale_export(path: Path) -> Iterator[dict[str, str]]:
    """Yield one dict per scale ticket, skipping blank lines and voided tickets."""
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = set(EXPECTED_COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path.name}: missing columns {sorted(missing)}")
        for row in reader:
            if not row.get("ticket"):
                continue
            if row["ticket"].startswith("VOID"):
                continue
            yield row
