from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from ..db import get_session
from ..models import Order
from ..repository import OrderRepository
from ..schemas import LineOut, OrderOut

router = APIRouter(prefix="/orders", tags=["orders"])


def to_out(order: Order) -> OrderOut:
    lines = [LineOut(sku=l.sku, quantity=l.quantity, unit_price=l.unit_price) for l in order.lines]
    total = sum((l.quantity * l.unit_price for l in lines), start=0)
    return OrderOut(reference=order.reference, status=order.status, total=total, lines=lines)


@router.get("/{reference}", response_model=OrderOut)
async def get_order(reference: str, session: AsyncSession = Depends(get_session)) -> OrderOut:
    order = await OrderRepository(session).by_reference(reference)
    if order is None:
        raise HTTPException(status_code=404, detail="order not found")
    return to_out(order)
