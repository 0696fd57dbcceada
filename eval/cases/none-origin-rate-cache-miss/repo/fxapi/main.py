from contextlib import asynccontextmanager
from decimal import Decimal

from fastapi import FastAPI, Query, Request

from fxapi.cache import RateCache
from fxapi.conversion import Conversion, convert
from fxapi.settings import settings


@asynccontextmanager
async def lifespan(app: FastAPI):
    cache = RateCache(ttl_seconds=settings.rate_ttl_seconds)
    for quote, value in settings.seed_rates.items():
        await cache.put(settings.base_currency, quote, value)
    app.state.rates = cache
    yield


app = FastAPI(title="fx", lifespan=lifespan)


@app.get("/convert", response_model=Conversion)
async def convert_amount(
    request: Request,
    amount: Decimal = Query(gt=0),
    source: str = Query(min_length=3, max_length=3),
    target: str = Query(min_length=3, max_length=3),
):
    return await convert(request.app.state.rates, amount, source.upper(), target.upper())
