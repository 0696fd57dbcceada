"""Normalised description of a vehicle on a booking."""

from __future__ import annotations

from typing import TypedDict

from ferry_api.catalogue import MEZZANINE_MAX_HEIGHT_M, VEHICLE_CLASSES


class UnknownVehicleClass(ValueError):
    pass


class VehicleSpec(TypedDict):
    category: str
    length_m: float
    height_m: float
    towing: bool
    mezzanine_ok: bool


def vehicle_spec(category: str, trailer_length_m: float = 0.0) -> VehicleSpec:
    try:
        base = VEHICLE_CLASSES[category]
    except KeyError:
        raise UnknownVehicleClass(category) from None
    return {
        "category": category,
        "length": base["length_m"] + trailer_length_m,
        "height_m": base["height_m"],
        "towing": trailer_length_m > 0,
        "mezzanine_ok": base["height_m"] <= MEZZANINE_MAX_HEIGHT_M and trailer_length_m == 0,
    }
