"""Smoothing and spike detection for temperature series."""
from __future__ import annotations

from collections.abc import Sequence


def centered_average(values: Sequence[float], radius: int = 1) -> list[float]:
    """Average each point with `radius` neighbours on both sides (edges use what exists)."""
    out = []
    for i in range(len(values)):
        lo = max(0, i - radius)
        hi = min(len(values), i + radius + 1)
        window = values[lo:hi]
        out.append(sum(window) / len(window))
    return out


def deltas(values: Sequence[float]) -> list[float]:
    """Change between consecutive points."""
    return [values[i + 1] - values[i] for i in range(len(values))]


def spikes(values: Sequence[float], threshold: float) -> list[int]:
    return [i + 1 for i, d in enumerate(deltas(values)) if abs(d) >= threshold]
