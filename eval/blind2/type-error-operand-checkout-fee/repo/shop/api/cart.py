from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from shop.config import Settings, get_settings
from shop.pricing import Line, quote

router = APIRouter()


class CartLine(BaseModel):
    sku: str
    unit_price: Decimal = Field(gt=0, decimal_places=2)
    quantity: int = Field(ge=1)


class QuoteOut(BaseModel):
    currency: str
    subtotal: Decimal
    shipping: Decimal
    vat: Decimal
    total: Decimal


@router.post("/cart/quote", response_model=QuoteOut)
def cart_quote(lines: list[CartLine], settings: Settings = Depends(get_settings)) -> QuoteOut:
    q = quote([Line(l.sku, l.unit_price, l.quantity) for l in lines], settings)
    return QuoteOut(currency=settings.currency, **q.__dict__)
