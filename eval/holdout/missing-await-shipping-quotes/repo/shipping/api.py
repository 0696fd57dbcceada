from __future__ import annotations

from fastapi import FastAPI
from pydantic import BaseModel, Field

from shipping.domain import Parcel
from shipping.pricing import customer_price_cents
from shipping.service import RateShopper

app = FastAPI(title="shipping-rates")
shopper = RateShopper()


class ParcelIn(BaseModel):
    weight_g: int = Field(gt=0)
    length_cm: int
    width_cm: int
    height_cm: int
    destination_country: str = Field(min_length=2, max_length=2)
    max_transit_days: int | None = None


@app.post("/rates/best")
async def best_rate(body: ParcelIn) -> dict:
    parcel = Parcel(body.weight_g, body.length_cm, body.width_cm, body.height_cm, body.destination_country)
    quote = await shopper.best(parcel, body.max_transit_days)
    return {"carrier": quote.carrier, "price_cents": customer_price_cents(quote), "transit_days": quote.transit_days}
