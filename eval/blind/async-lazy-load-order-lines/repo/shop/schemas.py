from decimal import Decimal

from pydantic import BaseModel


class LineOut(BaseModel):
    sku: str
    quantity: int
    unit_price: Decimal


class OrderOut(BaseModel):
    reference: str
    status: str
    total: Decimal
    lines: list[LineOut]
