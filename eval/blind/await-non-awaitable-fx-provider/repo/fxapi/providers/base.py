from __future__ import annotations

import abc
from decimal import Decimal


class RateProvider(abc.ABC):
    """Source of FX rates. Implementations may hit the network, so the API is async."""

    name: str = "base"

    @abc.abstractmethod
    async def get_rate(self, base: str, quote: str) -> Decimal:
        raise NotImplementedError
