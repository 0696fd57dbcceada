from __future__ import annotations

from pydantic import BaseModel, NonNegativeInt


class StockLevel(BaseModel):
    sku: str
    warehouse: str
    on_hand: NonNegativeInt
    reserved: NonNegativeInt
    available: int


class StockReport(BaseModel):
    sku: str
    total_available: int
    levels: list[StockLevel]
