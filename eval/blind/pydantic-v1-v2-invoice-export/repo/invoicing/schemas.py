from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, computed_field


class ItemOut(BaseModel):
    description: str
    amount: Decimal

    class Config:
        orm_mode = True


class InvoiceOut(BaseModel):
    number: str
    customer: str
    issued_on: date
    items: list[ItemOut]

    class Config:
        orm_mode = True

    @computed_field
    @property
    def total(self) -> Decimal:
        return sum((item.amount for item in self.items), Decimal("0"))
