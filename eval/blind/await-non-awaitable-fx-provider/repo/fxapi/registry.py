from __future__ import annotations

from decimal import Decimal

from .providers import EcbProvider, FixedRateProvider, RateProvider

PEGGED = {("USD", "AED"): Decimal("3.6725"), ("EUR", "XOF"): Decimal("655.957")}


def provider_for(base: str, quote: str) -> RateProvider:
    if (base, quote) in PEGGED or (quote, base) in PEGGED:
        return FixedRateProvider(PEGGED)
    return EcbProvider()
