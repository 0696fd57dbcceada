"""Roof geometry: how much of each roof face can actually carry panels."""

from __future__ import annotations

import math
from dataclasses import dataclass

# Fire-code and wind-zone setbacks, in metres.
EDGE_SETBACK_M = 0.4
RIDGE_SETBACK_M = 0.5
FLAT_ROOF_PERIMETER_M = 1.0

# Ballasted frames on flat roofs are tilted, so rows shade each other unless spaced.
FLAT_ROW_SPACING_FACTOR = 0.62


@dataclass(frozen=True)
class RoofFace:
    name: str
    width_m: float
    depth_m: float
    pitch_deg: float
    azimuth_deg: float

    @property
    def is_flat(self) -> bool:
        return self.pitch_deg < 5.0


def _sloped_length(depth_m: float, pitch_deg: float) -> float:
    """Plan depth to the length measured along the slope."""
    return depth_m / math.cos(math.radians(pitch_deg))


def usable_area(face: RoofFace) -> float:
    """Area in m2 that panels may cover once setbacks are taken off."""
    if face.is_flat:
        width = face.width_m - 2 * FLAT_ROOF_PERIMETER_M
        depth = face.depth_m - 2 * FLAT_ROOF_PERIMETER_M
        area = max(width, 0.0) * max(depth, 0.0) * FLAT_ROW_SPACING_FACTOR
    else:
        width = face.width_m - 2 * EDGE_SETBACK_M
        length = _sloped_length(face.depth_m, face.pitch_deg) - RIDGE_SETBACK_M - EDGE_SETBACK_M
        return max(width, 0.0) * max(length, 0.0)


def orientation_factor(face: RoofFace) -> float:
    """Yield multiplier for a face relative to due south at 35 degrees."""
    if face.is_flat:
        return 0.93
    off_south = abs(((face.azimuth_deg - 180.0) + 180.0) % 360.0 - 180.0)
    azimuth_loss = 0.0035 * off_south
    pitch_loss = 0.004 * abs(face.pitch_deg - 35.0)
    return max(0.55, 1.0 - azimuth_loss - pitch_loss)
