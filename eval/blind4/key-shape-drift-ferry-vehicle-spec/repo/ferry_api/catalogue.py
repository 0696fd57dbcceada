"""Vehicle classes sold on the vehicle deck, with their nominal dimensions."""

from __future__ import annotations

VEHICLE_CLASSES: dict[str, dict[str, float]] = {
    "motorcycle": {"length_m": 2.4, "height_m": 1.5},
    "car": {"length_m": 4.8, "height_m": 1.9},
    "van": {"length_m": 6.0, "height_m": 2.6},
    "motorhome": {"length_m": 8.0, "height_m": 3.4},
}

# Vehicles taller than this go on the main deck; the rest may use the mezzanine.
MEZZANINE_MAX_HEIGHT_M = 2.0
