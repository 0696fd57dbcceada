"""Aggregations for the monthly expense report."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any


def totals_by(rows: Iterable[dict[str, Any]], key: str) -> dict[str, Decimal]:
    grouped: defaultdict[str, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row[key]].append(row["amount"])
    return {name: sum(amounts, Decimal("0")) for name, amounts in sorted(grouped.items())}


def missing_receipts(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [row for row in rows if not row["receipt"]]
