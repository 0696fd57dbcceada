from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class PriceBand:
    code: str
    label: str
    price: Decimal


def bands_for(performance_kind: str) -> list[PriceBand]:
    """Seat price bands; matinees are a flat discount off the evening prices."""
    evening = [
        PriceBand("A", "Stalls A-D / Dress circle front", Decimal("34.50")),
        PriceBand("B", "Stalls E-K", Decimal("28.00")),
        PriceBand("C", "Upper circle", Decimal("19.50")),
        PriceBand("R", "Restricted view", Decimal("12.00")),
    ]
    if performance_kind == "matinee":
        return [PriceBand(b.code, b.label, b.price - Decimal("4.00")) for b in evening]
    return evening
