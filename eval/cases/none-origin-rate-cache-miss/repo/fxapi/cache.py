import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Rate:
    base: str
    quote: str
    value: float
    fetched_at: float


class RateCache:
    """In-process cache of exchange rates keyed by (base, quote)."""

    def __init__(self, ttl_seconds: int) -> None:
        self._ttl = ttl_seconds
        self._rates: dict[tuple[str, str], Rate] = {}

    async def put(self, base: str, quote: str, value: float) -> None:
        self._rates[(base, quote)] = Rate(base, quote, value, time.monotonic())

    async def get_rate(self, base: str, quote: str) -> Rate | None:
        """Return the cached rate, or None if it is unknown or stale."""
        rate = self._rates.get((base, quote))
        if rate is None or time.monotonic() - rate.fetched_at > self._ttl:
            return None
        return rate
