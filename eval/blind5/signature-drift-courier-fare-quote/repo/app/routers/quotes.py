from __future__ import annotations

from fastapi import APIRouter

from app.schemas import QuoteIn, QuoteOut
from app.services.fares import quote_fare

router = APIRouter(prefix="/quotes", tags=["quotes"])


@router.post("", response_model=QuoteOut)
def create_quote(body: QuoteIn) -> QuoteOut:
    fare = quote_fare(body.distance_km, body.zone_code, express=body.express)
    return QuoteOut(zone_code=body.zone_code, distance_km=body.distance_km, fare=fare)
