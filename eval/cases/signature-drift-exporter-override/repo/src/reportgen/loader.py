"""Reading sales extracts."""

from __future__ import annotations

import csv
from pathlib import Path


def load_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Return the header and the rows of a CSV extract."""
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or []), rows
