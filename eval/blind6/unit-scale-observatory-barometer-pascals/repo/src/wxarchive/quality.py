from __future__ import annotations

from .records import Reading

PLAUSIBLE = {
    "TEMP": (-40.0, 50.0),
    "HUM": (0.0, 100.0),
    "BARO": (870.0, 1085.0),
    "WIND": (0.0, 75.0),
}


class ImplausibleReading(ValueError):
    pass


def check(reading: Reading) -> Reading:
    low, high = PLAUSIBLE[reading.quantity]
    if not low <= reading.value <= high:
        raise ImplausibleReading(
            f"{reading.quantity} reading {reading.value:.1f} {reading.unit} from {reading.sensor_id} "
            f"at {reading.taken_at:%Y-%m-%d %H:%M} outside plausible range {low:g}..{high:g}"
        )
    return reading
