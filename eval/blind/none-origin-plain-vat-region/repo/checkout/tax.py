from __future__ import annotations

from decimal import Decimal

EU_VAT = {"DE": Decimal("0.19"), "FR": Decimal("0.20"), "NL": Decimal("0.21"), "IE": Decimal("0.23")}
US_NEXUS_STATES = {"NY": Decimal("0.04"), "CA": Decimal("0.0725"), "WA": Decimal("0.065")}


def tax_rate(country: str, region: str | None = None, business: bool = False) -> Decimal:
    """Rate to charge on a sale shipped to (country, region)."""
    country = country.upper()
    if country in EU_VAT:
        return Decimal("0") if business else EU_VAT[country]
    elif country == "US":
        return US_NEXUS_STATES.get((region or "").upper(), Decimal("0"))
    elif country in {"CH", "NO"}:
        return Decimal("0")
