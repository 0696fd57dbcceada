from decimal import Decimal

from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.database import get_db
from app.services.orders import OrderNotCancellable, OrderService

router = APIRouter(prefix="/orders", tags=["orders"])


class OrderOut(BaseModel):
    id: int
    status: str
    total: Decimal

    model_config = {"from_attributes": True}


@router.post("/{order_id}/cancel", response_model=OrderOut)
def cancel_order(
    order_id: int,
    x_customer_id: int = Header(...),
    db: Session = Depends(get_db),
):
    try:
        return OrderService(db).cancel(x_customer_id, order_id)
    except OrderNotCancellable as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
