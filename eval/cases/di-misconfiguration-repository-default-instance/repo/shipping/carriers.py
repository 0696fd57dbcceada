from __future__ import annotations

EU = {"AT", "BE", "DE", "DK", "ES", "FI", "FR", "IE", "IT", "NL", "PL", "PT", "SE"}


def pick_carrier(destination_country: str, weight_kg: float) -> str:
    if weight_kg > 30:
        return "freight-partner"
    if destination_country in EU:
        return "eu-parcel"
    return "intl-express"
