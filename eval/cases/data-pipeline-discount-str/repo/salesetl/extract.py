"""Stage 1: read the raw order exports (one CSV per shop)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path


def read_exports(folder: Path) -> Iterator[dict[str, str]]:
    for path in sorted(folder.glob("orders_*.csv")):
        shop = path.stem.removeprefix("orders_")
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                row["shop"] = shop
                yield row
