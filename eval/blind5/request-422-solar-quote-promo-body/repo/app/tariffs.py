"""Import/export tariffs the savings estimate is based on (GBP per kWh)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tariff:
    code: str
    import_rate: float
    export_rate: float
    standing_charge_day: float


TARIFFS = {
    "FLEX-24": Tariff("FLEX-24", 0.245, 0.15, 0.53),
    "FIXED-12": Tariff("FIXED-12", 0.262, 0.12, 0.49),
    "AGILE-EXP": Tariff("AGILE-EXP", 0.231, 0.19, 0.47),
}

PROMOS = {"SPRING25": 0.05, "NEIGHBOUR": 0.03}


def get_tariff(code: str) -> Tariff | None:
    return TARIFFS.get(code.upper())
