"""Client for the treasury team's rates service."""

from __future__ import annotations

from decimal import Decimal

import requests

from fxquote import settings


class RatesClient:
    def __init__(self, url: str | None = None, timeout: float | None = None) -> None:
        self.url = url or settings.RATES_URL
        self.timeout = timeout or settings.RATES_TIMEOUT
        self._session = requests.Session()

    def latest(self, base: str) -> dict[str, Decimal]:
        resp = self._session.get(self.url, params={"base": base}, timeout=self.timeout)
        resp.raise_for_status()
        return {code: Decimal(str(rate)) for code, rate in resp.json()["rates"].items()}
