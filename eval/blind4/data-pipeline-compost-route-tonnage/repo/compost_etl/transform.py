"""Turn raw scale tickets into typed readings with net weights in kilograms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

KG_PER_LB = Decimal("0.45359237")
CENTS = Decimal("0.01")


@dataclass(frozen=True)
class ScaleReading:
    ticket: str
    route_id: str
    bin_id: str
    net_kg: float
    collected_at: datetime


def to_kg(raw: str, unit: str) -> float:
    """Convert a scale value to kilograms.

    The older trucks on the east routes still report pounds.
    """
    unit = unit.strip().lower()
    if unit in ("kg", "kgs"):
        return float(raw)
    if unit in ("lb", "lbs"):
        return (Decimal(raw) * KG_PER_LB).quantize(CENTS, rounding=ROUND_HALF_UP)
    raise ValueError(f"unknown scale unit {unit!r}")


def to_reading(row: dict[str, str]) -> ScaleReading:
    gross = to_kg(row["gross"], row["unit"])
    tare = to_kg(row["tare"], row["unit"])
    return ScaleReading(
        ticket=row["ticket"],
        route_id=row["route_id"].strip().upper(),
        bin_id=row["bin_id"].strip(),
        net_kg=gross - tare,
        collected_at=datetime.fromisoformat(row["collected_at"]),
    )


def transform(rows):
    return [to_reading(row) for row in rows]
