from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from fastapi import Depends, FastAPI, HTTPException, Query

from fxquote import settings
from fxquote.rates import RatesClient

app = FastAPI(title="fxquote")
_client: RatesClient | None = None


def get_rates_client() -> RatesClient:
    global _client
    if _client is None:
        _client = RatesClient()
    return _client


@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/quote")
async def quote(
    amount: Decimal = Query(..., gt=0),
    source: str = Query(..., min_length=3, max_length=3),
    target: str = Query(..., min_length=3, max_length=3),
    client: RatesClient = Depends(get_rates_client),
) -> dict[str, str]:
    rates = client.latest(source.upper())
    rate = rates.get(target.upper())
    if rate is None:
        raise HTTPException(404, f"no rate {source}->{target}")
    customer_rate = rate * (1 - Decimal(str(settings.MARGIN)))
    converted = (amount * customer_rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return {"amount": str(converted), "rate": str(customer_rate.quantize(Decimal("0.000001")))}
