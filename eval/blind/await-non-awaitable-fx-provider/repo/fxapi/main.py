from __future__ import annotations

from decimal import Decimal

from fastapi import FastAPI, Query

from .registry import provider_for

app = FastAPI(title="fx")


@app.get("/convert")
async def convert(
    amount: Decimal = Query(gt=0),
    base: str = Query(min_length=3, max_length=3),
    quote: str = Query(min_length=3, max_length=3),
) -> dict[str, str]:
    base, quote = base.upper(), quote.upper()
    provider = provider_for(base, quote)
    rate = await provider.get_rate(base, quote)
    return {"provider": provider.name, "rate": str(rate), "result": str(round(amount * rate, 2))}
