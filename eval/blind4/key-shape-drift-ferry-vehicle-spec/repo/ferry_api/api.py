from __future__ import annotations

from decimal import Decimal
from typing import Literal

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field

from ferry_api import fares
from ferry_api.vehicles import UnknownVehicleClass, vehicle_spec

router = APIRouter()


class QuoteRequest(BaseModel):
    route: str
    ticket: Literal["standard", "flexi"] = "standard"
    passengers: int = Field(ge=1, le=9)
    vehicle_class: str
    trailer_length_m: float = Field(default=0.0, ge=0, le=7.0)


class QuoteResponse(BaseModel):
    route: str
    ticket: str
    passengers_fare: Decimal
    vehicle_fare: Decimal
    total: Decimal


@router.post("/quotes", response_model=QuoteResponse)
async def create_quote(body: QuoteRequest) -> QuoteResponse:
    try:
        spec = vehicle_spec(body.vehicle_class, body.trailer_length_m)
    except UnknownVehicleClass as exc:
        raise HTTPException(422, f"unknown vehicle class: {exc}") from exc
    parts = fares.quote(spec, body.passengers, body.ticket)
    return QuoteResponse(
        route=body.route,
        ticket=body.ticket,
        passengers_fare=parts["passengers"],
        vehicle_fare=parts["vehicle"],
        total=parts["total"],
    )
