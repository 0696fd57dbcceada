"""Stage 3: figures for the weekly revenue mail."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any


def revenue_by_region(rows: Iterable[dict[str, Any]]) -> dict[str, float]:
    gross: dict[str, float] = defaultdict(float)
    discounts: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        gross[row["region"]] += row["quantity"] * row["unit_price"]
        discounts[row["region"]].append(row["discount"])
    return {region: round(gross[region] - sum(discounts[region]), 2) for region in sorted(gross)}
