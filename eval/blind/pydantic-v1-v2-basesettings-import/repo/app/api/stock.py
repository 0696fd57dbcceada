from fastapi import APIRouter, Depends
from pydantic import BaseModel

from ..core_config import Settings, get_settings

router = APIRouter(prefix="/stock")

_LEVELS = {"SKU-100": 42, "SKU-200": 3, "SKU-300": 0}


class StockLevel(BaseModel):
    sku: str
    on_hand: int
    low: bool


@router.get("", response_model=list[StockLevel])
def stock_levels(settings: Settings = Depends(get_settings)):
    return [
        StockLevel(sku=sku, on_hand=qty, low=qty <= settings.low_stock_threshold)
        for sku, qty in sorted(_LEVELS.items())
    ]
