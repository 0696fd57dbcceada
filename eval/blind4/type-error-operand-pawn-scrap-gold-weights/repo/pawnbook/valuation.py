from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from pawnbook.metals import fineness
from pawnbook.tickets import ScaleReading

REFINING_HAIRCUT = Decimal("0.82")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class MeltValuation:
    ticket_no: str
    net_grams: Decimal
    fine_grams: Decimal
    offer: Decimal


def melt_value(reading: ScaleReading, spot_per_gram: Decimal) -> MeltValuation:
    net = reading.gross_grams - reading.tare_grams
    if net <= 0:
        raise ValueError(f"{reading.ticket_no}: tare exceeds gross weight")
    fine = net * fineness(reading.karat)
    offer = (fine * spot_per_gram * REFINING_HAIRCUT).quantize(CENT, rounding=ROUND_DOWN)
    return MeltValuation(reading.ticket_no, net, fine, offer)
