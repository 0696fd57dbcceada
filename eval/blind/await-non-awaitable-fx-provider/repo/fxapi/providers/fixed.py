from __future__ import annotations

from decimal import Decimal

from .base import RateProvider


class FixedRateProvider(RateProvider):
    """Pegged currencies, configured statically."""

    name = "fixed"

    def __init__(self, pegs: dict[tuple[str, str], Decimal]) -> None:
        self._pegs = pegs

    def get_rate(self, base: str, quote: str) -> Decimal:
        try:
            return self._pegs[(base, quote)]
        except KeyError:
            return 1 / self._pegs[(quote, base)]
