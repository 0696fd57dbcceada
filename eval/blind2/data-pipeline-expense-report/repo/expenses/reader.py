"""Read expense exports from the card provider (CSV)."""
from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

COLUMN_TYPES: dict[str, Callable[[str], Any]] = {
    "date": date.fromisoformat,
    "receipt": lambda v: v.strip().lower() == "yes",
    "currency": str.upper,
}


def parse_row(raw: dict[str, str]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for column, value in raw.items():
        convert = COLUMN_TYPES.get(column)
        row[column] = convert(value) if convert else value.strip()
    return row


def read_expenses(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(newline="") as fh:
        for raw in csv.DictReader(fh):
            yield parse_row(raw)
