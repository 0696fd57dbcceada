from __future__ import annotations

from fastapi import APIRouter

from ..packing import ParcelBuilder
from ..packing import stock
from ..schemas import ParcelOut, ParcelRequest

router = APIRouter(prefix="/parcels", tags=["parcels"])


def plan_parcel(req: ParcelRequest) -> ParcelBuilder:
    people = req.adults + req.children
    builder = ParcelBuilder(req.household_ref)
    for item in stock.PER_PERSON:
        builder.add(item, quantity=people)
    for item in stock.PER_HOUSEHOLD:
        builder.add(item)
    if req.infants:
        builder.add(stock.NAPPIES, quantity=req.infants)
    return builder


@router.post("", response_model=ParcelOut, status_code=201)
def create_parcel(req: ParcelRequest) -> dict:
    builder = plan_parcel(req)
    return builder.finalize()
