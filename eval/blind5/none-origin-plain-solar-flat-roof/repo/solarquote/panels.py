"""Panel catalogue used by the quoting tool."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Panel:
    sku: str
    model: str
    watts_peak: int
    length_m: float
    width_m: float
    unit_cost: float

    @property
    def area_m2(self) -> float:
        return self.length_m * self.width_m


CATALOGUE: dict[str, Panel] = {
    p.sku: p
    for p in (
        Panel("AX-410M", "Axion 410 Mono", 410, 1.722, 1.134, 118.0),
        Panel("AX-435B", "Axion 435 Bifacial", 435, 1.762, 1.134, 139.0),
        Panel("HL-380", "Helior 380 Black", 380, 1.755, 1.038, 104.5),
    )
}


def get_panel(sku: str) -> Panel:
    try:
        return CATALOGUE[sku]
    except KeyError:
        raise SystemExit(f"unknown panel SKU {sku!r}; known: {', '.join(sorted(CATALOGUE))}")
