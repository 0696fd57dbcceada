"""Typed rows of the marketplace export."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field


class OrderLine(BaseModel):
    """One line of the marketplace CSV export (column titles as aliases)."""

    model_config = ConfigDict(frozen=True, str_strip_whitespace=True)

    order_id: str = Field(alias="Order ID")
    sku: str = Field(alias="SKU")
    quantity: int = Field(alias="Qty", gt=0)
    unit_price: Decimal = Field(alias="Unit Price", ge=0)
    currency: str = Field(alias="Currency", min_length=3, max_length=3)
    promo_code: str | None = Field(default=None, alias="Promo Code")

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity
