"""Daily per-route tonnage and contamination-free totals."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from compost_etl.transform import ScaleReading


def route_totals(readings: Iterable[ScaleReading]) -> dict[str, float]:
    """Sum net kilograms collected per route."""
    totals: dict[str, float] = defaultdict(float)
    for reading in readings:
        totals[reading.route_id] += reading.net_kg
    return {route: round(kg, 1) for route, kg in sorted(totals.items())}


def bins_serviced(readings: Iterable[ScaleReading]) -> dict[str, int]:
    counts: dict[str, set[str]] = defaultdict(set)
    for reading in readings:
        counts[reading.route_id].add(reading.bin_id)
    return {route: len(bins) for route, bins in sorted(counts.items())}
