from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from pydantic import BaseModel, Field

LOAN_TO_VALUE = Decimal("0.50")
MONTHLY_FEE_RATE = Decimal("0.035")
MAX_PRINCIPAL = Decimal("5000")
TERM_DAYS = 90
DOLLAR = Decimal("1")


class ItemIn(BaseModel):
    category: str
    model: str
    condition: str = Field(pattern="^(mint|good|fair|poor)$")
    serial: str | None = None


class LoanOffer(BaseModel):
    category: str
    model: str
    principal: Decimal = Field(gt=0, le=MAX_PRINCIPAL)
    monthly_fee: Decimal
    redeem_by: date


def build_offer(item: ItemIn, resale: Decimal, today: date) -> LoanOffer:
    principal = (resale * LOAN_TO_VALUE).quantize(DOLLAR, rounding=ROUND_DOWN)
    return LoanOffer(
        category=item.category,
        model=item.model,
        principal=principal,
        monthly_fee=(principal * MONTHLY_FEE_RATE).quantize(Decimal("0.01")),
        redeem_by=today + timedelta(days=TERM_DAYS),
    )
