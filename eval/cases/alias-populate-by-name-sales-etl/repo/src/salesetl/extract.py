from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from salesetl.records import OrderLine


def read_export(path: Path) -> Iterator[OrderLine]:
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cleaned = {key: (value or None) for key, value in row.items()}
            yield OrderLine.model_validate(cleaned)
