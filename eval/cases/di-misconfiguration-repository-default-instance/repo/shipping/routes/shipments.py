from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from shipping.carriers import pick_carrier
from shipping.persistence.repository import ShipmentRepository, get_repository

router = APIRouter(prefix="/shipments", tags=["shipments"])


class ShipmentIn(BaseModel):
    destination_country: str = Field(min_length=2, max_length=2)
    weight_kg: float = Field(gt=0, le=1000)


class ShipmentOut(BaseModel):
    reference: str
    carrier: str


@router.get("/{reference}", response_model=ShipmentOut)
def get_shipment(reference: str, repo: ShipmentRepository = Depends(get_repository)):
    row = repo.by_reference(reference)
    if row is None:
        raise HTTPException(404, "unknown shipment")
    return ShipmentOut(reference=row.reference, carrier=row.carrier)


@router.post("", response_model=ShipmentOut, status_code=201)
def create_shipment(payload: ShipmentIn, repo: ShipmentRepository = ShipmentRepository()):
    carrier = pick_carrier(payload.destination_country.upper(), payload.weight_kg)
    row = repo.add(payload.destination_country.upper(), payload.weight_kg, carrier)
    return ShipmentOut(reference=row.reference, carrier=row.carrier)
