"""Pick the warehouse that ships an order."""

from __future__ import annotations

from typing import Any

# first digit of the German postal code (Leitzone) -> warehouse
REGIONS = {
    "0": "LEJ", "1": "BER", "2": "HAM", "3": "HAJ", "4": "DUS",
    "5": "CGN", "6": "FRA", "7": "STR", "8": "MUC", "9": "NUE",
}


def warehouse_for(address: dict[str, Any]) -> str:
    if address.get("country_code", "DE") != "DE":
        return "HAM"
    postal_code = address.get("postal_code")
    return REGIONS[postal_code[:1]]
