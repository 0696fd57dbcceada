"""Fare calculation: a passenger part plus a per-metre vehicle deck charge."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ferry_api.vehicles import VehicleSpec

PASSENGER_FARE = {"standard": Decimal("18.50"), "flexi": Decimal("26.00")}
DECK_RATE_PER_M = {"standard": Decimal("7.20"), "flexi": Decimal("9.10")}
HIGH_VEHICLE_SURCHARGE = Decimal("15.00")
LANE_GAP_M = 0.5


def deck_metres(spec: VehicleSpec) -> Decimal:
    return Decimal(str(spec["length_m"] + LANE_GAP_M))


def quote(spec: VehicleSpec, passengers: int, ticket: str) -> dict[str, Decimal]:
    passengers_total = PASSENGER_FARE[ticket] * passengers
    vehicle_total = deck_metres(spec) * DECK_RATE_PER_M[ticket]
    if not spec["mezzanine_ok"]:
        vehicle_total += HIGH_VEHICLE_SURCHARGE
    total = (passengers_total + vehicle_total).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return {"passengers": passengers_total, "vehicle": vehicle_total, "total": total}
