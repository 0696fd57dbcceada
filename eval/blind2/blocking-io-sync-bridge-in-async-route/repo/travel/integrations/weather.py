"""Weather provider client.

The async API is used by the service; `forecast_sync` exists for the nightly
cron scripts, which are plain synchronous programs.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass


@dataclass(frozen=True)
class Forecast:
    city: str
    high_c: float
    low_c: float
    summary: str


_FAKE_UPSTREAM = {
    "lisbon": Forecast("Lisbon", 21.0, 14.5, "sunny"),
    "oslo": Forecast("Oslo", 4.0, -2.0, "snow showers"),
}


async def fetch_forecast(city: str) -> Forecast:
    await asyncio.sleep(0)  # network round-trip in production
    return _FAKE_UPSTREAM[city.lower()]


def forecast_sync(city: str) -> Forecast:
    return asyncio.run(fetch_forecast(city))
