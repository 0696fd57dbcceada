from decimal import Decimal

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncSession

from checkout.db import get_session
from checkout.services.orders import UnknownProduct, place_order

app = FastAPI(title="checkout")


class OrderRequest(BaseModel):
    email: str
    items: dict[str, int] = Field(min_length=1)


class OrderResponse(BaseModel):
    order_id: int
    email: str
    total: Decimal


@app.post("/orders", response_model=OrderResponse, status_code=201)
async def create_order(body: OrderRequest, session: AsyncSession = Depends(get_session)):
    try:
        return await place_order(session, body.email, body.items)
    except UnknownProduct as exc:
        raise HTTPException(422, f"unknown products: {exc}") from None
