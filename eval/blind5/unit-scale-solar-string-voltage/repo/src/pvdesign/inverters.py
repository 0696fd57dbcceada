from __future__ import annotations

from pvdesign.models import InverterSpec

INVERTERS: list[InverterSpec] = [
    InverterSpec("Sunvale S3.6", 3.68, 600.0, 90.0, 560.0, 2, 14.0),
    InverterSpec("Sunvale S5.0", 5.0, 600.0, 90.0, 560.0, 2, 14.0),
    InverterSpec("Kestrel K8-3P", 8.0, 1000.0, 160.0, 950.0, 2, 16.0),
]


def choose_inverter(array_kwp: float, dc_ac_ratio: float = 1.25) -> InverterSpec:
    """Smallest inverter whose AC rating covers the array at the allowed oversizing."""
    for inverter in sorted(INVERTERS, key=lambda inv: inv.ac_kw):
        if inverter.ac_kw * dc_ac_ratio >= array_kwp:
            return inverter
    raise LookupError(f"no single inverter for a {array_kwp:.2f} kWp array")
