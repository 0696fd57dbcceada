from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, ConfigDict, PositiveInt

from inventory.core.database import get_session
from inventory.repository import StockRepository
from inventory.service import InsufficientStock, StockService, UnknownSku

router = APIRouter(prefix="/stock")


class StockOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    sku: str
    name: str
    warehouse: str
    quantity: int


class Reservation(BaseModel):
    quantity: PositiveInt


def stock_service(session=Depends(get_session)) -> StockService:
    return StockService(StockRepository(session))


@router.post("/{sku}/reservations", response_model=StockOut)
async def reserve(sku: str, body: Reservation, service: StockService = Depends(stock_service)):
    try:
        return await service.reserve(sku, body.quantity)
    except UnknownSku:
        raise HTTPException(404, f"unknown sku {sku}") from None
    except InsufficientStock as exc:
        raise HTTPException(409, str(exc)) from None


@router.get("/low", response_model=list[StockOut])
async def low_stock(service: StockService = Depends(stock_service)):
    return await service.low_stock()
