"""Reading the back-office CSV export."""
from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    """Yield one dict per data row, with header names and cell values stripped."""
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            yield {key.strip(): (value or "").strip() for key, value in row.items()}
