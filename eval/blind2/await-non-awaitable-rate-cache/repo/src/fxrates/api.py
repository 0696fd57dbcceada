from __future__ import annotations

from fastapi import Depends, FastAPI

from fxrates.cache import MemoryRateCache, RateCache
from fxrates.provider import fetch_rate

app = FastAPI(title="fxrates")
_cache = MemoryRateCache()


def get_cache() -> RateCache:
    return _cache


@app.get("/rates/{base}/{quote}")
async def get_rate(base: str, quote: str, cache: RateCache = Depends(get_cache)) -> dict:
    key = f"{base.upper()}:{quote.upper()}"
    rate = await cache.get(key)
    if rate is None:
        rate = await fetch_rate(base.upper(), quote.upper())
        await cache.set(key, rate, ttl=60)
    return {"pair": key, "rate": round(rate, 6)}
