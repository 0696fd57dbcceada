"""Fit panels onto roof faces."""

from __future__ import annotations

import math
from dataclasses import dataclass

from solarquote.panels import Panel

# Clamps and rails eat a little of every module footprint.
PACKING_EFFICIENCY = 0.88


@dataclass(frozen=True)
class FaceLayout:
    face_name: str
    panel_count: int
    kwp: float


def panels_that_fit(area_m2: float, panel: Panel) -> int:
    """Whole panels that fit in ``area_m2`` after packing losses."""
    return math.floor(area_m2 * PACKING_EFFICIENCY / panel.area_m2)


def layout_face(face_name: str, area_m2: float, panel: Panel, limit: int | None = None) -> FaceLayout:
    count = panels_that_fit(area_m2, panel)
    if limit is not None:
        count = min(count, limit)
    return FaceLayout(face_name, count, round(count * panel.watts_peak / 1000, 2))
