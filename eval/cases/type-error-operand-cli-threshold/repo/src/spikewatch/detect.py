"""Rolling z-score detector."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from .series import Point


def zscores(points: Sequence[Point], window: int) -> list[tuple[Point, float]]:
    scored = []
    for i in range(window, len(points)):
        history = [p.value for p in points[i - window : i]]
        mean = statistics.fmean(history)
        spread = statistics.pstdev(history) or 1e-9
        scored.append((points[i], (points[i].value - mean) / spread))
    return scored


def anomalies(points: Sequence[Point], window: int, threshold: float) -> list[tuple[Point, float]]:
    return [(p, z) for p, z in zscores(points, window) if abs(z) > threshold]
