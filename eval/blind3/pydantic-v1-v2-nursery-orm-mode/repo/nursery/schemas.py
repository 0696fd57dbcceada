"""API schemas for the plant catalogue."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, Field


class PlantBase(BaseModel):
    sku: str = Field(min_length=3, max_length=32)
    common_name: str
    botanical_name: str
    pot_size_cm: int = Field(gt=0, le=120)
    price: Decimal = Field(ge=0, decimal_places=2)


class PlantCreate(PlantBase):
    category_id: int
    stock: int = 0


class PlantOut(PlantBase):
    id: int
    stock: int
    in_stock: bool = False

    class Config:
        orm_mode = True


class StockAdjustment(BaseModel):
    delta: int
    reason: str = "manual"
