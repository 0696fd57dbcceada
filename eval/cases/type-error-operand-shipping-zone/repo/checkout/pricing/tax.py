from __future__ import annotations

VAT = {"DE": 0.19, "AT": 0.20, "FR": 0.20, "NL": 0.21, "IT": 0.22}


def vat_rate(country: str, business: bool = False) -> float:
    """VAT charged at checkout; exports and EU reverse-charge business sales are zero-rated."""
    if business and country != "DE":
        return 0.0
    return VAT.get(country.upper(), 0.0)
