from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from nursery.db import get_session
from nursery.models import Plant
from nursery.notifications import notify_stock_change
from nursery.schemas import PlantCreate, PlantOut, StockAdjustment

router = APIRouter(prefix="/plants", tags=["plants"])


def _plant_or_404(session: Session, sku: str) -> Plant:
    plant = session.scalar(select(Plant).where(Plant.sku == sku))
    if plant is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"unknown plant {sku}")
    return plant


@router.get("/{sku}", response_model=PlantOut)
def get_plant(sku: str, session: Session = Depends(get_session)):
    return _plant_or_404(session, sku)


@router.post("", response_model=PlantOut, status_code=status.HTTP_201_CREATED)
def create_plant(payload: PlantCreate, session: Session = Depends(get_session)):
    plant = Plant(**payload.model_dump())
    session.add(plant)
    session.commit()
    return plant


@router.post("/{sku}/stock", response_model=PlantOut)
def adjust_stock(sku: str, adjustment: StockAdjustment, session: Session = Depends(get_session)):
    plant = _plant_or_404(session, sku)
    if plant.stock + adjustment.delta < 0:
        raise HTTPException(status.HTTP_409_CONFLICT, "stock cannot go negative")
    plant.stock += adjustment.delta
    session.commit()
    notify_stock_change(plant, adjustment.reason)
    return plant
