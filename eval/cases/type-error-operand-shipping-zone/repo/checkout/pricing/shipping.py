"""Parcel shipping rates (EUR), from the carrier contract of 2024-03."""

from __future__ import annotations

EU = {"AT", "BE", "DE", "DK", "ES", "FI", "FR", "IE", "IT", "LU", "NL", "PL", "PT", "SE"}
HOME = "DE"


def zone_for(country: str) -> str:
    country = country.upper()
    if country == HOME:
        return "domestic"
    if country in EU:
        return "eu"
    return "world"


def _surcharge(weight_kg: float, per_kg: float) -> float:
    return max(0.0, weight_kg - 2.0) * per_kg


def shipping_cost(weight_kg: float, zone: str) -> float:
    """Flat rate per zone plus a per-kg surcharge above 2 kg."""
    if weight_kg <= 0:
        return 0.0
    if zone == "domestic":
        return round(4.90 + _surcharge(weight_kg, 1.0), 2)
    if zone == "eu":
        return round(9.90 + _surcharge(weight_kg, 2.5), 2)
    if zone == "world":
        cost = round(24.00 + _surcharge(weight_kg, 6.0), 2)
    else:
        raise ValueError(f"unknown shipping zone {zone!r}")
